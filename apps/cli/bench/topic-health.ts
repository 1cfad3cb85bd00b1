// Topic health at scale (ADR 0035): seeds N documents (`seed`, as `pnpm docscan seed`), plants a person's decisions
// on them with set-based SQL (kept, removed and replaced AI links, review suggestions waiting, accepted and turned
// down), then times `topicHealth` — the function topics.health calls — for an admin's whole library and for one
// owner, and prints each statement's EXPLAIN (ANALYZE, BUFFERS).
//   pnpm exec tsx apps/cli/bench/topic-health.ts --documents 100000 [--url postgres://…/docscan_bench_health] [--reuse]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { topicHealth, topicHealthQuery, type TopicHealthOptions } from "@docscan/db/topic-health";
import { seed } from "../src/seed.ts";
import { withDatabase } from "./search.ts";
import { ms, percentiles, timeRuns } from "./stats.ts";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "100000" },
    url: { type: "string", default: "postgres://postgres@127.0.0.1:5432/docscan_bench_health" },
    reuse: { type: "boolean", default: false },
    runs: { type: "string", default: "30" },
  },
});
const documents = Number(values.documents);
const log = (s: string) => process.stdout.write(`${s}\n`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(" / ");

if (!values.reuse) {
  log(`seeding ${documents.toLocaleString("en")} documents…`);
  const summary = await seed({ url: values.url!, documents, reset: true });
  log(`seeded: ${summary.links.toLocaleString("en")} topic links in ${(summary.ms / 1000).toFixed(1)} s`);
}

await withDatabase(values.url!, async ({ db }) => {
  if (!values.reuse) {
    // A pair's fate from a hash of its ids, so the same seed plants the same decisions. Of the classifier's links:
    // 8 % kept by a person (manual, still the classifier's), 4 % taken off (half of those documents get another
    // topic by hand instead). Of the documents: 10 % with a suggestion waiting, 3 % with one turned down in review
    // for another accepted, 2 % with a topic a person added themselves.
    const t0 = performance.now();
    await db.execute(sql`create temporary table fate as
      select document_id, topic_id, abs(hashtext(document_id::text || topic_id::text)) % 100 as k from document_topics`);
    await db.execute(sql`update document_topics l set source = 'manual' from fate f
      where f.document_id = l.document_id and f.topic_id = l.topic_id and f.k < 8`);
    await db.execute(sql`insert into document_topic_rejections (document_id, topic_id, origin)
      select document_id, topic_id, 'classifier' from fate where k between 8 and 11`);
    await db.execute(sql`delete from document_topics l using fate f where f.document_id = l.document_id and f.topic_id = l.topic_id and f.k between 8 and 11`);
    const topicIds = sql`(select array_agg(id order by id) from topics)`;
    const other = (salt: string) => sql`(${topicIds})[1 + abs(hashtext(d.id::text || ${salt})) % (select count(*) from topics)::int]`;
    await db.execute(sql`insert into document_topics (document_id, topic_id, source, origin)
      select d.id, ${other("x")}, 'manual', 'person' from (select distinct document_id as id from fate where k between 8 and 9) d
      on conflict do nothing`);
    await db.execute(sql`insert into topic_suggestions (document_id, topic_id, confidence)
      select d.id, ${other("s")}, 0.4 from documents d where abs(hashtext(d.id::text)) % 100 < 10
      on conflict do nothing`);
    await db.execute(sql`insert into document_topic_rejections (document_id, topic_id, origin)
      select d.id, ${other("r")}, 'review' from documents d where abs(hashtext(d.id::text)) % 100 between 10 and 12
      on conflict do nothing`);
    await db.execute(sql`insert into document_topics (document_id, topic_id, source, origin)
      select d.id, ${other("a")}, 'manual', 'review' from documents d where abs(hashtext(d.id::text)) % 100 between 10 and 12
      on conflict do nothing`);
    await db.execute(sql`insert into document_topics (document_id, topic_id, source, origin)
      select d.id, ${other("p")}, 'manual', 'person' from documents d where abs(hashtext(d.id::text)) % 100 between 13 and 14
      on conflict do nothing`);
    await db.execute(sql`delete from topic_suggestions s using document_topic_rejections r where r.document_id = s.document_id and r.topic_id = s.topic_id`);
    await db.execute(sql`vacuum (analyze) document_topics, document_topic_rejections, topic_suggestions, documents`);
    log(`planted decisions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const [counts] = await db.execute<{ docs: number; links: number; rejections: number; suggestions: number; owner: string; owned: number }>(sql`
    select (select count(*)::int from documents) as docs, (select count(*)::int from document_topics) as links,
           (select count(*)::int from document_topic_rejections) as rejections, (select count(*)::int from topic_suggestions) as suggestions,
           o.owner_id as owner, o.n as owned
    from (select owner_id, count(*)::int as n from documents where owner_id is not null group by owner_id order by n desc limit 1) o`);
  log(`documents ${counts!.docs}, links ${counts!.links}, removals ${counts!.rejections}, suggestions ${counts!.suggestions}; largest owner ${counts!.owned}`);

  const cases: { name: string; opts: TopicHealthOptions }[] = [
    { name: "admin, whole library", opts: { topicsOf: null, scope: {} } },
    { name: `one owner (${counts!.owned.toLocaleString("en")} documents)`, opts: { topicsOf: counts!.owner, scope: { ownerId: counts!.owner } } },
  ];
  for (const c of cases) {
    const before = load();
    const samples = await timeRuns(() => topicHealth(db, c.opts), { warmup: 2, maxRuns: Number(values.runs), maxMs: 60_000 });
    const p = percentiles(samples);
    log(`\n${c.name}: p50 ${ms(p.p50)} ms, p95 ${ms(p.p95)} ms, min ${ms(Math.min(...samples))} ms, max ${ms(Math.max(...samples))} ms over ${p.n} runs; load ${before} → ${load()}`);
    const plan = await db.execute<{ "QUERY PLAN": string }>(sql`explain (analyze, buffers, costs off) ${topicHealthQuery(c.opts)}`);
    for (const row of plan) log(`  ${row["QUERY PLAN"]}`);
  }
});
