"use client";
// The board header's co-editing strip: connection status (connected / syncing / offline with the
// number of edits not yet sent), who is here, and this user's undo and redo.
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { useCollab } from "../collab/collab-context";
import { initials } from "../collab/identity";
import { uniqueUsers, usePeers } from "./presence";

const STATUS_TEXT = { connected: "Live", syncing: "Syncing…", offline: "Offline" } as const;

export function CoeditToolbar() {
  const collab = useCollab();
  if (!collab) return <span className="coedit-status" data-status="syncing">Connecting…</span>;
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
  if (!collab) return null;
  const { status, pending, problem } = collab.state;
  const detail = status !== "connected" && pending > 0 ? ` · ${pending} pending edit${pending === 1 ? "" : "s"}` : "";
  const title =
    status === "connected"
      ? "Connected: your changes reach everyone on this board at once."
      : status === "syncing"
        ? "Connecting to the live board and exchanging changes."
        : `Offline: your edits are kept in this browser and sent when the connection returns.${problem ? ` (${problem})` : ""}`;
  return (
    <span className="coedit-status" data-status={status} data-pending={pending} role="status" title={title} data-testid="connection-status">
      <span className="coedit-dot" aria-hidden="true" />
      {STATUS_TEXT[status]}
      {detail}
    </span>
  );
}

function AvatarStack() {
  const collab = useCollab();
  const peers = usePeers(collab?.session.awareness ?? null);
  const users = uniqueUsers(peers);
  if (users.length === 0) return null;
  const shown = users.slice(0, 5);
  return (
    <ul className="avatar-stack" aria-label={`${users.length} ${users.length === 1 ? "person" : "people"} on this board`} data-testid="avatar-stack">
      {shown.map((peer) => (
        <li key={peer.user.id} className="avatar" style={{ background: peer.user.color }} title={peer.self ? `${peer.user.name} (you)` : peer.user.name} data-user={peer.user.name}>
          <span aria-hidden="true">{initials(peer.user.name)}</span>
          <span className="visually-hidden">{peer.self ? `${peer.user.name} (you)` : peer.user.name}</span>
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
  const label = kind === "undo" ? "Undo my last change (Ctrl+Z)" : "Redo (Ctrl+Shift+Z)";
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
