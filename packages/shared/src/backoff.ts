// The restart rhythm shared by `pnpm start`'s supervisor and the worker's job-runner restart: a delay that
// doubles with each quick failure up to a maximum, and starts from the beginning after a run that lasted.

export interface BackoffPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /** A run at least this long counts as healthy: the next failure waits the first delay again. */
  stableAfterMs: number;
}

export interface Backoff {
  /** The delay the next wait will use. */
  readonly delayMs: number;
  /** Records that a run ended after `ranMs`; a stable run resets the delay. */
  ran(ranMs: number): void;
  /** Back to the first delay (a run was seen to last, before it ended). */
  reset(): void;
  /** Waits the current delay, then doubles it (up to the maximum). `wake()` ends the wait early. */
  wait(): Promise<void>;
  /** Ends a wait in progress at once; does nothing when none is. */
  wake(): void;
}

export function createBackoff(policy: BackoffPolicy): Backoff {
  let delay = policy.initialDelayMs;
  let wakeUp: (() => void) | null = null;
  return {
    get delayMs() {
      return delay;
    },
    ran(ranMs) {
      if (ranMs >= policy.stableAfterMs) delay = policy.initialDelayMs;
    },
    reset() {
      delay = policy.initialDelayMs;
    },
    async wait() {
      const ms = delay;
      delay = Math.min(delay * 2, policy.maxDelayMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wakeUp = null;
          resolve();
        }
        wakeUp = done;
      });
    },
    wake() {
      wakeUp?.();
    },
  };
}
