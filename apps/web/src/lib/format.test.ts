import { describe, expect, it } from "vitest";
import { formatDate, formatKm, formatMoney } from "./format";

describe("formatMoney", () => {
  it("uses bn and m with trimmed decimals", () => {
    expect(formatMoney(10_000_000_000, "EUR")).toBe("EUR 10 bn");
    expect(formatMoney(1_470_000_000, "EUR")).toBe("EUR 1.47 bn");
    expect(formatMoney(300_000_000_000, "EUR")).toBe("EUR 300 bn");
    expect(formatMoney(55_000_000, "USD")).toBe("USD 55 m");
    expect(formatMoney(22_500_000, "EUR")).toBe("EUR 22.5 m");
    expect(formatMoney(365_000_000, "EUR")).toBe("EUR 365 m");
  });
  it("groups thousands below a million", () => {
    expect(formatMoney(350_000, "EUR")).toBe("EUR 350,000");
  });
});

describe("formatDate", () => {
  it("respects the precision", () => {
    expect(formatDate("2024-01-29", "day")).toBe("29 Jan 2024");
    expect(formatDate("2022-09", "month")).toBe("Sep 2022");
    expect(formatDate("2022-09-01", "month")).toBe("Sep 2022");
    expect(formatDate("2013", "year")).toBe("2013");
  });
  it("passes through what it cannot read", () => {
    expect(formatDate("2024-H1")).toBe("2024-H1");
  });
});

describe("formatKm", () => {
  it("rounds and groups", () => {
    expect(formatKm(4256.4)).toBe("4,256 km");
  });
});
