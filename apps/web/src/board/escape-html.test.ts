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

import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { eventDate, formatEurShort, formatValue } from "./format";

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

describe("formatValue in Russian", () => {
  it("groups with a no-break space and uses a decimal comma", () => {
    expect(formatValue(1460000, "ru")).toBe("1\u00a0460\u00a0000");
    expect(formatValue(25.25, "ru")).toBe("25,25");
    expect(formatEurShort(1.47e9, "ru")).toBe("1,5 млрд");
    expect(formatEurShort(320e6, "ru")).toBe("320 млн");
  });
});

describe("eventDate", () => {
  const english = createTranslator(en, "en");
  const russian = createTranslator(ru, "ru", en);
  it("gives the date or range at its precision, in the interface language", () => {
    expect(eventDate({ date: "2024-01-29", dateEnd: null, datePrecision: "day" }, english)).toBe("29 Jan 2024");
    expect(eventDate({ date: "2022-09", dateEnd: "2022-10", datePrecision: "month" }, english)).toBe("Sep 2022 – Oct 2022");
    expect(eventDate({ date: "2024-01-29", dateEnd: null, datePrecision: "day" }, russian)).toBe("29 янв. 2024");
  });
  it("says the event is undated without a date", () => {
    expect(eventDate({ date: null, dateEnd: null, datePrecision: "unknown" }, english)).toBe("Undated");
    expect(eventDate({ date: null, dateEnd: null, datePrecision: "unknown" }, russian)).toBe("Без даты");
  });
});
