// What the supervisor of `pnpm start` tells the api about its services: a small JSON file in the data
// directory, rewritten (atomically) on every change. The api reads it for /healthz when started with
// DOCSCAN_SUPERVISOR_STATE naming it.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import type { ServiceState } from "./supervisor.ts";

export interface SupervisorStateFile {
  path: string;
  write(services: readonly ServiceState[]): void;
  remove(): void;
}

export function supervisorStateFile(path: string, log: (line: string) => void): SupervisorStateFile {
  let warned = false;
  return {
    path,
    write(services) {
      const body = JSON.stringify({ supervisorPid: process.pid, updatedAt: new Date().toISOString(), services }, null, 2);
      try {
        writeFileSync(`${path}.tmp`, `${body}\n`);
        renameSync(`${path}.tmp`, path);
        warned = false;
      } catch (err) {
        // A full or read-only disk must not stop the supervisor; /healthz then shows the last state written.
        if (!warned) log(`could not write the supervisor state to ${path}: ${err instanceof Error ? err.message : String(err)}`);
        warned = true;
      }
    },
    remove() {
      rmSync(path, { force: true });
      rmSync(`${path}.tmp`, { force: true });
    },
  };
}
