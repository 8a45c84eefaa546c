// The words a board view is made of, as plain constants: the browser's selection model imports
// them without zod or Yjs (subpath `@corridor/board-doc/vocabulary`); view-state.ts builds its
// schemas from them.

/** What the side panel can show: one item of the fact base, a chart segment or a map location. */
export const PANEL_KINDS = ["inv", "event", "corridor", "chk", "place", "seg", "obs", "series"] as const;

/** The indicator series the board can chart. */
export const INDICATOR_KEYS = ["titr_cargo_volume", "china_europe_railway_express", "china_kazakhstan_trade"] as const;

/** The years the time range can span. */
export const YEAR_MIN = 2010;
export const YEAR_MAX = 2030;
