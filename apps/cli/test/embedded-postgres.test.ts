import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closedToOthers } from "../src/embedded-postgres.ts";

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
