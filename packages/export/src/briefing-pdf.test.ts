import { describe, expect, it } from "vitest";
import type { BriefingInput } from "./briefing-input.ts";
import { input } from "./briefing-fixture.ts";
import { renderBriefingPdf } from "./briefing-pdf.ts";
import { mapSvg } from "./map-svg.ts";

describe("renderBriefingPdf", () => {
  it("renders an A4-landscape pack with cover, map, charts, text and sources", async () => {
    const progress: number[] = [];
    const pdf = await renderBriefingPdf(input, { compress: false, onProgress: (done) => progress.push(done) });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)?.length).toBe(5);
    // A4 landscape media box.
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    // The Cyrillic-capable font is embedded.
    expect(text).toMatch(/DejaVuSans/);
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it("refuses malformed input and stops when cancelled", async () => {
    await expect(renderBriefingPdf({ ...input, corridors: [{ ...input.corridors[0], color: "red" } as BriefingInput["corridors"][number]] })).rejects.toThrow();
    const controller = new AbortController();
    controller.abort();
    await expect(renderBriefingPdf(input, { signal: controller.signal })).rejects.toThrow(/cancelled/);
  });
});

describe("mapSvg", () => {
  it("draws countries, corridors and escaped chokepoint labels", () => {
    const svg = mapSvg({ corridors: input.corridors, chokepoints: [{ id: "X", name: "A <b>&</b> B", lonLat: [50, 42] }] }, 400, 300);
    expect(svg).toContain('stroke="#d9480f"');
    expect(svg).toContain("A &lt;b&gt;&amp;&lt;/b&gt; B");
    expect(svg).not.toContain("<b>");
    // The countries in the frame (Central Asia emphasised), and nothing of the world outside it.
    expect(svg.match(/<path/g)?.length).toBeGreaterThan(40);
    expect(svg).toContain('fill="#f4e3c1"');
    expect(svg.length).toBeLessThan(60_000);
  });
});
