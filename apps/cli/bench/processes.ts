// What the benchmarks read off processes (RSS, CPU time) and run to completion; starting and stopping
// them is @docscan/testkit's.
import { readdirSync, readFileSync } from "node:fs";
import { exited, startChild } from "@docscan/testkit";

/** Runs a script to completion and returns its stdout (bounded by `timeoutMs`). */
export async function runScript(entry: string, args: string[], timeoutMs: number): Promise<string> {
  const child = startChild(entry, entry, args, { ...process.env });
  const timer = setTimeout(() => child.proc.kill("SIGKILL"), timeoutMs);
  await exited(child);
  clearTimeout(timer);
  const code = child.proc.exitCode;
  if (code !== 0) throw new Error(`${entry} exited with ${code}:\n${child.output()}`);
  return child.output();
}

/** Resident set size of a process in MB (Linux /proc), or NaN when it is gone. */
export function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Calls `sample` every `everyMs` until stopped; returns the samples' maximum. */
export function peakSampler(sample: () => number, everyMs = 100): { stop(): number } {
  let peak = sample();
  const timer = setInterval(() => {
    const v = sample();
    if (v > peak || Number.isNaN(peak)) peak = v;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system) a process has used so far, in ms (Linux /proc), or NaN when it is gone. */
export function cpuMs(pid: number | undefined): number {
  try {
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/**
 * CPU time of every running PostgreSQL server process (postmaster, backends, WAL writer...), in ms. A
 * backend that exits between two readings takes its time with it: measure across phases in which the
 * connections stay open (the api's pool does).
 */
export function postgresCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres") total += cpuMs(Number(pid)) || 0;
    } catch {
      // exited while we looked
    }
  }
  return total;
}
