// The pixel side of chart-points.ts for a live ECharts instance: convertToPixel/convertFromPixel
// and containPixel on one grid (a grid that doesn't exist, or a chart between options, answers null).
import type { EChartsType } from "echarts/core";
import type { Pixel, Projector } from "./chart-points";

function pair(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [a, b] = value as unknown[];
  return typeof a === "number" && typeof b === "number" && Number.isFinite(a) && Number.isFinite(b) ? [a, b] : null;
}

export function echartsProjector(chart: Pick<EChartsType, "convertToPixel" | "convertFromPixel" | "containPixel">): Projector {
  const guarded = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  return {
    toPixel: (grid, value) => guarded(() => pair(chart.convertToPixel({ gridIndex: grid }, value)), null),
    fromPixel: (grid, pixel: Pixel) => guarded(() => pair(chart.convertFromPixel({ gridIndex: grid }, pixel)), null),
    contains: (grid, pixel) => guarded(() => chart.containPixel({ gridIndex: grid }, pixel), false),
  };
}
