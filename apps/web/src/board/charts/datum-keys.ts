// Stable keys for the data on the board's charts, so a note pinned to a bar or a point still finds
// it after a reload, on another user's screen, with other filters or another fact-base version
// (keys are built from the facts' own identities, never from positions in the chart):
//   commitments  "<actor>|<status>" (or "<actor>|nested" for money inside another commitment)
//   timeline     the relations event id
//   indicator    "<series key>|<measure, main for the series' own>|<period>"
//   corridors    the corridor id
export const CHART_NAMES = ["commitments", "timeline", "indicator", "corridors"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === "string" && (CHART_NAMES as readonly string[]).includes(value);
}

export const CHART_TITLES: Record<ChartName, string> = {
  commitments: "Commitments chart",
  timeline: "Relations timeline",
  indicator: "Indicator chart",
  corridors: "Corridor comparison",
};

export function commitmentKey(actor: string, status: string): string {
  return `${actor}|${status}`;
}

export function observationKey(seriesKey: string, metric: string | null, period: string): string {
  return `${seriesKey}|${metric ?? "main"}|${period}`;
}

/** The series an indicator key belongs to (the chart shows one series at a time). */
export function seriesOfObservationKey(key: string): string | null {
  const [seriesKey, metric, period] = key.split("|");
  return seriesKey && metric && period ? seriesKey : null;
}

/** A datum's note key and its label for the note list (`noteKey`, `noteLabel` on the data item). */
export interface KeyedDatum {
  key: string;
  label: string;
}

/** The key and label of a chart data item, when it has them (axis items and ranges without data don't). */
export function keyedDatum(data: unknown): KeyedDatum | null {
  if (typeof data !== "object" || data === null) return null;
  const { noteKey: key, noteLabel: label } = data as Record<string, unknown>;
  return typeof key === "string" && key.length > 0 && key.length <= 200 && typeof label === "string" ? { key, label: label.slice(0, 200) } : null;
}
