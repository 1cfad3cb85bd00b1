import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closedToOthers, startEmbeddedPostgres } from "../src/embedded-postgres.ts";

const dir = mkdtempSync(join(tmpdir(), "docscan-reach-")); // mode 700, like any mktemp -d folder
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("closedToOthers (why Postgres, run as another user, could not reach a folder)", () => {
  it("names the first folder on the way that others may not enter, even for a path not created yet", () => {
    expect(closedToOthers(join(dir, "data", "postgres"))).toBe(dir);
  });

  it("is null once every folder on the way lets others through", () => {
    chmodSync(dir, 0o755);
    expect(closedToOthers(join(dir, "data"))).toBeNull();
  });
});

describe("startEmbeddedPostgres, when Postgres cannot start", () => {
  /** A data directory the `postgres` OS user can enter (the package runs Postgres as that user under root). */
  function dataDir(): string {
    const d = mkdtempSync(join(tmpdir(), "docscan-embedded-"));
    chmodSync(d, 0o755);
    return d;
  }

  it("refuses data written by another Postgres major version, before starting anything", async () => {
    const d = dataDir();
    try {
      mkdirSync(join(d, "postgres"));
      writeFileSync(join(d, "postgres", "PG_VERSION"), "15\n");
      await expect(startEmbeddedPostgres(d, 1, () => {})).rejects.toThrow(/was written by Postgres 15, and this docscan bundles Postgres 1\d/);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  // As root, Postgres runs as the `postgres` user, which must be able to enter the checkout (a `mktemp -d`
  // clone is closed to it; start refuses that with its own message, tested above).
  const postgresUserShutOut = userInfo().uid === 0 && closedToOthers(dirname(createRequire(import.meta.url).resolve("embedded-postgres"))) !== null;
  it.skipIf(postgresUserShutOut)("says which port is taken, with Postgres's own words", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const { port } = blocker.address() as AddressInfo;
    const d = dataDir();
    try {
      await expect(startEmbeddedPostgres(d, port, () => {})).rejects.toThrow(new RegExp(`^Postgres did not start \\(.*\\); port ${port} is taken by another program: set EMBEDDED_PG_PORT`));
    } finally {
      blocker.close();
      rmSync(d, { recursive: true, force: true });
    }
  });
});
