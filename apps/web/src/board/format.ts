// Number formatting for indicator values: deterministic (no Intl), grouped thousands, at most two
// decimals, in the interface language, so server and client render the same text.
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatDate } from "../lib/format";
import type { RelationsEvent } from "./model";

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ",", decimal: "." },
  // A no-break space between thousands, as lib/format.ts: a figure never breaks across lines.
  ru: { group: "\u00a0", decimal: "," },
};
const SCALE: Record<Locale, { bn: string; m: string }> = { en: { bn: "bn", m: "m" }, ru: { bn: "млрд", m: "млн" } };

export function formatValue(value: number, locale: Locale = "en"): string {
  const fixed = Math.abs(value) >= 1000 ? Math.round(value).toString() : value.toFixed(2).replace(/\.?0+$/, "");
  const [int = "0", frac] = fixed.split(".");
  const { group, decimal } = SEPARATORS[locale];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac ? `${grouped}${decimal}${frac}` : grouped;
}

/** "EUR 10 bn" style amounts for axis labels: shorter, no currency. */
export function formatEurShort(value: number, locale: Locale = "en"): string {
  const abs = Math.abs(value);
  const scale = SCALE[locale];
  if (abs >= 1e9) return `${(value / 1e9).toFixed(abs >= 1e10 ? 0 : 1).replace(/\.0$/, "").replace(".", SEPARATORS[locale].decimal)} ${scale.bn}`;
  if (abs >= 1e6) return `${Math.round(value / 1e6)} ${scale.m}`;
  return formatValue(value, locale);
}

/** An event's date or date range at its precision ("Undated" without one). */
export function eventDate(event: Pick<RelationsEvent, "date" | "dateEnd" | "datePrecision">, t: Translator<Messages>): string {
  if (!event.date) return t("board.undated");
  const start = formatDate(event.date, event.datePrecision, t.locale);
  return event.dateEnd ? `${start} – ${formatDate(event.dateEnd, event.datePrecision, t.locale)}` : start;
}
