import { describe, expect, it } from "vitest";
import { formatAssumption, formatCount, formatDelta, formatMt, formatShare } from "./scenario-format";

describe("scenario formatting", () => {
  it("shows as many decimals as the step has", () => {
    expect(formatAssumption(0.15, 0.05)).toBe("0.15");
    expect(formatAssumption(0.2, 0.1)).toBe("0.2");
    expect(formatAssumption(40, 5)).toBe("40");
  });

  it("signs differences from the baseline", () => {
    expect(formatDelta(5, 4.5, formatMt)).toBe("+0.5 Mt");
    expect(formatDelta(0.5, 0.75, formatShare)).toBe("−25 %");
    expect(formatDelta(1, 1, formatMt)).toBe("±0");
  });

  it("writes Russian figures with a decimal comma, grouped thousands and Russian units", () => {
    expect(formatAssumption(0.15, 0.05, "ru")).toBe("0,15");
    expect(formatAssumption(40, 5, "ru")).toBe("40");
    expect(formatMt(4.54, "ru")).toBe("4,5 млн т");
    expect(formatDelta(5, 4.5, (v) => formatMt(v, "ru"))).toBe("+0,5 млн т");
    expect(formatCount(1234567.4, "ru")).toBe("1\u00a0234\u00a0567");
    expect(formatCount(1234567.4)).toBe("1,234,567");
  });
});
