// `pnpm docscan seed --documents N`: fills a database with realistic fake documents (rows only, no
// stored bytes) for benchmarks and load tests: topics, correspondents, document dates and an invoice Total. Rows go in with COPY on parallel connections; secondary
// indexes and foreign keys are dropped during the load and rebuilt afterwards, then the tables are
// vacuumed and analyzed.
import { once } from "node:events";
import type { Writable } from "node:stream";
import postgres from "postgres";
import { migrate } from "@docscan/db/migrate";
import { SEARCH_LANGUAGES, type SearchLanguage } from "@docscan/shared";
import { COMMON_WORDS, longTail, SEED_TOPICS } from "./seed-words.ts";

export const DEFAULT_SEED_URL = "postgres://postgres@127.0.0.1:5432/docscan_bench";

export interface SeedOptions {
  url: string;
  documents: number;
  /** 1–16 topics (default 15). */
  topics?: number;
  /** Distinct owners (default 5); about 10 % of documents have none. */
  owners?: number;
  language?: SearchLanguage;
  /** PRNG seed: the same options give the same rows. */
  seed?: number;
  /** Drop and recreate the database first. Without it, a database that has documents is refused. */
  reset?: boolean;
  /** Parallel COPY connections (default 2). */
  connections?: number;
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedProgress {
  phase: "prepare" | "documents" | "links" | "indexes" | "vacuum" | "done";
  done: number;
  total: number;
  elapsedMs: number;
}

export interface SeedSummary {
  documents: number;
  topics: number;
  links: number;
  /** Values of the Total field. */
  fields: number;
  ms: number;
  /** Milliseconds per phase. */
  phases: Record<string, number>;
}

// ---------------------------------------------------------------- deterministic randomness

/** sfc32 (128-bit state, so streams from different batch seeds don't overlap), seeded through splitmix32. */
function prng(seed: number): () => number {
  let x = seed >>> 0;
  const next = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  const rand = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) rand();
  return rand;
}

/** A lookup table sampling ranks 0..n-1 with probability ∝ 1/(rank+1)^s: O(1) per draw. */
function zipfTable(n: number, s: number, size: number): Uint32Array {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
  const sum = weights.reduce((a, b) => a + b, 0);
  const table = new Uint32Array(size);
  let pos = 0;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += weights[i]! / sum;
    const end = i === n - 1 ? size : Math.min(size, Math.round(acc * size));
    for (; pos < end; pos++) table[pos] = i;
  }
  return table;
}

const HEX = "0123456789abcdef";
function hex(rand: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += HEX[(rand() * 16) | 0];
  return s;
}
function uuid(rand: () => number): string {
  const h = hex(rand, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${HEX[8 + ((rand() * 4) | 0)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null is \N. */
function copyValue(v: string | number | null): string {
  if (v === null) return "\\N";
  if (typeof v === "number") return String(v);
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

// ---------------------------------------------------------------- document generation

const STATUSES: [string, number][] = [
  ["done", 0.95],
  ["failed", 0.02],
  ["pending", 0.01],
  ["extracting", 0.01],
  ["classifying", 0.01],
];
const TYPES: [string, string, number][] = [
  ["application/pdf", "pdf", 0.7],
  ["image/jpeg", "jpg", 0.1],
  ["image/png", "png", 0.05],
  ["text/plain", "txt", 0.1],
  ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", 0.05],
];
const ERRORS = ["no text found: the file has no text layer and OCR is not available yet", "extract text failed after 3 attempts: storage timeout", "the PDF is encrypted"];

function pick<T extends [unknown, ...unknown[]]>(rand: () => number, table: T[]): T {
  let r = rand();
  for (const row of table) {
    r -= row[row.length - 1] as number;
    if (r <= 0) return row;
  }
  return table[0]!;
}

interface Generator {
  /** COPY lines for documents [from, to), their topic links and field values; the same rows for the same seed, whatever the order. */
  batch(from: number, to: number): { rows: string; links: string; linkCount: number; fields: string; fieldCount: number };
}

/** Mixes the seed and a batch number into a PRNG seed. */
function batchSeed(seed: number, batch: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(batch + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2f) >>> 0;
}

/** Seeded correspondents (global): names from two lists, 20 × 10. */
const CORRESPONDENT_FIRST = ["Nordwind", "Alpen", "Hanse", "Rhein", "Elbe", "Lindner", "Sommer", "Kramer", "Weber", "Fischer", "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent"];
const CORRESPONDENT_SECOND = ["Energie", "Versicherung", "Bank", "Telekom", "Praxis", "Steuerberatung", "Stadtwerke", "Immobilien", "Logistik", "Verlag"];
export const SEED_CORRESPONDENTS = CORRESPONDENT_SECOND.flatMap((b) => CORRESPONDENT_FIRST.map((a) => `${a} ${b}`));

/** The seeded monetary field, attached to the first seeded topic (Invoices). */
export const SEED_TOTAL_FIELD = "Total";
const CURRENCIES: [string, number][] = [
  ["EUR", 0.8],
  ["USD", 0.1],
  ["GBP", 0.05],
  ["CHF", 0.05],
];
const DAY_MS = 24 * 3600 * 1000;

/**
 * A document's own date, from the upload instant: most are scanned within days of their date, some months
 * later, a few from years back (a filed-away box scanned at once); 12 % have none (photos, notes). Its own
 * stream, so the rest of a document is what it was before dates were seeded.
 */
function documentDateOf(seed: number, i: number, createdMs: number): { date: string; source: "text" | "filename"; quote: string } | null {
  const r = prng(batchSeed(seed ^ 0xda7e, i));
  const roll = r();
  if (roll < 0.12) return null;
  const back = roll < 0.72 ? r() * 14 : roll < 0.92 ? 14 + r() * 350 : 365 + r() * 9 * 365;
  const date = new Date(createdMs - Math.floor(back) * DAY_MS).toISOString().slice(0, 10);
  return r() < 0.9 ? { date, source: "text", quote: `Date: ${date}` } : { date, source: "filename", quote: date };
}

/**
 * The Total of an invoice (log-normal around ~150, cents included, a few large ones): 90 % of the Invoices
 * documents that are done have one, as the offline reader leaves it. Its own stream too.
 */
function totalOf(seed: number, i: number): { number: string; currency: string } | null {
  const r = prng(batchSeed(seed ^ 0x7074a1, i));
  if (r() < 0.1) return null;
  const gauss = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const amount = Math.min(999_999.99, Math.max(0.5, Math.exp(5 + 1.4 * gauss)));
  const [currency] = pick(r, CURRENCIES);
  return { number: amount.toFixed(2), currency: currency! };
}

function makeGenerator(
  opts: Required<Pick<SeedOptions, "documents" | "seed" | "language">>,
  topicIds: string[],
  ownerIds: string[],
  correspondents: { id: string; name: string }[],
  totalFieldId: string,
): Generator {
  let rand = prng(opts.seed);
  let lastMicros = 0;
  const vocabulary = [...COMMON_WORDS, ...longTail(30_000)];
  const wordTable = zipfTable(vocabulary.length, 1.05, 1 << 20);
  const topics = SEED_TOPICS.slice(0, topicIds.length);
  // Topic sizes differ a lot (the largest ~25 %, the smallest ~2 %), like real archives.
  const topicTable = zipfTable(topics.length, 0.9, 1 << 16);
  const span = 3 * 365 * 24 * 3600 * 1e6; // three years, in microseconds
  const start = Date.UTC(2023, 0, 1) * 1000;
  const step = span / Math.max(1, opts.documents);
  // 80 % of documents have a correspondent (a few send most letters); drawn from their own stream, so the rest of
  // a document is what it was before correspondents were seeded.
  const correspondentTable = zipfTable(Math.max(1, correspondents.length), 1, 1 << 16);
  const correspondentOf = (i: number) => {
    const h = batchSeed(opts.seed ^ 0xc0ffee, i);
    if (correspondents.length === 0 || (h & 0xff) < 51) return null;
    return correspondents[correspondentTable[(h >>> 8) % correspondentTable.length]!]!;
  };

  const word = () => vocabulary[wordTable[(rand() * wordTable.length) | 0]!]!;
  const length = () => {
    const r = rand();
    if (r < 0.15) return 3 + ((rand() * 27) | 0); // a few words: photos, receipts
    if (r < 0.75) return 50 + ((rand() * 250) | 0);
    return 300 + ((rand() * 900) | 0); // several KB
  };

  function document(i: number): { row: string; links: string[]; field: string | null } {
    const id = uuid(rand);
    const t0 = topicTable[(rand() * topicTable.length) | 0]!;
    const docTopics = [t0];
    if (rand() < 0.3) docTopics.push(topicTable[(rand() * topicTable.length) | 0]!);
    if (rand() < 0.1) docTopics.push((rand() * topics.length) | 0);
    const uniqueTopics = [...new Set(docTopics)];
    const main = topics[t0]!;
    const [status] = pick(rand, STATUSES);
    const [contentType, ext] = pick(rand, TYPES);
    const number = 1000 + ((rand() * 900_000) | 0);
    const fileStem = main.files[(rand() * main.files.length) | 0]!;
    const filename =
      rand() < 0.25 ? `scan_${String(number).padStart(7, "0")}.${ext}` : rand() < 0.5 ? `${fileStem}-${2023 + ((rand() * 3) | 0)}-${number}.${ext}` : `${fileStem.charAt(0).toUpperCase()}${fileStem.slice(1)} ${number} ${word()}.${ext}`;
    let text: string | null = null;
    if (status === "done" || status === "classifying" || (status === "failed" && rand() < 0.3)) {
      const n = length();
      const title = main.titles[(rand() * main.titles.length) | 0]!.replace("#", String(number));
      const words: string[] = [];
      const vocab = uniqueTopics.flatMap((t) => topics[t]!.words);
      const phrases = uniqueTopics.flatMap((t) => topics[t]!.phrases ?? []);
      for (let w = 0; w < n; w++) {
        const r = rand();
        // A quarter of the words come from the document's topics, some as fixed expressions.
        words.push(r < 0.04 && phrases.length ? phrases[(rand() * phrases.length) | 0]! : r < 0.25 ? vocab[(rand() * vocab.length) | 0]! : word());
        if (w % 12 === 11) words.push(rand() < 0.2 ? "\n" : ".");
      }
      text = `${title}\n${words.join(" ")}`;
    }
    // Increasing with jitter; 2 % of rows share their predecessor's timestamp exactly (keyset ties).
    const micros = lastMicros && rand() < 0.02 ? lastMicros : Math.floor(start + i * step + rand() * step);
    lastMicros = micros;
    const createdAt = new Date(Math.floor(micros / 1000)).toISOString().replace("Z", `${String(micros % 1000).padStart(3, "0")}Z`);
    const ownerRoll = rand();
    const ownerId = ownerRoll < 0.1 ? null : ownerIds[(ownerRoll * 997) % ownerIds.length | 0]!;
    const size = Math.floor(2 ** (14 + rand() * 8)); // 16 KB – 4 MB
    const correspondent = correspondentOf(i);
    const dated = documentDateOf(opts.seed, i, Math.floor(micros / 1000));
    const objectKey = `${ownerId ?? "unowned"}/${id}/${uuid(rand)}.${ext}`;
    const row = [
      id,
      ownerId,
      filename,
      filename, // the title: the file name, as for an upload (the load disables the trigger that would fill it)
      objectKey,
      contentType,
      size,
      hex(rand, 64),
      "fs",
      status!,
      status === "failed" ? ERRORS[(rand() * ERRORS.length) | 0]! : null,
      text,
      text === null ? null : 1 + ((rand() * 8) | 0),
      opts.language,
      createdAt,
      createdAt,
      correspondent?.id ?? null,
      correspondent?.name ?? null,
      correspondent ? "rule" : null,
      dated?.date ?? null,
      dated?.source ?? null,
      dated?.quote ?? null,
    ]
      .map(copyValue)
      .join("\t");
    const links =
      status === "done"
        ? uniqueTopics.map((t, k) => [id, topicIds[t]!, rand() < 0.1 ? "manual" : "ai", k === 0 ? (0.6 + rand() * 0.4).toFixed(3) : (0.5 + rand() * 0.3).toFixed(3)].map(String).join("\t"))
        : [];
    // Topic 0 is Invoices: its documents carry the Total field.
    const total = status === "done" && uniqueTopics.includes(0) ? totalOf(opts.seed, i) : null;
    const field = total
      ? [id, totalFieldId, `${total.number} ${total.currency}`, total.number, total.currency, null, "offline", "0.9", `Total ${total.number} ${total.currency}`, createdAt].map(copyValue).join("\t")
      : null;
    return { row: `${row}\n`, links: links.map((l) => `${l}\n`), field: field && `${field}\n` };
  }

  return {
    batch(from, to) {
      rand = prng(batchSeed(opts.seed, from));
      lastMicros = 0;
      let rows = "";
      let links = "";
      let linkCount = 0;
      let fields = "";
      let fieldCount = 0;
      for (let i = from; i < to; i++) {
        const d = document(i);
        rows += d.row;
        for (const l of d.links) links += l;
        linkCount += d.links.length;
        if (d.field) {
          fields += d.field;
          fieldCount++;
        }
      }
      return { rows, links, linkCount, fields, fieldCount };
    },
  };
}

const DOCUMENT_COLUMNS =
  "id, owner_id, filename, title, object_key, content_type, size, sha256, storage_backend, status, error, text, page_count, search_language, created_at, updated_at, correspondent_id, correspondent_name, correspondent_source, document_date, document_date_source, document_date_quote";
const FIELD_COLUMNS = "document_id, field_id, value, number, currency, date, source, confidence, quote, updated_at";

// ---------------------------------------------------------------- database plumbing

async function ensureDatabase(url: string, reset: boolean): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name "${name}" must be letters, digits and _`);
  u.pathname = "/postgres";
  const admin = postgres(u.toString(), { max: 1, onnotice: () => {} });
  try {
    if (reset) {
      await assertNoRealAccounts(url);
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
    }
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** --reset drops only what seed made: its owners cannot sign in ("!" is no password hash). */
async function assertNoRealAccounts(url: string): Promise<void> {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await db<{ n: number }[]>`select count(*)::int as n from users where password_hash <> '!'`;
    if (row && row.n > 0) {
      throw new Error(`${new URL(url).pathname.slice(1)} has ${row.n} account(s) that can sign in: it is not a seeded database, and --reset will not drop it`);
    }
  } catch (err) {
    // A database that does not exist yet, or has no users table, holds nothing to protect.
    if (!["3D000", "42P01"].includes((err as { code?: string }).code ?? "")) throw err;
  } finally {
    await db.end({ timeout: 5 });
  }
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

async function endStream(stream: Writable): Promise<void> {
  const finished = new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("close", resolve);
    stream.once("error", reject);
  });
  stream.end();
  await finished;
}

/** Secondary indexes and constraints that make a bulk load slow; recreated from their exact definitions. */
async function dropForLoad(sql: postgres.Sql): Promise<{ indexes: string[]; constraints: { tbl: string; name: string; def: string }[] }> {
  const constraints = await sql<{ tbl: string; name: string; def: string }[]>`
    select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint
    where conrelid in ('documents'::regclass, 'document_topics'::regclass, 'document_fields'::regclass) and contype in ('f', 'u')`;
  const indexes = await sql<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = current_schema() and tablename in ('documents', 'document_topics', 'document_fields')
      and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`;
  for (const c of constraints) await sql.unsafe(`alter table ${c.tbl} drop constraint "${c.name}"`);
  for (const i of indexes) await sql.unsafe(`drop index "${i.name}"`);
  return { indexes: indexes.map((i) => i.def), constraints };
}

/**
 * Seeds `opts.documents` documents with topic links into the database at `opts.url` (created and
 * migrated when needed). Deterministic for a given seed.
 */
export async function seed(opts: SeedOptions): Promise<SeedSummary> {
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  let phaseStart = t0;
  const progress = (phase: SeedProgress["phase"], done: number, total: number) =>
    opts.onProgress?.({ phase, done, total, elapsedMs: Math.round(performance.now() - t0) });
  const endPhase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - phaseStart);
    phaseStart = now;
  };

  const total = opts.documents;
  if (!Number.isInteger(total) || total < 0 || total > 50_000_000) throw new Error("documents must be a whole number from 0 to 50 000 000");
  const language = opts.language ?? "simple";
  if (!SEARCH_LANGUAGES.includes(language)) throw new Error(`unknown language "${language}"`);
  const topicCount = Math.min(SEED_TOPICS.length, Math.max(1, opts.topics ?? 15));
  const ownerCount = Math.max(1, opts.owners ?? 5);
  const connections = Math.max(1, Math.min(8, opts.connections ?? 2));

  progress("prepare", 0, total);
  await ensureDatabase(opts.url, opts.reset ?? false);
  await migrate(opts.url);
  // The document streams, the topic links' stream and the field values' stream.
  const sql = postgres(opts.url, { max: connections + 2, onnotice: () => {}, connection: { synchronous_commit: "off" } });
  try {
    const [state] = await sql<{ interrupted: boolean; documents: boolean }[]>`
      select to_regclass('docscan_seed_in_progress') is not null as interrupted, exists (select 1 from documents) as documents`;
    if (state!.interrupted) throw new Error("an earlier seed of this database was interrupted (its indexes are incomplete): seed again with --reset");
    if (state!.documents) throw new Error("the database already has documents: seed again with --reset to replace it");
    // Marks the load: if it dies before the indexes are rebuilt, the next run knows.
    await sql`create table docscan_seed_in_progress ()`;

    const rand = prng((opts.seed ?? 42) ^ 0x5eed);
    const ownerIds = Array.from({ length: ownerCount }, () => uuid(rand));
    // Seeded owners are members who cannot sign in ("!" is no valid password hash); an admin can reset one.
    await sql`insert into users ${sql(ownerIds.map((id, i) => ({ id, email: `seed-user-${i + 1}@docscan.invalid`, password_hash: "!", role: "member" })))}`;
    const topicRows = await sql<{ id: string }[]>`
      insert into topics ${sql(SEED_TOPICS.slice(0, topicCount).map((t) => ({ id: uuid(rand), name: t.name, description: t.description, color: t.color })))}
      returning id`;
    const topicIds = topicRows.map((r) => r.id);
    const correspondentRows = await sql<{ id: string; name: string }[]>`
      insert into correspondents ${sql(SEED_CORRESPONDENTS.map((name) => ({ id: uuid(rand), name })))}
      returning id, name`;
    // A monetary Total on Invoices, as an admin would set it up (issue 17, ADR 0033).
    const totalFieldId = uuid(rand);
    await sql`insert into custom_fields (id, name, type, extract) values (${totalFieldId}, ${SEED_TOTAL_FIELD}, 'monetary', 'total')`;
    await sql`insert into topic_fields (topic_id, field_id) values (${topicIds[0]!}, ${totalFieldId})`;

    // Bulk loads are much faster without secondary indexes and FK checks (and links stream in parallel
    // with their documents, so FKs could not be checked during the load anyway).
    const dropped = await dropForLoad(sql);
    // The usage-counter triggers would aggregate every COPY's rows; the counters are set once at the end.
    await sql`alter table documents disable trigger user`;
    endPhase("prepare");

    const gen = makeGenerator({ documents: total, seed: opts.seed ?? 42, language }, topicIds, ownerIds, correspondentRows, totalFieldId);
    const docStreams = await Promise.all(Array.from({ length: connections }, () => sql.unsafe(`copy documents (${DOCUMENT_COLUMNS}) from stdin`).writable()));
    const linkStream = await sql`copy document_topics (document_id, topic_id, source, confidence) from stdin`.writable();
    const fieldStream = await sql.unsafe(`copy document_fields (${FIELD_COLUMNS}) from stdin`).writable();
    let links = 0;
    let fields = 0;
    let loaded = 0;
    const batch = 500;
    // One producer per connection, each waiting only for its own stream to drain.
    await Promise.all(
      docStreams.map(async (stream, k) => {
        for (let from = k * batch; from < total; from += connections * batch) {
          const b = gen.batch(from, Math.min(total, from + batch));
          await write(stream, b.rows);
          if (b.links) await write(linkStream, b.links);
          if (b.fields) await write(fieldStream, b.fields);
          links += b.linkCount;
          fields += b.fieldCount;
          loaded += Math.min(batch, total - from);
          if ((from / batch) % 100 === 0) progress("documents", loaded, total);
        }
      }),
    );
    await Promise.all(docStreams.map(endStream));
    await endStream(linkStream);
    await endStream(fieldStream);
    progress("documents", total, total);
    endPhase("documents");

    progress("indexes", 0, dropped.indexes.length + dropped.constraints.length);
    // Index builds in parallel on separate connections, each with plenty of memory.
    const queue = [...dropped.indexes];
    let built = 0;
    await Promise.all(
      Array.from({ length: connections }, () =>
        sql.begin(async (tx) => {
          await tx`set local maintenance_work_mem = '512MB'`;
          for (let def = queue.shift(); def; def = queue.shift()) {
            await tx.unsafe(def);
            progress("indexes", ++built, dropped.indexes.length + dropped.constraints.length);
          }
        }),
      ),
    );
    for (const c of dropped.constraints) {
      await sql.unsafe(`alter table ${c.tbl} add constraint "${c.name}" ${c.def}`);
      progress("indexes", ++built, dropped.indexes.length + dropped.constraints.length);
    }
    await sql`alter table documents enable trigger user`;
    await sql`
      update users u set used_documents = s.n, used_bytes = s.bytes
      from (select owner_id, count(*)::int as n, sum(size)::bigint as bytes from documents where owner_id is not null group by owner_id) s
      where u.id = s.owner_id`;
    await sql`drop table docscan_seed_in_progress`;
    endPhase("indexes");
    progress("vacuum", 0, 1);
    // Sets the visibility map (index-only scans, cheap counts) and the planner statistics.
    await sql`vacuum (analyze) documents, document_topics, document_fields, topics, correspondents, custom_fields, topic_fields`;
    endPhase("vacuum");
    progress("done", total, total);
    return { documents: total, topics: topicIds.length, links, fields, ms: Math.round(performance.now() - t0), phases };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
