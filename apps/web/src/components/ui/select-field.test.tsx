import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField } from "./select-field";

const options = [
  { value: 24, label: "1 day" },
  { value: 168, label: "7 days" },
];

describe("SelectField", () => {
  it("labels the select and lists the options under the form field's name", () => {
    expect(renderToStaticMarkup(<SelectField id="f-expiry" label="Expires after" name="expiry" options={options} />)).toBe(
      '<div class="field"><label for="f-expiry">Expires after</label><select id="f-expiry" name="expiry" class="select">' +
        '<option value="24">1 day</option><option value="168">7 days</option></select></div>',
    );
  });

  it("preselects the default value", () => {
    expect(renderToStaticMarkup(<SelectField id="f" label="Expires after" name="expiry" options={options} defaultValue="168" />)).toContain(
      '<option value="168" selected="">7 days</option>',
    );
  });
});
