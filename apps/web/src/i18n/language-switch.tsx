"use client";
// EN | RU in the site header: stores the choice in a cookie and re-renders the page on the server
// in that language (the URL, the board and anything being edited stay as they are).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, type Locale } from "./locale";
import { useT } from "./provider";

/** The choice, for the server's next render (and every later visit). */
function storeLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
}

export function LanguageSwitch() {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (locale: Locale) => {
    if (locale === t.locale) return;
    storeLocale(locale);
    // The server renders the page again in that language (<html lang> included).
    startTransition(() => router.refresh());
  };
  return (
    <div className="language-switch" role="group" aria-label={t("header.switchLanguage")} aria-busy={pending || undefined}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-option"
          aria-pressed={locale === t.locale}
          title={LOCALE_NAMES[locale]}
          onClick={() => choose(locale)}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
