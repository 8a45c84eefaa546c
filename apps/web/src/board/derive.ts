// Everything the widgets show for one selection, derived once per change from the board's data.
import type { InvestmentStatus } from "@corridor/domain";
import {
  commitmentsByActor,
  commitmentsByPlace,
  corridorSegments,
  filterEvents,
  filterInvestments,
  seriesView,
  uniqueChokepoints,
  type Corridor,
  type CorridorDetail,
  type Investment,
  type RelationsEvent,
  type Series,
} from "./model";
import type { Selection } from "./selection";

/** Short names for the comparison chart and the legend; other corridors use their own name. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  "COR-01": "Middle Corridor (TITR)",
  "COR-02": "Northern route",
  "COR-03": "CPEC to Gwadar",
  "COR-04": "Maritime via Malacca",
  "COR-05": "Persian Gulf / Hormuz",
};

export function shortName(corridor: Pick<Corridor, "id" | "name">): string {
  const known = SHORT_NAMES[corridor.id];
  if (known) return known;
  const base = corridor.name.split(" (")[0] ?? corridor.name;
  return base.length > 28 ? `${base.slice(0, 27)}…` : base;
}

export interface BoardInput {
  corridors: readonly CorridorDetail[];
  investments: readonly Investment[];
  events: readonly RelationsEvent[];
  series: readonly Series[];
}

export function deriveBoard(data: BoardInput, selection: Selection) {
  const corridor = data.corridors.find((c) => c.id === selection.corridor) ?? null;
  const context = { corridor };
  const mapInvestments = filterInvestments(data.investments, selection, context);
  // The commitments chart shows every actor and status (dimming the ones not selected), so a second
  // click can change the selection; every other filter applies to it.
  const chartInvestments = filterInvestments(data.investments, selection, context, { actors: true, statuses: true });
  const events = filterEvents(data.events, selection, context);
  const series = data.series.find((s) => s.key === selection.indicator) ?? data.series[0] ?? null;
  return {
    corridor,
    mapInvestments,
    places: commitmentsByPlace(mapInvestments, data.investments),
    commitments: commitmentsByActor(chartInvestments, data.investments),
    events,
    series,
    seriesView: series ? seriesView(series, selection) : null,
    segments: data.corridors.flatMap((c) => corridorSegments(c)),
    chokepoints: uniqueChokepoints(data.corridors),
  };
}

export type BoardView = ReturnType<typeof deriveBoard>;

/** Whether a commitment cell is inside the current actor/status selection (for dimming). */
export function cellSelected(selection: Selection, actor: string, status: InvestmentStatus | null): boolean {
  const actorOk = selection.actors.length === 0 || selection.actors.includes(actor);
  const statusOk = status === null || selection.statuses.length === 0 || selection.statuses.includes(status);
  return actorOk && statusOk;
}
