import { describe, expect, it } from "vitest";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { groupByPublisher } from "./sources-on-screen";

describe("sources on the shared screen", () => {
  const sources = new Map([
    ["S1", { publisher: "EBRD", year: 2023 }],
    ["S2", { publisher: "ADB", year: 2021 }],
    ["S3", { publisher: "EBRD", year: 2021 }],
    ["S4", { publisher: "EBRD", year: 2023 }],
  ]);

  it("groups cited sources by publisher with their years, the most cited first, and names unknown ids", () => {
    const t = createTranslator(en, "en");
    expect(groupByPublisher(["S1", "S2", "S3", "S4", "S9"], sources, (id) => t("screen.sources.unknownPublisher", { id }))).toEqual([
      { publisher: "EBRD", years: ["2021", "2023"], ids: ["S1", "S3", "S4"] },
      { publisher: "ADB", years: ["2021"], ids: ["S2"] },
      { publisher: "Source S9", years: [], ids: ["S9"] },
    ]);
  });

  it("names an unknown source in the interface language", () => {
    const t = createTranslator(ru, "ru", en);
    expect(groupByPublisher(["S9", "S1"], sources, (id) => t("screen.sources.unknownPublisher", { id })).map((g) => g.publisher)).toEqual(["EBRD", "Источник S9"]);
  });
});
