"use client";
// Applies a snapshot restore asked for with `?restore=<snapshot>` (the snapshot page's "Restore
// into live board"): once the live session is in sync and the user may edit, the snapshot's content
// is written into the live document as one change of this user (restoreSnapshot), so it reaches
// everyone through the collab server and this user's undo manager can take it back. The parameter
// is then dropped from the URL (a reload does not restore twice) and a notice offers Undo.
import { useEffect, useRef, useState } from "react";
import { useSearchParams } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import type * as Y from "yjs";
import { boardDocFromState, restoreSnapshot } from "@corridor/board-doc";
import { useT } from "~/i18n/provider";
import { useTRPC } from "~/trpc/react";
import { useCollab } from "../collab/collab-context";
import { errorText } from "~/components/ui/error-text";

const SNAPSHOT_ID = /^snap-[a-f0-9]{16}$/;

type Outcome = { kind: "restored"; name: string; item: unknown } | { kind: "undone"; name: string } | { kind: "failed"; message: string | null } | { kind: "dismissed" };

function requestedSnapshot(value: string | null): string | null {
  return value && SNAPSHOT_ID.test(value) ? value : null;
}

/** The URL without `restore`, other parameters (the selection) kept: a reload does not restore twice. */
function dropRestoreParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("restore")) return;
  url.searchParams.delete("restore");
  window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
}

function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const topOf = (manager: Y.UndoManager): unknown => manager.undoStack[manager.undoStack.length - 1] ?? null;

export function RestoreNotice() {
  const collab = useCollab();
  const trpc = useTRPC();
  const t = useT();
  // Latched on mount: the parameter is dropped from the URL as soon as the restore is settled.
  const [snapshotId] = useState(requestedSnapshot(useSearchParams().get("restore")));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const applied = useRef(false);

  const snapshot = useQuery({ ...trpc.snapshots.get.queryOptions({ snapshotId: snapshotId ?? "" }), enabled: snapshotId !== null, staleTime: Infinity, retry: false });
  const ready = collab !== null && collab.state.status === "connected" && collab.boardDoc !== null && collab.undoManager !== null && collab.author !== null;
  // Why it cannot be applied, as soon as that is known (no effect needed to say so).
  const refusal = !snapshotId
    ? null
    : snapshot.error
      ? errorText(snapshot.error, t)
      : ready && collab.readOnly
        ? (collab.readOnlyReason ?? t("coedit.restore.editorsOnly"))
        : snapshot.data && collab && snapshot.data.board.id !== collab.boardId
          ? t("coedit.restore.otherBoard")
          : null;

  useEffect(() => {
    if (!snapshotId || applied.current) return;
    if (refusal) {
      applied.current = true;
      dropRestoreParam();
      return;
    }
    if (!ready || !snapshot.data || !collab.boardDoc || !collab.undoManager || !collab.author) return;
    applied.current = true;
    dropRestoreParam();
    let result: Outcome;
    try {
      const frozen = boardDocFromState(bytesFromBase64(snapshot.data.docState), collab.definitions);
      // One undo step of its own: not merged with an edit made just before or after.
      collab.undoManager.stopCapturing();
      restoreSnapshot(collab.boardDoc, frozen, collab.author);
      collab.undoManager.stopCapturing();
      frozen.doc.destroy();
      result = { kind: "restored", name: snapshot.data.name, item: topOf(collab.undoManager) };
    } catch (error) {
      // Without a message of its own, the notice says it in the interface language.
      result = { kind: "failed", message: error instanceof Error ? error.message : null };
    }
    // The restore wrote to the live document (the external system); the notice records its outcome.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the outcome of a write made to the Y.Doc just above
    setOutcome(result);
  }, [snapshotId, snapshot.data, refusal, ready, collab]);

  const dismiss = () => setOutcome({ kind: "dismissed" });
  if (!snapshotId || outcome?.kind === "dismissed") return null;
  const failure = outcome?.kind === "failed" ? (outcome.message ?? t("coedit.restore.failed")) : refusal;
  if (failure || outcome?.kind === "failed") {
    return (
      <div className="restore-notice alert alert-error" role="alert" data-testid="restore-notice">
        <span>{t("coedit.restore.notRestored", { reason: failure ?? t("coedit.restore.failed") })}</span>
        <DismissButton onClick={dismiss} />
      </div>
    );
  }
  if (!outcome) {
    return (
      <p className="restore-notice" role="status" data-testid="restore-notice">
        {t("coedit.restore.pending")}
      </p>
    );
  }
  if (outcome.kind === "undone") {
    return (
      <p className="restore-notice" role="status" data-testid="restore-notice">
        <span>{t("coedit.restore.undone", { name: outcome.name })}</span>
        <DismissButton onClick={dismiss} />
      </p>
    );
  }
  const manager = collab?.undoManager ?? null;
  // Undo here takes back the restore only while it is this user's latest change; after further
  // edits the toolbar's Undo walks back through them first.
  const canUndo = manager !== null && topOf(manager) === outcome.item;
  return (
    <div className="restore-notice" role="status" data-testid="restore-notice">
      <span>
        {t("coedit.restore.restored", { name: outcome.name })}
        {canUndo ? null : ` ${t("coedit.restore.changedSince")}`}
      </span>
      {canUndo ? (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            manager.undo();
            setOutcome({ kind: "undone", name: outcome.name });
          }}
        >
          {t("coedit.restore.undo")}
        </button>
      ) : null}
      <DismissButton onClick={dismiss} />
    </div>
  );
}

function DismissButton({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="btn btn-small btn-quiet" onClick={onClick}>
      {t("coedit.restore.dismiss")}
    </button>
  );
}
