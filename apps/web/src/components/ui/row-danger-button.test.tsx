import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RowDangerButton } from "./row-danger-button";

describe("RowDangerButton", () => {
  it("shows the action and hides the subject visually, keeping both in its name", () => {
    expect(renderToStaticMarkup(<RowDangerButton action="Revoke" subject="Briefing link (read-only)" onClick={() => undefined} />)).toBe(
      '<button type="button" class="btn btn-small btn-danger">Revoke<span class="visually-hidden"> Briefing link (read-only)</span></button>',
    );
  });

  it("can be disabled while a request runs", () => {
    expect(renderToStaticMarkup(<RowDangerButton action="Remove" subject="Ada" disabled onClick={() => undefined} />)).toContain('disabled=""');
  });
});
