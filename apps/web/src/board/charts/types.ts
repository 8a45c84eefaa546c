// Option types for the board's charts, composed from the parts registered in ./echarts.
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, MarkAreaComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";

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
