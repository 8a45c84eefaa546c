// ECharts options for the board's four charts, built from the derived board view. Pure (types
// only from echarts); loaded with the lazy chart component (./echart.tsx), not with the page.
// Every text that reaches a tooltip's HTML goes through escapeHtml, the translated text too. The
// translator comes in the chart's spec (the cards pass the page's), so these words load with the
// page's messages, not in this chunk.
import { ACTOR_LANES, INVESTMENT_STATUS, type ActorLane, type InvestmentStatus } from "@corridor/domain/vocabulary";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { cellSelected, shortName } from "../derive";
import { escapeHtml } from "../escape-html";
import { formatEurShort, formatValue } from "../format";
import { confidenceLabel, laneLabel, statusTitle } from "../labels";
import type { CommitmentsByActor, CorridorDetail, RelationsEvent, Series, SeriesView } from "../model";
import { CHROME, corridorColor, LANE_COLORS, STATUS_COLORS } from "../palette";
import { YEAR_MAX, YEAR_MIN, type Selection } from "../selection";
import type { Theme } from "../theme";
import type { CustomSeriesOption } from "echarts/charts";
import { commitmentKey, observationKey } from "./datum-keys";
import { NESTED_SERIES, type ChartOption, type ChartSpec } from "./types";

type T = Translator<Messages>;

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

export function commitmentsOption(data: CommitmentsByActor, selection: Selection, theme: Theme, t: T): ChartOption {
  const c = CHROME[theme];
  const actors = [...data.rows].reverse().map((r) => r.actor);
  const rows = [...data.rows].reverse();
  const dim = (actor: string, status: InvestmentStatus | null) => (cellSelected(selection, actor, status) ? 1 : 0.25);
  const statusSeries = INVESTMENT_STATUS.map((status) => ({
    id: status,
    name: statusTitle(t, status),
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
        noteLabel: `${row.actor} · ${statusTitle(t, status)}`,
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
    name: t("board.charts.commitments.nested"),
    type: "bar" as const,
    stack: "eur",
    barMaxWidth: 26,
    itemStyle: { color: c.nested, borderColor: c.muted, borderType: "dashed" as const, borderWidth: 1 },
    data: rows.map((row) => ({
      id: `${row.actor}|nested`,
      noteKey: commitmentKey(row.actor, NESTED_SERIES),
      noteLabel: t("board.charts.commitments.nestedItem", { actor: row.actor }),
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
    xAxis: { type: "value", ...axisStyle(theme), axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => formatEurShort(v, t.locale) } },
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
            ? t("board.charts.commitments.tipNested")
            : t("board.charts.commitments.tipCounted", { count: d.count, confidence: confidenceLabel(t, d.confidence) });
        return `${head}<br/>${escapeHtml(formatMoney(d.value, "EUR", t.locale))}<br/><span style="opacity:.75">${escapeHtml(note)}<br/>${escapeHtml(t("board.charts.commitments.tipClick"))}</span>`;
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

export function timelineOption(events: readonly RelationsEvent[], selection: Selection, theme: Theme, t: T): ChartOption {
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
    yAxis: {
      type: "category",
      data: lanes,
      ...axisStyle(theme),
      // The categories stay the stored lanes (the data's values name them); only their labels translate.
      axisLabel: { color: c.text, fontSize: 12, formatter: (lane: string) => laneLabel(t, lane) },
      splitLine: { show: true, lineStyle: { color: c.grid } },
    },
    tooltip: {
      ...base(theme).tooltip,
      formatter: (raw: unknown) => {
        const d = dataOf<EventDatum>(raw as TooltipParams);
        if (!d) return "";
        return [
          `<strong>${escapeHtml(d.title)}</strong>`,
          `${escapeHtml(d.date)} · ${escapeHtml(d.type)}`,
          escapeHtml(d.actors),
          escapeHtml(
            `${t("board.charts.timeline.tipConfidence", { confidence: confidenceLabel(t, d.confidence) })}${d.context ? t("board.charts.timeline.tipContext") : ""}`,
          ),
          `<span style="opacity:.75">${escapeHtml(t("board.charts.timeline.tipClick"))}</span>`,
        ].join("<br/>");
      },
    },
    series: ACTOR_LANES.map((lane) => ({
      id: lane,
      name: laneLabel(t, lane),
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
            date: e.date ? formatDate(e.date, e.datePrecision, t.locale) : "",
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

export function indicatorOption(series: Series, view: SeriesView, selection: Selection, theme: Theme, t: T): ChartOption {
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
    name: t("board.charts.indicator.partial"),
    type: "scatter" as const,
    symbol: "emptyCircle",
    symbolSize: 10,
    itemStyle: { color: c.muted },
    data: view.partial.map((p) => ({ ...pointDatum(p, t("board.charts.indicator.partialItem", { name: series.name })), itemStyle: { opacity: p.inRange ? 1 : 0.4 } })),
  };
  const conflicts = {
    id: "conflicts",
    name: t("board.charts.indicator.conflicts"),
    type: "custom" as const,
    itemStyle: { color: c.warn },
    renderItem: conflictRange(c.warn),
    encode: { x: 0, y: [1, 2] },
    data: view.conflicts.map((conflict) => ({
      id: conflict.observations[0]?.id ?? conflict.period,
      noteKey: observationKey(series.key, conflict.metric, conflict.period),
      noteLabel: t("board.charts.indicator.conflictItem", { name: series.name, period: conflict.period }),
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
      axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => formatValue(v, t.locale) },
    },
    tooltip: {
      ...base(theme).tooltip,
      formatter: (raw: unknown) => {
        const params = raw as TooltipParams;
        if (params.seriesId === "conflicts") {
          const d = dataOf<{ value: [string, number, number]; period: string; count: number }>(params);
          if (!d) return "";
          const range = t("board.charts.indicator.tipRange", { min: formatValue(d.value[1], t.locale), max: formatValue(d.value[2], t.locale), unit: series.unit });
          return [
            `<strong>${escapeHtml(t("board.charts.indicator.tipConflict", { period: d.period }))}</strong>`,
            escapeHtml(range),
            escapeHtml(t("board.charts.indicator.tipReported", { count: d.count })),
          ].join("<br/>");
        }
        const d = dataOf<PointDatum>(params);
        if (!d) return "";
        return [
          `<strong>${escapeHtml(d.lineLabel)}</strong>`,
          `${escapeHtml(d.period)}: ${escapeHtml(formatValue(d.value[1], t.locale))} ${escapeHtml(series.unit)}`,
          `${escapeHtml(t("board.charts.indicator.tipPoint", { type: d.valueType, confidence: confidenceLabel(t, d.confidence) }))}${d.confidence === "low" ? " ▲" : ""}`,
          escapeHtml(t("board.charts.indicator.tipSources", { count: d.sources })),
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
  /** The metric as the tooltip names it ("border crossings"). */
  metricLabel: string;
}

export function corridorsOption(corridors: readonly CorridorDetail[], selection: Selection, theme: Theme, t: T): ChartOption {
  const c = CHROME[theme];
  const ordered = [...corridors].reverse();
  const names = ordered.map((x) => shortName(x));
  const opacity = (id: string) => (selection.corridor === null || selection.corridor === id ? 1 : 0.3);
  const colorOf = (id: string) => corridorColor(corridors.findIndex((x) => x.id === id), theme);
  const datum = (x: CorridorDetail, value: number, metric: string, metricLabel: string): CorridorDatum => ({
    id: x.id,
    noteKey: x.id,
    noteLabel: shortName(x),
    value,
    name: shortName(x),
    modes: x.modes.join(" → "),
    metric,
    metricLabel,
  });
  const borders = t("board.charts.corridors.borderCrossings");
  const sea = t("board.charts.corridors.seaLegs");
  return {
    ...base(theme),
    legend: { top: 0, right: 0, textStyle: { color: c.muted, fontSize: 11 }, itemWidth: 12, itemHeight: 10, data: [borders, sea] },
    grid: [
      { left: 8, width: "52%", top: 28, bottom: 8, containLabel: true },
      { right: 16, width: "26%", top: 28, bottom: 8, containLabel: false },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: "value",
        name: t("board.charts.corridors.km"),
        nameTextStyle: { color: c.muted, fontSize: 11 },
        splitNumber: 3,
        ...axisStyle(theme),
        axisLabel: { ...axisStyle(theme).axisLabel, formatter: (v: number) => (v === 0 ? "0" : t("board.charts.corridors.thousands", { value: formatValue(v / 1000, t.locale) })) },
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
        const value = d.metric === "length" ? t("board.charts.corridors.tipLength", { length: formatKm(d.value, t.locale) }) : `${d.value} ${d.metricLabel}`;
        return [
          `<strong>${escapeHtml(d.name)}</strong>`,
          escapeHtml(value),
          escapeHtml(t("board.charts.corridors.tipModes", { modes: d.modes })),
          `<span style="opacity:.75">${escapeHtml(t("board.charts.corridors.tipClick"))}</span>`,
        ].join("<br/>");
      },
    },
    series: [
      {
        id: "length",
        name: t("board.charts.corridors.length"),
        type: "bar",
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 18,
        data: ordered.map((x) => ({ ...datum(x, x.lengthKm, "length", t("board.charts.corridors.length")), itemStyle: { color: colorOf(x.id), opacity: opacity(x.id) } })),
      },
      {
        id: "borders",
        name: borders,
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 9,
        itemStyle: { color: c.muted },
        data: ordered.map((x) => ({ ...datum(x, x.borderCrossings, "border crossings", t("board.charts.corridors.borderCrossingsUnit")), itemStyle: { opacity: opacity(x.id) } })),
      },
      {
        id: "sea",
        name: sea,
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 9,
        itemStyle: { color: LANE_COLORS[theme].EU },
        data: ordered.map((x) => ({ ...datum(x, x.seaLegs, "sea legs", t("board.charts.corridors.seaLegsUnit")), itemStyle: { opacity: opacity(x.id) } })),
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
