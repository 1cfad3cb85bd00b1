// A service of `pnpm start` that is a Node entry point of this repository (the api, the worker), run the way
// production runs it (`node --import tsx`). Its output goes to the launcher's; an IPC channel lets it notice
// when the launcher itself is gone (killed with SIGKILL), so it stops rather than running on unsupervised.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import type { Exit, RunningProcess, Service } from "./supervisor.ts";

export function nodeService(opts: { name: string; repoRoot: string; entry: string; env: () => NodeJS.ProcessEnv; stopGraceMs: number }): Service {
  return {
    name: opts.name,
    start() {
      const child = spawn(process.execPath, ["--import", "tsx", resolve(opts.repoRoot, opts.entry)], {
        cwd: opts.repoRoot,
        stdio: ["inherit", "inherit", "inherit", "ipc"],
        env: opts.env(),
      });
      const exited = new Promise<Exit>((done) => child.once("exit", (code, signal) => done({ code, signal })));
      return new Promise<RunningProcess>((started, failed) => {
        child.on("error", failed); // could not be spawned at all (later errors: the exit says the rest)
        child.once("spawn", () =>
          started({
            pid: child.pid,
            exited,
            async stop() {
              if (child.exitCode !== null || child.signalCode !== null) return;
              child.kill("SIGTERM");
              const timer = setTimeout(() => child.kill("SIGKILL"), opts.stopGraceMs);
              await exited;
              clearTimeout(timer);
            },
          }),
        );
      });
    },
  };
}
