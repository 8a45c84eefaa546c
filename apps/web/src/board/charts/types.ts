// Option types for the board's charts, composed from the parts registered in ./echarts.
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, MarkAreaComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { commitmentsOption, corridorsOption, indicatorOption, timelineOption } from "./options";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
>;

/**
 * Which chart to draw from which inputs. The cards pass this to the lazily loaded chart, which
 * builds the ECharts option itself: the option builders load with ECharts, not with the page.
 */
export type ChartSpec =
  | { kind: "commitments"; args: Parameters<typeof commitmentsOption> }
  | { kind: "timeline"; args: Parameters<typeof timelineOption> }
  | { kind: "indicator"; args: Parameters<typeof indicatorOption> }
  | { kind: "corridors"; args: Parameters<typeof corridorsOption> };

/** The series id of the commitments chart's "inside another commitment" bars. */
export const NESTED_SERIES = "nested";

/** What a click on a chart element reports back (the element's data item carries the board id). */
export interface ChartClick {
  seriesId: string | undefined;
  name: string;
  /** The `id` of the clicked data item. */
  dataId: string | undefined;
  /** The item's stable note key and label (charts/datum-keys.ts), when it has them. */
  key?: string | undefined;
  label?: string | undefined;
  /** Where the click was, in pixels from the chart's top left corner. */
  pixel?: [number, number] | undefined;
}
