// Where the browser tests' screenshots land is said before `pnpm test` runs in CI (a failed run stops there under
// set -e, and its screenshots matter most), CI runs exactly the README's test command, and the README names the folder.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");

test(".ci/run prints the screenshot folder before pnpm test, and runs exactly the README's test command", () => {
  const lines = readFileSync(join(ROOT, ".ci/run"), "utf8").split("\n");
  const run = lines.findIndex((l) => l.trim() === "pnpm test");
  expect(run).toBeGreaterThan(0);
  expect(lines.findIndex((l) => /^echo .*\$SCREENSHOT_DIR/.test(l))).toBeLessThan(run);
  expect(lines.findIndex((l) => l.startsWith("export SCREENSHOT_DIR="))).toBeLessThan(run);
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  expect(readme).toMatch(/Run every test[^\n]*\n\n```sh\npnpm test\n```/);
  // The README names the folder the browser tests write to (e2e/browser.ts's default) and .ci/run's.
  expect(readme).toContain("`test-results/screenshots/`");
  expect(lines).toContain('export SCREENSHOT_DIR="$PWD/test-results/screenshots"');
});
