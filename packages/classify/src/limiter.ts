/** A counting semaphore: at most `max` functions run at once, the rest wait in order. */
export interface Limiter {
  readonly max: number;
  /** Running now. */
  readonly active: number;
  /** Waiting for a slot. */
  readonly pending: number;
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError("createLimiter needs a whole number ≥ 1");
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    queue.shift()?.();
  };
  return {
    max,
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
      active++;
      try {
        return await fn();
      } finally {
        release();
      }
    },
  };
}
