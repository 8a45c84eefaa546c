// The names and shapes of the shared board document. One Y.Doc per board:
//   meta          Y.Map    schemaVersion
//   assumptions   Y.Map    assumption key → number
//   assumptionLog Y.Map    assumption key → { by, name, at } (who changed what last)
//   commentary    Y.XmlFragment (Tiptap)
//   assessments   Y.Array<Y.Map> sections: id, title, body (Y.XmlFragment), status, author, timestamps
//   annotations   Y.Map<Y.Map> notes pinned to a map point or a data item, with a reply thread
//   views         Y.Array<Y.Map> saved views, in the board's order: id, name, state (ViewState), author, timestamps
import { z } from "zod";

/** 1: assumptions, commentary, assessments, annotations. 2: saved views. */
export const SCHEMA_VERSION = 2;

export const ROOT = {
  meta: "meta",
  assumptions: "assumptions",
  assumptionLog: "assumptionLog",
  commentary: "commentary",
  assessments: "assessments",
  annotations: "annotations",
  views: "views",
} as const;

export const ASSESSMENT_STATUS = ["draft", "reviewed", "final"] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUS);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const authorSchema = z.object({ id: z.string().min(1).max(200), name: z.string().min(1).max(200) });
export type Author = z.infer<typeof authorSchema>;

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const annotationTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("point"), lonLat }),
  z.object({
    kind: z.literal("item"),
    itemType: z.enum(["corridor", "investment", "event", "chokepoint", "observation", "chart-datum"]),
    itemId: z.string().min(1).max(200),
    /**
     * For chart data (itemType "chart-datum"): itemId is the datum's stable key (the web app's
     * charts/datum-keys.ts: "actor|status", an event id, "series|measure|period", a corridor id),
     * chart names the chart, datum is the datum's label when the note was pinned (for the list).
     */
    chart: z.string().max(100).optional(),
    datum: z.string().max(200).optional(),
  }),
]);
export type AnnotationTarget = z.infer<typeof annotationTargetSchema>;

export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);
export const noteTextSchema = z.string().trim().min(1).max(5_000);
export const viewNameSchema = z.string().trim().min(1, "A view needs a name").max(120);
