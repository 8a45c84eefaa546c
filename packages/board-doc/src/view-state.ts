// One view of a board: where the map looks, what the filters and the selection are, which panel is
// open and which scenario values are shown. The same value is stored in a saved view (the shared
// document), sent by a presenter through awareness, and stepped through by the shared screen, so
// it has one schema, checked wherever it arrives from another client.
import { INVESTMENT_STATUS } from "@corridor/domain/vocabulary";
import { z } from "zod";
import { INDICATOR_KEYS, PANEL_KINDS, YEAR_MAX, YEAR_MIN } from "./vocabulary.ts";

export { INDICATOR_KEYS, PANEL_KINDS, YEAR_MAX, YEAR_MIN };
export { sameCamera } from "./camera.ts";

/** Ids of corridors, events, countries, actors, places and segments ("EU|MoU"). */
export const viewIdSchema = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.|&' ()-]{0,99}$/);

const yearSchema = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
const idList = z.array(viewIdSchema).max(20);

export const cameraSchema = z.strictObject({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  zoom: z.number().min(0).max(24),
  bearing: z.number().min(-360).max(360),
  pitch: z.number().min(0).max(85),
});
export type Camera = z.infer<typeof cameraSchema>;

export const panelRefSchema = z.strictObject({ kind: z.enum(PANEL_KINDS), id: viewIdSchema });

/** The filters and the selection (the board's URL selection, field for field). */
export const viewSelectionSchema = z
  .strictObject({
    corridor: viewIdSchema.nullable(),
    countries: idList,
    actors: idList,
    statuses: z.array(z.enum(INVESTMENT_STATUS)).max(INVESTMENT_STATUS.length),
    event: viewIdSchema.nullable(),
    from: yearSchema.nullable(),
    to: yearSchema.nullable(),
    context: z.boolean(),
    indicator: z.enum(INDICATOR_KEYS),
    panel: panelRefSchema.nullable(),
  })
  .refine((s) => s.from === null || s.to === null || s.from <= s.to, { message: "The time range starts after it ends", path: ["from"] });
export type ViewSelection = z.infer<typeof viewSelectionSchema>;

/** Scenario values by assumption key (which keys exist and their ranges are checked by BoardDoc). */
export const scenarioValuesSchema = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/), z.number().finite()).refine((r) => Object.keys(r).length <= 50, {
  message: "Too many scenario values",
});

export const viewStateSchema = z.strictObject({
  /** Null when the view was taken before the map had loaded: the map keeps its own camera. */
  camera: cameraSchema.nullable(),
  selection: viewSelectionSchema,
  scenario: scenarioValuesSchema,
});
export type ViewState = z.infer<typeof viewStateSchema>;

/** A view state from another client, or null when it does not match the schema. */
export function parseViewState(value: unknown): ViewState | null {
  const parsed = viewStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

