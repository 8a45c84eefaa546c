import { describe, expect, it } from "vitest";
import { formatDate, formatInteger, formatKm, formatMoney, formatNumber } from "./format";

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

describe("in Russian", () => {
  it("uses млрд / млн, a decimal comma and no-break spaces between thousands", () => {
    expect(formatMoney(1_470_000_000, "EUR", "ru")).toBe("EUR 1,47 млрд");
    expect(formatMoney(22_500_000, "EUR", "ru")).toBe("EUR 22,5 млн");
    expect(formatMoney(350_000, "EUR", "ru")).toBe("EUR 350\u00a0000");
    expect(formatKm(4256.4, "ru")).toBe("4\u00a0256 км");
    expect(formatInteger(-1_234_567, "ru")).toBe("-1\u00a0234\u00a0567");
    expect(formatInteger(1_234_567)).toBe("1,234,567");
    expect(formatNumber(12_345.25, "ru")).toBe("12\u00a0345,25");
    expect(formatNumber(-0.5)).toBe("-0.5");
    expect(formatNumber(2030)).toBe("2,030");
  });
  it("writes dates with Russian month abbreviations at their precision", () => {
    expect(formatDate("2024-01-29", "day", "ru")).toBe("29 янв. 2024");
    expect(formatDate("2024-05-09", "day", "ru")).toBe("9 мая 2024");
    expect(formatDate("2024-05", "month", "ru")).toBe("май 2024");
    expect(formatDate("2013", "year", "ru")).toBe("2013");
  });
});
