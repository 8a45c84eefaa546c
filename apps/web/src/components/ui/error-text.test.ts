import { describe, expect, it } from "vitest";
import { errorText } from "./error-text";

describe("errorText", () => {
  it("shows an error's own message", () => {
    expect(errorText(new Error("That title is taken."))).toBe("That title is taken.");
  });

  it("falls back to a retry hint for anything that is not an Error", () => {
    expect(errorText("boom")).toBe("Something went wrong. Try again.");
    expect(errorText({ message: "not an Error instance" })).toBe("Something went wrong. Try again.");
    expect(errorText(undefined)).toBe("Something went wrong. Try again.");
  });
});
