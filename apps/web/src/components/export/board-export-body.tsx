"use client";
// The Export dialog's body: the live board as the PDF briefing pack or as one PNG image at 2×,
// both rendered on the server from the board as it is now, with progress, Cancel and clear errors.
// Loaded when the dialog first opens (components/board-bar/board-bar-dialogs.tsx).
import { exportFileName } from "~/components/snapshots/names";
import { useT } from "~/i18n/provider";
import { FileExport } from "./file-export";

export interface BoardExportBodyProps {
  boardId: string;
  boardTitle: string;
}

export default function BoardExportBody({ boardId, boardTitle }: BoardExportBodyProps) {
  const t = useT();
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  return (
    <section className="share-section" aria-label={t("dialogs.export.liveLabel")}>
      <p className="section-note">{t("dialogs.export.liveNote")}</p>
      <div className="snapshot-actions">
        <FileExport format="pdf" target={{ boardId }} fileName={exportFileName(boardTitle, `live ${stamp}`, "pdf")} />
        <FileExport format="png" target={{ boardId }} fileName={exportFileName(boardTitle, `live ${stamp}`, "png")} />
      </div>
    </section>
  );
}
