import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorAlert } from "./error-alert";
import { inLanguage } from "./test-i18n";

describe("ErrorAlert", () => {
  it("renders nothing without an error", () => {
    expect(renderToStaticMarkup(inLanguage(<ErrorAlert error={null} />))).toBe("");
    expect(renderToStaticMarkup(inLanguage(<ErrorAlert error={undefined} />))).toBe("");
  });

  it("renders the error's message as an alert", () => {
    expect(renderToStaticMarkup(inLanguage(<ErrorAlert error={new Error("Not allowed")} />))).toBe('<div class="alert alert-error" role="alert">Not allowed</div>');
  });

  it("renders the retry hint for an error that is not an Error", () => {
    expect(renderToStaticMarkup(inLanguage(<ErrorAlert error="offline" />))).toContain("Something went wrong. Try again.");
  });

  it("renders the retry hint in the interface's language", () => {
    expect(renderToStaticMarkup(inLanguage(<ErrorAlert error="offline" />, "ru"))).toContain("Что-то пошло не так. Попробуйте ещё раз.");
  });
});
