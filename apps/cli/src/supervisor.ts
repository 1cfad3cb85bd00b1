// Keeps one service of `pnpm start` running: when its process exits without being asked to, it is started
// again after a delay that doubles with each quick exit (1 s, 2 s, 4 s … 30 s) and goes back to the first
// step once a run has lasted a minute. Every exit and restart is logged; a service that keeps exiting is
// reported as a crash loop (log and state, hence /healthz) and is still restarted at the longest delay.
// Nothing restarts once `stop()` has begun.
import { createBackoff, type BackoffPolicy } from "@docscan/shared/backoff";

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A started process of a service. */
export interface RunningProcess {
  pid: number | undefined;
  /** Resolves when the process has ended, for whatever reason. */
  exited: Promise<Exit>;
  /** Asks it to stop and resolves once it has ended. */
  stop(): Promise<void>;
}

export interface Service {
  name: string;
  /** Starts the process; rejects when it could not be started (counted as an exit). */
  start(): Promise<RunningProcess>;
}

export interface RestartPolicy extends BackoffPolicy {
  /** This many exits within `crashLoopWindowMs` is a crash loop. */
  crashLoopExits: number;
  crashLoopWindowMs: number;
}

export const DEFAULT_POLICY: RestartPolicy = {
  initialDelayMs: 1000,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  crashLoopExits: 5,
  crashLoopWindowMs: 5 * 60_000,
};

export type ServiceStatus = "starting" | "running" | "restarting" | "stopping" | "stopped";

export interface ServiceState {
  name: string;
  status: ServiceStatus;
  pid: number | null;
  /** Restarts since `pnpm start` began. */
  restarts: number;
  /** Exited `crashLoopExits` times within the window, and has not run a stable stretch since. */
  crashLoop: boolean;
  lastExit: { code: number | null; signal: string | null; at: string; reason?: string } | null;
}

export interface Supervised {
  state(): ServiceState;
  /** Stops the process, with no restart after; idempotent. */
  stop(): Promise<void>;
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function describe(exit: Exit): string {
  return exit.signal ?? `code ${exit.code}`;
}

export function supervise(
  service: Service,
  opts: { log: (line: string) => void; onChange: () => void; policy?: RestartPolicy },
): Supervised {
  const policy = opts.policy ?? DEFAULT_POLICY;
  const state: ServiceState = { name: service.name, status: "starting", pid: null, restarts: 0, crashLoop: false, lastExit: null };
  const changed = () => opts.onChange();
  let stopping = false;
  let current: RunningProcess | null = null;
  const recentExits: number[] = [];
  const backoff = createBackoff(policy);


  const loop = async () => {
    while (!stopping) {
      state.status = state.restarts === 0 ? "starting" : "restarting";
      let exit: Exit;
      let reason: string | undefined;
      let ranMs = 0;
      try {
        current = await service.start();
        if (stopping) {
          await current.stop();
          break;
        }
        state.status = "running";
        state.pid = current.pid ?? null;
        opts.log(`${service.name} running (pid ${state.pid ?? "unknown"})`);
        changed();
        const startedAt = Date.now();
        // A run that lasts becomes healthy again: shorter delays, no crash loop.
        const stableTimer = setTimeout(() => {
          backoff.reset();
          if (state.crashLoop) {
            state.crashLoop = false;
            opts.log(`${service.name} has run for ${Math.round(policy.stableAfterMs / 1000)} s: no longer in a crash loop`);
            changed();
          }
        }, policy.stableAfterMs);
        stableTimer.unref();
        exit = await current.exited;
        clearTimeout(stableTimer);
        ranMs = Date.now() - startedAt;
      } catch (err) {
        exit = { code: null, signal: null };
        reason = err instanceof Error ? err.message : String(err);
      }
      current = null;
      state.pid = null;
      if (stopping) break;

      const now = Date.now();
      state.lastExit = { code: exit.code, signal: exit.signal, at: new Date(now).toISOString(), ...(reason ? { reason } : {}) };
      backoff.ran(ranMs);
      recentExits.push(now);
      while (recentExits.length > 0 && recentExits[0]! < now - policy.crashLoopWindowMs) recentExits.shift();
      const wasLooping = state.crashLoop;
      if (recentExits.length >= policy.crashLoopExits) state.crashLoop = true;
      state.status = "restarting";
      state.restarts++;
      changed();
      const what = reason ? `could not start (${reason})` : `exited (${describe(exit)})`;
      opts.log(`${service.name} ${what}; restarting it in ${formatDelay(backoff.delayMs)} (restart ${state.restarts})`);
      if (state.crashLoop && !wasLooping) {
        opts.log(
          `${service.name} is in a crash loop: ${recentExits.length} exits within ${Math.round(policy.crashLoopWindowMs / 60_000)} min; ` +
            `still restarting it, at most every ${Math.round(policy.maxDelayMs / 1000)} s. Its log above says why`,
        );
      }
      await backoff.wait();
    }
    state.status = "stopped";
    changed();
  };
  const running = loop();

  let stopped: Promise<void> | undefined;
  return {
    state: () => ({ ...state }),
    stop() {
      stopped ??= (async () => {
        stopping = true;
        state.status = "stopping";
        changed();
        backoff.wake();
        await current?.stop();
        await running;
      })();
      return stopped;
    },
  };
}
