import { describe, expect, it } from "vitest";
import { authFailureMessage, initials, MESSAGES } from "./messages";

describe("authFailureMessage", () => {
  it("says the same thing for any refused sign-in (no hint whether the email exists)", () => {
    expect(authFailureMessage("sign-in", 401)).toBe(MESSAGES.signInFailed);
    expect(authFailureMessage("sign-in", 400)).toBe(MESSAGES.signInFailed);
    expect(authFailureMessage("sign-in", 403)).toBe(MESSAGES.signInFailed);
  });
  it("hides why a sign-up failed (an existing email looks like any other refusal)", () => {
    expect(authFailureMessage("sign-up", 422)).toBe(MESSAGES.signUpFailed);
    expect(authFailureMessage("sign-up", 400)).toBe(MESSAGES.signUpFailed);
  });
  it("names the rate limit and network failures", () => {
    expect(authFailureMessage("sign-in", 429)).toBe("Too many attempts; wait a minute and try again");
    expect(authFailureMessage("sign-up", 429)).toBe(MESSAGES.rateLimited);
    expect(authFailureMessage("sign-in", undefined)).toBe(MESSAGES.network);
    expect(authFailureMessage("sign-in", 502)).toBe(MESSAGES.network);
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
