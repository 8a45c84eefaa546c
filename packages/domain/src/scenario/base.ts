// The observed figures a scenario starts from, each with the sources it rests on. The API builds
// this from the fact base (ids named in docs/scenario-model.md); the model never invents a figure.
export interface SourcedFigure {
  value: number;
  /** The fact-base item the figure comes from (e.g. INV-01, IND-01/4). */
  itemId: string;
  sourceIds: string[];
}

export interface ScenarioBase {
  /** The EU umbrella pledge for Central Asian transport (INV-01), EUR. */
  euPledgeEur: SourcedFigure;
  /** The EIB MoUs (INV-03), EUR. */
  eibMouEur: SourcedFigure;
  /** The EBRD MoU (INV-04), EUR. */
  ebrdMouEur: SourcedFigure;
  /** Documented US ERICEN programming (INV-05a + INV-05b), EUR. */
  usDocumentedEur: SourcedFigure;
  /** The one precedent of a China–EU-side co-financed project (INV-06, EBRD + AIIB), EUR. */
  cofinancedProjectEur: SourcedFigure;
  /** The latest USD per EUR rate, to convert scenario inputs given in USD. */
  usdPerEur: SourcedFigure;
  /** Middle Corridor cargo in the base year (IND-01), Mt. */
  mcVolumeMt: SourcedFigure;
  /** Middle Corridor capacity in the base year (IND-03), Mt per year. */
  mcCapacityMt: SourcedFigure;
  /** Middle Corridor containers in the base year (IND-02), TEU. */
  mcContainersTeu: SourcedFigure;
  /** Middle Corridor container capacity (corridor key fact), TEU per year. */
  mcContainerCapacityTeu: SourcedFigure;
  /** China–EU–China rail transit through Russia on the 1520 mm network, latest year (IND-05), TEU. */
  northernTransitTeu: SourcedFigure;
  /** The year the base figures describe. */
  baseYear: number;
}
