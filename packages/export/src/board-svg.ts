// The whole board as one SVG page, for the PNG export: title and time, the map beside the scenario
// summary and corridor legend, the two charts, the commentary, the assessments, data-quality flags
// and the source footer. Laid out at 1× (1200 px wide, as tall as the content needs, within caps);
// the PNG is rasterised from it at 2×. Every piece of user or data text is escaped; the map and
// charts are the same SVG renderers the PDF pack uses.
import type { BriefingInput } from "./briefing-input.ts";
import { commitmentsSvg, seriesSvg } from "./charts-svg.ts";
import { FONT_FAMILY } from "./fonts.ts";
import { escapeXml, eur, utcMinute } from "./format.ts";
import { mapSvg } from "./map-svg.ts";
import type { FontWeight, TextMeasure } from "./text-measure.ts";

export const BOARD_WIDTH = 1200;
const PAD = 32;
const INNER = BOARD_WIDTH - 2 * PAD;
const INK = "#1d2733";
const MUTED = "#5b6878";
const WARN = "#a4401b";
/** Caps that keep the image readable and its size bounded; the PDF pack and JSON carry the rest. */
// An image of the board for slides and messages, not the full text: what a screen of the board
// shows (the opening of the commentary, each section's opening, the source footer as short
// citations). Everything capped here is in full in the PDF briefing pack and the JSON export. The
// caps also keep the export quick: rasterising text is the image's main cost (~45 µs a character).
export const CAPS = { titleLines: 2, commentaryLines: 12, assessments: 4, assessmentLines: 3, flagLines: 3, sourceLines: 10 } as const;

export interface BoardSvg {
  svg: string;
  /** The layout size (1×); the PNG is this times its scale. */
  width: number;
  height: number;
}

interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: string;
  lineHeight?: number;
}

/** Builds the page top to bottom; `y` is the top of the next block. */
class Page {
  readonly parts: string[] = [];
  y = PAD;
  constructor(private readonly measure: TextMeasure) {}

  text(x: number, baseline: number, text: string, style: TextStyle): void {
    const weight = style.weight === "bold" ? ' font-weight="bold"' : "";
    this.parts.push(
      `<text x="${x.toFixed(1)}" y="${baseline.toFixed(1)}" font-family="${FONT_FAMILY}" font-size="${style.size}"${weight} fill="${style.color ?? INK}" xml:space="preserve">${escapeXml(text)}</text>`,
    );
  }

  /**
   * Wrapped text at x within `width`, from `top`; at most `maxLines` lines, then a note of how many
   * characters were left out. Returns the bottom.
   */
  paragraph(x: number, top: number, width: number, text: string, style: TextStyle, maxLines = Infinity, more?: (hiddenChars: number) => string): number {
    const lineHeight = style.lineHeight ?? Math.round(style.size * 1.45);
    const { lines: shown, rest } = this.measure.wrap(text, style.weight ?? "regular", style.size, width, maxLines);
    // The first baseline sits one font size below the top; each line then takes lineHeight.
    let bottom = top;
    for (const line of shown) {
      if (line) this.text(x, bottom + style.size, line, style);
      bottom += lineHeight;
    }
    const hidden = rest.replace(/\s+/g, "").length;
    if (hidden > 0 && more) {
      this.text(x, bottom + style.size, more(hidden), { size: Math.max(11, style.size - 2), color: MUTED });
      bottom += lineHeight;
    }
    return bottom;
  }

  block(x: number, top: number, svg: string): void {
    this.parts.push(`<g transform="translate(${x} ${top})">${svg}</g>`);
  }

  heading(text: string): void {
    this.y += 14;
    this.text(PAD, this.y + 18, text, { size: 18, weight: "bold" });
    this.y += 30;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "1,234 characters" (spaces not counted). */
const chars = (n: number) => plural(n, "character", "characters").replace(/^\d+/, (d) => Number(d).toLocaleString("en-GB"));

export function composeBoardSvg(input: BriefingInput, measure: TextMeasure): BoardSvg {
  const page = new Page(measure);

  // Title and when.
  page.y = page.paragraph(PAD, page.y, INNER, input.boardTitle, { size: 28, weight: "bold", lineHeight: 36 }, CAPS.titleLines, () => "…");
  const when = input.snapshotName
    ? `Snapshot “${input.snapshotName}” · taken ${utcMinute(input.createdAt)}${input.author ? ` by ${input.author}` : ""}`
    : `Live board · exported ${utcMinute(input.createdAt)}`;
  page.y = page.paragraph(PAD, page.y + 4, INNER, `${when} · fact data ${input.dataVersion.slice(0, 12)}`, { size: 14, color: MUTED }, 2);
  page.y += 16;

  // The map, and beside it the scenario and the corridor legend.
  const mapWidth = 720;
  const mapHeight = 470;
  const top = page.y;
  page.block(PAD, top, mapSvg(input, mapWidth, mapHeight));
  const sideX = PAD + mapWidth + 24;
  const sideWidth = BOARD_WIDTH - PAD - sideX;
  let side = top;
  page.text(sideX, side + 16, "Scenario beside the baseline", { size: 16, weight: "bold" });
  side += 28;
  const s = input.scenario;
  const facts = [
    `Transit-risk index for Kazakhstan: ${s.riskScenario.toFixed(0)} (baseline ${s.riskBaseline.toFixed(0)}), an index, not a probability`,
    `Realised investment by 2030: ${eur(s.realisedScenarioEur)} (baseline ${eur(s.realisedBaselineEur)})`,
    s.firstYearOverCapacity === null ? "Middle Corridor demand stays within capacity to 2030" : `Middle Corridor demand passes capacity in ${s.firstYearOverCapacity}`,
    ...(s.changed.length === 0 ? ["All assumptions at their defaults (the baseline)."] : s.changed.map((a) => `• ${a.name}: ${a.value} ${a.unit} (default ${a.default})`)),
  ];
  for (const fact of facts) side = page.paragraph(sideX, side, sideWidth, fact, { size: 13, lineHeight: 18 }, 4) + 6;
  side += 10;
  page.text(sideX, side + 14, "Corridors", { size: 14, weight: "bold" });
  side += 24;
  for (const c of input.corridors.slice(0, 10)) {
    page.parts.push(`<rect x="${sideX}" y="${side + 5}" width="18" height="5" fill="${c.color}"/>`);
    side = page.paragraph(sideX + 26, side, sideWidth - 26, `${c.name} (${Math.round(c.lengthKm).toLocaleString("en-GB")} km)`, { size: 12, lineHeight: 16 }, 2) + 4;
  }
  page.y = Math.max(top + mapHeight, side) + 20;

  // The charts.
  const chartWidth = (INNER - 24) / 2;
  const chartHeight = 300;
  page.block(PAD, page.y, commitmentsSvg(input.commitments, chartWidth, chartHeight));
  const series = input.series[0];
  if (series) page.block(PAD + chartWidth + 24, page.y, seriesSvg(series, chartWidth, chartHeight));
  page.y += chartHeight + 6;
  page.y = page.paragraph(PAD, page.y, INNER, "Commitments in EUR bn by actor and status; sub-items are never added to the commitments that contain them. Hollow points: low confidence.", { size: 11, color: MUTED }, 2);

  // Commentary and assessments.
  page.heading("Commentary");
  page.y = page.paragraph(PAD, page.y, INNER, input.commentary.trim() || "No commentary.", { size: 14, lineHeight: 21 }, CAPS.commentaryLines, (hidden) =>
    `… ${chars(hidden)} more of the commentary: the full text is in the PDF briefing pack and the JSON export.`,
  );
  if (input.assessments.length > 0) {
    page.heading("Assessments");
    for (const a of input.assessments.slice(0, CAPS.assessments)) {
      page.y = page.paragraph(PAD, page.y, INNER, a.title, { size: 15, weight: "bold", lineHeight: 20 }, 2);
      page.y = page.paragraph(PAD, page.y, INNER, `${a.status} · ${a.author}`, { size: 12, color: MUTED }, 1);
      page.y = page.paragraph(PAD, page.y + 2, INNER, a.text.trim() || "—", { size: 13, lineHeight: 19 }, CAPS.assessmentLines, (hidden) => `… ${chars(hidden)} more in the PDF briefing pack.`) + 10;
    }
    const hidden = input.assessments.length - CAPS.assessments;
    if (hidden > 0) page.y = page.paragraph(PAD, page.y, INNER, `… ${plural(hidden, "more assessment", "more assessments")} in the PDF briefing pack.`, { size: 12, color: MUTED });
  }
  if (input.flags.length > 0) {
    page.y += 8;
    const flags = `Data-quality flags: ${input.flags.map((f) => `${f.id} ${f.item}: ${f.issue}`).join(" · ")}`;
    page.y = page.paragraph(PAD, page.y, INNER, flags, { size: 12, color: WARN }, CAPS.flagLines, (hidden) => `… ${chars(hidden)} more of the flags: all of them are in the PDF briefing pack.`);
  }

  // The source footer.
  page.y += 14;
  page.parts.push(`<rect x="${PAD}" y="${page.y}" width="${INNER}" height="1" fill="#c5ccd4"/>`);
  page.y += 10;
  page.text(PAD, page.y + 14, `Sources cited (${input.sources.length})`, { size: 14, weight: "bold" });
  page.y += 22;
  // Short citations, as the board's source footer shows them (a link cannot be followed in an
  // image): id, publisher, year, kind and confidence; titles and links are in the PDF pack.
  const citations = input.sources.map((src) => {
    const mark = src.confidence ? `, ${src.confidence} confidence` : "";
    return `[${src.id}] ${src.publisher}${src.year ? ` ${src.year}` : ""} (${src.kind}${mark})`;
  });
  page.y = page.paragraph(PAD, page.y, INNER, citations.join("  ·  "), { size: 11, lineHeight: 15 }, CAPS.sourceLines, (hidden) => `… ${chars(hidden)} more of the source list: the full list, with titles and links, is in the PDF briefing pack.`);
  page.y += 10;
  const footer = `${input.boardTitle} · ${input.snapshotName ? `snapshot “${input.snapshotName}”` : "live board"} · ${utcMinute(input.createdAt)} · data version ${input.dataVersion.slice(0, 12)} · Corridor Board`;
  page.y = page.paragraph(PAD, page.y, INNER, footer, { size: 11, color: MUTED }, 2);

  const height = Math.ceil(page.y + PAD);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${BOARD_WIDTH}" height="${height}" viewBox="0 0 ${BOARD_WIDTH} ${height}"><rect width="${BOARD_WIDTH}" height="${height}" fill="#ffffff"/>${page.parts.join("")}</svg>`;
  return { svg, width: BOARD_WIDTH, height };
}
