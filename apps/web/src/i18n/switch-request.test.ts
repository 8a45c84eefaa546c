import { describe, expect, it } from "vitest";
import { answerLocaleSwitch } from "./switch-request";

const base = { allowedOrigins: ["http://localhost:3000"], secureCookies: false };

describe("answerLocaleSwitch", () => {
  it("stores the language and goes back to the same page, query and all", () => {
    const answer = answerLocaleSwitch({ ...base, locale: "ru", origin: "http://localhost:3000", referer: "http://localhost:3000/b/kz?corridor=TITR#notes" });
    expect(answer).toEqual({
      ok: true,
      location: "/b/kz?corridor=TITR#notes",
      cookie: "corridor-locale=ru; Path=/; Max-Age=31536000; SameSite=Lax",
    });
  });

  it("goes to the overview when the Referer is missing, malformed or another site", () => {
    for (const referer of [null, "not a url", "https://evil.example/b/kz"]) {
      const answer = answerLocaleSwitch({ ...base, locale: "en", origin: null, referer });
      expect(answer.ok && answer.location, String(referer)).toBe("/");
    }
  });

  it("refuses a cross-site post and an unknown language, with a clear message", () => {
    expect(answerLocaleSwitch({ ...base, locale: "ru", origin: "https://evil.example", referer: null })).toMatchObject({ ok: false, status: 403 });
    expect(answerLocaleSwitch({ ...base, locale: "de", origin: null, referer: null })).toEqual({ ok: false, status: 400, message: "Unknown interface language: use en or ru" });
    expect(answerLocaleSwitch({ ...base, locale: null, origin: null, referer: null })).toMatchObject({ ok: false, status: 400 });
  });

  it("marks the cookie Secure behind https", () => {
    const answer = answerLocaleSwitch({ ...base, secureCookies: true, locale: "ru", origin: null, referer: null });
    expect(answer.ok && answer.cookie).toContain("; Secure");
  });
});
