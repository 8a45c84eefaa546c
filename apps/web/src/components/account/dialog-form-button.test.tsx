import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inLanguage } from "~/components/ui/test-i18n";
import { DialogFormButton } from "./dialog-form-button";

const closed = () =>
  renderToStaticMarkup(
    inLanguage(
      <DialogFormButton
        label="Rename"
        buttonClassName="btn btn-small"
        title="Rename “Caspian ports”"
        submitLabel="Rename"
        submitClassName="btn btn-primary"
        pending={false}
        error={null}
        onSubmit={() => undefined}
      >
        <input name="title" aria-label="New title" />
      </DialogFormButton>,
    ),
  );

describe("DialogFormButton", () => {
  it("shows its button, and a closed modal titled for screen readers", () => {
    const html = closed();
    expect(html).toMatch(/^<button type="button" class="btn btn-small">Rename<\/button>/);
    const titleId = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(titleId).toBeTruthy();
    expect(html).toContain(`<h2 id="${titleId}">Rename “Caspian ports”</h2>`);
  });

  it("does not mount the form while the modal is closed", () => {
    const html = closed();
    expect(html).toContain('<div class="modal-body"></div>');
    expect(html).not.toContain("<form");
    expect(html).not.toContain('name="title"');
  });
});
