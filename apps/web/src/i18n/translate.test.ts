import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale";
import { en } from "./messages/en";
import { ru } from "./messages/ru";
import { createTranslator, fill, type Message } from "./translate";

/** Every leaf of a message tree with its dotted key. */
function leaves(tree: unknown, prefix = ""): [string, Message][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string" || (typeof value === "object" && value !== null && "other" in value)) return [[path, value as Message]];
    return leaves(value, path);
  });
}
const placeholders = (message: Message) =>
  [...new Set(Object.values(message === null || typeof message === "string" ? { s: message } : message).flatMap((s: string) => s.match(/\{\w+\}/g) ?? []))].sort();

describe("messages", () => {
  it("Russian has every English message, none empty, with the same placeholders", () => {
    const russian = new Map(leaves(ru));
    for (const [key, message] of leaves(en)) {
      const translated = russian.get(key);
      expect(translated, key).toBeDefined();
      if (!translated) continue;
      expect(placeholders(translated), key).toEqual(placeholders(message));
      for (const text of typeof translated === "string" ? [translated] : Object.values(translated)) expect(text.trim(), key).not.toBe("");
    }
    expect(leaves(ru).length).toBe(leaves(en).length);
  });

  it("Russian plural messages have the one, few and many forms", () => {
    for (const [key, message] of leaves(ru)) {
      if (typeof message === "string") continue;
      expect(message.few, key).toBeDefined();
      expect(message.many, key).toBeDefined();
    }
  });
});

describe("translator", () => {
  const t = createTranslator(ru, "ru", en);
  it("fills placeholders and picks the Russian plural form", () => {
    expect(t("common.sources", { count: 1 })).toBe("1 источник");
    expect(t("common.sources", { count: 3 })).toBe("3 источника");
    expect(t("common.sources", { count: 5 })).toBe("5 источников");
    expect(t("common.sources", { count: 21 })).toBe("21 источник");
    expect(createTranslator(en, "en")("common.sources", { count: 1 })).toBe("1 source");
    expect(createTranslator(en, "en")("common.sources", { count: 2 })).toBe("2 sources");
  });
  it("formats numbers in placeholders in the language, and leaves unknown placeholders visible", () => {
    expect(fill("{n} rows", { n: 12345 }, "en")).toBe("12,345 rows");
    expect(fill("{n} строк", { n: 12345 }, "ru")).toBe("12\u00a0345 строк");
    expect(fill("{missing} x", {}, "en")).toBe("{missing} x");
  });
  it("answers the key itself for an unknown key, never throws", () => {
    expect(t("nope.nothing" as never)).toBe("nope.nothing");
  });
});

describe("negotiateLocale", () => {
  it("prefers the cookie, then Accept-Language by quality, then English", () => {
    expect(negotiateLocale("ru", "en-US")).toBe("ru");
    expect(negotiateLocale("xx", "ru-KZ,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(negotiateLocale(undefined, "en-US,en;q=0.9,ru;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "kk-KZ,ru;q=0.8")).toBe("ru");
    expect(negotiateLocale(undefined, "de;q=0.9,ru;q=0")).toBe("en");
    expect(negotiateLocale(undefined, "")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });
});
