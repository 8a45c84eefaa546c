// The board's queries, named once so the server prefetches exactly what the client reads (the
// same inputs give the same query keys: nothing is fetched again after hydration).
import { INDICATOR_KEYS } from "./selection";

/** Every input the board's queries take, beyond the board id. */
export const BOARD_QUERIES = {
  investments: {},
  events: {},
  series: INDICATOR_KEYS.map((key) => ({ key })),
} as const;
