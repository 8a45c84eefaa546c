import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { input } from "./briefing-fixture.ts";
import { renderBoardPng } from "./board-png.ts";
import { BOARD_WIDTH, CAPS, composeBoardSvg } from "./board-svg.ts";
import { fontDirectory } from "./fonts.ts";
import { createTextMeasure } from "./text-measure.ts";

/** Grey-level variance over a grid of samples: a blank (one-colour) image has none. */
function lumaVariance(png: PNG): number {
  const values: number[] = [];
  for (let y = 0; y < png.height; y += 7) {
    for (let x = 0; x < png.width; x += 7) {
      const i = (png.width * y + x) * 4;
      values.push(0.299 * (png.data[i] ?? 0) + 0.587 * (png.data[i + 1] ?? 0) + 0.114 * (png.data[i + 2] ?? 0));
    }
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}

const measure = createTextMeasure(fontDirectory());

describe("renderBoardPng", () => {
  it("renders the whole board at 2× the layout size, with content (not blank)", async () => {
    const result = await renderBoardPng(input);
    const png = PNG.sync.read(result.png);
    expect(result.layout.width).toBe(BOARD_WIDTH);
    expect(png.width).toBe(result.layout.width * 2);
    expect(png.height).toBe(result.layout.height * 2);
    expect(result.width).toBe(png.width);
    expect(result.height).toBe(png.height);
    expect(lumaVariance(png)).toBeGreaterThan(200);
    // The map is drawn: a large area of its sea colour (#dbe9f4), not an empty frame.
    let sea = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 0xdb && png.data[i + 1] === 0xe9 && png.data[i + 2] === 0xf4) sea += 1;
    expect(sea).toBeGreaterThan(100_000);
  });

  it("escapes user text: markup in names and text stays text, and characters XML cannot carry are dropped", async () => {
    const hostile = {
      ...input,
      boardTitle: `Board </text><script>alert(1)</script> & "quotes"`,
      commentary: `Line one <b>not bold</b> &amp; \u0000\u0007 control\uD800 characters`,
      assessments: [{ title: "<img src=x onerror=alert(1)>", status: "draft", author: "A & B", text: "]]> <!-- -->" }],
    };
    const board = composeBoardSvg(hostile, measure);
    expect(board.svg).not.toContain("<script>");
    expect(board.svg).not.toContain("<img");
    expect(board.svg).not.toContain("<b>");
    expect(board.svg).toContain("&lt;script&gt;");
    expect(board.svg).toContain("&amp;amp;");
    for (const dropped of ["\u0000", "\u0007", "\uD800"]) expect(board.svg.includes(dropped)).toBe(false);
    const result = await renderBoardPng(hostile);
    expect(PNG.sync.read(result.png).width).toBe(BOARD_WIDTH * 2);
  });

  it("keeps a very long commentary within its cap and says how much is left out", () => {
    const long = { ...input, commentary: Array.from({ length: 4000 }, (_, i) => `Sentence ${i} about Aktau port capacity and ferry schedules.`).join(" ") };
    const short = composeBoardSvg(input, measure);
    const capped = composeBoardSvg(long, measure);
    expect(capped.height).toBeGreaterThan(short.height);
    expect(capped.height - short.height).toBeLessThanOrEqual((CAPS.commentaryLines + 1) * 21);
    expect(capped.svg).toMatch(/… [\d,]+ characters more of the commentary: the full text is in the PDF briefing pack/);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(renderBoardPng(input, { signal: controller.signal })).rejects.toThrow("Export cancelled");
  });
});

describe("text measure", () => {
  it("wraps to the width it is given, keeps paragraphs, and cuts words longer than a line", () => {
    const { lines, rest } = measure.wrap("Aktau port capacity\nsecond paragraph " + "x".repeat(200), "regular", 14, 300);
    expect(rest).toBe("");
    expect(lines[0]).toBe("Aktau port capacity");
    expect(lines[1]?.startsWith("second paragraph")).toBe(true);
    for (const line of lines) expect(measure.width(line, "regular", 14)).toBeLessThanOrEqual(300);
    expect(lines.join("").replace(/\s/g, "")).toBe("Aktauportcapacitysecondparagraph" + "x".repeat(200));
    expect(measure.width("Ж", "bold", 20)).toBeGreaterThan(measure.width("Ж", "regular", 10));
    // Stopping at a line limit hands back the rest, word for word.
    const text = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ") + "\nlast paragraph";
    const limited = measure.wrap(text, "regular", 14, 300, 3);
    expect(limited.lines).toHaveLength(3);
    expect(`${limited.lines.join(" ")} ${limited.rest}`.split(/\s+/)).toEqual(text.split(/\s+/));
  });
});
