import { buildCases, measureCases, withDatabase, planSummaries } from "/work/main/apps/cli/bench/search.ts";
import { ms, table } from "/work/main/apps/cli/bench/stats.ts";
const url = process.argv[2]!;
await withDatabase(url, async (d) => {
  const cases = await buildCases(d);
  const res = await measureCases(d, cases, { maxRuns: 30, maxMs: 5000 });
  console.log(table(["case", "p50", "p95", "p99", "rows", "total"], res.map((r) => [r.name, ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.p99), r.rows, `${r.total.value}${r.total.exact ? "" : "~"}`])));
  const plans = await planSummaries(d, cases);
  for (const p of plans) console.log(p.name, p.query, p.note, p.seqScanOfDocuments ? "SEQ" : "", p.nodes.slice(0, 6).join(">"), p.indexes.join(","));
});
