// Switching the interface language without JavaScript: the header's EN | RU buttons post a form
// to /api/locale, which stores the choice and sends the browser back to the page it was on
// (from the Referer, same origin only; otherwise the overview).
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseLocale } from "./locale";

export type SwitchAnswer =
  | { ok: true; location: string; cookie: string }
  | { ok: false; status: 400 | 403; message: string };

export function answerLocaleSwitch(options: {
  locale: unknown;
  /** The Origin header, if the browser sent one. */
  origin: string | null;
  referer: string | null;
  /** Origins allowed to post (the app's own). */
  allowedOrigins: readonly string[];
  secureCookies: boolean;
}): SwitchAnswer {
  // A cross-site form must not change a visitor's settings.
  if (options.origin !== null && !options.allowedOrigins.includes(options.origin)) {
    return { ok: false, status: 403, message: "Cross-site request refused" };
  }
  const locale = typeof options.locale === "string" ? parseLocale(options.locale) : null;
  if (!locale) return { ok: false, status: 400, message: "Unknown interface language: use en or ru" };
  let location = "/";
  if (options.referer) {
    try {
      const back = new URL(options.referer);
      if (options.allowedOrigins.includes(back.origin)) location = `${back.pathname}${back.search}${back.hash}`;
    } catch {
      // A malformed Referer: back to the overview.
    }
  }
  const secure = options.secureCookies ? "; Secure" : "";
  return { ok: true, location, cookie: `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}` };
}
