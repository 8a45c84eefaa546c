// Plain numbers in English or Russian notation: grouped thousands and the decimal mark. Apart from
// ./format.ts because the translator (i18n/translate.ts, on every page) needs only this.
import type { Locale } from "~/i18n/locale";

export const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ",", decimal: "." },
  // A no-break space between thousands: a figure never breaks across lines.
  ru: { group: "\u00a0", decimal: "," },
};

export function groupThousands(value: number, locale: Locale): string {
  const int = Math.round(value).toString();
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[locale].group);
}

/** A plain number with the language's grouping: "1,234,567" / "1 234 567". */
export function formatInteger(value: number, locale: Locale = "en"): string {
  const sign = value < 0 ? "-" : "";
  return `${sign}${groupThousands(Math.abs(value), locale)}`;
}

/** Any number as running text writes it: grouped integer part, the language's decimal mark. */
export function formatNumber(value: number, locale: Locale = "en"): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return formatInteger(value, locale);
  const [int = "0", frac = ""] = Math.abs(value).toString().split(".");
  return `${value < 0 ? "-" : ""}${groupThousands(Number(int), locale)}${SEPARATORS[locale].decimal}${frac}`;
}
