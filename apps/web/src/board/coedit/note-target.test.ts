import { describe, expect, it } from "vitest";
import type { Annotation } from "@corridor/board-doc";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { describeTarget } from "./note-target";

const english = createTranslator(en, "en");
const russian = createTranslator(ru, "ru", en);

describe("describeTarget", () => {
  it("says where a map note is, by hemisphere, in the interface language", () => {
    const aktau: Pick<Annotation, "target"> = { target: { kind: "point", lonLat: [51.17, 43.65] } };
    expect(describeTarget(aktau, english)).toBe("43.65° N, 51.17° E");
    expect(describeTarget(aktau, russian)).toBe("43,65° с. ш., 51,17° в. д.");
    const south: Pick<Annotation, "target"> = { target: { kind: "point", lonLat: [-70.5, -33.25] } };
    expect(describeTarget(south, english)).toBe("33.25° S, 70.50° W");
    expect(describeTarget(south, russian)).toBe("33,25° ю. ш., 70,50° з. д.");
  });

  it("names the chart of a chart note, and keeps the datum's own label", () => {
    const note: Pick<Annotation, "target"> = { target: { kind: "item", itemType: "chart-datum", itemId: "EU|signed", chart: "commitments", datum: "EU · signed" } };
    expect(describeTarget(note, english)).toBe("Commitments chart · EU · signed");
    expect(describeTarget(note, russian)).toBe("Диаграмма обязательств · EU · signed");
    expect(describeTarget({ target: { kind: "item", itemType: "investment", itemId: "INV-04" } }, english)).toBe("investment INV-04");
  });
});
