import { describe, expect, it } from "vitest";
import { commitmentKey, isChartName, keyedDatum, observationKey, seriesOfObservationKey } from "./datum-keys";

describe("chart datum keys", () => {
  it("are built from the facts' identities", () => {
    expect(commitmentKey("EU", "signed")).toBe("EU|signed");
    expect(observationKey("titr_cargo_volume", null, "2023")).toBe("titr_cargo_volume|main|2023");
    expect(observationKey("china_kazakhstan_trade", "exports", "2024-H1")).toBe("china_kazakhstan_trade|exports|2024-H1");
  });

  it("give back the series of an indicator key, and nothing for other keys", () => {
    expect(seriesOfObservationKey(observationKey("titr_cargo_volume", null, "2023"))).toBe("titr_cargo_volume");
    expect(seriesOfObservationKey("EV-12")).toBeNull();
    expect(seriesOfObservationKey("EU|signed")).toBeNull();
  });

  it("are read from chart data items only when well formed", () => {
    expect(keyedDatum({ noteKey: "COR-01", noteLabel: "Middle Corridor", value: 6500 })).toEqual({ key: "COR-01", label: "Middle Corridor" });
    expect(keyedDatum({ noteKey: "", noteLabel: "x" })).toBeNull();
    expect(keyedDatum({ noteKey: "k".repeat(201), noteLabel: "x" })).toBeNull();
    expect(keyedDatum({ id: "COR-01", value: 1 })).toBeNull();
    expect(keyedDatum(12)).toBeNull();
    expect(keyedDatum({ noteKey: "A", noteLabel: "l".repeat(300) })?.label).toHaveLength(200);
  });

  it("know the board's charts", () => {
    expect(isChartName("timeline")).toBe(true);
    expect(isChartName("map")).toBe(false);
    expect(isChartName(undefined)).toBe(false);
  });
});
