import { describe, expect, it } from "vitest";
import {
  EMPTY_SELECTION,
  hasFilters,
  rangeDates,
  reduceSelection,
  serializeSelection,
  type Selection,
  withSelection,
} from "./selection";
import { parseSelection } from "./parse-selection";

describe("reduceSelection", () => {
  it("toggles a corridor and opens it in the panel, and closes it again", () => {
    const on = reduceSelection(EMPTY_SELECTION, { type: "toggleCorridor", id: "COR-01" });
    expect(on.corridor).toBe("COR-01");
    expect(on.panel).toEqual({ kind: "corridor", id: "COR-01" });
    const off = reduceSelection(on, { type: "toggleCorridor", id: "COR-01" });
    expect(off.corridor).toBeNull();
    expect(off.panel).toBeNull();
  });

  it("switches from one corridor to another", () => {
    const one = reduceSelection(EMPTY_SELECTION, { type: "toggleCorridor", id: "COR-01" });
    expect(reduceSelection(one, { type: "toggleCorridor", id: "COR-02" }).corridor).toBe("COR-02");
  });

  it("toggles countries, actors and statuses as sets", () => {
    let s = reduceSelection(EMPTY_SELECTION, { type: "toggleCountry", country: "Kazakhstan" });
    s = reduceSelection(s, { type: "toggleCountry", country: "Uzbekistan" });
    s = reduceSelection(s, { type: "toggleActor", actor: "EU" });
    s = reduceSelection(s, { type: "toggleStatus", status: "MoU" });
    expect(s.countries).toEqual(["Kazakhstan", "Uzbekistan"]);
    s = reduceSelection(s, { type: "toggleCountry", country: "Kazakhstan" });
    expect(s.countries).toEqual(["Uzbekistan"]);
    expect(s.actors).toEqual(["EU"]);
    expect(s.statuses).toEqual(["MoU"]);
  });

  it("selects a chart segment as actor + status, and a second click clears it", () => {
    const s = reduceSelection(EMPTY_SELECTION, { type: "selectSegment", actor: "EIB", status: "MoU" });
    expect(s).toMatchObject({ actors: ["EIB"], statuses: ["MoU"], panel: { kind: "seg", id: "EIB|MoU" } });
    const cleared = reduceSelection(s, { type: "selectSegment", actor: "EIB", status: "MoU" });
    expect(cleared).toMatchObject({ actors: [], statuses: [], panel: null });
  });

  it("orders a reversed time range", () => {
    const s = reduceSelection(EMPTY_SELECTION, { type: "setRange", from: 2024, to: 2020 });
    expect([s.from, s.to]).toEqual([2020, 2024]);
    expect(rangeDates(s)).toEqual({ from: "2020-01-01", to: "2024-12-31" });
    expect(rangeDates(EMPTY_SELECTION)).toEqual({});
  });

  it("clears every filter but keeps the chosen indicator", () => {
    let s = reduceSelection(EMPTY_SELECTION, { type: "setIndicator", key: "china_kazakhstan_trade" });
    s = reduceSelection(s, { type: "toggleEvent", id: "EV-16" });
    s = reduceSelection(s, { type: "setContext", context: false });
    expect(hasFilters(s)).toBe(true);
    const cleared = reduceSelection(s, { type: "clearFilters" });
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared.indicator).toBe("china_kazakhstan_trade");
  });
});

describe("URL form", () => {
  const full: Selection = {
    corridor: "COR-01",
    countries: ["Kazakhstan", "Central Asia (regional)"],
    actors: ["EBRD & AIIB"],
    statuses: ["MoU", "signed"],
    event: "EV-16",
    from: 2019,
    to: 2024,
    context: false,
    indicator: "china_kazakhstan_trade",
    panel: { kind: "inv", id: "INV-03a" },
  };

  it("round-trips every field", () => {
    const params = serializeSelection(full);
    expect(parseSelection(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it("writes nothing for the empty selection", () => {
    expect(serializeSelection(EMPTY_SELECTION).toString()).toBe("");
    expect(parseSelection(new URLSearchParams())).toEqual(EMPTY_SELECTION);
  });

  it("reads Next's searchParams record, including repeated and comma-separated values", () => {
    const s = parseSelection({ country: ["Kazakhstan", "Uzbekistan,Kyrgyzstan"], status: "MoU,pledged", from: "2020" });
    expect(s.countries).toEqual(["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]);
    expect(s.statuses).toEqual(["MoU", "pledged"]);
    expect(s.from).toBe(2020);
  });

  it("drops bad parameters one by one and keeps the good ones", () => {
    const s = parseSelection(
      new URLSearchParams(
        "corridor=<script>&from=abc&to=2023&status=maybe&status=signed&ctx=yes&ind=nope&panel=bogus:INV-01&event=EV-02&country=%00",
      ),
    );
    expect(s).toEqual({ ...EMPTY_SELECTION, to: 2023, statuses: ["signed"], event: "EV-02" });
  });

  it("rejects years out of range and orders a reversed range", () => {
    expect(parseSelection(new URLSearchParams("from=1900&to=2999"))).toMatchObject({ from: null, to: null });
    expect(parseSelection(new URLSearchParams("from=2024&to=2015"))).toMatchObject({ from: 2015, to: 2024 });
  });

  it("parses panel references with a colon in the id", () => {
    expect(parseSelection(new URLSearchParams("panel=seg:EU|pledged")).panel).toEqual({ kind: "seg", id: "EU|pledged" });
  });

  it("replaces only its own parameters in the current query", () => {
    const next = withSelection(new URLSearchParams("e2e=1&corridor=COR-02&country=Iran"), { ...EMPTY_SELECTION, from: 2020 });
    expect(next.toString()).toBe("e2e=1&from=2020");
  });
});
