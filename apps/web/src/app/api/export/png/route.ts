// GET /api/export/png?board=<id>[&briefing=<token>] or ?snapshot=<id>[&link=<token>]: the whole
// board (map, charts, scenario, commentary, assessments, source footer) as one PNG at 2×, rendered
// on the server (offline, bundled fonts), with the same access checks as reading the board or
// snapshot. Closing the request cancels the rendering.
import { liveBoardPng, snapshotPng } from "@corridor/api";
import { exportRoute } from "~/server/export-route";

export const GET = exportRoute({
  contentType: "image/png",
  extension: "png",
  label: "PNG export",
  name: (query) => ("board" in query ? `${query.board}-board` : `${query.snapshot}-board`),
  render: async ({ db, facts, userId, query, signal }) => {
    const image =
      "board" in query
        ? await liveBoardPng({ db, facts, userId, boardId: query.board, briefingToken: query.briefing, signal })
        : await snapshotPng({ db, facts, userId, snapshotId: query.snapshot, linkToken: query.link, signal });
    return image.png;
  },
  failure: "The board image could not be rendered. Try again, or export the PDF briefing pack instead.",
});
