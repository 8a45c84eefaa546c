"use client";
// "Restore into live board" for a snapshot's editors and owners: a confirmation that says what a
// restore does (the snapshot's content is written into the live board as new changes, history kept,
// undoable), then the live board opens and applies it through its own collab session
// (`?restore=<snapshot>`, see ~/board/coedit/restore-notice), so everyone on the board sees it and
// the restorer's Undo takes it back.
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useT } from "~/i18n/provider";
import "~/components/share/share.css";

export function restoreHref(boardId: string, snapshotId: string): string {
  return `/b/${encodeURIComponent(boardId)}?${new URLSearchParams({ restore: snapshotId }).toString()}`;
}

export function RestoreSnapshotButton({ boardId, snapshotId, snapshotName }: { boardId: string; snapshotId: string; snapshotName: string }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const titleId = useId();
  return (
    <>
      <button type="button" className="btn btn-small" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {t("dialogs.restore.button")}
        <span className="visually-hidden">{t("dialogs.restore.buttonSubject", { name: snapshotName })}</span>
      </button>
      <dialog ref={dialog} className="modal share-modal" aria-labelledby={titleId} data-testid="restore-dialog">
        <div className="modal-head">
          <h2 id={titleId}>{t("dialogs.restore.title", { name: snapshotName })}</h2>
        </div>
        <div className="modal-body">
          <p>{t("dialogs.restore.body")}</p>
          <p className="section-note">{t("dialogs.restore.factsNote")}</p>
          <form method="dialog" className="snapshot-actions">
            <button type="button" className="btn btn-primary" onClick={() => router.push(restoreHref(boardId, snapshotId))}>
              {t("dialogs.restore.restore")}
            </button>
            <button type="submit" className="btn btn-quiet">
              {t("dialogs.cancel")}
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
