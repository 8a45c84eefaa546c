// ECharts options for the board's four charts, built from the derived board view. Pure (types
// only from echarts); loaded with the lazy chart component (./echart.tsx), not with the page.
// Every text that reaches a tooltip's HTML goes through escapeHtml.
import { ACTOR_LANES, INVESTMENT_STATUS, type ActorLane, type InvestmentStatus } from "@corridor/domain/vocabulary";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { cellSelected, shortName } from "../derive";
import { escapeHtml } from "../escape-html";
import { formatEurShort, formatValue } from "../format";
import type { CommitmentsByActor, CorridorDetail, RelationsEvent, Series, SeriesView } from "../model";
import { CHROME, corridorColor, LANE_COLORS, STATUS_COLORS } from "../palette";
import { YEAR_MAX, YEAR_MIN, type Selection } from "../selection";
import type { Theme } from "../theme";
import type { CustomSeriesOption } from "echarts/charts";
import { commitmentKey, observationKey } from "./datum-keys";
import { NESTED_SERIES, type ChartOption, type ChartSpec } from "./types";

const STATUS_LABEL: Record<InvestmentStatus, string> = { pledged: "Pledged", MoU: "MoU", signed: "Signed", disbursed: "Disbursed" };

interface TooltipParams {
  data?: unknown;
  seriesId?: string;
  seriesName?: string;
  name?: string;
  marker?: unknown;
}

function base(theme: Theme): ChartOption {
  const c = CHROME[theme];
  return {
    animation: false,
    textStyle: { color: c.text, fontFamily: "inherit" },
    tooltip: {
      trigger: "item",
      confine: true,
      backgroundColor: c.surface,
      borderColor: c.grid,
      textStyle: { color: c.text, fontSize: 12 },
      extraCssText: "max-width: 22rem; white-space: normal;",
    },
  };
}

function axisStyle(theme: Theme) {
  const c = CHROME[theme];
  return {
    axisLine: { lineStyle: { color: c.grid } },
    axisTick: { lineStyle: { color: c.grid } },
    axisLabel: { color: c.muted, fontSize: 11 },
    splitLine: { lineStyle: { color: c.grid } },
  };
}

const dataOf = <T>(params: TooltipParams): T | undefined => params.data as T | undefined;

// ---------------------------------------------------------------------------------------------

interface CommitmentDatum {
  id: string;
  noteKey: string;
  noteLabel: string;
  value: number;
  actor: string;
  status: InvestmentStatus | null;
  count: number;
  confidence: string;
}

export function commitmentsOption(data: CommitmentsByActor, selection: Selection, theme: Theme): ChartOption {
  const c = CHROME[theme];
  const actors = [...data.rows].reverse().map((r) => r.actor);
  const rows = [...data.rows].reverse();
  const dim = (actor: string, status: InvestmentStatus | null) => (cellSelected(selection, actor, status) ? 1 : 0.25);
  const statusSeries = INVESTMENT_STATUS.map((status) => ({
    id: status,
    name: STATUS_LABEL[status],
    type: "bar" as const,
    stack: "eur",
    barMaxWidth: 26,
    itemStyle: { color: STATUS_COLORS[theme][status] },
    emphasis: { focus: "self" as const },
    data: rows.map((row) => {
      const cell = row.cells.find((x) => x.status === status);
      const datum: CommitmentDatum = {
        id: `${row.actor}|${status}`,
        noteKey: commitmentKey(row.actor, status),
        noteLabel: `${row.actor} · ${STATUS_LABEL[status]}`,
        value: cell?.ownEur ?? 0,
        actor: row.actor,
        status,
        count: cell?.countedIds.length ?? 0,
        confidence: cell?.confidence ?? "",
      };
      // An empty cell draws nothing (no zero-width sliver with a border).
      return datum.value > 0 ? { ...datum, itemStyle: { opacity: dim(row.actor, status) } } : { ...datum, value: "-" as const };
    }),
  }));
  const nested = {
    id: NESTED_SERIES,
    name: "Inside another commitment (not added)",
    type: "bar" as const,
    stack: "eur",
    barMaxWidth: 26,
    itemStyle: { color: c.nested, borderColor: c.muted, borderType: "dashed" as const, borderWidth: 1 },
    data: rows.map((row) => ({
      id: `${row.actor}|nested`,
      noteKey: commitmentKey(row.actor, NESTED_SERIES),
      noteLabel: `${row.actor} · inside another commitment`,
      value: row.nestedEur > 0 ? row.nestedEur : ("-" as const),
      actor: row.actor,
      status: null,
      count: row.cells.reduce((n, cell) => n + (cell.nestedEur > 0 ? cell.countedIds.length : 0), 0),
      confidence: "",
      itemStyle: { opacity: dim(row.actor, null) },
    })),
  };
  return {
    ...base(theme),
    legend: { top: 0, left: 0, textStyle: { color: c.muted, fontSize: 11 }, itemWidth: 12, itemHeight: 10 },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: "value", ...axisStyle(theme), axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => formatEurShort(v) } },
    yAxis: { type: "category", data: actors, ...axisStyle(theme), axisLabel: { color: c.text, fontSize: 12 } },
    tooltip: {
      ...base(theme).tooltip,
      formatter: (raw: unknown) => {
        const params = raw as TooltipParams;
        const d = dataOf<CommitmentDatum>(params);
        if (!d) return "";
        const head = `<strong>${escapeHtml(d.actor)}</strong> · ${escapeHtml(params.seriesName)}`;
        const note =
          d.status === null
            ? "Counted inside another actor's or status's commitment: shown, never added to the total."
            : `${d.count} commitment${d.count === 1 ? "" : "s"} counted · weakest confidence ${escapeHtml(d.confidence)}`;
        return `${head}<br/>${escapeHtml(formatMoney(d.value, "EUR"))}<br/><span style="opacity:.75">${note}<br/>Click to filter the map; sources in the side panel.</span>`;
      },
    },
    series: [...statusSeries, nested],
  };
}

// ---------------------------------------------------------------------------------------------

interface EventDatum {
  id: string;
  noteKey: string;
  noteLabel: string;
  value: [string, ActorLane];
  title: string;
  date: string;
  actors: string;
  type: string;
  confidence: string;
  context: boolean;
}

export function timelineOption(events: readonly RelationsEvent[], selection: Selection, theme: Theme): ChartOption {
  const c = CHROME[theme];
  const dated = events.filter((e) => e.dateStart !== null);
  const lanes = [...ACTOR_LANES].reverse();
  return {
    ...base(theme),
    grid: { left: 8, right: 20, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: "time",
      ...axisStyle(theme),
      ...(selection.from !== null ? { min: `${selection.from}-01-01` } : {}),
      ...(selection.to !== null ? { max: `${selection.to}-12-31` } : {}),
    },
    yAxis: { type: "category", data: lanes, ...axisStyle(theme), axisLabel: { color: c.text, fontSize: 12 }, splitLine: { show: true, lineStyle: { color: c.grid } } },
    tooltip: {
      ...base(theme).tooltip,
      formatter: (raw: unknown) => {
        const d = dataOf<EventDatum>(raw as TooltipParams);
        if (!d) return "";
        return [
          `<strong>${escapeHtml(d.title)}</strong>`,
          `${escapeHtml(d.date)} · ${escapeHtml(d.type)}`,
          escapeHtml(d.actors),
          `Confidence ${escapeHtml(d.confidence)}${d.context ? " · context (not in the seed)" : ""}`,
          `<span style="opacity:.75">Click to highlight it on the map and open its sources.</span>`,
        ].join("<br/>");
      },
    },
    series: ACTOR_LANES.map((lane) => ({
      id: lane,
      name: lane,
      type: "scatter" as const,
      symbolSize: 11,
      itemStyle: { color: LANE_COLORS[theme][lane] },
      data: dated
        .filter((e) => e.lanes.includes(lane))
        .map((e) => {
          const selected = selection.event === e.id;
          const datum: EventDatum = {
            id: e.id,
            noteKey: e.id,
            noteLabel: e.title,
            value: [e.dateStart ?? "", lane],
            title: e.title,
            date: e.date ? formatDate(e.date, e.datePrecision) : "",
            actors: e.actors.join(", "),
            type: e.type.replaceAll("_", " "),
            confidence: e.confidence,
            context: e.inSeed === false,
          };
          return {
            ...datum,
            symbol: e.inSeed === false ? "emptyCircle" : "circle",
            symbolSize: selected ? 18 : 11,
            itemStyle: selected
              ? { borderColor: c.text, borderWidth: 2.5 }
              : { opacity: selection.event ? 0.45 : 0.9, borderColor: c.surface, borderWidth: 1 },
          };
        }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------

/** A vertical range with caps from value 1 to value 2 at time value 0: sources that disagree. */
function conflictRange(color: string): CustomSeriesOption["renderItem"] {
  return (_params, api) => {
    const at = api.value(0);
    const [x = 0, yLow = 0] = api.coord([at, api.value(1)]);
    const [, yHigh = 0] = api.coord([at, api.value(2)]);
    const style = { stroke: color, lineWidth: 2 };
    return {
      type: "group",
      children: [
        { type: "line", shape: { x1: x, y1: yLow, x2: x, y2: yHigh }, style },
        { type: "line", shape: { x1: x - 6, y1: yLow, x2: x + 6, y2: yLow }, style },
        { type: "line", shape: { x1: x - 6, y1: yHigh, x2: x + 6, y2: yHigh }, style },
      ],
    };
  };
}

interface PointDatum {
  id: string;
  noteKey: string;
  noteLabel: string;
  value: [number, number];
  period: string;
  lineLabel: string;
  confidence: string;
  valueType: string;
  sources: number;
}

export function indicatorOption(series: Series, view: SeriesView, selection: Selection, theme: Theme): ChartOption {
  const c = CHROME[theme];
  const lineColors = [c.accent, LANE_COLORS[theme]["Central Asia"], LANE_COLORS[theme].Other];
  const pointDatum = (p: SeriesView["partial"][number], label: string): PointDatum => ({
    id: p.observation.id,
    noteKey: observationKey(series.key, p.observation.metric, p.observation.period),
    noteLabel: `${label}, ${p.observation.period}`,
    value: [p.x, p.observation.value],
    period: p.observation.period,
    lineLabel: label,
    confidence: p.observation.confidence,
    valueType: p.observation.valueType,
    sources: p.observation.sourceIds.length,
  });
  const lines = view.lines.map((line, i) => ({
    id: `line:${line.metric ?? "main"}`,
    name: line.label,
    type: "line" as const,
    showSymbol: true,
    symbolSize: 9,
    lineStyle: { width: 2, color: lineColors[i % lineColors.length] },
    itemStyle: { color: lineColors[i % lineColors.length] },
    data: line.points.map((p) => ({
      ...pointDatum(p, line.label),
      // Low confidence: a larger warning triangle; derived values: a hollow diamond.
      symbol: p.low ? "triangle" : p.derived ? "emptyDiamond" : "circle",
      symbolSize: p.low ? 15 : p.derived ? 12 : 9,
      itemStyle: p.low ? { color: c.warn, borderColor: c.surface, borderWidth: 1, opacity: p.inRange ? 1 : 0.4 } : { opacity: p.inRange ? 1 : 0.4 },
    })),
  }));
  const partial = {
    id: "partial",
    name: "Partial year (not comparable)",
    type: "scatter" as const,
    symbol: "emptyCircle",
    symbolSize: 10,
    itemStyle: { color: c.muted },
    data: view.partial.map((p) => ({ ...pointDatum(p, `${series.name}, partial year`), itemStyle: { opacity: p.inRange ? 1 : 0.4 } })),
  };
  const conflicts = {
    id: "conflicts",
    name: "Sources disagree (range)",
    type: "custom" as const,
    itemStyle: { color: c.warn },
    renderItem: conflictRange(c.warn),
    encode: { x: 0, y: [1, 2] },
    data: view.conflicts.map((conflict) => ({
      id: conflict.observations[0]?.id ?? conflict.period,
      noteKey: observationKey(series.key, conflict.metric, conflict.period),
      noteLabel: `${series.name}, ${conflict.period} (sources disagree)`,
      value: [conflict.x, conflict.min, conflict.max],
      period: conflict.period,
      count: conflict.observations.length,
    })),
    z: 1,
  };
  const shade =
    selection.from !== null || selection.to !== null
      ? {
          silent: true,
          itemStyle: { color: theme === "dark" ? "rgba(125,183,245,0.10)" : "rgba(11,92,173,0.07)" },
          data: [[{ xAxis: (selection.from ?? YEAR_MIN) - 0.5 }, { xAxis: (selection.to ?? YEAR_MAX) + 0.5 }]] as [{ xAxis: number }, { xAxis: number }][],
        }
      : undefined;
  const xs = [...view.lines.flatMap((l) => l.points.map((p) => p.x)), ...view.partial.map((p) => p.x)];
  if (xs.length === 0) xs.push(new Date().getUTCFullYear());
  const firstLine = lines[0];
  if (firstLine && shade) Object.assign(firstLine, { markArea: shade });
  return {
    ...base(theme),
    legend: { top: 0, left: 0, textStyle: { color: c.muted, fontSize: 11 }, itemWidth: 12, itemHeight: 10 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: "value",
      min: Math.floor(Math.min(...xs)) - 0.5,
      max: Math.ceil(Math.max(...xs)) + 0.5,
      interval: 0.5,
      ...axisStyle(theme),
      splitLine: { show: false },
      axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => (Number.isInteger(v) ? String(v) : "") },
    },
    yAxis: {
      type: "value",
      ...axisStyle(theme),
      axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => formatValue(v) },
    },
    tooltip: {
      ...base(theme).tooltip,
      formatter: (raw: unknown) => {
        const params = raw as TooltipParams;
        if (params.seriesId === "conflicts") {
          const d = dataOf<{ value: [string, number, number]; period: string; count: number }>(params);
          if (!d) return "";
          return `<strong>Sources disagree for ${escapeHtml(d.period)}</strong><br/>${escapeHtml(formatValue(d.value[1]))} to ${escapeHtml(formatValue(d.value[2]))} ${escapeHtml(series.unit)}<br/>${d.count} reported values; click for every source.`;
        }
        const d = dataOf<PointDatum>(params);
        if (!d) return "";
        return [
          `<strong>${escapeHtml(d.lineLabel)}</strong>`,
          `${escapeHtml(d.period)}: ${escapeHtml(formatValue(d.value[1]))} ${escapeHtml(series.unit)}`,
          `${escapeHtml(d.valueType)} · confidence ${escapeHtml(d.confidence)}${d.confidence === "low" ? " ▲" : ""}`,
          `${d.sources} source${d.sources === 1 ? "" : "s"} · click for details; sets the time range to this year`,
        ].join("<br/>");
      },
    },
    series: [...lines, partial, conflicts],
  };
}

// ---------------------------------------------------------------------------------------------

interface CorridorDatum {
  id: string;
  noteKey: string;
  noteLabel: string;
  value: number;
  name: string;
  modes: string;
  metric: string;
}

export function corridorsOption(corridors: readonly CorridorDetail[], selection: Selection, theme: Theme): ChartOption {
  const c = CHROME[theme];
  const ordered = [...corridors].reverse();
  const names = ordered.map((x) => shortName(x));
  const opacity = (id: string) => (selection.corridor === null || selection.corridor === id ? 1 : 0.3);
  const colorOf = (id: string) => corridorColor(corridors.findIndex((x) => x.id === id), theme);
  const datum = (x: CorridorDetail, value: number, metric: string) => ({
    id: x.id,
    noteKey: x.id,
    noteLabel: shortName(x),
    value,
    name: shortName(x),
    modes: x.modes.join(" → "),
    metric,
  });
  return {
    ...base(theme),
    legend: { top: 0, right: 0, textStyle: { color: c.muted, fontSize: 11 }, itemWidth: 12, itemHeight: 10, data: ["Border crossings", "Sea legs"] },
    grid: [
      { left: 8, width: "52%", top: 28, bottom: 8, containLabel: true },
      { right: 16, width: "26%", top: 28, bottom: 8, containLabel: false },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: "value",
        name: "km",
        nameTextStyle: { color: c.muted, fontSize: 11 },
        splitNumber: 3,
        ...axisStyle(theme),
        axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => (v === 0 ? "0" : `${formatValue(v / 1000)}k`) },
      },
      { gridIndex: 1, type: "value", minInterval: 1, ...axisStyle(theme) },
    ],
    yAxis: [
      { gridIndex: 0, type: "category", data: names, ...axisStyle(theme), axisLabel: { color: c.text, fontSize: 12 } },
      { gridIndex: 1, type: "category", data: names, show: false },
    ],
    tooltip: {
      ...base(theme).tooltip,
      formatter: (raw: unknown) => {
        const d = dataOf<CorridorDatum>(raw as TooltipParams);
        if (!d) return "";
        const value = d.metric === "length" ? `≥ ${formatKm(d.value)} (great-circle through the waypoints)` : `${d.value} ${d.metric}`;
        return `<strong>${escapeHtml(d.name)}</strong><br/>${escapeHtml(value)}<br/>Modes: ${escapeHtml(d.modes)}<br/><span style="opacity:.75">Click to select the corridor.</span>`;
      },
    },
    series: [
      {
        id: "length",
        name: "Length",
        type: "bar",
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 18,
        data: ordered.map((x) => ({ ...datum(x, x.lengthKm, "length"), itemStyle: { color: colorOf(x.id), opacity: opacity(x.id) } })),
      },
      {
        id: "borders",
        name: "Border crossings",
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 9,
        itemStyle: { color: c.muted },
        data: ordered.map((x) => ({ ...datum(x, x.borderCrossings, "border crossings"), itemStyle: { opacity: opacity(x.id) } })),
      },
      {
        id: "sea",
        name: "Sea legs",
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 9,
        itemStyle: { color: LANE_COLORS[theme].EU },
        data: ordered.map((x) => ({ ...datum(x, x.seaLegs, "sea legs"), itemStyle: { opacity: opacity(x.id) } })),
      },
    ],
  };
}

/** The option for a chart spec (see ChartSpec). */
export function buildOption(spec: ChartSpec): ChartOption {
  switch (spec.kind) {
    case "commitments":
      return commitmentsOption(...spec.args);
    case "timeline":
      return timelineOption(...spec.args);
    case "indicator":
      return indicatorOption(...spec.args);
    case "corridors":
      return corridorsOption(...spec.args);
  }
}
