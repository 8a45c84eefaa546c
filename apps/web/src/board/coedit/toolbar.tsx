"use client";
// The board header's co-editing strip: connection status (connected / syncing / offline with the
// number of edits not yet sent), who is here, and this user's undo and redo. Loaded lazily by the
// board header (CoeditConnecting stands in until then and before the document exists).
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";
import { initials } from "../collab/identity";
import { CoeditConnecting } from "./coedit-placeholder";
import { uniqueUsers, usePeers } from "./presence";

export default function CoeditToolbar() {
  const collab = useCollab();
  if (!collab) return <CoeditConnecting />;
  return (
    <div className="coedit-toolbar">
      <ConnectionStatus />
      <AvatarStack />
      <UndoRedo />
    </div>
  );
}

function ConnectionStatus() {
  const collab = useCollab();
  const t = useT();
  if (!collab) return null;
  const { status, pending, problem } = collab.state;
  const detail = status !== "connected" && pending > 0 ? ` · ${t("coedit.pendingEdits", { count: pending })}` : "";
  // The problem is the network's own wording (a technical detail in brackets).
  const title = `${t(`coedit.statusTitle.${status}`)}${status === "offline" && problem ? ` (${problem})` : ""}`;
  return (
    <span className="coedit-status" data-status={status} data-pending={pending} role="status" title={title} data-testid="connection-status">
      <span className="coedit-dot" aria-hidden="true" />
      {t(`coedit.status.${status}`)}
      {detail}
    </span>
  );
}

function AvatarStack() {
  const collab = useCollab();
  const t = useT();
  const peers = usePeers(collab?.session.awareness ?? null);
  const users = uniqueUsers(peers);
  if (users.length === 0) return null;
  const shown = users.slice(0, 5);
  const nameOf = (peer: (typeof users)[number]) => (peer.self ? t("coedit.you", { name: peer.user.name }) : peer.user.name);
  return (
    <ul className="avatar-stack" aria-label={t("coedit.peopleOnBoard", { count: users.length })} data-testid="avatar-stack">
      {shown.map((peer) => (
        <li key={peer.user.id} className="avatar" style={{ background: peer.user.color }} title={nameOf(peer)} data-user={peer.user.name}>
          <span aria-hidden="true">{initials(peer.user.name)}</span>
          <span className="visually-hidden">{nameOf(peer)}</span>
        </li>
      ))}
      {users.length > shown.length ? <li className="avatar avatar-more">+{users.length - shown.length}</li> : null}
    </ul>
  );
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes this user's own changes; editors and inputs keep their own. */
function UndoRedo() {
  const collab = useCollab();
  const readOnly = collab?.readOnly ?? true;
  const manager = collab?.undoManager ?? null;
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });

  useEffect(() => {
    if (!manager) return;
    const refresh = () => setStacks({ undo: manager.undoStack.length, redo: manager.redoStack.length });
    manager.on("stack-item-added", refresh);
    manager.on("stack-item-popped", refresh);
    manager.on("stack-cleared", refresh);
    refresh();
    return () => {
      manager.off("stack-item-added", refresh);
      manager.off("stack-item-popped", refresh);
      manager.off("stack-cleared", refresh);
    };
  }, [manager]);

  useEffect(() => {
    if (!manager || readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === "z" && !event.shiftKey;
      const isRedo = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      if (ownsUndo(event.target)) return;
      event.preventDefault();
      if (isUndo) manager.undo();
      else manager.redo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [manager, readOnly]);

  if (readOnly) return null;
  return (
    <span className="undo-redo">
      <UndoButton manager={manager} kind="undo" disabled={stacks.undo === 0} />
      <UndoButton manager={manager} kind="redo" disabled={stacks.redo === 0} />
    </span>
  );
}

function UndoButton({ manager, kind, disabled }: { manager: Y.UndoManager | null; kind: "undo" | "redo"; disabled: boolean }) {
  const t = useT();
  const label = kind === "undo" ? t("coedit.undo") : t("coedit.redo");
  return (
    <button type="button" className="toggle icon-button" disabled={disabled || !manager} aria-label={label} title={label} onClick={() => (kind === "undo" ? manager?.undo() : manager?.redo())}>
      {kind === "undo" ? "↶" : "↷"}
    </button>
  );
}

/** Text fields and rich-text editors have their own undo (for the editors: this user's text only). */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !["range", "checkbox", "radio", "button"].includes(target.type);
}
