import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorAlert } from "./error-alert";

describe("ErrorAlert", () => {
  it("renders nothing without an error", () => {
    expect(renderToStaticMarkup(<ErrorAlert error={null} />)).toBe("");
    expect(renderToStaticMarkup(<ErrorAlert error={undefined} />)).toBe("");
  });

  it("renders the error's message as an alert", () => {
    expect(renderToStaticMarkup(<ErrorAlert error={new Error("Not allowed")} />)).toBe('<div class="alert alert-error" role="alert">Not allowed</div>');
  });

  it("renders the retry hint for an error that is not an Error", () => {
    expect(renderToStaticMarkup(<ErrorAlert error="offline" />)).toContain("Something went wrong. Try again.");
  });
});
