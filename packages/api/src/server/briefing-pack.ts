// The exports of a snapshot (its frozen data, document and figures) or of the live board (current
// data and document): the PDF briefing pack and the PNG image of the whole board, from one
// BriefingInput. Access is checked exactly as for reading the board or snapshot.
import { boardDocFromState, fragmentText } from "@corridor/board-doc";
import { summarizeCommitments, type Confidence } from "@corridor/domain";
import { renderBoardPng, renderBriefingPdf, type BriefingInput, type PngRenderOptions, type RenderOptions } from "@corridor/export";
import { readBoardDocState, type DbClient } from "@corridor/db";
import { z } from "zod";
import type { AssumptionDto, CorridorDto, DataQualityFlagDto, FactSnapshot, InvestmentDto, SeriesDto, SourceDto, ChokepointDto } from "../facts/dto.ts";
import { requireBoardAccess } from "./access.ts";
import { computeScenario } from "./scenario.ts";
import { getSnapshot } from "./snapshots.ts";

/** One colour per corridor, shared by the map and the PDF legend. */
export const CORRIDOR_COLORS: Record<string, string> = { "COR-01": "#d9480f", "COR-02": "#1c7ed6", "COR-03": "#2b8a3e", "COR-04": "#7048e8", "COR-05": "#e67700" };

interface PackData {
  corridors: CorridorDto[];
  chokepoints: ChokepointDto[];
  investments: InvestmentDto[];
  series: SeriesDto[];
  assumptions: AssumptionDto[];
  flags: DataQualityFlagDto[];
  sources: SourceDto[];
  dataVersion: string;
}

function packInput(options: {
  data: PackData;
  docState: Uint8Array;
  figures: ReturnType<typeof computeScenario>;
  boardTitle: string;
  snapshotName: string | null;
  author: string | null;
  createdAt: Date;
}): BriefingInput {
  const { data, figures } = options;
  const doc = boardDocFromState(options.docState, data.assumptions);
  const commitments = summarizeCommitments({
    items: data.investments.map((i) => ({ ...i, sourceIds: i.fx ? [...i.sourceIds, i.fx.sourceId] : i.sourceIds })),
    allItems: data.investments,
    keysOf: (i) => [`${i.actorGroup}\u0000${i.status}`],
  }).groups.map((g) => {
    const [actor = "", status = ""] = g.key.split("\u0000");
    return { actor, status, totalEur: g.totalEur, sourceIds: g.sourceIds };
  });
  const cargo = data.series.find((s) => s.key === "titr_cargo_volume");
  const citing = new Map<string, Confidence[]>();
  const cite = (ids: readonly string[], confidence: Confidence | null) => {
    for (const id of ids) citing.set(id, [...(citing.get(id) ?? []), ...(confidence ? [confidence] : [])]);
  };
  for (const i of data.investments) cite(i.fx ? [...i.sourceIds, i.fx.sourceId] : i.sourceIds, i.confidence);
  for (const s of data.series) for (const o of s.observations) cite(o.sourceIds, o.confidence);
  for (const c of data.corridors) cite(c.sourceIds, null);
  const rank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
  const best = (list: Confidence[]) => (list.length === 0 ? null : list.reduce((a, b) => (rank[b] > rank[a] ? b : a)));
  const defaults = new Map(data.assumptions.map((a) => [a.key, a]));
  return {
    boardTitle: options.boardTitle,
    snapshotName: options.snapshotName,
    author: options.author,
    createdAt: options.createdAt,
    dataVersion: data.dataVersion,
    scenario: {
      changed: Object.entries(figures.values).flatMap(([key, value]) => {
        const def = defaults.get(key);
        return def && def.default !== value ? [{ name: def.name, unit: def.unit, value, default: def.default }] : [];
      }),
      riskBaseline: figures.baseline.risk.score,
      riskScenario: figures.scenario.risk.score,
      realisedBaselineEur: figures.baseline.investment.totalEur,
      realisedScenarioEur: figures.scenario.investment.totalEur,
      firstYearOverCapacity: figures.scenario.corridor.firstYearOverCapacity,
    },
    corridors: data.corridors.map((c) => ({ id: c.id, name: c.name, coordinates: c.coordinates, color: CORRIDOR_COLORS[c.id] ?? "#495057", lengthKm: c.lengthKm })),
    chokepoints: data.chokepoints.flatMap((c) => (c.lonLat ? [{ id: c.id, name: c.name, lonLat: c.lonLat }] : [])),
    commitments,
    series: cargo
      ? [{ name: cargo.name, unit: cargo.unit, points: cargo.observations.filter((o) => o.metric === null && o.periodStart !== null).map((o) => ({ period: o.period, value: o.value, confidence: o.confidence, sourceIds: o.sourceIds })) }]
      : [],
    commentary: fragmentText(doc.commentary),
    assessments: doc.assessments().map((a) => ({ title: a.title, status: a.status, author: a.author.name, text: fragmentText(a.body) })),
    flags: data.flags.map((f) => ({ id: f.id, item: f.item, issue: f.issue })),
    sources: data.sources
      .filter((s) => citing.has(s.id))
      .map((s) => ({ id: s.id, kind: s.kind, publisher: s.publisher, title: s.title, url: s.url, year: s.year, seedRef: s.seedRef, confidence: best(citing.get(s.id) ?? []) }))
      .sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true })),
  };
}

interface LiveBoardOptions {
  db: DbClient;
  facts: FactSnapshot;
  userId: string | null;
  boardId: string;
  briefingToken?: string | undefined;
}

interface SnapshotOptions {
  db: DbClient;
  facts: FactSnapshot;
  userId: string | null;
  snapshotId: string;
  linkToken?: string | undefined;
}

/** What the live board shows now, for its readers (members or a briefing link's holders). */
export async function liveBoardInput(options: LiveBoardOptions): Promise<BriefingInput> {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "viewer", briefingToken: options.briefingToken });
  const board = await options.db.board.findUniqueOrThrow({ where: { id: options.boardId }, select: { title: true } });
  const docState = await readBoardDocState(options.db, options.boardId);
  const doc = boardDocFromState(docState, options.facts.assumptions);
  const f = options.facts;
  return packInput({
    data: { ...f, sources: [...f.sources.values()], dataVersion: f.version.hash },
    docState,
    figures: computeScenario({ snapshot: f, values: doc.assumptions() }),
    boardTitle: board.title,
    snapshotName: null,
    author: null,
    createdAt: new Date(),
  });
}

// The frozen data was written by freezeFactData and its content hash checked on read (thawFactData):
// these checks only give it its static type back.
const frozenSchema = z.object({
  corridors: z.array(z.custom<CorridorDto>()),
  chokepoints: z.array(z.custom<ChokepointDto>()),
  investments: z.array(z.custom<InvestmentDto>()),
  series: z.array(z.custom<SeriesDto>()),
  assumptions: z.array(z.custom<AssumptionDto>()),
  flags: z.array(z.custom<DataQualityFlagDto>()),
  sources: z.array(z.custom<SourceDto>()),
  dataVersion: z.string(),
});

/** What a snapshot froze, for its readers (members, briefing-link or snapshot-link holders). */
export async function snapshotInput(options: SnapshotOptions): Promise<BriefingInput> {
  const snapshot = await getSnapshot(options);
  const data = frozenSchema.parse(snapshot.data);
  // The frozen figures are re-derived from the frozen data and document: the same pure model.
  const docState = Buffer.from(snapshot.docState, "base64");
  const doc = boardDocFromState(docState, data.assumptions);
  const frozenFacts: FactSnapshot = {
    ...options.facts,
    version: { hash: data.dataVersion, seededAt: snapshot.createdAt },
    corridors: data.corridors,
    chokepoints: data.chokepoints,
    investments: data.investments,
    series: data.series,
    assumptions: data.assumptions,
    flags: data.flags,
    sources: new Map(data.sources.map((s) => [s.id, s])),
  };
  return packInput({
    data,
    docState,
    figures: computeScenario({ snapshot: frozenFacts, values: doc.assumptions() }),
    boardTitle: snapshot.board.title,
    snapshotName: snapshot.name,
    author: snapshot.authorName,
    createdAt: snapshot.createdAt,
  });
}

export async function liveBoardPdf(options: LiveBoardOptions & RenderOptions) {
  return renderBriefingPdf(await liveBoardInput(options), options);
}

export async function snapshotPdf(options: SnapshotOptions & RenderOptions) {
  return renderBriefingPdf(await snapshotInput(options), options);
}

/** The live board as a PNG at 2× (or `scale`), with its pixel and layout size. */
export async function liveBoardPng(options: LiveBoardOptions & PngRenderOptions) {
  return renderBoardPng(await liveBoardInput(options), options);
}

export async function snapshotPng(options: SnapshotOptions & PngRenderOptions) {
  return renderBoardPng(await snapshotInput(options), options);
}

