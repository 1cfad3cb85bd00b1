// Fault tier (issue 13): `pnpm start` with its embedded Postgres, which dies (kill -9 of the postmaster) under
// an upload load. The supervisor starts it again; the api and the worker ride the outage out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@docscan/testkit";
import { embeddedDatabaseUrl } from "../../src/embedded-postgres.ts";
import { alive, countStore, healthy, makeDataDir, removeDataDir, startDocscan, uploadLoad, waitForDocumentsSettled, waitUntil, type Docscan } from "./harness.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.sequential("pnpm start with the embedded Postgres", () => {
  let dataDir: string;
  let docscan: Docscan;
  let databaseUrl: string;

  beforeAll(async () => {
    dataDir = makeDataDir();
    const pgPort = await freePort();
    docscan = await startDocscan({ dataDir, embeddedPgPort: pgPort });
    databaseUrl = embeddedDatabaseUrl(dataDir, pgPort);
  }, 400_000);

  afterAll(async () => {
    const postgresPid = docscan?.pid("postgres");
    await docscan?.stop();
    if (postgresPid && alive(postgresPid)) process.kill(postgresPid, "SIGKILL");
    if (dataDir) removeDataDir(dataDir);
  }, 400_000);

  it("kill -9 of Postgres: the supervisor starts it again, the api stays up, the worker rides it out (or is restarted, logged), nothing acknowledged is lost", { timeout: 400_000 }, async () => {
    const api = docscan.pid("api")!;
    const worker = docscan.pid("worker")!;
    const postgres = docscan.pid("postgres")!;
    const load = uploadLoad(docscan, "pg-kill");
    await sleep(3000);
    process.kill(postgres, "SIGKILL");
    const killedAt = Date.now();
    await waitUntil(() => (docscan.pid("postgres") ?? postgres) !== postgres, 120_000, "Postgres restarted", docscan.launcher);
    const restartedMs = Date.now() - killedAt;
    await waitUntil(() => healthy(docscan.baseUrl), 120_000, "healthy again", docscan.launcher);
    const healthyMs = Date.now() - killedAt;
    await sleep(3000);
    const result = await load.stop();
    const settledMs = await waitForDocumentsSettled(databaseUrl, 240_000, docscan.launcher);
    const counts = await countStore(databaseUrl, dataDir, result.acknowledged);

    expect(docscan.supervisorLog()).toMatch(/postgres exited \(SIGKILL\); restarting it in/);
    expect(docscan.pid("api")).toBe(api);
    // The worker rides the outage out in most runs. In about one run in four it has exited during Postgres's
    // crash recovery on an unhandled rejection (logged, cause not yet found; docs/reliability.md) and the
    // supervisor started it again: survived without a person, but counted and shown here, never silent.
    const workerRestarted = docscan.pid("worker") !== worker;
    if (workerRestarted) {
      expect(docscan.supervisorLog()).toMatch(/worker exited \(.+\); restarting it in/);
      console.info(`[fault figures] the worker's last words: ${docscan.fatalLog() || "(none logged)"}`);
    }
    expect(counts.missing).toBe(0);
    expect(counts.rowsWithoutBytes).toBe(0);
    expect(counts.byStatus.failed ?? 0).toBe(0);
    expect(Object.keys(result.refused).filter((s) => s !== "503")).toEqual([]);
    console.info(
      `[fault figures] embedded Postgres kill -9: ${JSON.stringify({ workerRestarted, uploads: result.acknowledged.length, refused: result.refused, slowestMs: result.slowestMs, restartedMs, healthyMs, settledAfterLoadMs: settledMs, counts })}`,
    );
  });

  it("SIGTERM stops the api, the worker and then Postgres, leaving no process", async () => {
    const pids = [docscan.pid("api")!, docscan.pid("worker")!, docscan.pid("postgres")!];
    docscan.launcher.proc.kill("SIGTERM");
    await waitUntil(() => docscan.launcher.proc.exitCode !== null || docscan.launcher.proc.signalCode !== null, 150_000, "pnpm start to stop");
    expect(docscan.launcher.proc.exitCode).toBe(0);
    await sleep(500);
    expect(pids.filter(alive)).toEqual([]);
  });
});
