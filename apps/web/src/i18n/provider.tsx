"use client";
// The active language in the browser. The root layout passes the messages of that language only
// (as a prop, so they travel in the page's data, not in any JS chunk); useT() translates with them.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "./locale";
import type { Messages } from "./messages/en";
import { createTranslator, type Translator } from "./translate";

const I18nContext = createContext<Translator<Messages> | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  const t = useMemo(() => createTranslator(messages, locale), [messages, locale]);
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

/** The translator (t.locale is the language, for the formatters in lib/format.ts). */
export function useT(): Translator<Messages> {
  const t = useContext(I18nContext);
  if (!t) throw new Error("useT must be used inside <I18nProvider> (the root layout renders it)");
  return t;
}
