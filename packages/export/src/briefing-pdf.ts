// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- svg-to-pdfkit ships no types; the declaration must travel with this file to every package that compiles it
/// <reference path="./svg-to-pdfkit.d.ts" />
// The PDF briefing pack (A4 landscape): cover with board, time and scenario summary; the map; the
// charts with their key figures; commentary and assessments; every cited source with its
// confidence. User text is drawn as text (never interpreted); fonts are bundled (DejaVu, with
// Cyrillic), so nothing is fetched and Russian text renders.
import path from "node:path";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { briefingInputSchema, type BriefingInput } from "./briefing-input.ts";
import { commitmentsSvg, seriesSvg } from "./charts-svg.ts";
import { fontDirectory, FONT_FILES } from "./fonts.ts";
import { eur } from "./format.ts";
import { mapSvg } from "./map-svg.ts";

const PAGE = { width: 841.89, height: 595.28, margin: 40 };
const INK = "#1d2733";
const MUTED = "#5b6878";


export interface RenderOptions {
  /** Leave page streams uncompressed (tests read the text). */
  compress?: boolean;
  /** Called after each page, for progress reporting. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf live (default: the dejavu-fonts-ttf package). */
  fontDir?: string;
}

export async function renderBriefingPdf(rawInput: BriefingInput, options: RenderOptions = {}): Promise<Buffer> {
  const input = briefingInputSchema.parse(rawInput);
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: PAGE.margin,
    compress: options.compress ?? true,
    info: { Title: `${input.boardTitle} — briefing pack`, Author: input.author ?? "Corridor Board", Creator: "Corridor Board" },
  });
  const fontDir = fontDirectory(options.fontDir);
  doc.registerFont("regular", path.join(fontDir, FONT_FILES.regular));
  doc.registerFont("bold", path.join(fontDir, FONT_FILES.bold));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const totalPages = 5;
  let done = 0;
  const step = () => {
    if (options.signal?.aborted) throw new Error("Export cancelled");
    done += 1;
    options.onProgress?.(done, totalPages);
  };
  const svg = (markup: string, x: number, y: number, width: number, height: number) =>
    SVGtoPDF(doc, markup, x, y, { width, height, fontCallback: (_family: string, bold: boolean) => (bold ? "bold" : "regular") });
  const footer = () => {
    // The footer sits inside the bottom margin: lift the margin while writing it, or pdfkit would
    // start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(7).fillColor(MUTED);
    doc.text(
      `${input.boardTitle} · ${input.snapshotName ? `snapshot "${input.snapshotName}"` : "live board"} · ${input.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC · data version ${input.dataVersion.slice(0, 12)} · Sources on the last page`,
      PAGE.margin,
      PAGE.height - 28,
      { width: PAGE.width - 2 * PAGE.margin, lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  };
  const heading = (text: string) => {
    doc.font("bold").fontSize(16).fillColor(INK).text(text, PAGE.margin, PAGE.margin);
    doc.moveDown(0.4);
  };

  // 1. Cover
  doc.font("bold").fontSize(26).fillColor(INK).text(input.boardTitle, PAGE.margin, 120, { width: PAGE.width - 2 * PAGE.margin });
  doc.font("regular").fontSize(13).fillColor(MUTED).text(input.snapshotName ? `Snapshot: ${input.snapshotName}` : "Live board", { paragraphGap: 4 });
  doc.text(`${input.createdAt.toUTCString()}${input.author ? ` · ${input.author}` : ""}`);
  doc.moveDown(1.5);
  doc.font("bold").fontSize(13).fillColor(INK).text("Scenario summary (beside the baseline)");
  doc.font("regular").fontSize(11).fillColor(INK);
  doc.text(`Transit-risk index for Kazakhstan: ${input.scenario.riskScenario.toFixed(0)} (baseline ${input.scenario.riskBaseline.toFixed(0)}) — an index, not a probability`);
  doc.text(`Realised investment by 2030: ${eur(input.scenario.realisedScenarioEur)} (baseline ${eur(input.scenario.realisedBaselineEur)})`);
  doc.text(
    input.scenario.firstYearOverCapacity === null
      ? "Middle Corridor demand stays within capacity to 2030"
      : `Middle Corridor demand passes capacity in ${input.scenario.firstYearOverCapacity}`,
  );
  doc.moveDown(0.5);
  if (input.scenario.changed.length === 0) doc.fillColor(MUTED).text("All assumptions at their defaults (the baseline).");
  for (const a of input.scenario.changed) doc.fillColor(INK).text(`• ${a.name}: ${a.value} ${a.unit} (default ${a.default})`);
  footer();
  step();

  // 2. Map
  doc.addPage();
  heading("Corridors and chokepoints");
  svg(mapSvg(input, 560, 420), PAGE.margin, 75, 560, 420);
  let y = 80;
  doc.font("regular").fontSize(9);
  for (const c of input.corridors) {
    doc.rect(615, y + 2, 14, 4).fill(c.color);
    doc.fillColor(INK).text(`${c.name} (${Math.round(c.lengthKm).toLocaleString("en-GB")} km through its waypoints)`, 635, y, { width: 165 });
    y = doc.y + 6;
  }
  footer();
  step();

  // 3. Charts
  doc.addPage();
  heading("Commitments and indicators");
  svg(commitmentsSvg(input.commitments, 380, 300), PAGE.margin, 75, 380, 300);
  const firstSeries = input.series[0];
  if (firstSeries) svg(seriesSvg(firstSeries, 360, 300), 440, 75, 360, 300);
  doc.font("regular").fontSize(9).fillColor(INK);
  doc.text("Key figures", PAGE.margin, 390, { underline: true });
  for (const c of [...input.commitments].sort((a, b) => b.totalEur - a.totalEur).slice(0, 6)) {
    doc.text(`${c.actor}, ${c.status}: ${eur(c.totalEur)} [${c.sourceIds.join(", ")}]`, { width: 380 });
  }
  doc.fontSize(8).fillColor(MUTED).text("Sub-items are never added to the commitments that contain them. Hollow points: low confidence.", PAGE.margin, 520, { width: 760 });
  if (input.flags.length > 0) {
    doc.fontSize(8).fillColor("#a4401b").text(`Data-quality flags: ${input.flags.map((f) => `${f.id} ${f.item}: ${f.issue}`).join(" · ")}`, PAGE.margin, 532, { width: 760 });
  }
  footer();
  step();

  // 4. Commentary and assessments
  doc.addPage();
  heading("Commentary and assessments");
  doc.font("regular").fontSize(10).fillColor(INK).text(input.commentary.trim() || "No commentary.", { width: PAGE.width - 2 * PAGE.margin });
  for (const a of input.assessments) {
    doc.moveDown(0.8);
    doc.font("bold").fontSize(11).fillColor(INK).text(`${a.title}  [${a.status}]`);
    doc.font("regular").fontSize(8).fillColor(MUTED).text(a.author);
    doc.font("regular").fontSize(10).fillColor(INK).text(a.text.trim() || "—", { width: PAGE.width - 2 * PAGE.margin });
  }
  footer();
  step();

  // 5. Sources
  doc.addPage();
  heading(`Sources cited (${input.sources.length})`);
  doc.font("regular").fontSize(7.5).fillColor(INK);
  for (const s of input.sources) {
    const mark = s.confidence ? ` · confidence ${s.confidence}` : "";
    const seed = s.seedRef !== null ? ` · seed ref. [${s.seedRef}]` : "";
    doc.text(`[${s.id}] ${s.publisher}. ${s.title}${s.year ? ` (${s.year})` : ""}. ${s.kind}${mark}${seed}${s.url ? ` · ${s.url}` : ""}`, {
      width: PAGE.width - 2 * PAGE.margin,
      paragraphGap: 1.5,
    });
    if (doc.y > PAGE.height - 50) {
      footer();
      doc.addPage();
      doc.font("regular").fontSize(7.5).fillColor(INK);
    }
  }
  footer();
  step();

  doc.end();
  return finished;
}
