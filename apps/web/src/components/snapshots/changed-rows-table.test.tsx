import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangedRowsTable } from "./changed-rows-table";

const columns = [
  { label: "Then", numeric: true },
  { label: "Now", numeric: true },
  { label: "Status" },
];

describe("ChangedRowsTable", () => {
  it("renders the empty note when nothing changed", () => {
    expect(renderToStaticMarkup(<ChangedRowsTable subject="Figure" columns={columns} rows={[]} empty="No figure moved." />)).toBe(
      '<p class="doc-empty">No figure moved.</p>',
    );
  });

  it("renders nothing when nothing changed and there is no note", () => {
    expect(renderToStaticMarkup(<ChangedRowsTable subject="Commitment" columns={columns} rows={[]} />)).toBe("");
  });

  it("renders a header row and one row a change, its name as the row header, figures right-aligned", () => {
    const html = renderToStaticMarkup(
      <ChangedRowsTable subject="Figure" columns={columns} rows={[{ key: "risk", label: "Transit-risk index", cells: ["41", "44", "planned → built"] }]} />,
    );
    expect(html).toBe(
      '<table class="doc-table"><thead><tr><th scope="col">Figure</th><th scope="col" class="num">Then</th><th scope="col" class="num">Now</th><th scope="col">Status</th></tr></thead>' +
        '<tbody><tr><th scope="row">Transit-risk index</th><td class="num">41</td><td class="num">44</td><td>planned → built</td></tr></tbody></table>',
    );
  });
});
