import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DialogButton } from "./dialog-button";

describe("DialogButton", () => {
  it("is only its button until clicked: neither the dialog nor its body is rendered or loaded", () => {
    let bodyRendered = false;
    function Body() {
      bodyRendered = true;
      return <p>Members</p>;
    }
    const html = renderToStaticMarkup(
      <DialogButton label="Share" className="btn btn-primary" title="Share “Board”">
        <Body />
      </DialogButton>,
    );
    expect(html).toBe('<button type="button" class="btn btn-primary" aria-haspopup="dialog" aria-expanded="false">Share</button>');
    expect(bodyRendered).toBe(false);
  });
});
