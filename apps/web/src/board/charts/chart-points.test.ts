// Data coordinates against the real ECharts (server-side SVG rendering, same projection code as the
// browser's canvas) with the board's own chart options, at two different chart sizes: what one user
// points at must land on the same datum for a user whose chart is another size or lists other rows.
import { afterEach, describe, expect, it } from "vitest";
import { BarChart, CustomChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use as registerParts, type EChartsType } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { InvestmentStatus } from "@corridor/domain";
import { en } from "~/i18n/messages/en";
import { createTranslator } from "~/i18n/translate";
import type { CommitmentsByActor } from "../model";
import { EMPTY_SELECTION } from "../selection";
import { datumAnchor, pinnableData, pixelOfPoint, pointFromPixel, readChartCursor, type ChartPoint } from "./chart-points";
import { commitmentKey, keyedDatum } from "./datum-keys";
import { commitmentsOption } from "./options";
import { echartsProjector } from "./projector";
import type { ChartOption } from "./types";

registerParts([BarChart, LineChart, ScatterChart, CustomChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const t = createTranslator(en, "en");
const charts: EChartsType[] = [];
function render(option: ChartOption, width: number, height: number): EChartsType {
  const chart = init(null, undefined, { renderer: "svg", ssr: true, width, height });
  chart.setOption(option);
  charts.push(chart);
  return chart;
}
afterEach(() => {
  for (const chart of charts.splice(0)) chart.dispose();
});

function commitments(actors: readonly string[]): CommitmentsByActor {
  const cell = (status: InvestmentStatus, ownEur: number) => ({ status, ownEur, nestedEur: 0, countedIds: ["X"], containedIds: [], confidence: "high" as const, sourceIds: [] });
  const rows = actors.map((actor, i) => ({
    actor,
    cells: [cell("pledged", 1e9 * (i + 1)), cell("MoU", 0), cell("signed", 2e9), cell("disbursed", 5e8)],
    ownEur: 1e9 * (i + 1) + 2.5e9,
    nestedEur: 0,
  }));
  return { rows, totalEur: rows.reduce((n, r) => n + r.ownEur, 0), totalSourceIds: [] };
}

const category = (value: ChartPoint["y"]) => (typeof value === "number" ? null : value.category);

describe("chart data coordinates", () => {
  it("a pointer on one user's bar lands on the same bar for another user with another chart size", () => {
    const option = commitmentsOption(commitments(["EU", "China", "US"]), EMPTY_SELECTION, "light", t);
    const small = echartsProjector(render(option, 520, 260));
    const large = echartsProjector(render(option, 980, 420));

    // Halfway along China's signed bar on the small chart.
    const anchor = datumAnchor(option, commitmentKey("China", "signed"));
    expect(anchor).toMatchObject({ seriesId: "signed", x: 2e9 + 2e9, y: { category: "China", offset: 0 } });
    if (!anchor) return;
    const middleValue = 2e9 + 1e9; // pledged (2e9) below it, signed adds 2e9
    const smallPixel = small.toPixel(0, [middleValue, 1]);
    expect(smallPixel).not.toBeNull();
    if (!smallPixel) return;
    const point = pointFromPixel(small, option, [smallPixel[0], smallPixel[1] + 3]);
    expect(point).not.toBeNull();
    if (!point) return;
    expect(category(point.y)).toBe("China");
    expect(point.x).toBeCloseTo(middleValue, -7);

    // On the large chart the same data point is somewhere else in pixels, and reads back the same.
    const largePixel = pixelOfPoint(large, option, point);
    expect(largePixel).not.toBeNull();
    if (!largePixel) return;
    expect(Math.abs(largePixel[0] - smallPixel[0])).toBeGreaterThan(50);
    const back = pointFromPixel(large, option, largePixel);
    expect(back && category(back.y)).toBe("China");
    expect(back && typeof back.x === "number" ? back.x : NaN).toBeCloseTo(middleValue, -7);
    // The offset inside the band scales with the band: 3 px below the centre on the small chart.
    const smallBand = Math.abs((small.toPixel(0, [0, 1])?.[1] ?? 0) - (small.toPixel(0, [0, 0])?.[1] ?? 0));
    const largeBand = Math.abs((large.toPixel(0, [0, 1])?.[1] ?? 0) - (large.toPixel(0, [0, 0])?.[1] ?? 0));
    const largeCentre = large.toPixel(0, [middleValue, 1])?.[1] ?? 0;
    expect(largePixel[1] - largeCentre).toBeCloseTo((3 / smallBand) * largeBand, 1);
  });

  it("finds a category by its name, not its row: another user's chart may list other rows", () => {
    const mine = commitmentsOption(commitments(["EU", "China", "US"]), EMPTY_SELECTION, "light", t);
    const theirs = commitmentsOption(commitments(["Russia", "US", "China", "EU", "Japan"]), EMPTY_SELECTION, "light", t);
    const myChart = echartsProjector(render(mine, 600, 300));
    const theirChart = echartsProjector(render(theirs, 600, 300));
    const pixel = myChart.toPixel(0, [1e9, 0]); // the US row (rows are drawn bottom-up)
    const point = pixel && pointFromPixel(myChart, mine, pixel);
    expect(point && category(point.y)).toBe("US");
    if (!point) return;
    const there = pixelOfPoint(theirChart, theirs, point);
    expect(there).not.toBeNull();
    const readBack = there && pointFromPixel(theirChart, theirs, there);
    expect(readBack && category(readBack.y)).toBe("US");
    // A category the other chart doesn't show: no position at all (the cursor is hidden).
    expect(pixelOfPoint(theirChart, theirs, { grid: 0, x: 1e9, y: { category: "Nowhere", offset: 0 } })).toBeNull();
  });

  it("outside the plot area there is no data position", () => {
    const option = commitmentsOption(commitments(["EU", "China"]), EMPTY_SELECTION, "light", t);
    const projector = echartsProjector(render(option, 600, 300));
    expect(pointFromPixel(projector, option, [2, 2])).toBeNull();
    expect(pointFromPixel(projector, option, [599, 299])).toBeNull();
  });

  it("time axes keep the time, and a second grid is told apart from the first", () => {
    const events = [
      { value: ["2021-06-01", "EU"], noteKey: "EV-1", noteLabel: "Summit" },
      { value: ["2019-01-01", "China"], noteKey: "EV-2", noteLabel: "Forum" },
    ];
    const bars = [
      { value: 3, noteKey: "A", noteLabel: "A" },
      { value: 5, noteKey: "B", noteLabel: "B" },
    ];
    const option: ChartOption = {
      grid: [
        { left: 40, width: "45%", top: 10, bottom: 30 },
        { right: 10, width: "35%", top: 10, bottom: 30 },
      ],
      xAxis: [
        { gridIndex: 0, type: "time" },
        { gridIndex: 1, type: "value" },
      ],
      yAxis: [
        { gridIndex: 0, type: "category", data: ["China", "EU", "US"] },
        { gridIndex: 1, type: "category", data: ["A", "B"] },
      ],
      series: [
        { type: "scatter", xAxisIndex: 0, yAxisIndex: 0, data: events },
        { type: "bar", xAxisIndex: 1, yAxisIndex: 1, data: bars },
      ],
    };
    const small = echartsProjector(render(option, 640, 300));
    const large = echartsProjector(render(option, 1200, 500));
    const anchor = datumAnchor(option, "EV-1");
    expect(anchor).toMatchObject({ grid: 0, x: Date.parse("2021-06-01"), y: { category: "EU", offset: 0 }, label: "Summit" });
    if (!anchor) return;
    for (const projector of [small, large]) {
      const pixel = pixelOfPoint(projector, option, anchor);
      const point = pixel && pointFromPixel(projector, option, pixel);
      expect(point?.grid).toBe(0);
      expect(point && category(point.y)).toBe("EU");
      expect(point && typeof point.x === "number" ? Math.abs(point.x - Date.parse("2021-06-01")) : Infinity).toBeLessThan(86_400_000 * 3);
    }
    const bar = datumAnchor(option, "B");
    expect(bar).toMatchObject({ grid: 1, x: 5, y: { category: "B", offset: 0 } });
    const barPixel = bar && pixelOfPoint(large, option, bar);
    const onBar = barPixel && pointFromPixel(large, option, [barPixel[0] - 2, barPixel[1]]);
    expect(onBar?.grid).toBe(1);
    expect(onBar && category(onBar.y)).toBe("B");
  });

  it("an empty bar has no anchor; a range is marked at its top", () => {
    const option = commitmentsOption(commitments(["EU"]), EMPTY_SELECTION, "light", t);
    expect(datumAnchor(option, commitmentKey("EU", "MoU"))).toBeNull();
    expect(datumAnchor(option, "no such key")).toBeNull();
    const ranges = [{ value: [2023, 10, 14], noteKey: "S|main|2023", noteLabel: "2023" }];
    const range: ChartOption = {
      xAxis: { type: "value" },
      yAxis: { type: "value" },
      series: [{ type: "custom", renderItem: () => ({ type: "group", children: [] }), data: ranges }],
    };
    expect(datumAnchor(range, "S|main|2023")).toMatchObject({ x: 2023, y: 14 });
  });

  it("lists each pinnable datum once, without the empty bars", () => {
    const option = commitmentsOption(commitments(["EU", "China"]), EMPTY_SELECTION, "light", t);
    const keys = pinnableData(option).map((d) => d.key);
    // Rows are drawn bottom-up (China first); MoU cells are empty and nothing is nested.
    expect(keys).toEqual(["China|pledged", "EU|pledged", "China|signed", "EU|signed", "China|disbursed", "EU|disbursed"]);
    expect(pinnableData(option)[0]).toEqual({ key: "China|pledged", label: "China · Pledged" });
  });

  it("the board's chart data carry their note keys and labels", () => {
    const option = commitmentsOption(commitments(["EU"]), EMPTY_SELECTION, "light", t);
    const series = Array.isArray(option.series) ? option.series : [];
    const first = series[0]?.data;
    expect(keyedDatum(Array.isArray(first) ? first[0] : null)).toEqual({ key: "EU|pledged", label: "EU · Pledged" });
  });
});

describe("chart cursors from other clients", () => {
  it("accepts a well-formed cursor", () => {
    expect(readChartCursor({ chart: "timeline", grid: 0, x: 1.6e12, y: { category: "EU", offset: 0.2 } })).toEqual({
      chart: "timeline",
      grid: 0,
      x: 1.6e12,
      y: { category: "EU", offset: 0.2 },
    });
  });
  it.each([
    null,
    "cursor",
    { chart: "unknown", grid: 0, x: 1, y: 2 },
    { chart: "indicator", grid: -1, x: 1, y: 2 },
    { chart: "indicator", grid: 0.5, x: 1, y: 2 },
    { chart: "indicator", grid: 0, x: Number.NaN, y: 2 },
    { chart: "indicator", grid: 0, x: 1, y: { category: "EU", offset: 3 } },
    { chart: "indicator", grid: 0, x: 1, y: { category: 5, offset: 0 } },
    { chart: "indicator", grid: 0, x: 1, y: { category: "x".repeat(201), offset: 0 } },
  ])("refuses %j", (value) => {
    expect(readChartCursor(value)).toBeNull();
  });
});
