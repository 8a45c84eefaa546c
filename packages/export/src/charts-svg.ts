// Charts for the PDF, rendered to SVG on the server with ECharts' SSR mode (tree-shaken imports).
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { BriefingInput } from "./briefing-input.ts";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

const STATUS_ORDER = ["pledged", "MoU", "signed", "disbursed"];
const STATUS_COLORS: Record<string, string> = { pledged: "#a5b4c8", MoU: "#f0a35e", signed: "#3b82c4", disbursed: "#1f7a4d" };
const FONT = "DejaVu Sans";

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Commitments by actor, stacked by status, EUR bn (sub-items are never added to their parent). */
export function commitmentsSvg(commitments: BriefingInput["commitments"], width: number, height: number): string {
  const actors = [...new Set(commitments.map((c) => c.actor))];
  const statuses = STATUS_ORDER.filter((s) => commitments.some((c) => c.status === s));
  return render(
    {
      legend: { top: 0, textStyle: { fontFamily: FONT } },
      grid: { left: 150, right: 20, top: 30, bottom: 30 },
      xAxis: { type: "value", name: "EUR bn", axisLabel: { fontFamily: FONT } },
      yAxis: { type: "category", data: actors, axisLabel: { fontFamily: FONT } },
      series: statuses.map((status) => ({
        name: status,
        type: "bar",
        stack: "total",
        itemStyle: { color: STATUS_COLORS[status] },
        data: actors.map((actor) => {
          const total = commitments.filter((c) => c.actor === actor && c.status === status).reduce((sum, c) => sum + c.totalEur, 0);
          return Number((total / 1e9).toFixed(3));
        }),
      })),
    },
    width,
    height,
  );
}

/** One indicator series; low-confidence points drawn hollow. */
export function seriesSvg(series: BriefingInput["series"][number], width: number, height: number): string {
  return render(
    {
      title: { text: `${series.name} (${series.unit})`, textStyle: { fontSize: 12, fontFamily: FONT } },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: series.points.map((p) => p.period), axisLabel: { fontFamily: FONT } },
      yAxis: { type: "value", axisLabel: { fontFamily: FONT } },
      series: [
        {
          type: "line",
          data: series.points.map((p) => ({
            value: p.value,
            symbol: p.confidence === "low" ? "emptyCircle" : "circle",
            symbolSize: p.confidence === "low" ? 10 : 7,
          })),
          lineStyle: { color: "#2f6fb0" },
          itemStyle: { color: "#2f6fb0" },
        },
      ],
    },
    width,
    height,
  );
}
