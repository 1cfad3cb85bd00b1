// The supervisor of `pnpm start` with real short-lived processes: backoff, crash loop, recovery, stop.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, expect, it } from "vitest";
import { supervise, type Exit, type RestartPolicy, type Service, type Supervised } from "../src/supervisor.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FAST: RestartPolicy = { initialDelayMs: 50, maxDelayMs: 400, stableAfterMs: 60_000, crashLoopExits: 4, crashLoopWindowMs: 60_000 };

/** `node -e code` as a service; remembers every pid it started. */
function nodeCode(name: string, code: string, pids: number[] = []): Service {
  return {
    name,
    async start() {
      const child = spawn(process.execPath, ["-e", code], { stdio: "ignore" });
      const exited = new Promise<Exit>((done) => child.once("exit", (c, signal) => done({ code: c, signal })));
      await new Promise((resolve, reject) => child.once("spawn", resolve).once("error", reject));
      pids.push(child.pid!);
      return {
        pid: child.pid,
        exited,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          await exited;
        },
      };
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await sleep(20);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const scratch = mkdtempSync(join(tmpdir(), "docscan-supervisor-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let running: Supervised[] = [];
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop()));
  running = [];
});

it("restarts a process that exits, doubling the delay up to the maximum, and reports a crash loop once", async () => {
  const lines: string[] = [];
  let changes = 0;
  const s = supervise(nodeCode("flaky", "process.exit(3)"), { log: (l) => lines.push(l), onChange: () => changes++, policy: FAST });
  running.push(s);
  await until(() => s.state().restarts >= 6);
  const delays = lines.filter((l) => l.includes("restarting it in")).map((l) => /in (\d+ ms)/.exec(l)![1]);
  expect(delays.slice(0, 6)).toEqual(["50 ms", "100 ms", "200 ms", "400 ms", "400 ms", "400 ms"]);
  expect(lines[1]).toMatch(/^flaky exited \(code 3\); restarting it in 50 ms \(restart 1\)$/);
  expect(lines.filter((l) => l.includes("crash loop"))).toEqual([expect.stringMatching(/^flaky is in a crash loop: 4 exits within 1 min; still restarting it/)]);
  expect(s.state().crashLoop).toBe(true);
  expect(s.state().lastExit).toMatchObject({ code: 3, signal: null });
  expect(changes).toBeGreaterThan(6);
});

it("a run that lasts ends the crash loop and resets the delay", async () => {
  const lines: string[] = [];
  const policy = { ...FAST, stableAfterMs: 400, crashLoopExits: 2 };
  // Exits at once the first three times, then runs for a second before each exit.
  const s = supervise(nodeCode("slow", `const fs=require("fs");const f=${JSON.stringify(join(scratch, "runs"))};let n=0;try{n=+fs.readFileSync(f,"utf8")}catch{};fs.writeFileSync(f,String(n+1));setTimeout(()=>process.exit(1),n<3?0:1000)`), {
    log: (l) => lines.push(l),
    onChange: () => {},
    policy,
  });
  running.push(s);
  await until(() => lines.some((l) => l.includes("no longer in a crash loop")));
  expect(s.state().crashLoop).toBe(false);
  await until(() => s.state().restarts >= 4);
  expect(lines.filter((l) => l.includes("restarting it in")).at(-1)).toMatch(/restarting it in 50 ms/);
});

it("stop() ends the process and nothing is restarted after it", async () => {
  const pids: number[] = [];
  const lines: string[] = [];
  const s = supervise(nodeCode("steady", "setInterval(() => {}, 1000)", pids), { log: (l) => lines.push(l), onChange: () => {}, policy: FAST });
  await until(() => s.state().status === "running");
  await s.stop();
  expect(s.state().status).toBe("stopped");
  await sleep(300);
  expect(pids).toHaveLength(1);
  expect(alive(pids[0]!)).toBe(false);
  expect(lines.filter((l) => l.includes("restarting"))).toEqual([]);
});
