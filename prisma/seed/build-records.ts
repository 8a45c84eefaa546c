// Turns the fact base and the product annotations into the rows of every table. Pure: no database,
// so the mapping rules (citations, EUR normalisation, date spans, lanes) are unit-tested directly.
import { periodSpan, toEur } from "@corridor/domain";
import type { Annotations, FactBase } from "./fact-base.ts";

type InSeedValue = boolean | "implied";
const inSeedText = (value: InSeedValue) => String(value);
const seedSourceId = (n: number) => `SEED-${String(n).padStart(2, "0")}`;
const json = (value: unknown) => JSON.stringify(value);

export interface Citation {
  sourceId: string;
  role: "primary" | "also" | "seed";
}

export class SeedDataError extends Error {
  override name = "SeedDataError";
}

/**
 * The citations of an item: its external sources, then the seed note's bibliography entries it
 * rests on; an item stated in or implied by the seed with no bibliography entry cites the seed note.
 */
export function citationsFor(item: { sources?: readonly string[]; seed_ref: readonly number[]; in_seed: InSeedValue }): Citation[] {
  const citations: Citation[] = (item.sources ?? []).map((sourceId) => ({ sourceId, role: "primary" }));
  for (const n of item.seed_ref) citations.push({ sourceId: seedSourceId(n), role: "seed" });
  if (item.seed_ref.length === 0 && item.in_seed !== false) citations.push({ sourceId: "SEED", role: "seed" });
  return dedupe(citations);
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => (seen.has(c.sourceId) ? false : (seen.add(c.sourceId), true)));
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new SeedDataError(`Missing ${what}`);
  return value;
}

export function buildRecords(facts: FactBase, annotations: Annotations) {
  const sources = [
    {
      id: annotations.seedDocument.id,
      kind: annotations.seedDocument.kind,
      publisher: annotations.seedDocument.publisher,
      title: annotations.seedDocument.title,
      url: null,
      year: annotations.seedDocument.year,
      originalSource: null,
      seedRef: null,
      accessed: null,
      note: annotations.seedDocument.note,
      identificationConfidence: null,
      origin: "seed",
    },
    ...facts.seed_sources.map((s) => ({
      id: seedSourceId(s.n),
      kind: required(annotations.seedSourceKinds[String(s.n)], `kind of seed reference [${s.n}]`),
      publisher: s.identified_as ?? `Not identified (seed reference [${s.n}])`,
      title: s.title,
      url: null,
      year: null,
      originalSource: null,
      seedRef: s.n,
      accessed: s.accessed ?? null,
      note: s.note ?? null,
      identificationConfidence: s.identification_confidence ?? null,
      origin: "seed",
    })),
    ...facts.external_sources.map((s) => ({
      id: s.id,
      kind: required(annotations.sourceKinds[s.id], `kind of source ${s.id}`),
      publisher: s.publisher,
      title: s.title,
      url: s.url ?? null,
      year: s.year ?? null,
      originalSource: s.original_source ?? null,
      seedRef: null,
      accessed: null,
      note: null,
      identificationConfidence: null,
      origin: "external",
    })),
    {
      id: annotations.fxSource.id,
      kind: annotations.fxSource.kind,
      publisher: annotations.fxSource.publisher,
      title: annotations.fxSource.title,
      url: annotations.fxSource.url ?? null,
      year: annotations.fxSource.year,
      originalSource: null,
      seedRef: null,
      accessed: null,
      note: annotations.fxSource.note,
      identificationConfidence: null,
      origin: "product",
    },
  ];
  const sourceIds = new Set(sources.map((s) => s.id));
  const checkCitations = (owner: string, citations: readonly Citation[]) => {
    if (citations.length === 0) throw new SeedDataError(`${owner} cites no source`);
    for (const c of citations) if (!sourceIds.has(c.sourceId)) throw new SeedDataError(`${owner} cites unknown source ${c.sourceId}`);
    return citations;
  };

  const fxRates = annotations.fxRates.map((r) => ({
    id: `${r.currency}-${r.year}`,
    currency: r.currency,
    year: r.year,
    perEur: r.perEur,
    sourceId: annotations.fxSource.id,
    note: null,
  }));

  const investments = facts.investments.map((inv) => {
    const span = periodSpan(inv.date);
    if (!span) throw new SeedDataError(`Investment ${inv.id} has an unreadable date "${inv.date}"`);
    const year = Number(inv.date.slice(0, 4));
    const rate = inv.currency === "EUR" ? null : (fxRates.find((r) => r.currency === inv.currency && r.year === year) ?? null);
    if (inv.currency !== "EUR" && !rate) throw new SeedDataError(`No ${inv.currency} rate for ${year} (investment ${inv.id})`);
    return {
      row: {
        id: inv.id,
        actor: inv.actor,
        actorGroup: required(annotations.investmentActorGroups[inv.id], `actor group of ${inv.id}`),
        counterpart: inv.counterpart,
        amount: inv.amount,
        currency: inv.currency,
        amountDisplay: inv.amount_display,
        amountEur: toEur(inv.amount, inv.currency, rate),
        fxRateId: rate?.id ?? null,
        date: inv.date,
        datePrecision: inv.date_precision,
        dateStart: span.start,
        dateEnd: span.end,
        dateSource: inv.date_source,
        status: inv.status,
        statusDetail: inv.status_detail,
        sector: inv.sector,
        sectorGroup: required(annotations.investmentSectorGroups[inv.id], `sector group of ${inv.id}`),
        countryText: inv.country,
        countries: json(inv.country.split(";").map((c) => c.trim()).filter(Boolean)),
        seedRefs: json(inv.seed_ref),
        inSeed: inSeedText(inv.in_seed),
        parentId: inv.parent_id,
        confidence: inv.confidence,
        note: inv.note ?? null,
      },
      citations: checkCitations(`Investment ${inv.id}`, citationsFor(inv)),
    };
  });
  const investmentIds = new Set(investments.map((i) => i.row.id));
  for (const { row } of investments) {
    if (row.parentId !== null && !investmentIds.has(row.parentId)) throw new SeedDataError(`Investment ${row.id} has unknown parent ${row.parentId}`);
  }

  const events = facts.events.map((ev) => {
    const span = ev.date === null ? null : periodSpan(ev.date);
    const endSpan = ev.date_end === null ? null : periodSpan(ev.date_end);
    if (ev.date !== null && !span) throw new SeedDataError(`Event ${ev.id} has an unreadable date "${ev.date}"`);
    const lanes = [...new Set(ev.actors.map((actor) => annotations.eventActorLanes[actor] ?? "Other"))];
    return {
      row: {
        id: ev.id,
        date: ev.date,
        dateEnd: ev.date_end,
        datePrecision: ev.date_precision,
        dateStart: span?.start ?? null,
        dateLast: endSpan?.end ?? span?.end ?? null,
        dateSource: ev.date_source,
        actors: json(ev.actors),
        actorLanes: json(lanes),
        type: ev.type,
        title: ev.title,
        summary: ev.summary,
        location: ev.location,
        lon: ev.location_lonlat?.[0] ?? null,
        lat: ev.location_lonlat?.[1] ?? null,
        seedRefs: json(ev.seed_ref),
        inSeed: inSeedText(ev.in_seed),
        postSeed: ev.post_seed,
        confidence: ev.confidence,
        details: ev.details,
        seedDateText: ev.seed_date_text,
      },
      citations: checkCitations(`Event ${ev.id}`, citationsFor(ev)),
    };
  });

  const chokepoints = facts.chokepoints_risks.map((c) => ({
    row: {
      id: c.id,
      name: c.name,
      type: c.type,
      lon: c.lonlat?.[0] ?? null,
      lat: c.lonlat?.[1] ?? null,
      nodes: c.nodes ? json(c.nodes) : null,
      coordConfidence: c.coord_confidence,
      inSeed: inSeedText(c.in_seed),
      seedRefs: json(c.seed_ref),
      risk: c.risk,
    },
    // Chokepoints carry no external sources in the fact base; seed-stated ones cite the seed.
    citations: citationsFor({ seed_ref: c.seed_ref, in_seed: c.in_seed }).filter((cit) => sourceIds.has(cit.sourceId)),
  }));
  const chokepointIds = new Set(chokepoints.map((c) => c.row.id));

  const corridors = facts.corridors.map((cor, index) => {
    const facts_ = cor.key_facts.map((fact, i) => ({
      row: { id: `${cor.id}/fact-${i + 1}`, corridorId: cor.id, order: i + 1, fact: fact.fact, confidence: fact.confidence },
      // A fact without sources must be a pointer without a confidence of its own (checked).
      citations:
        fact.sources.length === 0 && fact.confidence === null
          ? []
          : checkCitations(`Fact ${i + 1} of ${cor.id}`, fact.sources.map((sourceId) => ({ sourceId, role: "primary" as const }))),
    }));
    const waypointRows = [
      ...cor.waypoints.map((w) => ({ w, branch: null as string | null, branchNote: null as string | null })),
      ...cor.branches.flatMap((b) => b.waypoints.map((w) => ({ w, branch: b.name, branchNote: b.note ?? null }))),
    ].map(({ w, branch, branchNote }) => ({
      id: `${cor.id}/${branch ?? "main"}/${w.order}`,
      corridorId: cor.id,
      branch,
      branchNote,
      order: w.order,
      name: w.name,
      role: w.role,
      country: w.country,
      lon: w.lonlat[0],
      lat: w.lonlat[1],
      coordConfidence: w.coord_confidence,
      namedInSeed: w.named_in_seed,
      note: w.note ?? null,
    }));
    for (const id of cor.chokepoints) if (!chokepointIds.has(id)) throw new SeedDataError(`${cor.id} names unknown chokepoint ${id}`);
    // A corridor cites what its key facts cite plus its seed basis.
    const citations = dedupe([
      ...facts_.flatMap((f) => f.citations),
      ...citationsFor({ seed_ref: cor.seed_ref, in_seed: cor.in_seed }),
    ]);
    return {
      row: {
        id: cor.id,
        name: cor.name,
        aliases: json(cor.aliases),
        description: cor.description,
        modes: json(cor.modes),
        inSeed: inSeedText(cor.in_seed),
        seedRefs: json(cor.seed_ref),
        seedBasis: cor.seed_basis ?? null,
        sortOrder: index,
      },
      citations: checkCitations(`Corridor ${cor.id}`, citations),
      waypoints: waypointRows,
      facts: facts_,
      chokepointIds: cor.chokepoints,
    };
  });

  const series = facts.indicators.map((ind, index) => {
    const conflict = annotations.seriesConflictingMetrics[ind.id];
    const conflictingMetrics = typeof conflict === "object" ? conflict.metrics : [];
    return {
      row: {
        id: ind.id,
        key: ind.key,
        name: ind.name,
        unit: ind.unit,
        scope: ind.scope,
        seedLinks: json(ind.seed_link),
        notes: ind.notes || null,
        conflictingMetrics: json(conflictingMetrics),
        sortOrder: index,
      },
      observations: ind.series.map((o, i) => {
        const span = periodSpan(o.period);
        const citations: Citation[] = dedupe([
          { sourceId: o.source_id, role: "primary" },
          ...(o.also_source_ids ?? []).map((sourceId) => ({ sourceId, role: "also" as const })),
        ]);
        return {
          row: {
            id: `${ind.id}/${i + 1}`,
            seriesId: ind.id,
            position: i + 1,
            period: o.period,
            periodStart: span?.start ?? null,
            periodEnd: span?.end ?? null,
            metric: o.metric ?? null,
            value: o.value,
            valueType: o.value_type,
            confidence: o.confidence,
            note: o.note ?? null,
          },
          citations: checkCitations(`Observation ${i + 1} of ${ind.id}`, citations),
        };
      }),
    };
  });

  const pointFacts = facts.point_facts.map((p) => ({
    row: { id: p.id, fact: p.fact, value: p.value, unit: p.unit, confidence: p.confidence, note: p.note ?? null },
    citations: checkCitations(`Point fact ${p.id}`, [{ sourceId: p.source_id, role: "primary" }]),
  }));

  const assumptions = facts.scenario_assumptions.map((a, index) => ({
    id: a.id,
    key: a.key,
    name: a.name,
    unit: a.unit,
    min: a.min,
    max: a.max,
    step: a.step,
    default: a.default,
    rationale: a.rationale,
    seedRefs: json(a.seed_ref),
    anchors: json(a.anchors),
    sortOrder: index,
  }));

  const flags = facts.data_quality_flags.map((f) => ({ id: f.id, item: f.item, issue: f.issue, refs: json(f.refs) }));

  return { sources, fxRates, investments, events, chokepoints, corridors, series, pointFacts, assumptions, flags };
}

export type SeedRecords = ReturnType<typeof buildRecords>;
