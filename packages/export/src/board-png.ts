// The PNG export: the whole board (map, charts, scenario, commentary, assessments, source footer)
// composed as one SVG (board-svg.ts) and rasterised at 2× with resvg (a prebuilt native binary from
// npm: works offline). Fonts are the bundled DejaVu files only (no system font lookup), so the image
// is the same on every machine. Abortable: the signal is checked between stages and passed to the
// rasteriser.
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { briefingInputSchema, type BriefingInput } from "./briefing-input.ts";
import { composeBoardSvg } from "./board-svg.ts";
import { fontDirectory, FONT_FAMILY, FONT_FILES } from "./fonts.ts";
import { createTextMeasure } from "./text-measure.ts";

export interface PngRenderOptions {
  /** Pixels per layout unit (default 2). */
  scale?: number;
  signal?: AbortSignal;
  /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf live (default: the dejavu-fonts-ttf package). */
  fontDir?: string;
  /** Called after each stage (compose, rasterise), for progress reporting. */
  onProgress?: (done: number, total: number) => void;
}

export interface BoardPng {
  png: Buffer;
  /** Pixel size of the image. */
  width: number;
  height: number;
  /** The layout size the image was rasterised from (width × scale = image width). */
  layout: { width: number; height: number };
}

export class ExportCancelledError extends Error {
  constructor() {
    super("Export cancelled");
    this.name = "ExportCancelledError";
  }
}

export async function renderBoardPng(rawInput: BriefingInput, options: PngRenderOptions = {}): Promise<BoardPng> {
  const input = briefingInputSchema.parse(rawInput);
  const scale = options.scale ?? 2;
  const check = () => {
    if (options.signal?.aborted) throw new ExportCancelledError();
  };
  check();
  const fontDir = fontDirectory(options.fontDir);
  const board = composeBoardSvg(input, createTextMeasure(fontDir));
  options.onProgress?.(1, 2);
  check();
  let image;
  try {
    image = await renderAsync(
      board.svg,
      {
        fitTo: { mode: "zoom", value: scale },
        background: "#ffffff",
        font: {
          loadSystemFonts: false,
          fontFiles: [path.join(fontDir, FONT_FILES.regular), path.join(fontDir, FONT_FILES.bold)],
          defaultFontFamily: FONT_FAMILY,
          sansSerifFamily: FONT_FAMILY,
        },
        logLevel: "off",
      },
      options.signal ?? null,
    );
  } catch (error) {
    if (options.signal?.aborted) throw new ExportCancelledError();
    throw new Error(`The board image could not be rasterised: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  check();
  const png = image.asPng();
  options.onProgress?.(2, 2);
  return { png, width: image.width, height: image.height, layout: { width: board.width, height: board.height } };
}
