// EN | RU in the site header: a plain form, so it works before (and without) the page's
// JavaScript. /api/locale stores the choice and sends the browser back to the same page, which the
// server renders in that language (the URL, and with it the board's view, stays as it was).
import { LOCALE_NAMES, LOCALES, type Locale } from "./locale";

export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  return (
    <form method="post" action="/api/locale" className="language-switch" aria-label={label}>
      {LOCALES.map((locale) => (
        <button key={locale} type="submit" name="locale" value={locale} lang={locale} className="language-option" aria-pressed={locale === current} title={LOCALE_NAMES[locale]}>
          {locale.toUpperCase()}
        </button>
      ))}
    </form>
  );
}
