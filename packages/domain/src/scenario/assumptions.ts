// Scenario assumption values: what analysts move on the board. A value of the wrong type, out of
// range or for an unknown key is ignored (the default stands) and reported, never applied.
export interface AssumptionDefinition {
  key: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

export type AssumptionValues = Record<string, number>;

export interface ResolvedAssumptions {
  values: AssumptionValues;
  /** Keys whose given value was ignored, with why. */
  rejected: { key: string; reason: "unknown-key" | "not-a-number" | "out-of-range" }[];
}

export function validateAssumption(definition: AssumptionDefinition, value: unknown): "not-a-number" | "out-of-range" | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return "not-a-number";
  // Allow for floating-point noise at the bounds (0.1 steps).
  const epsilon = definition.step / 1e6;
  if (value < definition.min - epsilon || value > definition.max + epsilon) return "out-of-range";
  return null;
}

export function resolveAssumptions(definitions: readonly AssumptionDefinition[], given: Readonly<Record<string, unknown>>): ResolvedAssumptions {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const values: AssumptionValues = Object.fromEntries(definitions.map((d) => [d.key, d.default]));
  const rejected: ResolvedAssumptions["rejected"] = [];
  for (const [key, value] of Object.entries(given)) {
    const definition = byKey.get(key);
    if (!definition) {
      rejected.push({ key, reason: "unknown-key" });
      continue;
    }
    const problem = validateAssumption(definition, value);
    if (problem) rejected.push({ key, reason: problem });
    else values[key] = value as number;
  }
  return { values, rejected };
}

export function defaultValues(definitions: readonly AssumptionDefinition[]): AssumptionValues {
  return Object.fromEntries(definitions.map((d) => [d.key, d.default]));
}
