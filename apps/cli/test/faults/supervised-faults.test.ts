// Fault tier (issue 13): the real `pnpm start` (supervisor, api, worker) against a database of its own on the
// CI Postgres, reached through a TCP proxy the test controls, with a local object store; faults are
// injected under a small upload load and the outcome is counted. The figures go to docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import {
  alive,
  countStore,
  createTopics,
  documentProcessed,
  healthy,
  makeDataDir,
  mergeLoads,
  removeDataDir,
  setStorageWritable,
  startDocscan,
  uploadLoad,
  waitForDocumentsSettled,
  waitUntil,
  type Docscan,
} from "./harness.ts";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const report = (what: string, figures: Record<string, unknown>) => console.info(`[fault figures] ${what}: ${JSON.stringify(figures)}`);

describe.sequential("pnpm start under faults", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let dataDir: string;
  let docscan: Docscan;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
    const proxied = new URL(database.url);
    proxied.port = String(proxy.port);
    dataDir = makeDataDir();
    docscan = await startDocscan({ dataDir, databaseUrl: proxied.toString() });
    await createTopics(docscan, [
      { name: "Invoices", description: "Bills and invoices from suppliers, with amounts due" },
      { name: "Letters", description: "Personal correspondence and letters" },
    ]);
  }, 400_000);

  afterAll(async () => {
    await docscan?.stop();
    await proxy?.close();
    await database?.drop();
    if (dataDir) removeDataDir(dataDir);
  }, 400_000);

  /** Every acknowledged upload has its row and its bytes, and every document ends done or failed. */
  async function expectNothingLost(acknowledged: readonly string[]) {
    const settledMs = await waitForDocumentsSettled(database.url, 240_000, docscan.launcher);
    const counts = await countStore(database.url, dataDir, acknowledged);
    expect(counts.missing).toBe(0);
    expect(counts.rowsWithoutBytes).toBe(0);
    return { settledMs, counts };
  }

  it("kill -9 of the worker: the api keeps serving, the worker is restarted, its jobs are picked up again", { timeout: 400_000 }, async () => {
    const api = docscan.pid("api")!;
    const worker = docscan.pid("worker")!;
    const load = uploadLoad(docscan, "worker-kill");
    await sleep(3000);
    process.kill(worker, "SIGKILL");
    const killedAt = Date.now();
    await waitUntil(() => (docscan.pid("worker") ?? worker) !== worker, 60_000, "a new worker", docscan.launcher);
    const restartedMs = Date.now() - killedAt;
    await waitUntil(() => healthy(docscan.baseUrl), 120_000, "healthy again", docscan.launcher);
    const healthyMs = Date.now() - killedAt;
    await sleep(3000);
    const result = await load.stop();
    // Behind the documents already queued: the new worker processes them all.
    await documentProcessed(docscan, "after-worker-kill", 180_000);
    const newUploadProcessedMs = Date.now() - killedAt;
    const { settledMs, counts } = await expectNothingLost(result.acknowledged);

    expect(docscan.supervisorLog()).toMatch(/worker exited \(SIGKILL\); restarting it in/);
    expect(docscan.pid("api")).toBe(api); // not taken down with the worker
    expect(result.refused).toEqual({}); // every upload was answered 201 meanwhile
    expect(result.acknowledged.length).toBeGreaterThan(5);
    expect(counts.byStatus.failed ?? 0).toBe(0);
    report("worker kill -9", { uploads: result.acknowledged.length, refused: result.refused, restartedMs, healthyMs, newUploadProcessedMs, allSettledMs: Date.now() - killedAt, settledAfterLoadMs: settledMs, counts });
  });

  it("kill -9 of the api: it is restarted, the worker keeps running, nothing acknowledged is lost", { timeout: 400_000 }, async () => {
    const api = docscan.pid("api")!;
    const worker = docscan.pid("worker")!;
    const load = uploadLoad(docscan, "api-kill");
    await sleep(3000);
    process.kill(api, "SIGKILL");
    const killedAt = Date.now();
    await waitUntil(() => (docscan.pid("api") ?? api) !== api, 60_000, "a new api", docscan.launcher);
    await waitUntil(() => healthy(docscan.baseUrl), 120_000, "healthy again", docscan.launcher);
    const healthyMs = Date.now() - killedAt;
    await sleep(3000);
    const result = await load.stop();
    const { counts } = await expectNothingLost(result.acknowledged);

    expect(docscan.supervisorLog()).toMatch(/api exited \(SIGKILL\); restarting it in/);
    expect(docscan.pid("worker")).toBe(worker);
    expect(alive(worker)).toBe(true);
    expect(result.acknowledged.length).toBeGreaterThan(5);
    report("api kill -9", { uploads: result.acknowledged.length, refusedWhileDown: result.refused, healthyMs, counts });
  });

  it("Postgres away for 20 s: 503 with Retry-After within the connect timeout, no process exits, everything resumes", { timeout: 400_000 }, async () => {
    const api = docscan.pid("api")!;
    const worker = docscan.pid("worker")!;
    const workerRestarts = docscan.restarts("worker");
    const load = uploadLoad(docscan, "db-outage");
    await sleep(3000);
    const before = await load.stop();
    // 12 s refused (a restart), then 8 s of connections that are never answered (the server gone from the
    // network): the connect timeout must bound every answer.
    const refusedLoad = uploadLoad(docscan, "db-outage");
    await proxy.cut();
    const cutAt = Date.now();
    await sleep(6_000);
    // tRPC answers the same way as REST.
    const trpcAt = Date.now();
    const trpc = await fetch(`${docscan.baseUrl}/trpc/documents.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
      headers: { authorization: `Bearer ${docscan.token}` },
    });
    const trpcMs = Date.now() - trpcAt;
    await sleep(6_000);
    const refused = await refusedLoad.stop();
    const silentLoad = uploadLoad(docscan, "db-outage");
    await proxy.cut({ silent: true });
    await sleep(8_000);
    await proxy.restore();
    const restoredAt = Date.now();
    const silent = await silentLoad.stop();
    const outage = mergeLoads(refused, silent);
    const healthyMs = await waitUntil(() => healthy(docscan.baseUrl), 120_000, "healthy again", docscan.launcher);
    const after = uploadLoad(docscan, "db-outage");
    await sleep(3000);
    const resumed = await after.stop();
    const acknowledged = [...before.acknowledged, ...outage.acknowledged, ...resumed.acknowledged];
    const { settledMs, counts } = await expectNothingLost(acknowledged);

    expect(trpc.status).toBe(503);
    expect(trpc.headers.get("retry-after")).toBe("5");
    expect(docscan.pid("worker")).toBe(worker);
    expect(docscan.restarts("worker")).toBe(workerRestarts);
    expect(docscan.pid("api")).toBe(api);
    expect(outage.refused["503"] ?? 0).toBeGreaterThan(0);
    expect(Object.keys(outage.refused).filter((s) => s !== "503")).toEqual([]); // no 500, no hang past the client's 60 s
    expect(outage.unavailableWithoutRetryAfter).toBe(0);
    // While Postgres does not answer at all, the connect timeout (5 s; postgres.js's default is 30 s) bounds
    // each answer; while it refuses, the reconnect backoff (at most 1 s; postgres.js's default grows to 20 s).
    expect(outage.slowestMs).toBeLessThan(20_000);
    expect(resumed.acknowledged.length).toBeGreaterThan(0);
    expect(counts.byStatus.failed ?? 0).toBe(0);
    report("Postgres away 20 s", {
      outageMs: restoredAt - cutAt,
      uploadsDuring: outage.acknowledged.length,
      refusedDuring: outage.refused,
      slowestAnswerRefusedMs: refused.slowestMs,
      trpcAnswerMs: trpcMs,
      slowestAnswerSilentMs: silent.slowestMs,
      healthyAfterRestoreMs: healthyMs,
      uploadsAfter: resumed.acknowledged.length,
      settledAfterLoadMs: settledMs,
      counts,
    });
  });

  it("storage unwritable for 10 s: uploads get 503 with Retry-After, nothing half-stored, then it resumes", { timeout: 400_000 }, async () => {
    const worker = docscan.pid("worker")!;
    const api = docscan.pid("api")!;
    // Documents in flight in the worker when the store stops taking writes (thumbnails).
    const before = uploadLoad(docscan, "storage-outage");
    await sleep(2000);
    const inFlight = await before.stop();
    setStorageWritable(dataDir, false);
    const during = uploadLoad(docscan, "storage-outage");
    const startedAt = Date.now();
    let unhealthySeen = false;
    while (Date.now() - startedAt < 10_000) {
      if (!(await healthy(docscan.baseUrl))) unhealthySeen = true;
      await sleep(1000);
    }
    const outage = await during.stop(); // before the store is back: an upload under way then would rightly succeed
    setStorageWritable(dataDir, true);
    const healthyMs = await waitUntil(() => healthy(docscan.baseUrl), 60_000, "healthy again", docscan.launcher);
    const after = uploadLoad(docscan, "storage-outage");
    await sleep(3000);
    const resumed = await after.stop();
    const { counts, settledMs } = await expectNothingLost([...inFlight.acknowledged, ...outage.acknowledged, ...resumed.acknowledged]);

    expect(unhealthySeen).toBe(true); // /healthz said so meanwhile
    expect(outage.acknowledged).toEqual([]);
    expect(outage.refused["503"] ?? 0).toBeGreaterThan(0);
    expect(Object.keys(outage.refused).filter((s) => s !== "503")).toEqual([]);
    expect(outage.unavailableWithoutRetryAfter).toBe(0);
    expect(resumed.acknowledged.length).toBeGreaterThan(0);
    expect(docscan.pid("worker")).toBe(worker);
    expect(docscan.pid("api")).toBe(api);
    expect(counts.byStatus.failed ?? 0).toBe(0);
    report("storage unwritable 10 s", { uploadsBefore: inFlight.acknowledged.length, settledAfterLoadMs: settledMs, refusedDuring: outage.refused, healthyAfterRestoreMs: healthyMs, uploadsAfter: resumed.acknowledged.length, counts });
  });

  it("a worker that keeps dying is reported as a crash loop in the log and in /healthz, and still restarted", { timeout: 400_000 }, async () => {
    for (let i = 0; i < 5; i++) {
      const worker = docscan.pid("worker")!;
      process.kill(worker, "SIGKILL");
      await waitUntil(() => (docscan.pid("worker") ?? worker) !== worker, 90_000, `worker restart ${i + 1}`, docscan.launcher);
    }
    expect(docscan.supervisorLog()).toMatch(/worker is in a crash loop: \d+ exits within \d+ min; still restarting it/);
    const res = await fetch(`${docscan.baseUrl}/healthz`);
    const body = (await res.json()) as { status: string; checks: { processes?: { ok: boolean; crashLoop: string[] } } };
    expect(res.status).toBe(503);
    expect(body.checks.processes).toEqual({ ok: false, crashLoop: ["worker"] });
    expect(alive(docscan.pid("worker")!)).toBe(true);
  });

  it("SIGTERM stops everything, with no restart and no process left", { timeout: 400_000 }, async () => {
    const pids = [docscan.pid("api")!, docscan.pid("worker")!];
    docscan.launcher.proc.kill("SIGTERM");
    await waitUntil(() => docscan.launcher.proc.exitCode !== null || docscan.launcher.proc.signalCode !== null, 150_000, "pnpm start to stop");
    expect(docscan.launcher.proc.exitCode).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
    expect(docscan.supervisorLog()).toMatch(/docscan stopped/);
    expect(docscan.supervisorLog()).not.toMatch(/SIGTERM: stopping docscan[\s\S]*restarting it in/);
  });
});
