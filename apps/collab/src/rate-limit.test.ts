import { describe, expect, it } from "vitest";
import { TokenBucket, WindowCounter } from "./rate-limit.ts";

describe("TokenBucket", () => {
  it("allows a burst, refuses beyond it, refills over time", () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 500;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});

describe("WindowCounter", () => {
  it("counts per key and resets each window", () => {
    let now = 0;
    const counter = new WindowCounter(2, 60_000, () => now);
    expect([counter.hit("a"), counter.hit("a"), counter.hit("a"), counter.hit("b")]).toEqual([true, true, false, true]);
    now += 60_000;
    expect(counter.hit("a")).toBe(true);
  });
});
