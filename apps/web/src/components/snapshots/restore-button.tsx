"use client";
// "Restore into live board" for a snapshot's editors and owners: a confirmation that says what a
// restore does (the snapshot's content is written into the live board as new changes, history kept,
// undoable), then the live board opens and applies it through its own collab session
// (`?restore=<snapshot>`, see ~/board/coedit/restore-notice), so everyone on the board sees it and
// the restorer's Undo takes it back.
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import "~/components/share/share.css";

export function restoreHref(boardId: string, snapshotId: string): string {
  return `/b/${encodeURIComponent(boardId)}?${new URLSearchParams({ restore: snapshotId }).toString()}`;
}

export function RestoreSnapshotButton({ boardId, snapshotId, snapshotName }: { boardId: string; snapshotId: string; snapshotName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const titleId = useId();
  return (
    <>
      <button type="button" className="btn btn-small" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Restore into live board<span className="visually-hidden"> from snapshot {snapshotName}</span>
      </button>
      <dialog ref={dialog} className="modal share-modal" aria-labelledby={titleId} data-testid="restore-dialog">
        <div className="modal-head">
          <h2 id={titleId}>Restore “{snapshotName}” into the live board?</h2>
        </div>
        <div className="modal-body">
          <p>
            The snapshot&apos;s scenario assumptions, commentary, assessments and map notes replace what the live board shows now. This is
            added as new changes: nothing is erased from the board&apos;s history, everyone on the board sees the result at once, and you
            can take it back with Undo.
          </p>
          <p className="section-note">The fact data is not affected: the board keeps showing today&apos;s figures.</p>
          <form method="dialog" className="snapshot-actions">
            <button type="button" className="btn btn-primary" onClick={() => router.push(restoreHref(boardId, snapshotId))}>
              Restore
            </button>
            <button type="submit" className="btn btn-quiet">
              Cancel
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
