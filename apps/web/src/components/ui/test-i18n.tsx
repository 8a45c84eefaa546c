// For component tests: renders a node inside the language provider the root layout gives every
// page, so components that call useT() render as they do in the app.
import type { ReactNode } from "react";
import type { Locale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { I18nProvider } from "~/i18n/provider";

export function inLanguage(node: ReactNode, locale: Locale = "en") {
  return (
    <I18nProvider locale={locale} messages={MESSAGES[locale]}>
      {node}
    </I18nProvider>
  );
}
