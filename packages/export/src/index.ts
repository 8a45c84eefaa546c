export { renderBriefingPdf, type RenderOptions } from "./briefing-pdf.ts";
export { briefingInputSchema, type BriefingInput } from "./briefing-input.ts";
export { mapSvg } from "./map-svg.ts";
export { commitmentsSvg, seriesSvg } from "./charts-svg.ts";
