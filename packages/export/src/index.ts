export { renderBriefingPdf, type RenderOptions } from "./briefing-pdf.ts";
export { briefingInputSchema, type BriefingInput } from "./briefing-input.ts";
export { mapSvg } from "./map-svg.ts";
export { commitmentsSvg, seriesSvg } from "./charts-svg.ts";
export { renderBoardPng, ExportCancelledError, type BoardPng, type PngRenderOptions } from "./board-png.ts";
export { composeBoardSvg, BOARD_WIDTH, type BoardSvg } from "./board-svg.ts";
