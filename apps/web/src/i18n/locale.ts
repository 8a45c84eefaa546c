// The interface languages: English (the default and the fact base's language) and Russian. The
// choice lives in a cookie so the server renders the page in it (no flash, no hydration mismatch);
// without one, the browser's Accept-Language decides.

export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "corridor-locale";
/** A year: the choice is a preference, not a session. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

export function parseLocale(value: string | null | undefined): Locale | null {
  return LOCALES.find((locale) => locale === value) ?? null;
}

/**
 * The cookie's choice, else the first language in Accept-Language ("ru-KZ,ru;q=0.9,en;q=0.8")
 * that the interface has, by quality; else English.
 */
export function negotiateLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  const chosen = parseLocale(cookie);
  if (chosen) return chosen;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = parseLocale(entry.language);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The BCP 47 tag for Intl and <html lang>. */
export function intlTag(locale: Locale): string {
  return locale === "ru" ? "ru-RU" : "en-GB";
}
