import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle";

describe("throttle", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("calls at once, then at most once per interval, and always sends the last value", () => {
    const calls: number[] = [];
    const t = throttle((v: number) => calls.push(v), 50);
    t(1);
    t(2);
    t(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([1, 3]);
  });

  it("sends no more than 20 updates a second under a stream of 1000 moves", () => {
    const calls: number[] = [];
    const t = throttle((v: number) => calls.push(v), 50);
    for (let i = 0; i < 1000; i += 1) {
      t(i);
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(100);
    expect(calls.length).toBeLessThanOrEqual(21);
    expect(calls.at(-1)).toBe(999);
  });

  it("cancel drops the trailing call", () => {
    const calls: number[] = [];
    const t = throttle((v: number) => calls.push(v), 50);
    t(1);
    t(2);
    t.cancel();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1]);
  });
});
