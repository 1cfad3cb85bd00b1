// The document list at scale: filters, full-text search, keyset (cursor) pagination and counts that
// never scan a million rows. See docs/decisions/0009-search-and-listing-at-scale.md for the choices made here.
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import {
  DOCUMENT_SORTS,
  InvalidInputError,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type DocumentSort,
  type ListDocumentsInput,
} from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { isQueryCanceled } from "../errors.ts";
import { documentSummaryColumns, type DocumentSummary, type DocumentTopic } from "./documents.ts";
import { parseSearch, prefixLiteral, queryLexemes } from "./search-query.ts";

/** Counts up to this many rows exactly; beyond it the total is the planner's estimate. */
export const EXACT_COUNT_LIMIT = 10_000;
/** A safety net for a capped count the planner priced low but that runs long: then the estimate is used. */
export const COUNT_BUDGET_MS = 250;
/**
 * Counts the planner prices above this are not run (its units: 1 = reading one page sequentially). At
 * 1 M documents, counts priced up to ~4 000 took ≤ 45 ms and those above ~8 000 up to 800 ms.
 */
export const COUNT_COST_LIMIT = 5000;
/**
 * A document-date range whose matches the planner expects to be at most this many is read from its index
 * (documents_document_date_created_idx, index-only) and sorted, instead of walking the sort's index (ADR 0009,
 * "Range first"): the walk is priced as if the matches were spread evenly over upload time, and they are not
 * (a document is uploaded soon after its date). At 1 M documents a month (~22 000 entries) read and sorted took
 * 13 ms in EXPLAIN ANALYZE against 28 ms (warm) to 1.4 s (cold) for the walk, under load 3-6 on 2 cores.
 */
export const RANGE_FIRST_LIMIT = 30_000;
/**
 * The same for a custom field's range (document_fields_field_number_idx / _date_idx), for `documents` documents
 * and pages of `perPage`: each match costs a table lookup (the field's index holds no upload time) and the walk
 * checks about documents ÷ matches × (perPage + 1) rows, each about half as dear, so the field's index goes first
 * below √((perPage + 1) × documents / 2) matches — ~3 600 at 1 M documents, ~1 100 at 100 k. Quiet, warm, pages of
 * 25: at 1 M, 2 726 matches (Total 250–260) took 15 ms (p50) first against 36 ms walking; at 100 k, 1 370 matches
 * took 12 ms first against 5 ms walking.
 */
export function fieldFirstLimit(documents: number, perPage: number): number {
  return Math.floor(Math.sqrt(((perPage + 1) * Math.max(0, documents)) / 2));
}
/**
 * With `sort: "relevance"`, how many of the newest matches are ranked (ranking reads every candidate): the newest
 * uploads, or with a document-date range the latest-dated (`windowByDate`).
 */
export const DEFAULT_RANK_WINDOW = 500;
/** Snippets are cut from this much text around the first match. */
const SNIPPET_SCAN_CHARS = 50_000;
const SNIPPET_WINDOW_CHARS = 1200;
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_MARK_START}, StopSel=${SNIPPET_MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Whose documents a caller may see (ADR 0010); `documentScope(user)` in the api makes one. */
export interface ListScope {
  /** Only this owner's documents (null: documents without an owner). Omitted: every owner. */
  ownerId?: string | null;
  /** Trashed documents (ADR 0021): omitted, none; `only`, only those; `include`, both (deleting for good). */
  trash?: "only" | "include";
}

export interface ListOptions {
  scope?: ListScope;
  /** With `sort: "relevance"`, rank the newest this-many matches. */
  rankWindow?: number;
  /** Time a capped count may take before the estimate is used (default COUNT_BUDGET_MS). */
  countBudgetMs?: number;
  /** A document-date range expected to match at most this many documents is read from its index first (default RANGE_FIRST_LIMIT). */
  rangeFirstLimit?: number;
  /** The same for a custom field's range without a document-date range (default `fieldFirstLimit`). */
  fieldFirstLimit?: number;
}

export interface DocumentListItem extends DocumentSummary {
  /** With a search: text around the first match, matches between SNIPPET_MARK_START/END; else null. */
  snippet: string | null;
}

export interface DocumentPage {
  items: DocumentListItem[];
  /** Exact up to EXACT_COUNT_LIMIT matching documents, an estimate beyond. */
  total: { value: number; exact: boolean };
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  sort: DocumentSort;
  perPage: number;
  /** Only when the caller used offset paging (`page`). */
  page: number | null;
  /** With `sort: "relevance"`: how many of the newest matches (by document date within a date range) were ranked; null for other sorts. */
  rankWindow: number | null;
}

// ---------------------------------------------------------------- sorts and cursors

interface SortSpec {
  /** The ordered column (table alias `d`) and how to compare a cursor value with it. */
  column: SQL;
  /** The row's column(s) `order` reads, for the range-first page (which sorts its matches outside `documents`). */
  reads: SQL;
  dir: "asc" | "desc";
  /**
   * ORDER BY for the column and then the id, spelled exactly as the index orders them (or its reverse).
   * The created_at indexes are DESC NULLS LAST; a plain `ORDER BY created_at DESC` means NULLS FIRST and
   * would not match them, so the planner would sort the whole table (the columns are NOT NULL, but the
   * planner does not use that).
   */
  order: (alias: SQL) => SQL;
  /** The cursor value as text: exact (microseconds, full bigint), so keyset comparisons are exact. */
  key: SQL;
  cast: SQL;
  validKey: (k: string) => boolean;
}

/** A real instant in years 1–9999 (`Date.parse` alone would take February 30; Postgres refuses it). */
const isTimestamp = (k: string) => {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(k) || k.startsWith("0000")) return false;
  const d = new Date(`${k.slice(0, 19)}Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(k.slice(0, 19));
};
/** Titles never hold NUL (uploads drop it from file names, edits refuse control characters); Postgres text cannot. */
const isText = (k: string) => !k.includes("\u0000");
const createdKey = sql`to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** The document's own date; undated documents sort as the oldest (documents_document_date_idx). */
const dated = (a: SQL) => sql`coalesce(${a}.document_date, '0001-01-01'::date)`;
/** The correspondent's name, '' for none (ADR 0030). */
const sender = (a: SQL) => sql`coalesce(${a}.correspondent_name, '')`;
/** A date Postgres can read (February 30 is not one). */
const isDate = (k: string) => {
  const d = new Date(`${k}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(k) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(k);
};
const NEWEST_ORDER = (a: SQL) => sql`${a}.created_at desc nulls last, ${a}.id desc nulls last`;
const LIST_SORTS: Record<Exclude<DocumentSort, "relevance">, SortSpec> = {
  newest: { column: sql`d.created_at`, reads: sql`d.created_at`, dir: "desc", order: NEWEST_ORDER, key: createdKey, cast: sql`timestamptz`, validKey: isTimestamp },
  oldest: {
    column: sql`d.created_at`,
    reads: sql`d.created_at`,
    dir: "asc",
    order: (a) => sql`${a}.created_at asc nulls first, ${a}.id asc nulls first`,
    key: createdKey,
    cast: sql`timestamptz`,
    validKey: isTimestamp,
  },
  // "Name" is the title (the file name until someone edits it): documents_title_idx.
  name: { column: sql`d.title`, reads: sql`d.title`, dir: "asc", order: (a) => sql`${a}.title asc nulls last, ${a}.id asc nulls last`, key: sql`d.title`, cast: sql`text`, validKey: isText },
  name_desc: {
    column: sql`d.title`,
    reads: sql`d.title`,
    dir: "desc",
    order: (a) => sql`${a}.title desc nulls first, ${a}.id desc nulls first`,
    key: sql`d.title`,
    cast: sql`text`,
    validKey: isText,
  },
  largest: {
    column: sql`d.size`,
    reads: sql`d.size`,
    dir: "desc",
    order: (a) => sql`${a}.size desc nulls first, ${a}.id desc nulls first`,
    key: sql`d.size::text`,
    cast: sql`bigint`,
    validKey: (k) => /^\d{1,18}$/.test(k),
  },
  smallest: {
    column: sql`d.size`,
    reads: sql`d.size`,
    dir: "asc",
    order: (a) => sql`${a}.size asc nulls last, ${a}.id asc nulls last`,
    key: sql`d.size::text`,
    cast: sql`bigint`,
    validKey: (k) => /^\d{1,18}$/.test(k),
  },
  dated_newest: { column: dated(sql`d`), reads: sql`d.document_date`, dir: "desc", order: (a) => sql`${dated(a)} desc, ${a}.id desc`, key: sql`${dated(sql`d`)}::text`, cast: sql`date`, validKey: isDate },
  dated_oldest: { column: dated(sql`d`), reads: sql`d.document_date`, dir: "asc", order: (a) => sql`${dated(a)} asc, ${a}.id asc`, key: sql`${dated(sql`d`)}::text`, cast: sql`date`, validKey: isDate },
  // The correspondent's name as copied into the row; documents without one sort first (documents_correspondent_name_idx).
  correspondent: { column: sender(sql`d`), reads: sql`d.correspondent_name`, dir: "asc", order: (a) => sql`${sender(a)} asc, ${a}.id asc`, key: sender(sql`d`), cast: sql`text`, validKey: isText },
  correspondent_desc: { column: sender(sql`d`), reads: sql`d.correspondent_name`, dir: "desc", order: (a) => sql`${sender(a)} desc, ${a}.id desc`, key: sender(sql`d`), cast: sql`text`, validKey: isText },
};
/** A float8 Postgres can read: finite, and zero only when written as zero (1e-400 is 0 in JS, an error there). */
const isScore = (k: string) => /^-?[\d.e+-]+$/i.test(k) && Number.isFinite(Number(k)) && (Number(k) !== 0 || /^-?[0.]+(e[+-]?\d+)?$/i.test(k));

const cursorSchema = z.object({ s: z.enum(DOCUMENT_SORTS), k: z.string().max(600), i: z.uuid() });
type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), "utf8").toString("base64url");
}

function decodeCursor(raw: string, sort: DocumentSort): Cursor {
  let parsed: Cursor;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
  } catch {
    throw new InvalidInputError("malformed cursor: pass nextCursor from the previous page unchanged");
  }
  if (parsed.s !== sort) throw new InvalidInputError(`this cursor belongs to sort=${parsed.s}, not sort=${sort}`);
  const valid = sort === "relevance" ? isScore(parsed.k) : LIST_SORTS[sort].validKey(parsed.k);
  if (!valid) throw new InvalidInputError("malformed cursor: pass nextCursor from the previous page unchanged");
  return parsed;
}

// ---------------------------------------------------------------- search terms

interface LanguageQuery {
  lang: string;
  /** The tsquery in its text form, for this language's configuration. */
  tsquery: string;
}

interface Match {
  /** Rows in documents, as the planner knows it (pg_class.reltuples). */
  documents: number;
  /** One per search language in use that leaves any lexeme. */
  queries: LanguageQuery[];
  /** Whether other languages are in use too (then every branch checks the row's language). */
  mixed: boolean;
  lexemes: string[];
}

/**
 * The languages in use (a loose index scan over documents_search_language_idx: a few index probes)
 * and the query in each language's configuration, in one round trip.
 */
async function resolveMatch(db: DbOrTx, q: string): Promise<Match> {
  const { head, prefix, join } = parseSearch(q);
  const cfg = sql`('pg_catalog.' || l.lang)::regconfig`;
  const web = sql`websearch_to_tsquery(${cfg}, ${head})`;
  const expr = prefix === null ? web : join === "or" ? sql`(${web} || to_tsquery(${cfg}, ${prefixLiteral(prefix)}))` : sql`(${web} && to_tsquery(${cfg}, ${prefixLiteral(prefix)}))`;
  const rows = await db.execute<{ lang: string; tsquery: string; documents: number }>(sql`
    with recursive l(lang) as (
      (select search_language from documents order by search_language limit 1)
      union all
      select (select d.search_language from documents d where d.search_language > l.lang order by d.search_language limit 1)
      from l where l.lang is not null
    )
    select l.lang, (${expr})::text as tsquery, (select greatest(reltuples, 0)::float8 from pg_class where oid = 'documents'::regclass) as documents
    from l where l.lang is not null`);
  const all = [...rows];
  const queries = all.filter((r) => r.tsquery !== "").map((r) => ({ lang: r.lang, tsquery: r.tsquery }));
  return {
    documents: Number(all[0]?.documents ?? 0),
    queries,
    mixed: all.length > 1,
    lexemes: [...new Set(queries.flatMap((x) => queryLexemes(x.tsquery)))],
  };
}

/** `search_vector @@ query`, per language when several are in use (a BitmapOr of GIN scans). */
function matchSql(m: Match, alias: SQL): SQL {
  if (!m.mixed) return sql`${alias}.search_vector @@ ${m.queries[0]!.tsquery}::tsquery`;
  const branches = m.queries.map((x) => sql`(${alias}.search_language = ${x.lang} and ${alias}.search_vector @@ ${x.tsquery}::tsquery)`);
  return sql`(${sql.join(branches, sql` or `)})`;
}

/** The query for a row's own language. */
function rowQuerySql(m: Match, alias: SQL): SQL {
  if (!m.mixed) return sql`${m.queries[0]!.tsquery}::tsquery`;
  const whens = m.queries.map((x) => sql`when ${x.lang} then ${x.tsquery}::tsquery`);
  return sql`(case ${alias}.search_language ${sql.join(whens, sql` `)} end)`;
}

// ---------------------------------------------------------------- building the queries

export interface PreparedList {
  sort: DocumentSort;
  perPage: number;
  offset: number | null;
  rankWindow: number;
  countBudgetMs: number;
  cursor: Cursor | null;
  /** Filters and search condition over `documents d`. */
  where: SQL;
  match: Match | null;
  /** A search that can match nothing (only stop words, or no documents at all). */
  empty: boolean;
  /**
   * A document-date range with a sort by something else, or a custom field's range: the page may start from the
   * range's index, when the planner expects at most `rangeFirstLimit` matches (RANGE_FIRST_LIMIT for a date range;
   * for a field's without one, null: `fieldFirstLimit` of the library's size, read only when a page is planned).
   */
  ranged: boolean;
  rangeFirstLimit: number | null;
  /**
   * A search within a document-date range: its rank window is the matches with the latest document dates, read
   * backwards along documents_document_date_idx, instead of the newest uploads (walking documents_created_idx from
   * the newest upload to the range's dates, or intersecting a common word's whole index with the range, took
   * 0.3–0.6 s at 1 M documents).
   */
  windowByDate: boolean;
}

/**
 * A custom field's value within [min, max] (ADR 0033): dates compare the `date` column, numbers and amounts
 * the `number` column, each on its per-field index (document_fields_field_date_idx / _number_idx).
 */
function fieldRangeSql(fieldId: string, min: string | undefined, max: string | undefined): SQL {
  const isDate = (min ?? max ?? "").includes("-", 1);
  const column = isDate ? sql`df.date` : sql`df.number`;
  const cast = isDate ? sql`date` : sql`numeric`;
  const range = [
    ...(min !== undefined ? [sql`${column} >= ${min}::${cast}`] : []),
    ...(max !== undefined ? [sql`${column} <= ${max}::${cast}`] : []),
  ];
  const value = range.length ? sql.join(range, sql` and `) : sql`df.value is not null`;
  return sql`exists (select 1 from document_fields df where df.document_id = d.id and df.field_id = ${fieldId} and ${value})`;
}

function filterSql(input: ListDocumentsInput, scope: ListScope | undefined): SQL[] {
  const f: SQL[] = [];
  if (input.status) f.push(sql`d.status = ${input.status}`);
  if (input.sha256) f.push(sql`d.sha256 = ${input.sha256}`);
  if (input.topic) f.push(sql`exists (select 1 from document_topics dt where dt.document_id = d.id and dt.topic_id = ${input.topic})`);
  // With an owner scope, documents_owner_folder_created_idx serves the newest-first page of a folder.
  if (input.folder) f.push(sql`d.folder_id = ${input.folder}`);
  if (input.correspondent) f.push(sql`d.correspondent_id = ${input.correspondent}`);
  // An owner's id narrows an admin's view; with a member's own scope, another id simply matches nothing.
  if (input.owner && input.owner !== "me") f.push(sql`d.owner_id = ${input.owner}`);
  if (input.createdFrom) f.push(sql`d.created_at >= ${input.createdFrom.toISOString()}::timestamptz`);
  if (input.createdBefore) f.push(sql`d.created_at < ${input.createdBefore.toISOString()}::timestamptz`);
  // On the sort's expression, so documents_document_date_idx serves the range as an index condition (a filter on
  // the bare column walked that index from one end). Undated rows are 0001-01-01 there: any lower bound leaves them out.
  if (input.datedFrom || input.datedTo) f.push(sql`${dated(sql`d`)} >= ${input.datedFrom ?? "0001-01-02"}::date`);
  if (input.datedTo) f.push(sql`${dated(sql`d`)} <= ${input.datedTo}::date`);
  if (input.field) f.push(fieldRangeSql(input.field, input.fieldMin, input.fieldMax));
  if (input.lowOcrConfidence !== undefined) f.push(input.lowOcrConfidence ? sql`d.ocr_low_confidence` : sql`not d.ocr_low_confidence`);
  if (scope && scope.ownerId !== undefined) f.push(scope.ownerId === null ? sql`d.owner_id is null` : sql`d.owner_id = ${scope.ownerId}`);
  // The list and search never show the trash (ADR 0021); it has its own listing.
  f.push(sql`d.trashed_at is null`);
  return f;
}

/** The planner's count of documents (pg_class.reltuples; -1 before the first ANALYZE, taken as 0). */
async function documentsEstimate(db: DbOrTx): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select reltuples::float8 as n from pg_class where oid = 'documents'::regclass`);
  return Number(row?.n ?? 0);
}

/** Validates the cursor and resolves the search terms; the SQL builders below take the result. */
export async function prepareList(db: DbOrTx, input: ListDocumentsInput, opts: ListOptions = {}): Promise<PreparedList> {
  const sort: DocumentSort = input.sort ?? (input.q ? "relevance" : "newest");
  if (sort === "relevance" && !input.q) throw new InvalidInputError("sort=relevance needs a search query (q)");
  const cursor = input.cursor ? decodeCursor(input.cursor, sort) : null;
  const filters = filterSql(input, opts.scope);
  let match: Match | null = null;
  if (input.q) {
    match = await resolveMatch(db, input.q);
    if (match.queries.length > 0) filters.push(matchSql(match, sql`d`));
  }
  // Sorted by the date itself, the date index already gives the page in order; relevance has its own window.
  const datedRange = Boolean(input.datedFrom || input.datedTo) && sort !== "relevance" && sort !== "dated_newest" && sort !== "dated_oldest";
  // A field's range with a document-date range: the date's rule (above) decides, as before field ranges went first.
  const fieldRange = Boolean(input.field) && sort !== "relevance" && !(input.datedFrom || input.datedTo);
  return {
    sort,
    perPage: input.perPage,
    offset: input.page !== undefined && !cursor ? (input.page - 1) * input.perPage : null,
    rankWindow: Math.max(1, opts.rankWindow ?? DEFAULT_RANK_WINDOW),
    countBudgetMs: Math.max(1, Math.round(opts.countBudgetMs ?? COUNT_BUDGET_MS)),
    cursor,
    where: filters.length ? sql.join(filters, sql` and `) : sql`true`,
    match,
    empty: match !== null && match.queries.length === 0,
    ranged: datedRange || fieldRange,
    rangeFirstLimit: datedRange ? Math.max(0, opts.rangeFirstLimit ?? RANGE_FIRST_LIMIT) : opts.fieldFirstLimit !== undefined ? Math.max(0, opts.fieldFirstLimit) : null,
    windowByDate: sort === "relevance" && Boolean(input.datedFrom || input.datedTo),
  };
}

const summaryColumnList = Object.values(documentSummaryColumns);
const D = sql`d`;
const P = sql`p`;
const M = sql`m`;

/**
 * The topics of document `p`, by name, as JSON (DocumentTopic[]). An AI link's `classifiedBy` comes from the
 * document's newest answered run ("offline", or the model), read only for documents with AI links.
 */
const TOPICS_JSON = sql`coalesce((
  select json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color, 'source', dt.source, 'confidence', dt.confidence, 'quote', dt.quote,
    'classifiedBy', case when dt.source = 'ai' then (
      select case when r.provider = 'local' then 'offline' else r.model end from classification_runs r
      where r.document_id = p.id and r.outcome <> 'failed' order by r.created_at desc limit 1) end) order by t.name)
  from document_topics dt join topics t on t.id = dt.topic_id
  where dt.document_id = p.id), '[]'::json)`;

/**
 * ts_headline parses all it is given, so it gets only a window around the first match (found by lexeme,
 * which for stemmed languages is the word stem), and runs only for the rows of the page.
 */
function snippetSql(m: Match): SQL {
  const lexemes = m.lexemes.length ? sql`array[${sql.join(m.lexemes.map((l) => sql`${l}`), sql`, `)}]::text[]` : sql`array[]::text[]`;
  return sql`(
    select ts_headline(('pg_catalog.' || p.search_language)::regconfig, w.win, ${rowQuerySql(m, P)}, ${HEADLINE_OPTIONS})
    from documents x
    cross join lateral (select translate(left(x.text, ${SNIPPET_SCAN_CHARS}), ${SNIPPET_MARK_START + SNIPPET_MARK_END}, '') as t) t0
    cross join lateral (select coalesce((select min(nullif(strpos(lower(t0.t), lx), 0)) from unnest(${lexemes}) lx), 1) as pos) q
    cross join lateral (select substr(t0.t, greatest(1, q.pos - 200), ${SNIPPET_WINDOW_CHARS}) as win) w
    where x.id = p.id and x.text is not null)`;
}

/**
 * The page in one statement: the summary columns of one row more than a page (to know whether more
 * follow), each row's cursor key, its topics and (searching) its snippet. Topics and snippets are
 * computed in the outer query, so only for the rows of the page.
 */
export function pageSql(p: PreparedList, rangeFirst = false): SQL {
  const limit = sql`limit ${p.perPage + 1}${p.offset !== null ? sql` offset ${p.offset}` : sql``}`;
  const columns = sql.join(
    summaryColumnList.map((c) => sql`d.${sql.identifier(c.name)}`),
    sql`, `,
  );
  const extras = sql`${TOPICS_JSON} as topics, ${p.match ? snippetSql(p.match) : sql`null::text`} as snippet`;
  if (p.sort === "relevance") {
    const q = rowQuerySql(p.match!, sql`c`);
    const after = p.cursor ? sql`where (r.score, r.id) < (${p.cursor.k}::float8, ${p.cursor.i}::uuid)` : sql``;
    // Filename/title (weight A) matches rank above body-only matches: +1 on top of ts_rank_cd/(1+ts_rank_cd).
    // The page is cut from the ranked window before the join, so only its rows are fetched.
    return sql`
      select p.*, ${extras} from (
        select ${columns}, r.score, r.score::text as cursor_key
        from (
          select r.id, r.score from (
            select c.id, (ts_rank_cd(c.search_vector, ${q}, 32) + case when ts_filter(c.search_vector, '{a}') @@ ${q} then 1 else 0 end)::float8 as score
            from (
              select d.id, d.search_vector, d.search_language from documents d
              where ${p.where}
              order by ${p.windowByDate ? LIST_SORTS.dated_newest.order(D) : NEWEST_ORDER(D)}
              limit ${p.rankWindow}
            ) c
          ) r
          ${after}
          order by r.score desc, r.id desc
          ${limit}
        ) r
        join documents d on d.id = r.id
      ) p
      order by p.score desc, p.id desc`;
  }
  const s = LIST_SORTS[p.sort];
  const after = p.cursor ? sql` and (${s.column}, d.id) ${sql.raw(s.dir === "desc" ? "<" : ">")} (${p.cursor.k}::${s.cast}, ${p.cursor.i}::uuid)` : sql``;
  // The page's ids first, then their rows: a filter an index covers (a document-date range listed newest first:
  // documents_document_date_created_idx) finds and orders them by an index-only scan, without reading the table.
  // Range first (a few document dates): every match is found the cheapest way for all of them (the MATERIALIZED
  // fence keeps the planner from walking the sort's index instead), then sorted; the same order and cursor
  // condition, so the same page.
  const ids = rangeFirst
    ? sql`
        with m as materialized (select d.id, ${s.reads} from documents d where ${p.where}${after})
        select m.id from m
        order by ${s.order(M)}
        ${limit}`
    : sql`
        select d.id from documents d
        where ${p.where}${after}
        order by ${s.order(D)}
        ${limit}`;
  return sql`
    select p.*, ${extras} from (
      select ${columns}, ${s.key} as cursor_key from (${ids}) k
      join documents d on d.id = k.id
    ) p
    order by ${s.order(P)}`;
}

/** Counts matches but stops after EXACT_COUNT_LIMIT + 1 rows. */
export function cappedCountSql(p: PreparedList): SQL {
  return sql`select count(*)::int as n from (select from documents d where ${p.where} limit ${EXACT_COUNT_LIMIT + 1}) s`;
}

interface CountPlan {
  /** The planner's estimate of all matching rows (not capped). */
  estimate: number;
  /** The planner's cost of the capped count. */
  cost: number;
  plan: unknown;
}

/** EXPLAIN of the capped count (planning only): the estimate of all matches and the cost of counting them. */
export async function planCount(db: DbOrTx, p: PreparedList): Promise<CountPlan> {
  const rows = await db.execute<Record<string, unknown>>(sql`explain (format json) ${cappedCountSql(p)}`);
  const raw = rows[0] ? Object.values(rows[0])[0] : undefined;
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as PlanJson[];
  const root = plan[0]!.Plan;
  let node: PlanJson["Plan"] | undefined = root;
  while (node && node["Node Type"] !== "Limit") node = node.Plans?.[0];
  const estimate = node?.Plans?.[0]?.["Plan Rows"] ?? root["Plan Rows"];
  return { estimate: Math.round(estimate), cost: root["Total Cost"], plan };
}

interface PlanJson {
  Plan: { "Node Type": string; "Plan Rows": number; "Total Cost": number; Plans?: PlanJson["Plan"][] };
}

// ---------------------------------------------------------------- running them

/**
 * Exact when it is cheap, the planner's estimate otherwise, and says which. One EXPLAIN of the capped
 * count (planning only) gives the estimate of all matches and the cost of counting up to the cap:
 *  - more than EXACT_COUNT_LIMIT expected, or a count costlier than COUNT_COST_LIMIT (a search term in a
 *    third of the documents, a topic join that would read the whole topic): the estimate is the answer;
 *  - else the capped count runs, with COUNT_BUDGET_MS as a safety net for a bad estimate (the cost gate,
 *    not the timeout, is what keeps counts cheap: Postgres does not interrupt every plan promptly).
 */
export async function countPrepared(db: DbOrTx, p: PreparedList, planned?: Promise<CountPlan>): Promise<{ value: number; exact: boolean }> {
  if (p.empty) return { value: 0, exact: true };
  const { estimate, cost } = await (planned ?? planCount(db, p));
  if (estimate > EXACT_COUNT_LIMIT || cost > COUNT_COST_LIMIT) return { value: Math.max(estimate, 1), exact: false };
  let n: number;
  try {
    n = await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${p.countBudgetMs}`));
      const [row] = await tx.execute<{ n: number }>(cappedCountSql(p));
      return Number(row?.n ?? 0);
    });
  } catch (err) {
    if (!isQueryCanceled(err)) throw err;
    return { value: Math.max(estimate, 1), exact: false };
  }
  return n <= EXACT_COUNT_LIMIT ? { value: n, exact: true } : { value: Math.max(estimate, EXACT_COUNT_LIMIT + 1), exact: false };
}

/**
 * One page of documents: filters, optional full-text search (`q`), any indexed sort, keyset
 * pagination (`cursor`) or bounded offset paging (`page`), and a count that stays cheap at any size.
 */
export async function listDocuments(db: DbOrTx, input: ListDocumentsInput, opts: ListOptions = {}): Promise<DocumentPage> {
  const p = await prepareList(db, input, opts);
  const base = { sort: p.sort, perPage: p.perPage, page: input.page !== undefined && !p.cursor ? input.page : null, rankWindow: p.sort === "relevance" ? p.rankWindow : null };
  if (p.empty) return { ...base, items: [], total: { value: 0, exact: true }, nextCursor: null };

  // With a range filter the count's plan (its estimate of the matches) comes first: it picks the page's plan.
  const planned = p.ranged ? planCount(db, p) : undefined;
  const rangeFirst = planned !== undefined && (await rangeFirstFits(db, p, (await planned).estimate));
  const [rows, total] = await Promise.all([db.execute<Record<string, unknown>>(pageSql(p, rangeFirst)), countPrepared(db, p, planned)]);
  const items = [...rows].slice(0, p.perPage).map(toListItem);
  const last = rows.length > p.perPage ? rows[p.perPage - 1] : undefined;
  const nextCursor = last ? encodeCursor({ s: p.sort, k: String(last.cursor_key), i: String(last.id) }) : null;
  return { ...base, items, total, nextCursor };
}

async function rangeFirstFits(db: DbOrTx, p: PreparedList, estimate: number): Promise<boolean> {
  return p.ranged && estimate <= (p.rangeFirstLimit ?? fieldFirstLimit(await documentsEstimate(db), p.perPage));
}

/** How many documents match a list input (the list's own capped/estimated count, no page): a dashboard's number. */
export async function countDocuments(db: DbOrTx, input: ListDocumentsInput, opts: ListOptions = {}): Promise<{ value: number; exact: boolean }> {
  return countPrepared(db, await prepareList(db, input, opts));
}

/** A raw row of the page query → the typed item, through the columns' own driver mappings. */
function toListItem(row: Record<string, unknown>): DocumentListItem {
  const item: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(documentSummaryColumns)) {
    const raw = row[column.name];
    item[key] = raw === null || raw === undefined ? null : column.mapFromDriverValue(raw);
  }
  const snippet = typeof row.snippet === "string" ? row.snippet.trim() : "";
  return { ...(item as DocumentSummary), topics: (row.topics ?? []) as DocumentTopic[], snippet: snippet || null };
}

/**
 * EXPLAIN (FORMAT JSON) of the statements a list call runs: the page query, and the capped count when
 * it would run (null when the estimate alone answers).
 */
export async function explainListDocuments(
  db: DbOrTx,
  input: ListDocumentsInput,
  opts: ListOptions = {},
): Promise<{ page: unknown; count: unknown; estimate: number; countCost: number }> {
  const p = await prepareList(db, input, opts);
  const count = p.empty ? null : await planCount(db, p);
  const rows = await db.execute<Record<string, unknown>>(sql`explain (format json) ${pageSql(p, count !== null && (await rangeFirstFits(db, p, count.estimate)))}`);
  const raw = rows[0] ? Object.values(rows[0])[0] : null;
  const page = typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
  if (!count) return { page, count: null, estimate: 0, countCost: 0 };
  const runs = count.estimate <= EXACT_COUNT_LIMIT && count.cost <= COUNT_COST_LIMIT;
  return { page, count: runs ? count.plan : null, estimate: count.estimate, countCost: count.cost };
}
