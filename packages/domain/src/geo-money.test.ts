import { describe, expect, it } from "vitest";
import { haversineKm, polylineLengthKm } from "./geo.ts";
import { toEur } from "./money.ts";

describe("geo", () => {
  it("measures Almaty to Aktau at about 2,070 km great-circle", () => {
    const km = haversineKm([76.88, 43.24], [51.17, 43.65]);
    expect(km).toBeGreaterThan(2_050);
    expect(km).toBeLessThan(2_090);
  });
  it("sums the legs of a polyline and is zero for one point", () => {
    const a = [0, 0] as const;
    const b = [1, 0] as const;
    const c = [2, 0] as const;
    expect(polylineLengthKm([a, b, c])).toBeCloseTo(2 * haversineKm(a, b), 6);
    expect(polylineLengthKm([a])).toBe(0);
  });
});

describe("toEur", () => {
  it("keeps EUR, converts with units per EUR, refuses a missing or wrong rate", () => {
    expect(toEur(100, "EUR", null)).toBe(100);
    expect(toEur(105.3, "USD", { currency: "USD", year: 2022, perEur: 1.053 })).toBeCloseTo(100, 9);
    expect(() => toEur(1, "USD", null)).toThrow(/No USD/);
    expect(() => toEur(1, "USD", { currency: "GBP", year: 2022, perEur: 0.85 })).toThrow();
  });
});
