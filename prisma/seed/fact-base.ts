// The shape of the curated fact base (seed/data/facts.json, copied unchanged from the shared fact
// base) and of the product's own annotations. Parsing with zod means a malformed fact file stops
// the seed with the path of the bad field instead of writing half a dataset.
import { z } from "zod";
import { confidenceSchema, investmentStatusSchema } from "@corridor/domain";

const inSeed = z.union([z.boolean(), z.literal("implied")]);
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const seedRefs = z.array(z.number().int().positive());

const externalSource = z.object({
  id: z.string().regex(/^E\d+$/),
  publisher: z.string(),
  title: z.string(),
  url: z.string().url().nullable().optional(),
  year: z.number().int().nullable().optional(),
  original_source: z.string().nullable().optional(),
});

const seedSource = z.object({
  n: z.number().int().positive(),
  title: z.string(),
  accessed: z.string().nullable().optional(),
  identified_as: z.string().nullable().optional(),
  identification_confidence: confidenceSchema.nullable().optional(),
  note: z.string().nullable().optional(),
});

const investment = z.object({
  id: z.string(),
  actor: z.string(),
  counterpart: z.string(),
  amount: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  amount_display: z.string(),
  date: z.string(),
  date_precision: z.enum(["day", "month", "year"]),
  date_source: z.string(),
  status: investmentStatusSchema,
  status_detail: z.string().nullable(),
  sector: z.string(),
  country: z.string(),
  seed_ref: seedRefs,
  in_seed: inSeed,
  parent_id: z.string().nullable(),
  confidence: confidenceSchema,
  sources: z.array(z.string()),
  note: z.string().nullable().optional(),
});

const event = z.object({
  id: z.string(),
  date: z.string().nullable(),
  date_end: z.string().nullable(),
  date_precision: z.enum(["day", "month", "year", "unknown"]),
  date_source: z.string(),
  actors: z.array(z.string()).min(1),
  type: z.string(),
  title: z.string(),
  summary: z.string(),
  location: z.string().nullable(),
  location_lonlat: lonLat.nullable(),
  seed_ref: seedRefs,
  in_seed: inSeed,
  post_seed: z.boolean(),
  confidence: confidenceSchema,
  sources: z.array(z.string()),
  details: z.string().nullable(),
  seed_date_text: z.string().nullable(),
});

const waypoint = z.object({
  order: z.number().int().positive(),
  name: z.string(),
  role: z.string(),
  country: z.string(),
  lonlat: lonLat,
  coord_confidence: z.enum(["high", "medium", "representative"]),
  named_in_seed: z.boolean(),
  note: z.string().nullable().optional(),
});

const corridor = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  in_seed: inSeed,
  seed_ref: seedRefs,
  seed_basis: z.string().nullable().optional(),
  description: z.string(),
  modes: z.array(z.string()),
  waypoints: z.array(waypoint).min(2),
  branches: z.array(z.object({ name: z.string(), waypoints: z.array(waypoint).min(1), note: z.string().nullable().optional() })),
  key_facts: z.array(z.object({ fact: z.string(), sources: z.array(z.string()), confidence: confidenceSchema.nullable() })),
  chokepoints: z.array(z.string()),
});

const chokepoint = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  lonlat: lonLat.nullable(),
  nodes: z.array(lonLat).optional(),
  coord_confidence: z.string().nullable(),
  in_seed: inSeed,
  seed_ref: seedRefs,
  risk: z.string(),
});

const observation = z.object({
  period: z.string(),
  value: z.number(),
  value_type: z.string(),
  source_id: z.string(),
  also_source_ids: z.array(z.string()).optional(),
  metric: z.string().optional(),
  confidence: confidenceSchema,
  note: z.string().nullable().optional(),
});

const indicator = z.object({
  id: z.string(),
  key: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string(),
  unit: z.string(),
  scope: z.string(),
  seed_link: seedRefs,
  series: z.array(observation).min(1),
  notes: z.string().nullable().optional(),
});

const pointFact = z.object({
  id: z.string(),
  fact: z.string(),
  value: z.number(),
  unit: z.string(),
  source_id: z.string(),
  confidence: confidenceSchema,
  note: z.string().nullable().optional(),
});

const assumption = z
  .object({
    id: z.string(),
    key: z.string().regex(/^[a-z0-9_]+$/),
    name: z.string(),
    unit: z.string(),
    min: z.number(),
    max: z.number(),
    default: z.number(),
    step: z.number().positive(),
    seed_ref: seedRefs,
    rationale: z.string(),
    anchors: z.array(z.string()),
  })
  .refine((a) => a.min <= a.default && a.default <= a.max, { message: "default must lie within [min, max]" });

const dataQualityFlag = z.object({ id: z.string(), item: z.string(), issue: z.string(), refs: z.array(z.string()) });

export const factBaseSchema = z.object({
  meta: z.object({ title: z.string() }).passthrough(),
  seed_sources: z.array(seedSource),
  investments: z.array(investment),
  events: z.array(event),
  corridors: z.array(corridor),
  chokepoints_risks: z.array(chokepoint),
  indicators: z.array(indicator),
  point_facts: z.array(pointFact),
  scenario_assumptions: z.array(assumption),
  data_quality_flags: z.array(dataQualityFlag),
  external_sources: z.array(externalSource),
});
export type FactBase = z.infer<typeof factBaseSchema>;

const productSource = z.object({
  id: z.string(),
  kind: z.enum(["official", "media", "analysis"]),
  publisher: z.string(),
  title: z.string(),
  url: z.string().url().optional(),
  year: z.number().int(),
  note: z.string(),
});
const kindMap = z.record(z.string(), z.string());

export const annotationsSchema = z.object({
  seedDocument: productSource.omit({ url: true }),
  sourceKinds: kindMap,
  seedSourceKinds: kindMap,
  fxSource: productSource,
  fxRates: z.array(z.object({ currency: z.string(), year: z.number().int(), perEur: z.number().positive() })),
  investmentActorGroups: z.record(z.string(), z.string()),
  investmentSectorGroups: z.record(z.string(), z.string()),
  eventActorLanes: z.record(z.string(), z.string()),
  seriesConflictingMetrics: z.record(z.string(), z.union([z.string(), z.object({ metrics: z.array(z.string()), flags: z.array(z.string()) })])),
});
export type Annotations = z.infer<typeof annotationsSchema>;
