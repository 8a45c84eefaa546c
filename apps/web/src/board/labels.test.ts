import { describe, expect, it } from "vitest";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { confidenceLabel, laneList, sourceKindLabel, statusLabel, statusTitle } from "./labels";

const english = createTranslator(en, "en");
const russian = createTranslator(ru, "ru", en);

describe("vocabulary labels", () => {
  it("shows the stored value in English", () => {
    expect(confidenceLabel(english, "low")).toBe("low");
    expect(statusLabel(english, "MoU")).toBe("MoU");
    expect(statusTitle(english, "pledged")).toBe("Pledged");
    expect(laneList(english, ["China", "Central Asia"])).toBe("China, Central Asia");
    expect(sourceKindLabel(english, "media")).toBe("media");
  });
  it("translates each vocabulary into Russian", () => {
    expect(confidenceLabel(russian, "high")).toBe("высокая");
    expect(statusLabel(russian, "signed")).toBe("подписано");
    expect(statusTitle(russian, "disbursed")).toBe("Выплачено");
    expect(laneList(russian, ["EU", "US", "Other"])).toBe("ЕС, США, Другие");
    expect(sourceKindLabel(russian, "official")).toBe("официальный");
  });
  it("shows a value outside the vocabulary as stored, never a message key", () => {
    expect(confidenceLabel(russian, "uncertain")).toBe("uncertain");
    expect(statusLabel(russian, "cancelled")).toBe("cancelled");
    expect(statusTitle(russian, "toString")).toBe("toString");
    expect(laneList(russian, ["Japan"])).toBe("Japan");
    expect(sourceKindLabel(russian, "")).toBe("");
  });
});
