// GET /api/export/pdf?board=<id>[&briefing=<token>] or ?snapshot=<id>[&link=<token>]: the PDF
// briefing pack, rendered on the server (offline), with the same access checks as reading the
// board or snapshot. Closing the request cancels the rendering.
import { liveBoardPdf, snapshotPdf } from "@corridor/api";
import { exportRoute } from "~/server/export-route";

export const GET = exportRoute({
  contentType: "application/pdf",
  extension: "pdf",
  label: "PDF export",
  name: (query) => ("board" in query ? `${query.board}-briefing` : `${query.snapshot}-briefing`),
  render: ({ db, facts, userId, query, signal }) =>
    "board" in query
      ? liveBoardPdf({ db, facts, userId, boardId: query.board, briefingToken: query.briefing, signal })
      : snapshotPdf({ db, facts, userId, snapshotId: query.snapshot, linkToken: query.link, signal }),
  failure: "The briefing pack could not be rendered. Try again, or export JSON instead.",
});
