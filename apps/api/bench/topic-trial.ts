// Topic trial at scale (issue 20, ADR 0029): a trial (an edited global topic) over N seeded documents with
// stored vectors, against a reference measured in the same run: reading the same rows (documents, links, vectors)
// as a trial reads them, without scoring them — the floor of a preview that reads every vector.
// Invoked by `pnpm bench` (apps/cli/bench); prints one JSON line with --json.
//   node --import tsx apps/api/bench/topic-trial.ts [--documents 50000] [--runs 5] [--url URL] [--json]
// Seeds `pnpm docscan seed` documents when the database does not hold N of them, then gives every document
// with text a vector: one of 20 encodings of its main topic's words, plus noise (encoding 50 000 texts would
// take the encoder an hour; what is measured is the trial, not the encoder), and the text features the worker
// stores with a vector (its backfill, timed).
// Each measured process's first trial is timed too: a cold one (a fresh child process: encoder, every vector and
// text feature read) and one after a warm-up (another fresh child: the warm-up the api starts a minute after its start, then the trial).
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { EMBEDDING_VERSION, sentenceEncoder, sourceSha256Of, TEXT_FEATURES_VERSION, textFeatures } from "@docscan/classify";
import { backfillTextFeatures, createDatabase, trialLibrary, trialOwners, trialVectors, type AuthUser } from "@docscan/db";
import { migrate } from "@docscan/db/migrate";
import { deriveSecretKey } from "@docscan/db/secrets";
import { runTrial, warmUpTrialsAtStart } from "../src/services/topic-trials.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "postgres://postgres@127.0.0.1:5432/docscan_bench_trial" },
    documents: { type: "string", default: "50000" },
    runs: { type: "string", default: "5" },
    json: { type: "boolean", default: false },
    /** Internal: this process is the child that times one first trial (cold, or after a warm-up), and prints it. */
    first: { type: "string" },
  },
});
const N = Number(values.documents);
const RUNS = Number(values.runs);
const log = (line: string) => process.stderr.write(`[trial bench] ${line}\n`);
const REPO = fileURLToPath(new URL("../../..", import.meta.url));
// Each timed case starts with the collector's work of the case before done (the reference's 95 MB of vectors were
// collected during the trial after it), as a trial in the api starts after other requests' garbage was collected.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The worker's text features backfill (apps/worker/src/tasks/text-features.ts) for documents without them; its time. */
async function storeTextFeatures(): Promise<{ stored: number; ms: number }> {
  const { db, close } = createDatabase(values.url);
  try {
    const started = performance.now();
    const stored = await backfillTextFeatures(db, {
      version: EMBEDDING_VERSION,
      featuresVersion: TEXT_FEATURES_VERSION,
      compute: (text, filename) => ({ sourceSha256: sourceSha256Of(text, filename), features: textFeatures(text) }),
    });
    return { stored, ms: performance.now() - started };
  } finally {
    await close();
  }
}

async function prepare(): Promise<void> {
  // A database seeded before the newest migrations (the text features' table) gets them.
  await migrate(values.url).catch(() => {});
  const { db, close } = createDatabase(values.url);
  const count = await db
    .execute<{ docs: number; vectors: number }>(sql`select (select count(*)::int from documents) as docs, (select count(*)::int from document_vectors) as vectors`)
    .then((r) => r[0]!)
    .catch(() => ({ docs: -1, vectors: -1 }));
  await close();
  if (count.docs !== N) {
    log(`seeding ${N} documents into ${values.url}`);
    execFileSync("pnpm", ["--silent", "docscan", "seed", "--documents", String(N), "--url", values.url, "--reset"], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  } else if (count.vectors > 0) {
    // Vectors stored by an earlier version of this script named no source: the worker's hash, so that the text
    // features (stored for a vector's source) pair with them.
    const d = createDatabase(values.url);
    try {
      await d.db.execute(sql`
        update document_vectors v set source_sha256 = encode(sha256(convert_to(d.filename, 'UTF8') || decode('00', 'hex') || convert_to(d.text, 'UTF8')), 'hex')
        from documents d where d.id = v.document_id and v.source_sha256 = 'bench'`);
    } finally {
      await d.close();
    }
    return;
  }
  log("storing vectors");
  const d = createDatabase(values.url);
  try {
    const encoder = await sentenceEncoder();
    const topics = await d.db.execute<{ id: string; name: string; description: string }>(sql`select id, name, description from topics order by name`);
    const rand = prng(7);
    const bases = new Map<string, Float32Array[]>();
    for (const t of topics) {
      const words = `${t.name} ${t.description}`.toLowerCase().split(/\W+/).filter(Boolean);
      const texts = Array.from({ length: 20 }, () => Array.from({ length: 30 }, () => words[(rand() * words.length) | 0]).join(" "));
      bases.set(t.id, await encoder.embed(texts));
    }
    const rows = await d.db.execute<{ id: string; topic: string | null; text: string; filename: string }>(sql`
      select d.id, d.text, d.filename, (select dt.topic_id from document_topics dt where dt.document_id = d.id order by dt.confidence desc nulls last limit 1) as topic
      from documents d where d.text is not null`);
    const fallback = [...bases.values()].flat();
    for (let i = 0; i < rows.length; i += 1000) {
      const values = rows.slice(i, i + 1000).map((r) => {
        const base = r.topic ? bases.get(r.topic)! : fallback;
        const v = Float32Array.from(base[(rand() * base.length) | 0]!);
        for (let k = 0; k < v.length; k++) v[k]! += (rand() - 0.5) * 0.08;
        const n = Math.hypot(...v);
        const bytes = Buffer.alloc(v.length * 4);
        v.forEach((x, k) => bytes.writeFloatLE(x / n, k * 4));
        return sql`(${r.id}::uuid, ${EMBEDDING_VERSION}, ${sourceSha256Of(r.text, r.filename)}, ${bytes}::bytea)`;
      });
      await d.db.execute(sql`insert into document_vectors (document_id, version, source_sha256, vector) values ${sql.join(values, sql`, `)} on conflict do nothing`);
    }
    await d.db.execute(sql`analyze document_vectors`);
    log(`stored ${rows.length} vectors`);
  } finally {
    await d.close();
  }
}

/** A fresh process's first trial (`--first cold`), or its warm-up and then its first trial (`--first warm`), timed. */
async function firstTrial(mode: string, trial: (k: number) => ReturnType<typeof runTrial>, warm: () => Promise<unknown>): Promise<{ warmUpMs: number | null; trialMs: number }> {
  let warmUpMs: number | null = null;
  if (mode === "warm") {
    const started = performance.now();
    await warm();
    warmUpMs = performance.now() - started;
  }
  collectGarbage();
  const started = performance.now();
  await trial(0);
  return { warmUpMs, trialMs: performance.now() - started };
}

/** Runs this script as a fresh process that times its first trial (see firstTrial). */
function inChild(mode: "cold" | "warm"): { warmUpMs: number | null; trialMs: number } {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--first", mode, "--url", values.url], { cwd: REPO, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as { warmUpMs: number | null; trialMs: number };
}

async function main(): Promise<void> {
  if (!values.first) await prepare();
  const features = values.first ? null : await storeTextFeatures();
  if (features?.stored) log(`stored the text features of ${features.stored} documents (the worker's backfill) in ${features.ms.toFixed(0)} ms`);
  // The api's pool (createDatabase's default, 10 connections): a trial asks for every owner's training data at once.
  const { db, close } = createDatabase(values.url);
  try {
    // An admin who cannot sign in ("!" is no password hash), as the seeded members.
    const email = "bench-admin@docscan.invalid";
    const [admin] = (await db.execute<{ id: string; email: string }>(sql`select id, email from users where email = ${email}`)).length
      ? await db.execute<{ id: string; email: string }>(sql`select id, email from users where email = ${email}`)
      : await db.execute<{ id: string; email: string }>(sql`insert into users (email, password_hash, role) values (${email}, '!', 'admin') returning id, email`);
    const user = { id: admin!.id, email: admin!.email, role: "admin" } as AuthUser;
    const [topic] = await db.execute<{ id: string; description: string }>(sql`select id, description from topics where name = 'Tax'`);
    const deps = { db, secretKey: deriveSecretKey("bench-secret-bench-secret-bench!"), aiDefaults: { baseUrl: null, model: "gpt-4o-mini", threshold: 0.8, apiKey: null } };
    const [docs] = await db.execute<{ n: number }>(sql`select count(*)::int as n from documents d join document_vectors v on v.document_id = d.id where d.status = 'done' and d.trashed_at is null`);
    const scanned = docs!.n;

    // Reference: the same rows read as a trial reads them (the documents and their links at once, then each
    // page's vectors), not scored — the floor of a preview that reads every vector.
    const readAll = async () => {
      await trialOwners(db, null);
      const all = await trialLibrary(db, { version: EMBEDDING_VERSION });
      for (let i = 0; i < all.length; i += 1000) {
        await trialVectors(
          db,
          all.slice(i, i + 1000).map((d) => d.id),
          EMBEDDING_VERSION,
        );
      }
      return all.length;
    };
    // Each trial of a run its own description: the changed models are never in the model cache (an edit tried twice
    // would find them there).
    const extra = ["deductions", "refund", "assessment", "return", "allowance", "declaration", "payment", "receipt", "statement", "notice", "balance", "interest"];
    const trial = (k: number) =>
      runTrial(deps, user, { change: { kind: "update", id: topic!.id, description: `${topic!.description}, VAT, income tax, tax office, ${extra[k % extra.length]}` }, samples: 10 });

    if (values.first) {
      process.stdout.write(`${JSON.stringify(await firstTrial(values.first, trial, () => warmUpTrialsAtStart(deps)))}\n`);
      return;
    }

    const load = loadavg().map((l) => l.toFixed(1));
    // A process's first trial, each in a fresh process: cold, and after the warm-up the api starts a minute after its start.
    log(`first trials (fresh processes); ${scanned} documents to score; load ${load.join(" / ")}`);
    const cold = inChild("cold");
    const warmed = inChild("warm");
    log(`first trial cold ${cold.trialMs.toFixed(0)} ms; warm-up ${warmed.warmUpMs!.toFixed(0)} ms, then the first trial ${warmed.trialMs.toFixed(0)} ms`);
    log(`this process's first trial (caches)`);
    await readAll();
    await trial(0);
    const reference: number[] = [];
    const trials: number[] = [];
    let listed = 0;
    for (let k = 1; k <= RUNS; k++) {
      collectGarbage();
      let t = performance.now();
      await readAll();
      reference.push(performance.now() - t);
      collectGarbage();
      t = performance.now();
      const r = await trial(k);
      trials.push(performance.now() - t);
      listed = r.listed;
      log(`run ${k}: read ${reference.at(-1)!.toFixed(0)} ms, trial ${trials.at(-1)!.toFixed(0)} ms (${r.listed} listed)`);
    }
    // A library in use changes between trials: a person's decision on one document of every owner (its manual link
    // made anew) changes every owner's training data, so today's models are trained again and every document is
    // scored under them as well as under the changed ones.
    const decided: number[] = [];
    for (let k = 1; k <= RUNS; k++) {
      await db.execute(sql`
        update document_topics set created_at = now()
        where (document_id, topic_id) in (
          select distinct on (d.owner_id) dt.document_id, dt.topic_id
          from document_topics dt join documents d on d.id = dt.document_id
          where dt.source = 'manual'
          order by d.owner_id, md5(dt.document_id::text || ${String(k)}))`);
      collectGarbage();
      const t = performance.now();
      await trial(RUNS + k);
      decided.push(performance.now() - t);
      log(`after a decision per owner ${k}: trial ${decided.at(-1)!.toFixed(0)} ms`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const out = {
      documents: N,
      scanned,
      listed,
      runs: RUNS,
      loadStart: load,
      loadEnd: loadavg().map((l) => l.toFixed(1)),
      referenceMs: reference,
      trialMs: trials,
      referenceMedian: median(reference),
      trialMedian: median(trials),
      ratio: median(trials) / median(reference),
      /** Trials each after a person's decision on one document of every owner (today's models trained anew). */
      afterDecisionMs: decided,
      /** A fresh process's first trial. */
      firstTrialMs: cold.trialMs,
      /** A fresh process's warm-up (as the api starts it when it starts), and its first trial after it. */
      warmUpMs: warmed.warmUpMs!,
      trialAfterWarmUpMs: warmed.trialMs,
      /** The text features backfill, when this run stored any (a database seeded before they were stored). */
      backfill: features?.stored ? features : null,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    else console.log(out);
  } finally {
    await close();
  }
}

await main();
