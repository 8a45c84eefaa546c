// Formatting of scenario figures (pure, shared by the panel, the shared screen and their tests), in
// the interface language: "4.5 Mt" / "4,5 млн т".
import type { Locale } from "~/i18n/locale";
import { formatInteger } from "~/lib/format";

/** A fixed-decimals figure with the language's decimal mark. */
export function formatDecimal(value: number, decimals: number, locale: Locale = "en"): string {
  const fixed = value.toFixed(decimals);
  return locale === "ru" ? fixed.replace(".", ",") : fixed;
}

/** As many decimals as the step has. The English form (a dot) is also what a number input takes. */
export function formatAssumption(value: number, step: number, locale: Locale = "en"): string {
  const decimals = step >= 1 ? 0 : Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  return formatDecimal(value, decimals, locale);
}

export function formatCount(value: number, locale: Locale = "en"): string {
  return formatInteger(Math.round(value), locale);
}

const MEGATONNES: Record<Locale, string> = { en: "Mt", ru: "млн т" };

export function formatMt(value: number, locale: Locale = "en"): string {
  return `${formatDecimal(value, 1, locale)} ${MEGATONNES[locale]}`;
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
