// The scenario model's base figures, taken from the fact base by item id (see
// docs/scenario-model.md), and the model run against the baseline.
import { compareScenario, defaultValues, resolveAssumptions, type ScenarioBase, type SourcedFigure } from "@corridor/domain";
import { AppError } from "../errors/app-error.ts";
import type { FactSnapshot, InvestmentDto } from "../facts/dto.ts";

function investment(snapshot: FactSnapshot, id: string): InvestmentDto {
  const item = snapshot.investments.find((i) => i.id === id);
  if (!item) throw new AppError("INTERNAL", `The scenario base needs investment ${id}, which the fact base lacks`);
  return item;
}

const withFx = (inv: InvestmentDto) => (inv.fx ? [...inv.sourceIds, inv.fx.sourceId] : inv.sourceIds);

function invFigure(snapshot: FactSnapshot, ...ids: string[]): SourcedFigure {
  const items = ids.map((id) => investment(snapshot, id));
  return { value: items.reduce((sum, i) => sum + i.amountEur, 0), itemId: ids.join("+"), sourceIds: [...new Set(items.flatMap(withFx))].sort() };
}

function observation(snapshot: FactSnapshot, seriesKey: string, period: string): SourcedFigure {
  const series = snapshot.series.find((s) => s.key === seriesKey);
  const obs = series?.observations.find((o) => o.period === period && o.metric === null);
  if (!obs) throw new AppError("INTERNAL", `The scenario base needs ${seriesKey} for ${period}, which the fact base lacks`);
  return { value: obs.value, itemId: obs.id, sourceIds: obs.sourceIds };
}

/** The container capacity is stated in a corridor key fact's text ("… incl. about 100,000 TEU (2024)"). */
function containerCapacity(snapshot: FactSnapshot): SourcedFigure {
  const fact = snapshot.corridors.find((c) => c.id === "COR-01")?.facts.find((f) => /([\d,]+)\s*TEU/.test(f.fact) && /capacity/i.test(f.fact));
  const match = fact ? /([\d,]+)\s*TEU/.exec(fact.fact) : null;
  if (!fact || !match?.[1]) throw new AppError("INTERNAL", "The scenario base needs the Middle Corridor container capacity key fact");
  return { value: Number(match[1].replace(/,/g, "")), itemId: fact.id, sourceIds: fact.sourceIds };
}

export function scenarioBase(snapshot: FactSnapshot): ScenarioBase {
  const ericen2023 = investment(snapshot, "INV-05b");
  if (!ericen2023.fx) throw new AppError("INTERNAL", "The scenario base needs the USD rate used for INV-05b");
  return {
    euPledgeEur: invFigure(snapshot, "INV-01"),
    eibMouEur: invFigure(snapshot, "INV-03"),
    ebrdMouEur: invFigure(snapshot, "INV-04"),
    usDocumentedEur: invFigure(snapshot, "INV-05a", "INV-05b"),
    cofinancedProjectEur: invFigure(snapshot, "INV-06"),
    usdPerEur: { value: ericen2023.fx.perEur, itemId: ericen2023.fx.rateId, sourceIds: [ericen2023.fx.sourceId] },
    mcVolumeMt: observation(snapshot, "titr_cargo_volume", "2024"),
    mcCapacityMt: observation(snapshot, "titr_capacity_targets", "2024"),
    mcContainersTeu: observation(snapshot, "titr_container_volume", "2024"),
    mcContainerCapacityTeu: containerCapacity(snapshot),
    northernTransitTeu: observation(snapshot, "eurasian_1520_transit_teu", "2023"),
    baseYear: 2024,
  };
}

export function computeScenario(options: { snapshot: FactSnapshot; values: Record<string, unknown> }) {
  const definitions = options.snapshot.assumptions;
  const resolved = resolveAssumptions(definitions, options.values);
  const base = scenarioBase(options.snapshot);
  const { baseline, scenario } = compareScenario(base, defaultValues(definitions), resolved.values);
  return { base, values: resolved.values, rejected: resolved.rejected, baseline, scenario, dataVersion: options.snapshot.version.hash };
}
