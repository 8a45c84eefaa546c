// ECharts, tree-shaken: only the chart types, components and renderer the board uses (never the
// full "echarts" bundle). Imported only by the lazily loaded chart component.
import { BarChart, CustomChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from "echarts/components";
import { init, use as registerParts } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

registerParts([BarChart, LineChart, ScatterChart, CustomChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, CanvasRenderer]);

export { init };
