"use client";
// The Export dialog's body: the live board as the PDF briefing pack or as one PNG image at 2×,
// both rendered on the server from the board as it is now, with progress, Cancel and clear errors.
// Loaded when the dialog first opens (components/board-bar/board-bar-dialogs.tsx).
import { exportFileName } from "~/components/snapshots/names";
import { FileExport } from "./file-export";

export interface BoardExportBodyProps {
  boardId: string;
  boardTitle: string;
}

export default function BoardExportBody({ boardId, boardTitle }: BoardExportBodyProps) {
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  return (
    <section className="share-section" aria-label="Export the live board">
      <p className="section-note">
        The board as it is now: map, charts, scenario, commentary, assessments and the sources cited. Rendered on the server with
        bundled fonts; take a snapshot first to keep exactly this state.
      </p>
      <div className="snapshot-actions">
        <FileExport format="pdf" target={{ boardId }} fileName={exportFileName(boardTitle, `live ${stamp}`, "pdf")} />
        <FileExport format="png" target={{ boardId }} fileName={exportFileName(boardTitle, `live ${stamp}`, "png")} />
      </div>
    </section>
  );
}
