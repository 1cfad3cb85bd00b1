// Child processes for the browser tests and the benchmarks: docscan's own entry points started the way
// production starts them (`node --import tsx`), their output kept for failure reports, stopped gracefully.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** How much of a child's output is kept (the tail). */
const OUTPUT_LIMIT = 64 * 1024;

export interface Child {
  name: string;
  proc: ChildProcess;
  /** The tail of what it printed on stdout and stderr. */
  output(): string;
}

/** Starts `entry` (a path from the repo root) with `node [nodeArgs] --import tsx`, from the repo root. */
export function startChild(name: string, entry: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Child {
  // `--import tsx` resolves from the cwd: the repo root, where tsx is a devDependency.
  const proc = spawn(process.execPath, [...nodeArgs, "--import", "tsx", join(REPO_ROOT, entry), ...args], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const append = (chunk: Buffer) => {
    out = (out + chunk.toString("utf8")).slice(-OUTPUT_LIMIT);
  };
  proc.stdout?.on("data", append);
  proc.stderr?.on("data", append);
  return { name, proc, output: () => out };
}

/** Resolves once the process has exited (at once if it already has). */
export function exited(child: Child): Promise<void> {
  const { proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => proc.once("exit", () => resolve()));
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
export async function stopChild(child: Child, graceMs = 30_000): Promise<void> {
  const { proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const done = exited(child);
  proc.kill("SIGTERM");
  const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
  await done;
  clearTimeout(timer);
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** "exited with code 3" / "was killed by SIGKILL", or null while the process runs. */
function ended(child: Child): string | null {
  const { exitCode, signalCode } = child.proc;
  if (exitCode !== null) return `exited with code ${exitCode}`;
  if (signalCode !== null) return `was killed by ${signalCode}`;
  return null;
}

/** Waits until the child has printed `text`; fails at once, with its output, if it ends first. */
export async function waitForOutput(child: Child, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!child.output().includes(text)) {
    const end = ended(child);
    if (end) throw new Error(`${child.name} ${end} before printing ${JSON.stringify(text)}:\n${child.output()}`);
    if (Date.now() > deadline) throw new Error(`${child.name} did not print ${JSON.stringify(text)} within ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for the api's `/healthz` to answer 200; fails at once if the api process ends first. */
export async function waitForHealth(baseUrl: string, api: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    const end = ended(api);
    if (end) throw new Error(`the api ${end} before it was healthy:\n${api.output()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${await res.text()}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the api did not become healthy within ${timeoutMs} ms (${last})`);
}

/** An API token through `POST /api/auth/tokens`, the way a script signs in. */
export async function issueApiToken(baseUrl: string, creds: { email: string; password: string }, name: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...creds, name }),
  });
  const body = (await res.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!res.ok || !body.token) throw new Error(`no API token for ${creds.email} (HTTP ${res.status}): ${body.error ?? JSON.stringify(body)}`);
  return body.token;
}
