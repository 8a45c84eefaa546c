// The scenario model: derived indicators from the assumptions and the sourced base figures.
// Formulas and the seed passages behind them: docs/scenario-model.md. Pure and deterministic, so
// every client recomputes the same figures the moment an assumption changes.
import type { AssumptionValues } from "./assumptions.ts";
import type { ScenarioBase, SourcedFigure } from "./base.ts";

export const SCENARIO_HORIZON = 2030;

export interface ActorRealisation {
  actor: "EU (Team Europe, other)" | "EIB" | "EBRD" | "US" | "China–EU co-financing";
  /** EUR realised (disbursed or signed) by the horizon year. */
  realisedEur: number;
  inputs: string[];
  sourceIds: string[];
}

export interface CorridorYear {
  year: number;
  volumeMt: number;
  capacityMt: number;
  /** Cargo the corridor can carry: volume capped by capacity. */
  servedMt: number;
  containersTeu: number;
  divertedTeu: number;
  containerCapacityTeu: number;
  /** Container demand over container capacity (above 1: demand the corridor cannot carry). */
  utilisation: number;
}

export interface RiskComponent {
  key: "escalation" | "sanctions" | "russia" | "euChinaTension" | "capacityStress" | "seaDisruption";
  label: string;
  weight: number;
  /** 0 (no pressure) to 1 (most pressure). */
  value: number;
  inputs: string[];
}

export interface ScenarioRun {
  horizon: number;
  investment: { byActor: ActorRealisation[]; totalEur: number; byYear: { year: number; eur: number }[]; notes: string[] };
  corridor: { years: CorridorYear[]; firstYearOverCapacity: number | null; sourceIds: string[] };
  routes: { northernTransitTeu: number; divertedTeu: number; unservedTeu: number; sourceIds: string[] };
  risk: { score: number; components: RiskComponent[] };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const sources = (...figures: SourcedFigure[]) => [...new Set(figures.flatMap((f) => f.sourceIds))].sort();
const read = (values: AssumptionValues, key: string) => {
  const value = values[key];
  if (value === undefined) throw new Error(`Scenario assumption "${key}" is missing`);
  return value;
};

export const RISK_WEIGHTS: Record<RiskComponent["key"], number> = {
  escalation: 0.25,
  capacityStress: 0.2,
  sanctions: 0.15,
  russia: 0.15,
  euChinaTension: 0.15,
  seaDisruption: 0.1,
};

export function runScenario(base: ScenarioBase, values: AssumptionValues, horizon: number = SCENARIO_HORIZON): ScenarioRun {
  const years = Array.from({ length: horizon - base.baseYear + 1 }, (_, i) => base.baseYear + i);
  const futureYears = years.length - 1;

  // --- Realised investment by actor (no double counting: the MoUs sit inside the EU pledge). ---
  const pledgeShare = read(values, "eu_pledge_realisation") / 100;
  const mouShare = read(values, "mou_conversion") / 100;
  const euRealised = base.euPledgeEur.value * pledgeShare;
  const eib = base.eibMouEur.value * mouShare;
  const ebrd = base.ebrdMouEur.value * mouShare;
  const notes: string[] = [];
  if (eib + ebrd > euRealised) {
    notes.push("The MoU conversion implies more money than the pledge realisation share: the EU-side total uses the MoU figure.");
  }
  const euOther = Math.max(0, euRealised - eib - ebrd);
  const usNewEur = (read(values, "us_ca_transport_funding") * 1e6 * futureYears) / base.usdPerEur.value;
  const cofinanced = read(values, "china_eu_cofinancing_projects") * base.cofinancedProjectEur.value * futureYears;
  const byActor: ActorRealisation[] = [
    { actor: "EU (Team Europe, other)", realisedEur: euOther, inputs: ["eu_pledge_realisation", "mou_conversion"], sourceIds: sources(base.euPledgeEur, base.eibMouEur, base.ebrdMouEur) },
    { actor: "EIB", realisedEur: eib, inputs: ["mou_conversion"], sourceIds: sources(base.eibMouEur) },
    { actor: "EBRD", realisedEur: ebrd, inputs: ["mou_conversion"], sourceIds: sources(base.ebrdMouEur) },
    { actor: "US", realisedEur: base.usDocumentedEur.value + usNewEur, inputs: ["us_ca_transport_funding"], sourceIds: sources(base.usDocumentedEur, base.usdPerEur) },
    { actor: "China–EU co-financing", realisedEur: cofinanced, inputs: ["china_eu_cofinancing_projects"], sourceIds: sources(base.cofinancedProjectEur) },
  ];
  const totalEur = byActor.reduce((sum, a) => sum + a.realisedEur, 0);
  // The EU side is spread evenly over the years to the horizon; new US money and co-financing start the year after the base year.
  const euSide = euOther + eib + ebrd;
  const byYear = years.map((year) => ({
    year,
    eur: euSide / years.length + (year > base.baseYear ? (usNewEur + cofinanced) / Math.max(1, futureYears) : base.usDocumentedEur.value),
  }));

  // --- Middle Corridor volume against capacity. ---
  const capacityGrowth = read(values, "mc_capacity_growth") / 100;
  const volumeGrowth = read(values, "mc_volume_growth") / 100;
  const diversion = read(values, "northern_route_diversion") / 100;
  const corridorYears: CorridorYear[] = years.map((year) => {
    const t = year - base.baseYear;
    const capacityMt = base.mcCapacityMt.value * (1 + capacityGrowth) ** t;
    const volumeMt = base.mcVolumeMt.value * (1 + volumeGrowth) ** t;
    // Diversion from the route through Russia ramps up linearly to its full share at the horizon.
    const divertedTeu = futureYears === 0 ? 0 : base.northernTransitTeu.value * diversion * (t / futureYears);
    const containersTeu = base.mcContainersTeu.value * (1 + volumeGrowth) ** t + divertedTeu;
    const containerCapacityTeu = base.mcContainerCapacityTeu.value * (1 + capacityGrowth) ** t;
    return {
      year,
      volumeMt,
      capacityMt,
      servedMt: Math.min(volumeMt, capacityMt),
      containersTeu,
      divertedTeu,
      containerCapacityTeu,
      utilisation: containersTeu / containerCapacityTeu,
    };
  });
  const last = corridorYears[corridorYears.length - 1];
  if (!last) throw new Error("The scenario horizon precedes the base year");
  const firstOver = corridorYears.find((y) => y.utilisation > 1 || y.volumeMt > y.capacityMt)?.year ?? null;
  const corridorSources = sources(base.mcVolumeMt, base.mcCapacityMt, base.mcContainersTeu, base.mcContainerCapacityTeu, base.northernTransitTeu);

  // --- Transit-risk index for Kazakhstan (0–100; an index, not a probability). ---
  const unweighted: Omit<RiskComponent, "weight">[] = [
    { key: "escalation", label: "US–China escalation", value: clamp01(read(values, "p_us_china_escalation") / 0.6), inputs: ["p_us_china_escalation"] },
    { key: "capacityStress", label: "Middle Corridor capacity stress", value: clamp01((last.utilisation - 0.8) / 0.4), inputs: ["mc_volume_growth", "mc_capacity_growth", "northern_route_diversion"] },
    { key: "sanctions", label: "EU anti-circumvention sanctions", value: clamp01(read(values, "eu_sanctions_severity_ca") / 3), inputs: ["eu_sanctions_severity_ca"] },
    { key: "russia", label: "Russia's economic presence", value: clamp01((read(values, "russia_influence_ca") + 1) / 2), inputs: ["russia_influence_ca"] },
    {
      key: "euChinaTension",
      label: "EU–China tension",
      // Co-financed projects are the seed's remedy: each a year takes a twentieth off, at most a half.
      value: clamp01(((1 - read(values, "eu_china_relations")) / 2) * (1 - Math.min(10, read(values, "china_eu_cofinancing_projects")) / 20)),
      inputs: ["eu_china_relations", "china_eu_cofinancing_projects"],
    },
    { key: "seaDisruption", label: "Sea-lane disruption (Malacca, Gulf)", value: clamp01((read(values, "malacca_disruption") / 100 + read(values, "gulf_disruption") / 80) / 2), inputs: ["malacca_disruption", "gulf_disruption"] },
  ];
  const components: RiskComponent[] = unweighted.map((c) => ({ ...c, weight: RISK_WEIGHTS[c.key] }));
  const score = 100 * components.reduce((sum, c) => sum + c.weight * c.value, 0);

  return {
    horizon,
    investment: { byActor, totalEur, byYear, notes },
    corridor: { years: corridorYears, firstYearOverCapacity: firstOver, sourceIds: corridorSources },
    routes: {
      northernTransitTeu: base.northernTransitTeu.value,
      divertedTeu: last.divertedTeu,
      unservedTeu: Math.max(0, last.containersTeu - last.containerCapacityTeu),
      sourceIds: sources(base.northernTransitTeu, base.mcContainerCapacityTeu),
    },
    risk: { score, components },
  };
}

/** A scenario run beside the baseline (every assumption at its default), as the board shows them. */
export function compareScenario(base: ScenarioBase, baselineValues: AssumptionValues, scenarioValues: AssumptionValues, horizon?: number) {
  return { baseline: runScenario(base, baselineValues, horizon), scenario: runScenario(base, scenarioValues, horizon) };
}
