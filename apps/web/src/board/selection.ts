// The board's one selection and filter model: what the map, the charts and the lists show and
// highlight. Pure: a value, the actions that change it, and its URL form. Every widget reads the
// same value and dispatches the same actions; nothing keeps a copy of its own.
import type { ViewSelection } from "@corridor/board-doc/view-state";
import { INDICATOR_KEYS, PANEL_KINDS, YEAR_MAX, YEAR_MIN } from "@corridor/board-doc/vocabulary";
import type { InvestmentStatus } from "@corridor/domain/vocabulary";

// The vocabulary is the board document's (saved views store selections), re-exported for the board.
export { INDICATOR_KEYS, PANEL_KINDS, YEAR_MAX, YEAR_MIN };

/** What the side panel shows: one item of the fact base, a chart segment or a map location. */
export type PanelKind = (typeof PANEL_KINDS)[number];
export interface PanelRef {
  kind: PanelKind;
  id: string;
}

/** The indicator series the board can chart (keys of indicators.series). */
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface Selection {
  /** Selected corridor id (COR-01): filters investments and events to the corridor's countries. */
  corridor: string | null;
  /** Country filter (world-atlas names: "Kazakhstan"). */
  countries: string[];
  /** Actor filter (investment actor groups: "EU", "EIB", "EBRD", "US", "China"…). */
  actors: string[];
  statuses: InvestmentStatus[];
  /** Selected relations event id (EV-16): highlighted on the map and the timeline. */
  event: string | null;
  /** Time range in whole years, inclusive; null is open. */
  from: number | null;
  to: number | null;
  /** Include context rows (not in the seed note). */
  context: boolean;
  indicator: IndicatorKey;
  panel: PanelRef | null;
}

// A selection is exactly what a saved view or a presenter's view carries, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const selectionIsViewSelection: Same<Selection, ViewSelection> = true;
void selectionIsViewSelection;

export const EMPTY_SELECTION: Selection = {
  corridor: null,
  countries: [],
  actors: [],
  statuses: [],
  event: null,
  from: null,
  to: null,
  context: true,
  indicator: "titr_cargo_volume",
  panel: null,
};

export type SelectionAction =
  | { type: "toggleCorridor"; id: string }
  | { type: "toggleCountry"; country: string }
  | { type: "toggleActor"; actor: string }
  | { type: "toggleStatus"; status: InvestmentStatus }
  /** A chart segment: filter to exactly this actor and status, or clear them when already so. */
  | { type: "selectSegment"; actor: string; status: InvestmentStatus }
  | { type: "toggleEvent"; id: string }
  | { type: "setRange"; from: number | null; to: number | null }
  | { type: "setContext"; context: boolean }
  | { type: "setIndicator"; key: IndicatorKey }
  | { type: "openPanel"; panel: PanelRef }
  | { type: "closePanel" }
  | { type: "clearFilters" }
  /** A whole selection at once: opening a saved view, following a presenter. */
  | { type: "replace"; selection: Selection };

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function reduceSelection(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case "toggleCorridor": {
      const corridor = state.corridor === action.id ? null : action.id;
      return { ...state, corridor, panel: corridor ? { kind: "corridor", id: corridor } : closeIf(state.panel, "corridor") };
    }
    case "toggleCountry":
      return { ...state, countries: toggle(state.countries, action.country) };
    case "toggleActor":
      return { ...state, actors: toggle(state.actors, action.actor) };
    case "toggleStatus":
      return { ...state, statuses: toggle(state.statuses, action.status) };
    case "selectSegment": {
      const already = sameList(state.actors, [action.actor]) && sameList(state.statuses, [action.status]);
      const id = `${action.actor}|${action.status}`;
      return already
        ? { ...state, actors: [], statuses: [], panel: closeIf(state.panel, "seg") }
        : { ...state, actors: [action.actor], statuses: [action.status], panel: { kind: "seg", id } };
    }
    case "toggleEvent": {
      const event = state.event === action.id ? null : action.id;
      return { ...state, event, panel: event ? { kind: "event", id: event } : closeIf(state.panel, "event") };
    }
    case "setRange": {
      const [from, to] = orderRange(action.from, action.to);
      return { ...state, from, to };
    }
    case "setContext":
      return { ...state, context: action.context };
    case "setIndicator":
      return { ...state, indicator: action.key };
    case "openPanel":
      return { ...state, panel: action.panel };
    case "closePanel":
      return { ...state, panel: null };
    case "clearFilters":
      return { ...EMPTY_SELECTION, indicator: state.indicator };
    case "replace":
      return action.selection;
  }
}

function closeIf(panel: PanelRef | null, kind: PanelKind): PanelRef | null {
  return panel?.kind === kind ? null : panel;
}

/** The range with its ends in order (a reversed range is swapped, not dropped). */
export function orderRange(from: number | null, to: number | null): [number | null, number | null] {
  return from !== null && to !== null && from > to ? [to, from] : [from, to];
}

/** Any filter that narrows what is shown (the panel and the indicator choice are not filters). */
export function hasFilters(s: Selection): boolean {
  return (
    s.corridor !== null ||
    s.countries.length > 0 ||
    s.actors.length > 0 ||
    s.statuses.length > 0 ||
    s.event !== null ||
    s.from !== null ||
    s.to !== null ||
    !s.context
  );
}

/** The time range as ISO dates for the domain's spanOverlaps (undefined is open). */
export function rangeDates(s: Pick<Selection, "from" | "to">): { from?: string; to?: string } {
  return {
    ...(s.from !== null ? { from: `${s.from}-01-01` } : {}),
    ...(s.to !== null ? { to: `${s.to}-12-31` } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// URL form. Reading it back (with zod) happens on the server only: ./parse-selection.ts.

/** The URL form: only what differs from the empty selection, in a stable order. */
export function serializeSelection(s: Selection): URLSearchParams {
  const params = new URLSearchParams();
  if (s.corridor) params.set("corridor", s.corridor);
  for (const country of s.countries) params.append("country", country);
  for (const actor of s.actors) params.append("actor", actor);
  for (const status of s.statuses) params.append("status", status);
  if (s.event) params.set("event", s.event);
  if (s.from !== null) params.set("from", String(s.from));
  if (s.to !== null) params.set("to", String(s.to));
  if (!s.context) params.set("ctx", "0");
  if (s.indicator !== EMPTY_SELECTION.indicator) params.set("ind", s.indicator);
  if (s.panel) params.set("panel", `${s.panel.kind}:${s.panel.id}`);
  return params;
}

/** The parameters the selection owns; others in the URL (e2e=1, say) are left as they are. */
export const SELECTION_KEYS = ["corridor", "country", "actor", "status", "event", "from", "to", "ctx", "ind", "panel"] as const;

/** The current query string with the selection's parameters replaced by those of `s`. */
export function withSelection(current: URLSearchParams, s: Selection): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of current) if (!(SELECTION_KEYS as readonly string[]).includes(key)) next.append(key, value);
  for (const [key, value] of serializeSelection(s)) next.append(key, value);
  return next;
}
