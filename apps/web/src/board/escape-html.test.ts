import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("escapes tags, attributes and entities", () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(escapeHtml("EBRD & AIIB")).toBe("EBRD &amp; AIIB");
    expect(escapeHtml("Xi'an `x`")).toBe("Xi&#39;an &#96;x&#96;");
  });
  it("does not double-escape by itself and leaves plain text alone", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("Kazakhstan 2024")).toBe("Kazakhstan 2024");
  });
  it("turns null and undefined into empty text and numbers into text", () => {
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(undefined)).toBe("");
    expect(escapeHtml(4.5)).toBe("4.5");
  });
});

import { formatEurShort, formatValue } from "./format";

describe("formatValue", () => {
  it("groups thousands and trims decimals", () => {
    expect(formatValue(1460000)).toBe("1,460,000");
    expect(formatValue(25.25)).toBe("25.25");
    expect(formatValue(4.5)).toBe("4.5");
    expect(formatValue(31.2)).toBe("31.2");
    expect(formatEurShort(10e9)).toBe("10 bn");
    expect(formatEurShort(1.47e9)).toBe("1.5 bn");
    expect(formatEurShort(320e6)).toBe("320 m");
  });
});
