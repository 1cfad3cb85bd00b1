import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, REPO_ROOT, startChild, stopChild, waitForHealth, waitForOutput } from "../src/index.ts";

const dir = mkdtempSync(join(tmpdir(), "docscan-testkit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A script in a temporary folder, named from the repo root as startChild wants. */
function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return relative(REPO_ROOT, path);
}

describe("child processes", () => {
  it("keeps what a child prints and stops it gracefully", async () => {
    // Waits are generous: CI starts these beside every package's typecheck, and a tsx child once took
    // over 20 s to print its first line there.
    const entry = script("greet.ts", `process.on("SIGTERM", () => { console.log("bye"); process.exit(0); }); console.log("hello " + process.argv[2]); setInterval(() => {}, 1000);`);
    const child = startChild("greeter", entry, ["world"], { ...process.env });
    await waitForOutput(child, "hello world", 60_000);
    await stopChild(child);
    // The child's own SIGTERM handler ran (not SIGTERM's default action, nor the SIGKILL after the grace time).
    // The handler is installed before the greeting: stdout to a pipe is synchronous, so the parent can read
    // "hello world" and signal before the next statement runs (a CI run under load did exactly that).
    const how = `exit code ${child.proc.exitCode}, signal ${child.proc.signalCode}; output:\n${child.output()}`;
    expect(child.output(), how).toContain("bye");
    expect(child.proc.signalCode, how).not.toBe("SIGKILL");
    expect(child.proc.exitCode === 0 || child.proc.signalCode !== null, how).toBe(true);
  });

  it("waits for health, and fails at once with the output when the process dies first", async () => {
    const port = await freePort();
    const server = createServer((_req, res) => res.end("ok")).listen(port, "127.0.0.1");
    const idle = startChild("idle", script("idle.ts", "setInterval(() => {}, 1000);"), [], { ...process.env });
    await waitForHealth(`http://127.0.0.1:${port}`, idle, 60_000);
    await stopChild(idle);
    server.close();

    const dying = startChild("dying", script("dying.ts", `console.error("cannot start"); process.exit(3);`), [], { ...process.env });
    await expect(waitForHealth(`http://127.0.0.1:${await freePort()}`, dying, 60_000)).rejects.toThrow(/exited with code 3 .*\n.*cannot start/s);

    const killed = startChild("killed", script("killed.ts", `process.kill(process.pid, "SIGKILL");`), [], { ...process.env });
    await expect(waitForOutput(killed, "never printed", 60_000)).rejects.toThrow(/killed was killed by SIGKILL before printing/);
  }, 300_000);
});
