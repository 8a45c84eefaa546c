import { describe, expect, it } from "vitest";
import { formatAssumption, formatDelta, formatMt, formatShare } from "./scenario-format";

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
});
