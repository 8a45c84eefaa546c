"use client";
// The pieces the map layer and the chart layers draw alike: another user's pointer, a note's pin
// (opens its thread in the notes list) and the small form that pins a new note.
import { useId, useState, type CSSProperties } from "react";
import type { Annotation } from "@corridor/board-doc";
import { useT } from "~/i18n/provider";
import { useCoeditUi } from "./coedit-ui";
import type { PresenceUser } from "./presence";

export function CursorBadge({ user }: { user: PresenceUser }) {
  return (
    <div className="remote-cursor" data-testid="remote-cursor" data-user={user.name}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M1 1 L1 13 L5 9.5 L8 15 L10 14 L7 8.5 L12 8.5 Z" fill={user.color} stroke="#fff" strokeWidth="1" />
      </svg>
      <span className="remote-cursor-label" style={{ background: user.color }}>
        {user.name}
      </span>
    </div>
  );
}

export function NotePin({ note, testId }: { note: Annotation; testId: string }) {
  const ui = useCoeditUi();
  const t = useT();
  return (
    <button
      type="button"
      className="note-marker"
      style={{ background: note.color }}
      aria-label={t("coedit.notes.pinLabel", { name: note.author.name, text: note.text })}
      title={`${note.author.name}: ${note.text}`}
      data-testid={testId}
      data-note-id={note.id}
      onClick={(event) => {
        event.stopPropagation();
        ui.setOpenNoteId(ui.openNoteId === note.id ? null : note.id);
      }}
    >
      {note.replies.length > 0 ? note.replies.length + 1 : "✎"}
    </button>
  );
}

/** The text of a new note; `label` says where it goes ("Note at 43.65° N…", "Note on EU · Signed"). */
export function NoteDraftForm({ label, style, onPin, onCancel }: { label: string; style?: CSSProperties | undefined; onPin: (text: string) => void; onCancel: () => void }) {
  const t = useT();
  const [text, setText] = useState("");
  const id = useId();
  return (
    <form
      className="add-note-form"
      style={style}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== "") onPin(text.trim());
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={text} maxLength={5000} rows={3} autoFocus onChange={(event) => setText(event.target.value)} />
      <div className="add-note-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={text.trim() === ""}>
          {t("coedit.notes.pinNote")}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
