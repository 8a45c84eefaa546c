// What a briefing pack shows. Built by the API from a snapshot (or the live board); validated so
// a malformed document never reaches the renderer.
import { z } from "zod";

const lonLat = z.tuple([z.number(), z.number()]);
const confidence = z.enum(["high", "medium", "low"]).nullable();

export const briefingInputSchema = z.object({
  boardTitle: z.string().max(200),
  snapshotName: z.string().max(200).nullable(),
  author: z.string().max(200).nullable(),
  createdAt: z.date(),
  dataVersion: z.string().max(200),
  scenario: z.object({
    changed: z.array(z.object({ name: z.string(), unit: z.string(), value: z.number(), default: z.number() })),
    riskBaseline: z.number(),
    riskScenario: z.number(),
    realisedBaselineEur: z.number(),
    realisedScenarioEur: z.number(),
    firstYearOverCapacity: z.number().nullable(),
  }),
  corridors: z.array(z.object({ id: z.string(), name: z.string(), coordinates: z.array(lonLat), color: z.string().regex(/^#[0-9a-fA-F]{6}$/), lengthKm: z.number() })),
  chokepoints: z.array(z.object({ id: z.string(), name: z.string(), lonLat })),
  commitments: z.array(z.object({ actor: z.string(), status: z.string(), totalEur: z.number(), sourceIds: z.array(z.string()) })),
  series: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      points: z.array(z.object({ period: z.string(), value: z.number(), confidence, sourceIds: z.array(z.string()) })),
    }),
  ),
  commentary: z.string().max(200_000),
  assessments: z.array(z.object({ title: z.string().max(200), status: z.string(), author: z.string(), text: z.string().max(200_000) })),
  flags: z.array(z.object({ id: z.string(), item: z.string(), issue: z.string() })),
  sources: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      publisher: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      year: z.number().nullable(),
      seedRef: z.number().nullable(),
      confidence,
    }),
  ),
});
export type BriefingInput = z.infer<typeof briefingInputSchema>;
