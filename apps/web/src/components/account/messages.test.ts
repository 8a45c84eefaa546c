import { describe, expect, it } from "vitest";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { authFailureMessage, initials } from "./messages";

const t = createTranslator(en, "en");
const MESSAGES = en.account.errors;

describe("authFailureMessage", () => {
  it("says the same thing for any refused sign-in (no hint whether the email exists)", () => {
    expect(authFailureMessage("sign-in", 401, t)).toBe(MESSAGES.signInFailed);
    expect(authFailureMessage("sign-in", 400, t)).toBe(MESSAGES.signInFailed);
    expect(authFailureMessage("sign-in", 403, t)).toBe(MESSAGES.signInFailed);
  });
  it("hides why a sign-up failed (an existing email looks like any other refusal)", () => {
    expect(authFailureMessage("sign-up", 422, t)).toBe(MESSAGES.signUpFailed);
    expect(authFailureMessage("sign-up", 400, t)).toBe(MESSAGES.signUpFailed);
  });
  it("names the rate limit and network failures", () => {
    expect(authFailureMessage("sign-in", 429, t)).toBe("Too many attempts; wait a minute and try again");
    expect(authFailureMessage("sign-up", 429, t)).toBe(MESSAGES.rateLimited);
    expect(authFailureMessage("sign-in", undefined, t)).toBe(MESSAGES.network);
    expect(authFailureMessage("sign-in", 502, t)).toBe(MESSAGES.network);
  });
  it("says it in Russian", () => {
    const tRu = createTranslator(ru, "ru", en);
    expect(authFailureMessage("sign-in", 401, tRu)).toBe("Неверный адрес эл. почты или пароль");
    expect(authFailureMessage("sign-up", 429, tRu)).toBe("Слишком много попыток; подождите минуту и попробуйте снова");
  });
});

describe("initials", () => {
  it("takes the first and last name's first letters", () => {
    expect(initials("Aigerim Sadykova")).toBe("AS");
    expect(initials("Demo Analyst")).toBe("DA");
    expect(initials("demo")).toBe("D");
    expect(initials("  ")).toBe("");
  });
});
