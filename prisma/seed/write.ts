// Writes the seed records idempotently. The content hash of the fact base and annotations is kept
// in DataVersion: an unchanged fact base writes nothing; a changed one is upserted by stable ids in
// one transaction (rows that disappeared are removed), so references to ids survive a re-seed.
import type { DbClient } from "@corridor/db";
import type { Citation, SeedRecords } from "./build-records.ts";

type Tx = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

const cite = <K extends string>(key: K, ownerId: string, citations: readonly Citation[]) =>
  citations.map((c) => ({ [key]: ownerId, sourceId: c.sourceId, role: c.role }) as Record<K, string> & { sourceId: string; role: string });

/** Parents before children, so the parent foreign key always points at an existing row. */
function parentsFirst<T extends { row: { id: string; parentId: string | null } }>(items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.row.id, item]));
  const ordered: T[] = [];
  const done = new Set<string>();
  const visit = (item: T, path: Set<string>) => {
    if (done.has(item.row.id) || path.has(item.row.id)) return;
    path.add(item.row.id);
    const parent = item.row.parentId === null ? undefined : byId.get(item.row.parentId);
    if (parent) visit(parent, path);
    done.add(item.row.id);
    ordered.push(item);
  };
  for (const item of items) visit(item, new Set());
  return ordered;
}

async function writeAll(tx: Tx, records: SeedRecords): Promise<void> {
  for (const source of records.sources) {
    await tx.source.upsert({ where: { id: source.id }, create: source, update: source });
  }
  for (const rate of records.fxRates) {
    await tx.fxRate.upsert({ where: { id: rate.id }, create: rate, update: rate });
  }
  for (const { row, citations } of records.chokepoints) {
    await tx.chokepoint.upsert({ where: { id: row.id }, create: row, update: row });
    await tx.chokepointSource.deleteMany({ where: { chokepointId: row.id } });
    await tx.chokepointSource.createMany({ data: cite("chokepointId", row.id, citations) });
  }
  for (const corridor of records.corridors) {
    const { row } = corridor;
    await tx.corridor.upsert({ where: { id: row.id }, create: row, update: row });
    await tx.corridorWaypoint.deleteMany({ where: { corridorId: row.id } });
    await tx.corridorWaypoint.createMany({ data: corridor.waypoints });
    await tx.corridorFact.deleteMany({ where: { corridorId: row.id } });
    for (const fact of corridor.facts) {
      await tx.corridorFact.create({ data: fact.row });
      await tx.corridorFactSource.createMany({ data: fact.citations.map((c) => ({ factId: fact.row.id, sourceId: c.sourceId })) });
    }
    await tx.corridorSource.deleteMany({ where: { corridorId: row.id } });
    await tx.corridorSource.createMany({ data: cite("corridorId", row.id, corridor.citations) });
    await tx.corridorChokepoint.deleteMany({ where: { corridorId: row.id } });
    await tx.corridorChokepoint.createMany({ data: corridor.chokepointIds.map((chokepointId) => ({ corridorId: row.id, chokepointId })) });
  }
  for (const { row, citations } of parentsFirst(records.investments)) {
    await tx.investment.upsert({ where: { id: row.id }, create: row, update: row });
    await tx.investmentSource.deleteMany({ where: { investmentId: row.id } });
    await tx.investmentSource.createMany({ data: cite("investmentId", row.id, citations) });
  }
  for (const { row, citations } of records.events) {
    await tx.relationsEvent.upsert({ where: { id: row.id }, create: row, update: row });
    await tx.eventSource.deleteMany({ where: { eventId: row.id } });
    await tx.eventSource.createMany({ data: cite("eventId", row.id, citations) });
  }
  for (const series of records.series) {
    await tx.indicatorSeries.upsert({ where: { id: series.row.id }, create: series.row, update: series.row });
    await tx.observation.deleteMany({ where: { seriesId: series.row.id } });
    await tx.observation.createMany({ data: series.observations.map((o) => o.row) });
    await tx.observationSource.createMany({ data: series.observations.flatMap((o) => cite("observationId", o.row.id, o.citations)) });
  }
  for (const { row, citations } of records.pointFacts) {
    await tx.pointFact.upsert({ where: { id: row.id }, create: row, update: row });
    await tx.pointFactSource.deleteMany({ where: { pointFactId: row.id } });
    await tx.pointFactSource.createMany({ data: cite("pointFactId", row.id, citations) });
  }
  for (const row of records.assumptions) {
    await tx.assumptionDefinition.upsert({ where: { id: row.id }, create: row, update: row });
  }
  for (const row of records.flags) {
    await tx.dataQualityFlag.upsert({ where: { id: row.id }, create: row, update: row });
  }

  // Remove what the fact base no longer holds, dependants first.
  const ids = <T extends { id: string }>(rows: readonly T[]) => rows.map((r) => r.id);
  await tx.dataQualityFlag.deleteMany({ where: { id: { notIn: ids(records.flags) } } });
  await tx.assumptionDefinition.deleteMany({ where: { id: { notIn: ids(records.assumptions) } } });
  await tx.pointFact.deleteMany({ where: { id: { notIn: records.pointFacts.map((p) => p.row.id) } } });
  await tx.indicatorSeries.deleteMany({ where: { id: { notIn: records.series.map((s) => s.row.id) } } });
  await tx.relationsEvent.deleteMany({ where: { id: { notIn: records.events.map((e) => e.row.id) } } });
  await tx.investment.deleteMany({ where: { id: { notIn: records.investments.map((i) => i.row.id) } } });
  await tx.corridor.deleteMany({ where: { id: { notIn: records.corridors.map((c) => c.row.id) } } });
  await tx.chokepoint.deleteMany({ where: { id: { notIn: records.chokepoints.map((c) => c.row.id) } } });
  await tx.fxRate.deleteMany({ where: { id: { notIn: ids(records.fxRates) } } });
  await tx.source.deleteMany({ where: { id: { notIn: ids(records.sources) } } });
}

export interface SeedResult {
  changed: boolean;
  hash: string;
}

export async function writeSeed(db: DbClient, records: SeedRecords, hash: string): Promise<SeedResult> {
  const current = await db.dataVersion.findUnique({ where: { id: 1 } });
  if (current?.hash === hash) return { changed: false, hash };
  await db.$transaction(
    async (tx) => {
      await writeAll(tx, records);
      const version = { hash, seededAt: new Date() };
      await tx.dataVersion.upsert({ where: { id: 1 }, create: { id: 1, ...version }, update: version });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { changed: true, hash };
}
