// The request's language on the server: the cookie, else Accept-Language. Server components use
// getT(); the root layout hands the active messages to the browser's I18nProvider.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "./locale";
import { MESSAGES, type Messages } from "./messages";
import { createTranslator, type Translator } from "./translate";

export const getLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
});

export const getT = cache(async (): Promise<Translator<Messages>> => {
  const locale = await getLocale();
  return createTranslator(MESSAGES[locale], locale, MESSAGES.en);
});
