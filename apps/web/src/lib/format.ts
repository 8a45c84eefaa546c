// Display formatting for figures and dates, in English (default) or Russian. Deterministic (no
// Intl, no time zone) so the server-rendered HTML and the hydrated client render the same text.
import type { Locale } from "~/i18n/locale";
import { groupThousands, SEPARATORS } from "./number-format";

export { formatInteger, formatNumber } from "./number-format";

const MONTHS: Record<Locale, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  // Genitive abbreviations after a day ("29 янв. 2024"); with a month alone the nominative reads the same abbreviated.
  ru: ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
};
const MONTHS_ALONE_RU = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

const SCALE: Record<Locale, { bn: string; m: string; km: string }> = {
  en: { bn: "bn", m: "m", km: "km" },
  ru: { bn: "млрд", m: "млн", km: "км" },
};

function trimNumber(value: number, maxDecimals: number, locale: Locale): string {
  const fixed = value.toFixed(maxDecimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed.replace(".", SEPARATORS[locale].decimal);
}

/** "EUR 10 bn", "USD 55 m", "EUR 1.47 bn", "EUR 350,000"; in Russian "EUR 1,47 млрд". */
export function formatMoney(amount: number, currency: string, locale: Locale = "en"): string {
  const abs = Math.abs(amount);
  const sign = amount < 0 ? "-" : "";
  const scale = SCALE[locale];
  if (abs >= 1e9) return `${currency} ${sign}${trimNumber(abs / 1e9, 2, locale)} ${scale.bn}`;
  if (abs >= 1e6) return `${currency} ${sign}${trimNumber(abs / 1e6, abs >= 1e8 ? 0 : 1, locale)} ${scale.m}`;
  return `${currency} ${sign}${groupThousands(abs, locale)}`;
}

/** A date as the fact base gives it, at its precision: "29 Jan 2024", "Sep 2022", "2024". */
export function formatDate(date: string, precision?: string, locale: Locale = "en"): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const index = month ? Number(month) - 1 : -1;
  const monthName = MONTHS[locale][index];
  if (precision === "year" || !monthName) return year ?? date;
  if (precision === "month" || !day) return `${locale === "ru" ? MONTHS_ALONE_RU[index] : monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "1,234 km" / "1 234 км". */
export function formatKm(km: number, locale: Locale = "en"): string {
  return `${groupThousands(km, locale)} ${SCALE[locale].km}`;
}
