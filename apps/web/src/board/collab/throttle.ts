// Leading-and-trailing throttle for awareness updates (cursor positions): at most one call per
// interval, and the last value always goes out, so a cursor comes to rest where the pointer did.
export interface Throttled<T> {
  (value: T): void;
  /** Drops a pending trailing call (on unmount). */
  cancel(): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function throttle<T>(fn: (value: T) => void, intervalMs: number, clock: Clock = realClock): Throttled<T> {
  let last = -Infinity;
  let timer: unknown = null;
  let pending: { value: T } | null = null;

  const flush = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = clock.now();
    fn(value);
  };

  const throttled = (value: T) => {
    const wait = last + intervalMs - clock.now();
    if (wait <= 0 && timer === null) {
      last = clock.now();
      fn(value);
      return;
    }
    pending = { value };
    if (timer === null) timer = clock.setTimeout(flush, Math.max(0, wait));
  };
  throttled.cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}

/** About 20 awareness updates a second at most. */
export const AWARENESS_INTERVAL_MS = 50;
