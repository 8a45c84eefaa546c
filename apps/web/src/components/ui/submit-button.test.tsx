import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SubmitButton } from "./submit-button";

describe("SubmitButton", () => {
  it("is an enabled submit button with its label when idle", () => {
    expect(
      renderToStaticMarkup(
        <SubmitButton className="btn" pending={false} pendingLabel="Creating…">
          Create link
        </SubmitButton>,
      ),
    ).toBe('<button type="submit" class="btn">Create link</button>');
  });

  it("is disabled and shows the pending label while its request runs", () => {
    expect(
      renderToStaticMarkup(
        <SubmitButton className="btn" pending pendingLabel="Creating…">
          Create link
        </SubmitButton>,
      ),
    ).toBe('<button type="submit" class="btn" disabled="">Creating…</button>');
  });

  it("keeps its label while pending when there is no pending label", () => {
    expect(
      renderToStaticMarkup(
        <SubmitButton className="btn" pending>
          Rename
        </SubmitButton>,
      ),
    ).toBe('<button type="submit" class="btn" disabled="">Rename</button>');
  });

  it("can be disabled by the form's own condition too", () => {
    expect(
      renderToStaticMarkup(
        <SubmitButton className="btn" pending={false} disabled>
          Delete board
        </SubmitButton>,
      ),
    ).toContain('disabled=""');
  });
});
