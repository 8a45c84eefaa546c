export { defaultValues, resolveAssumptions, validateAssumption, type AssumptionDefinition, type AssumptionValues, type ResolvedAssumptions } from "./assumptions.ts";
export type { ScenarioBase, SourcedFigure } from "./base.ts";
export {
  RISK_WEIGHTS,
  SCENARIO_HORIZON,
  compareScenario,
  runScenario,
  type ActorRealisation,
  type CorridorYear,
  type RiskComponent,
  type ScenarioRun,
} from "./model.ts";
