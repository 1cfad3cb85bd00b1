// List and search latency through the same query function the api calls (`listDocuments`), and the
// plan of every query it runs.
import { sql } from "drizzle-orm";
import { createDatabase, encodeCursor, explainListDocuments, listDocuments, type Database } from "@docscan/db";
import { listDocumentsInputSchema } from "@docscan/shared";
import { SEED_TOTAL_FIELD } from "../src/seed.ts";
import { longTail } from "../src/seed-words.ts";
import { percentiles, timeRuns, type Percentiles } from "./stats.ts";

export interface BenchCase {
  name: string;
  kind: "list" | "search";
  input: Record<string, unknown>;
}

export interface CaseResult extends BenchCase {
  latency: Percentiles;
  rows: number;
  total: { value: number; exact: boolean };
}

export interface PlanSummary {
  name: string;
  query: "page" | "count";
  /** How the statement runs: the planner's choice, bitmap scans for the relevance window, or not at all. */
  note: string;
  nodes: string[];
  indexes: string[];
  seqScanOfDocuments: boolean;
}

/** Cases built from what is in the database, so both sizes are measured alike. */
export async function buildCases(database: Database): Promise<BenchCase[]> {
  const db = database.db;
  const [meta] = await db.execute<{ largest: string; smallest: string; owner: string; sha: string; reltuples: number; bigSender: string; smallSender: string; total: string }>(sql`
    with t as (select topic_id, count(*) n from document_topics group by topic_id),
         c as (select correspondent_id, count(*) n from documents where correspondent_id is not null group by correspondent_id)
    select (select topic_id from t order by n desc limit 1) as largest,
           (select topic_id from t order by n asc limit 1) as smallest,
           (select correspondent_id from c order by n desc limit 1) as "bigSender",
           (select correspondent_id from c order by n asc limit 1) as "smallSender",
           (select owner_id from documents where owner_id is not null limit 1) as owner,
           (select sha256 from documents limit 1) as sha,
           (select id from custom_fields where name = ${SEED_TOTAL_FIELD}) as total,
           (select reltuples::float8 from pg_class where relname = 'documents') as reltuples`);
  const half = Math.floor(Number(meta!.reltuples) / 2);
  const [deep] = await db.execute<{ id: string; k: string }>(sql`
    select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as k
    from documents order by created_at desc, id desc offset ${half} limit 1`);
  const deepCursor = encodeCursor({ s: "newest", k: deep!.k, i: deep!.id });
  // A word from the far tail of the seeder's vocabulary: a few hundred documents.
  const rare = longTail(30_000)[12_000]!;
  const month = { createdFrom: "2024-06-01T00:00:00Z", createdBefore: "2024-07-01T00:00:00Z" };
  // The document's own date (seeded: most a few days before the upload, some months or years before, 12 % none).
  const datedMonth = { datedFrom: "2024-06-01", datedTo: "2024-06-30" };
  const datedYear = { datedFrom: "2024-01-01", datedTo: "2024-12-31" };
  // The seeded Total on Invoices (log-normal around ~150): 250–260 holds ~1 % of the values, 100–1 000 about a third.
  const narrow = { field: meta!.total, fieldMin: "250", fieldMax: "260" };
  const wide = { field: meta!.total, fieldMin: "100", fieldMax: "1000" };
  const list = (name: string, input: Record<string, unknown>): BenchCase => ({ name, kind: "list", input });
  const search = (name: string, input: Record<string, unknown>): BenchCase => ({ name, kind: "search", input });
  return [
    list("first page (newest)", {}),
    list(`deep page (cursor ${half.toLocaleString("en")} rows in)`, { cursor: deepCursor }),
    list("oldest first", { sort: "oldest" }),
    list("sort by name", { sort: "name" }),
    list("sort by size", { sort: "largest" }),
    list("sort by document date", { sort: "dated_newest" }),
    list("sort by document date, oldest first", { sort: "dated_oldest" }),
    list("document date range (one month)", datedMonth),
    list("document date range (one year)", datedYear),
    list("document date range (one month), by document date", { ...datedMonth, sort: "dated_newest" }),
    list("amount range, narrow (Total 250–260)", narrow),
    list("amount range, wide (Total 100–1 000)", wide),
    list("amount range (wide) + correspondent (largest)", { ...wide, correspondent: meta!.bigSender }),
    list("sort by correspondent", { sort: "correspondent" }),
    list("sort by correspondent, Z–A", { sort: "correspondent_desc" }),
    list("correspondent (largest)", { correspondent: meta!.bigSender }),
    list("correspondent (smallest), oldest first", { correspondent: meta!.smallSender, sort: "oldest" }),
    list("correspondent + sort by name", { correspondent: meta!.bigSender, sort: "name" }),
    list("status = failed (2 %)", { status: "failed" }),
    list("status = done (95 %)", { status: "done" }),
    list("topic (largest)", { topic: meta!.largest }),
    list("topic (smallest)", { topic: meta!.smallest }),
    list("topic (smallest), oldest first", { topic: meta!.smallest, sort: "oldest" }),
    list("date range (one month)", month),
    list("owner scope", { __owner: meta!.owner }),
    list("sha256", { sha256: meta!.sha }),
    list("topic + status + month", { topic: meta!.largest, status: "done", ...month }),
    search("one word, common (invoice)", { q: "invoice" }),
    search("one word, general (time)", { q: "time" }),
    search(`one word, rare (${rare})`, { q: rare }),
    search("two words (invoice overdue)", { q: "invoice overdue" }),
    search('phrase ("amount due")', { q: '"amount due"' }),
    search("prefix as typed (paym)", { q: "paym" }),
    search("or (tennis or football)", { q: "tennis or football" }),
    search("exclusion (invoice -overdue)", { q: "invoice -overdue" }),
    search("search, newest first", { q: "invoice", sort: "newest" }),
    search("search + topic + status", { q: "payment", topic: meta!.largest, status: "done" }),
    search("search + month", { q: "payment", ...month }),
    search("search + document date range (one month)", { q: "payment", ...datedMonth }),
    search("search + document date range (one year)", { q: "payment", ...datedYear }),
    search("search, page 3 by cursor", { q: "invoice", __pages: 3 }),
  ];
}

function parse(c: BenchCase) {
  const { __owner, __pages: _pages, ...rest } = c.input as { __owner?: string; __pages?: number };
  return { input: listDocumentsInputSchema.parse(rest), opts: __owner ? { scope: { ownerId: __owner } } : {} };
}

export async function measureCases(database: Database, cases: BenchCase[], limits: { maxRuns: number; maxMs: number }): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const c of cases) {
    const { input, opts } = parse(c);
    const pages = (c.input as { __pages?: number }).__pages ?? 1;
    // For "page N" cases the cursor of page N is fetched once; the timed call is the page itself.
    let cursor: string | undefined;
    for (let i = 1; i < pages; i++) cursor = (await listDocuments(database.db, { ...input, cursor }, opts)).nextCursor ?? undefined;
    const timedInput = { ...input, cursor: cursor ?? input.cursor };
    let last = await listDocuments(database.db, timedInput, opts);
    const samples = await timeRuns(
      async () => {
        last = await listDocuments(database.db, timedInput, opts);
      },
      { warmup: 3, ...limits },
    );
    out.push({ ...c, latency: percentiles(samples), rows: last.items.length, total: last.total });
  }
  return out;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

function summarise(name: string, query: "page" | "count", note: string, plan: unknown): PlanSummary {
  if (plan === null) return { name, query, note, nodes: [], indexes: [], seqScanOfDocuments: false };
  const root = (plan as { Plan: PlanNode }[])[0]!.Plan;
  const nodes: string[] = [];
  const indexes = new Set<string>();
  let seq = false;
  walk(root, (n) => {
    nodes.push(n["Node Type"]);
    if (n["Index Name"]) indexes.add(n["Index Name"]);
    if (/Seq Scan/.test(n["Node Type"]) && n["Relation Name"] === "documents") seq = true;
  });
  return { name, query, note, nodes, indexes: [...indexes], seqScanOfDocuments: seq };
}

export async function planSummaries(database: Database, cases: BenchCase[]): Promise<PlanSummary[]> {
  const out: PlanSummary[] = [];
  for (const c of cases) {
    const { input, opts } = parse(c);
    const plans = await explainListDocuments(database.db, input, opts);
    const estimate = `estimate ${plans.estimate.toLocaleString("en")}, cost ${Math.round(plans.countCost).toLocaleString("en")}`;
    out.push(
      summarise(c.name, "page", "runs", plans.page),
      summarise(c.name, "count", plans.count === null ? `not run (${estimate})` : `capped count (${estimate})`, plans.count),
    );
  }
  return out;
}

export async function withDatabase<T>(url: string, fn: (d: Database) => Promise<T>): Promise<T> {
  const database = createDatabase(url);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export async function documentCount(url: string): Promise<number> {
  return withDatabase(url, async (d) => {
    const [row] = await d.db.execute<{ n: number }>(sql`select count(*)::int as n from documents`);
    return row?.n ?? 0;
  });
}
