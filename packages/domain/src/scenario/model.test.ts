import { describe, expect, it } from "vitest";
import { defaultValues, resolveAssumptions, type AssumptionDefinition } from "./assumptions.ts";
import type { ScenarioBase } from "./base.ts";
import { RISK_WEIGHTS, compareScenario, runScenario } from "./model.ts";

const fig = (value: number, itemId: string, sourceIds: string[] = [`S-${itemId}`]) => ({ value, itemId, sourceIds });
// Shaped like the fact base's figures (INV-01, INV-03, INV-04, IND-01/02/03/05 …).
const base: ScenarioBase = {
  euPledgeEur: fig(10e9, "INV-01"),
  eibMouEur: fig(1.47e9, "INV-03"),
  ebrdMouEur: fig(1.5e9, "INV-04"),
  usDocumentedEur: fig(46.9e6, "INV-05a+b"),
  cofinancedProjectEur: fig(49.7e6, "INV-06"),
  usdPerEur: fig(1.0813, "FX"),
  mcVolumeMt: fig(4.5, "IND-01/4"),
  mcCapacityMt: fig(6, "IND-03/2"),
  mcContainersTeu: fig(56_500, "IND-02/4"),
  mcContainerCapacityTeu: fig(100_000, "COR-01/fact-1"),
  northernTransitTeu: fig(211_100, "IND-05/5"),
  baseYear: 2024,
};

const definitions: AssumptionDefinition[] = [
  ["p_us_china_escalation", 0, 0.6, 0.05, 0.15],
  ["malacca_disruption", 0, 100, 5, 0],
  ["gulf_disruption", 0, 80, 5, 10],
  ["eu_pledge_realisation", 10, 100, 5, 40],
  ["mou_conversion", 0, 100, 5, 50],
  ["mc_capacity_growth", 0, 30, 1, 11],
  ["mc_volume_growth", -20, 60, 1, 15],
  ["northern_route_diversion", 0, 50, 1, 10],
  ["eu_sanctions_severity_ca", 0, 3, 1, 1],
  ["us_ca_transport_funding", 0, 100, 5, 0],
  ["china_eu_cofinancing_projects", 0, 10, 1, 0],
  ["eu_china_relations", -1, 1, 0.1, 0.2],
  ["russia_influence_ca", -1, 1, 0.1, 0.2],
].map(([key, min, max, step, def]) => ({ key: key as string, min: min as number, max: max as number, step: step as number, default: def as number }));
const defaults = defaultValues(definitions);

describe("resolveAssumptions", () => {
  it("keeps defaults for values out of range, of the wrong type or for unknown keys, and says why", () => {
    const { values, rejected } = resolveAssumptions(definitions, { mou_conversion: 80, eu_pledge_realisation: 5, gulf_disruption: "30", nonsense: 1 });
    expect(values.mou_conversion).toBe(80);
    expect(values.eu_pledge_realisation).toBe(40);
    expect(values.gulf_disruption).toBe(10);
    expect(rejected).toEqual([
      { key: "eu_pledge_realisation", reason: "out-of-range" },
      { key: "gulf_disruption", reason: "not-a-number" },
      { key: "nonsense", reason: "unknown-key" },
    ]);
    expect(resolveAssumptions(definitions, { eu_china_relations: 1.0000000001 }).rejected).toEqual([]);
  });
});

describe("runScenario", () => {
  it("realises the EU pledge without adding the MoUs on top of it", () => {
    const run = runScenario(base, defaults);
    const byActor = Object.fromEntries(run.investment.byActor.map((a) => [a.actor, a.realisedEur]));
    // 40 % of EUR 10 bn = 4 bn, of which 50 % of the MoUs (0.735 + 0.75 bn) are EIB/EBRD.
    expect(byActor.EIB).toBeCloseTo(0.735e9, 0);
    expect(byActor.EBRD).toBeCloseTo(0.75e9, 0);
    expect(byActor["EU (Team Europe, other)"]).toBeCloseTo(4e9 - 0.735e9 - 0.75e9, 0);
    expect((byActor["EU (Team Europe, other)"] ?? 0) + (byActor.EIB ?? 0) + (byActor.EBRD ?? 0)).toBeCloseTo(4e9, 0);
    expect(run.investment.notes).toEqual([]);
  });

  it("uses the MoU figure when conversion outruns pledge realisation, and says so", () => {
    const run = runScenario(base, { ...defaults, eu_pledge_realisation: 10, mou_conversion: 100 });
    const euSide = run.investment.byActor.filter((a) => a.actor !== "US" && a.actor !== "China–EU co-financing").reduce((s, a) => s + a.realisedEur, 0);
    expect(euSide).toBeCloseTo(2.97e9, 0);
    expect(run.investment.notes).toHaveLength(1);
  });

  it("converts new US funding from USD per year over the years after the base year", () => {
    const run = runScenario(base, { ...defaults, us_ca_transport_funding: 50 });
    const us = run.investment.byActor.find((a) => a.actor === "US");
    expect(us?.realisedEur).toBeCloseTo(46.9e6 + (50e6 * 6) / 1.0813, 0);
    expect(us?.sourceIds).toEqual(["S-FX", "S-INV-05a+b"]);
  });

  it("projects corridor volume against capacity and finds the first year demand exceeds it", () => {
    const run = runScenario(base, defaults);
    const y2030 = run.corridor.years.at(-1);
    expect(y2030?.year).toBe(2030);
    expect(y2030?.capacityMt).toBeCloseTo(6 * 1.11 ** 6, 6);
    expect(y2030?.volumeMt).toBeCloseTo(4.5 * 1.15 ** 6, 6);
    expect(y2030?.divertedTeu).toBeCloseTo(21_110, 6);
    expect(run.corridor.years[0]?.divertedTeu).toBe(0);
    const fast = runScenario(base, { ...defaults, mc_volume_growth: 60, mc_capacity_growth: 0 });
    expect(fast.corridor.firstYearOverCapacity).toBe(2025);
    const slow = runScenario(base, { ...defaults, mc_volume_growth: -20, northern_route_diversion: 0 });
    expect(slow.corridor.firstYearOverCapacity).toBeNull();
    expect(slow.routes.unservedTeu).toBe(0);
  });

  it("scores transit risk from weighted components that move the right way", () => {
    const calm = runScenario(base, { ...defaults, p_us_china_escalation: 0, eu_sanctions_severity_ca: 0, russia_influence_ca: -1, eu_china_relations: 1, gulf_disruption: 0, mc_volume_growth: -20, northern_route_diversion: 0 });
    const stormy = runScenario(base, { ...defaults, p_us_china_escalation: 0.6, eu_sanctions_severity_ca: 3, russia_influence_ca: 1, eu_china_relations: -1, malacca_disruption: 100, gulf_disruption: 80, mc_volume_growth: 60, mc_capacity_growth: 0 });
    expect(calm.risk.score).toBeCloseTo(0, 6);
    expect(stormy.risk.score).toBeCloseTo(100, 6);
    const baseline = runScenario(base, defaults).risk.score;
    expect(baseline).toBeGreaterThan(calm.risk.score);
    expect(baseline).toBeLessThan(stormy.risk.score);
    expect(Object.values(RISK_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Co-financing eases EU–China tension.
    const withProjects = runScenario(base, { ...defaults, china_eu_cofinancing_projects: 10 });
    expect(withProjects.risk.score).toBeLessThan(baseline);
  });

  it("puts the scenario beside the baseline", () => {
    const { baseline, scenario } = compareScenario(base, defaults, { ...defaults, gulf_disruption: 30 });
    expect(scenario.risk.score).toBeGreaterThan(baseline.risk.score);
    expect(scenario.investment.totalEur).toBe(baseline.investment.totalEur);
  });

  it("refuses to run with an assumption missing", () => {
    const { mou_conversion: _dropped, ...partial } = defaults;
    expect(() => runScenario(base, partial)).toThrow(/mou_conversion/);
  });
});
