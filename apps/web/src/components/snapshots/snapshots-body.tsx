"use client";
// The Snapshots dialog's body, loaded when the dialog first opens (components/board-bar/board-bar-dialogs.tsx): take a
// snapshot (editors and owners), the board's snapshots with Open, Compare with now, JSON download,
// restore, PDF and PNG exports (progress, cancel, clear error), and for owners a read-only share
// link and delete.
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { OneTimeLink } from "~/components/share/one-time-link";
import { ErrorAlert } from "~/components/ui/error-alert";
import { errorText } from "~/components/ui/error-text";
import { SubmitButton } from "~/components/ui/submit-button";
import { useT } from "~/i18n/provider";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { FileExport, saveBlob } from "~/components/export/file-export";
import { exportFileName, formatTimestamp } from "./names";
import { RestoreSnapshotButton } from "./restore-button";
import "~/components/share/share.css";

type Role = "viewer" | "editor" | "owner";
type SnapshotItem = RouterOutputs["snapshots"]["list"]["items"][number];

export interface SnapshotsDialogProps {
  boardId: string;
  boardTitle: string;
  role: Role;
}

export default function SnapshotsBody({ boardId, boardTitle, role }: SnapshotsDialogProps) {
  const t = useT();
  const trpc = useTRPC();
  const list = useQuery(trpc.snapshots.list.queryOptions({ boardId }));
  const canTake = role === "editor" || role === "owner";
  return (
    <>
      {canTake ? (
        <TakeSnapshotForm boardId={boardId} />
      ) : (
        <section className="share-section">
          <p className="section-note">{t("dialogs.snapshots.viewersNote")}</p>
        </section>
      )}
      <section className="share-section" aria-labelledby="snapshots-list">
        <h3 id="snapshots-list">{t("dialogs.snapshots.title")}</h3>
        {list.isPending ? <p className="section-note">{t("dialogs.loading")}</p> : null}
        <ErrorAlert error={list.error} />
        {list.data && list.data.items.length === 0 ? <p className="section-note">{t("dialogs.snapshots.empty")}</p> : null}
        <ul className="snapshot-list" aria-label={t("dialogs.snapshots.listLabel")}>
          {list.data?.items.map((item) => (
            <SnapshotRow key={item.id} item={item} boardId={boardId} boardTitle={boardTitle} isOwner={role === "owner"} canRestore={canTake} />
          ))}
        </ul>
      </section>
    </>
  );
}

function TakeSnapshotForm({ boardId }: { boardId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const create = useMutation(
    trpc.snapshots.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.snapshots.list.queryKey({ boardId }) }) }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name") ?? "").trim();
    if (!name) return;
    create.mutate({ boardId, name }, { onSuccess: () => formElement.reset() });
  }

  return (
    <section className="share-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("dialogs.snapshots.takeTitle")}</h3>
      <p className="section-note">{t("dialogs.snapshots.takeNote")}</p>
      <form onSubmit={onSubmit} className="snapshot-form">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("dialogs.snapshots.name")}</label>
          <input id={`${id}-name`} name="name" className="input" required maxLength={200} placeholder={t("dialogs.snapshots.namePlaceholder")} />
        </div>
        <SubmitButton className="btn btn-primary" pending={create.isPending} pendingLabel={t("dialogs.snapshots.taking")}>
          {t("dialogs.snapshots.take")}
        </SubmitButton>
      </form>
      <ErrorAlert error={create.error} />
      {create.data ? (
        <p className="alert alert-ok" role="status">
          {t("dialogs.snapshots.taken", { name: create.data.name })} <Link href={`/s/${create.data.id}`}>{t("dialogs.snapshots.openIt")}</Link>
        </p>
      ) : null}
    </section>
  );
}

function SnapshotRow({ item, boardId, boardTitle, isOwner, canRestore }: { item: SnapshotItem; boardId: string; boardTitle: string; isOwner: boolean; canRestore: boolean }) {
  const t = useT();
  return (
    <li className="snapshot-item" data-snapshot-id={item.id}>
      <div className="snapshot-who">
        <span className="snapshot-name">{item.name}</span>
        <span className="link-meta">
          {item.authorName} · <time dateTime={item.createdAt.toISOString()}>{formatTimestamp(item.createdAt, t)}</time>
        </span>
      </div>
      <div className="snapshot-actions" role="group" aria-label={t("dialogs.snapshots.actionsFor", { name: item.name })}>
        <Link className="btn btn-small" href={`/s/${item.id}`}>
          {t("dialogs.snapshots.open")}
        </Link>
        <Link className="btn btn-small" href={`/s/${item.id}/diff`}>
          {t("dialogs.snapshots.compare")}
        </Link>
        <JsonButton snapshotId={item.id} fileName={exportFileName(boardTitle, item.name, "json")} />
        {canRestore ? <RestoreSnapshotButton boardId={boardId} snapshotId={item.id} snapshotName={item.name} /> : null}
      </div>
      <div className="snapshot-actions">
        <FileExport format="pdf" target={{ snapshotId: item.id }} fileName={exportFileName(boardTitle, item.name, "pdf")} />
        <FileExport format="png" target={{ snapshotId: item.id }} fileName={exportFileName(boardTitle, item.name, "png")} />
      </div>
      {isOwner ? <OwnerActions item={item} boardId={boardId} /> : null}
    </li>
  );
}

function JsonButton({ snapshotId, fileName }: { snapshotId: string; fileName: string }) {
  const t = useT();
  const client = useTRPCClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const file = await client.snapshots.export.query({ snapshotId });
      saveBlob(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }), fileName);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => void download()}>
        {busy ? t("dialogs.snapshots.exporting") : t("dialogs.snapshots.json")}
      </button>
      {error ? (
        <span className="alert alert-error inline-alert" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

function OwnerActions({ item, boardId }: { item: SnapshotItem; boardId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const createLink = useMutation(trpc.snapshots.createLink.mutationOptions());
  const remove = useMutation(
    trpc.snapshots.delete.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.snapshots.list.queryKey({ boardId }) }) }),
  );
  const failure = createLink.error ?? remove.error;

  return (
    <div className="snapshot-owner">
      <div className="snapshot-actions">
        <button type="button" className="btn btn-small" disabled={createLink.isPending} onClick={() => createLink.mutate({ snapshotId: item.id, expiresInHours: 24 * 7 })}>
          {createLink.isPending ? t("dialogs.snapshots.creatingLink") : t("dialogs.snapshots.shareLink")}
        </button>
        {confirming ? (
          <>
            <span className="field-hint">{t("dialogs.snapshots.confirmDelete", { name: item.name })}</span>
            <button type="button" className="btn btn-small btn-danger" disabled={remove.isPending} onClick={() => remove.mutate({ snapshotId: item.id })}>
              {t("dialogs.snapshots.yesDelete")}
            </button>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setConfirming(false)}>
              {t("dialogs.snapshots.keep")}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-small btn-danger" onClick={() => setConfirming(true)}>
            {t("dialogs.snapshots.delete")}
            <span className="visually-hidden">{t("dialogs.snapshots.deleteSubject", { name: item.name })}</span>
          </button>
        )}
      </div>
      <ErrorAlert error={failure} />
      {createLink.data ? (
        <OneTimeLink
          label={t("dialogs.snapshots.linkLabel")}
          path={createLink.data.path}
          note={t("dialogs.snapshots.linkNote")}
        />
      ) : null}
    </div>
  );
}
