// The chart options' words in the interface language, and the tooltips' HTML still escaping what
// comes from the data (the translated chrome around it too).
import { describe, expect, it } from "vitest";
import type { InvestmentStatus } from "@corridor/domain";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import type { CommitmentsByActor } from "../model";
import { EMPTY_SELECTION } from "../selection";
import { commitmentsOption, timelineOption } from "./options";
import type { ChartOption } from "./types";

const english = createTranslator(en, "en");
const russian = createTranslator(ru, "ru", en);

function commitments(actor: string, counted: number): CommitmentsByActor {
  const cell = (status: InvestmentStatus, ownEur: number) => ({
    status,
    ownEur,
    nestedEur: 0,
    countedIds: Array.from({ length: counted }, (_, i) => `INV-${i}`),
    containedIds: [],
    confidence: "low" as const,
    sourceIds: [],
  });
  const rows = [{ actor, cells: [cell("pledged", 1.47e9), cell("MoU", 0), cell("signed", 0), cell("disbursed", 0)], ownEur: 1.47e9, nestedEur: 2e8 }];
  return { rows, totalEur: 1.47e9, totalSourceIds: [] };
}

const seriesList = (option: ChartOption) => (Array.isArray(option.series) ? option.series : []);

/** The tooltip of the series' first data item, as ECharts would call it. */
function tooltipOf(option: ChartOption, seriesId: string): string {
  const series = seriesList(option).find((s) => s.id === seriesId);
  const data = (series?.data ?? []) as unknown[];
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
  const formatter = tooltip?.formatter;
  if (typeof formatter !== "function") throw new Error("no tooltip formatter");
  return String((formatter as (params: unknown) => unknown)({ data: data[0], seriesId, seriesName: series?.name }));
}

describe("commitments chart option", () => {
  it("names the statuses and writes its tooltip in English", () => {
    const option = commitmentsOption(commitments("EU", 2), EMPTY_SELECTION, "light", english);
    expect(seriesList(option).map((s) => s.name)).toEqual(["Pledged", "MoU", "Signed", "Disbursed", "Inside another commitment (not added)"]);
    expect(tooltipOf(option, "pledged")).toContain("2 commitments counted · weakest confidence low");
    expect(tooltipOf(option, "pledged")).toContain("EUR 1.47 bn");
  });

  it("speaks Russian with the Russian translator: statuses, plural, confidence, amounts", () => {
    const option = commitmentsOption(commitments("EU", 5), EMPTY_SELECTION, "light", russian);
    expect(seriesList(option).map((s) => s.name)).toEqual(["Обещано", "Меморандум", "Подписано", "Выплачено", "Внутри другого обязательства (не суммируется)"]);
    const tip = tooltipOf(option, "pledged");
    expect(tip).toContain("Учтено 5 обязательств · наименьшая достоверность: низкая");
    expect(tip).toContain("EUR 1,47 млрд");
    expect(tooltipOf(option, "nested")).toContain("Учтено внутри обязательства другого участника");
    expect(tooltipOf(commitmentsOption(commitments("EU", 1), EMPTY_SELECTION, "light", russian), "pledged")).toContain("Учтено 1 обязательство ·");
  });

  it("still escapes the data in the tooltip's HTML", () => {
    const tip = tooltipOf(commitmentsOption(commitments("<img src=x onerror=alert(1)>", 1), EMPTY_SELECTION, "light", russian), "pledged");
    expect(tip).not.toContain("<img");
    expect(tip).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("timeline chart option", () => {
  it("keeps the stored lanes as categories and labels them in the interface language", () => {
    const option = timelineOption([], EMPTY_SELECTION, "light", russian);
    const axis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
    expect(axis && "data" in axis ? axis.data : null).toContain("Central Asia");
    const formatter = axis?.axisLabel && "formatter" in axis.axisLabel ? axis.axisLabel.formatter : undefined;
    expect(typeof formatter === "function" ? (formatter as (value: string) => string)("Central Asia") : null).toBe("Центральная Азия");
    expect(seriesList(option).map((s) => s.name)).toContain("ЕС");
  });
});
