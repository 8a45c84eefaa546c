// Formatting of scenario figures (pure, shared by the panel and its tests).
export function formatAssumption(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  return value.toFixed(decimals);
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-GB");
}

export function formatMt(value: number): string {
  return `${value.toFixed(1)} Mt`;
}

export function formatShare(value: number): string {
  return `${Math.round(value * 100)} %`;
}

/** Difference of scenario from baseline, signed, in the figure's own format ("±0" when equal). */
export function formatDelta(scenario: number, baseline: number, format: (v: number) => string): string {
  const delta = scenario - baseline;
  if (Math.abs(delta) < 1e-9) return "±0";
  return `${delta > 0 ? "+" : "−"}${format(Math.abs(delta))}`;
}
