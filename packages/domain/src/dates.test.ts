import { describe, expect, it } from "vitest";
import { periodSpan, spanOverlaps } from "./dates.ts";
import { isoDateSchema } from "./schemas.ts";

describe("periodSpan", () => {
  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2022-09", "2022-09-01", "2022-09-30"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2024-05-14", "2024-05-14", "2024-05-14"],
    ["2023-H1", "2023-01-01", "2023-06-30"],
    ["2021-H2", "2021-07-01", "2021-12-31"],
    ["2024-01/11", "2024-01-01", "2024-11-30"],
    ["2023-Q3", "2023-07-01", "2023-09-30"],
  ])("%s spans %s to %s", (period, start, end) => {
    expect(periodSpan(period)).toEqual({ start, end });
  });

  it.each(["medium term", "2024-13", "2023-02-30", "2024-11/01", ""])("%s names no calendar span", (period) => {
    expect(periodSpan(period)).toBeNull();
  });
});

describe("spanOverlaps", () => {
  const sept2022 = { start: "2022-09-01", end: "2022-09-30" };
  it("matches a month-precision item to a range that touches the month", () => {
    expect(spanOverlaps(sept2022, "2022-09-15")).toBe(true);
    expect(spanOverlaps(sept2022, undefined, "2022-09-01")).toBe(true);
    expect(spanOverlaps(sept2022, "2022-10-01")).toBe(false);
    expect(spanOverlaps(sept2022, undefined, "2022-08-31")).toBe(false);
  });
  it("keeps undated items only when no range is asked for", () => {
    expect(spanOverlaps(null)).toBe(true);
    expect(spanOverlaps(null, "2020-01-01")).toBe(false);
  });
});

describe("isoDateSchema", () => {
  it("accepts calendar dates and refuses the rest", () => {
    expect(isoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(isoDateSchema.safeParse("2023-02-29").success).toBe(false);
    expect(isoDateSchema.safeParse("2024-5-1").success).toBe(false);
    expect(isoDateSchema.safeParse("yesterday").success).toBe(false);
  });
});
