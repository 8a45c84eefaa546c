"use client";
// Notes pinned to the map or to chart data: the list (click focuses the map on the note, or the
// chart on its datum), each note's thread with replies, and resolve. The map side (markers, "add
// note" clicks) is in map-layer.tsx, the charts' side in chart-canvas.tsx.
import { useState } from "react";
import type { Annotation } from "@corridor/board-doc";
import { intlTag, type Locale } from "~/i18n/locale";
import { useT } from "~/i18n/provider";
import { useBoard } from "../board-context";
import { isChartName, seriesOfObservationKey } from "../charts/datum-keys";
import { useCollab } from "../collab/collab-context";
import { INDICATOR_KEYS } from "../selection";
import { useCoeditUi } from "./coedit-ui";
import { describeTarget } from "./note-target";

const when = (at: number, locale: Locale) => new Date(at).toLocaleString(intlTag(locale), { dateStyle: "medium", timeStyle: "short" });

export function AnnotationsCard() {
  const collab = useCollab();
  const t = useT();
  const ui = useCoeditUi();
  const [showResolved, setShowResolved] = useState(false);
  if (!collab?.boardDoc) return null;
  const notes = collab.boardDoc.annotations();
  const shown = notes.filter((n) => showResolved || !n.resolved);
  const resolvedCount = notes.length - notes.filter((n) => !n.resolved).length;
  return (
    <section className="coedit-card" aria-labelledby="notes-title" data-testid="annotations">
      <div className="coedit-card-head coedit-head-row">
        <div>
          <h2 id="notes-title">{t("coedit.notes.title")}</h2>
          <p className="chart-note">{t("coedit.notes.note")}</p>
        </div>
        {collab.readOnly ? null : (
          <button type="button" className="btn btn-small" aria-pressed={ui.addingNote} onClick={() => ui.setAddingNote(!ui.addingNote)}>
            {ui.addingNote ? t("coedit.notes.cancelAdding") : t("coedit.notes.add")}
          </button>
        )}
      </div>
      {shown.length === 0 ? <p className="muted">{notes.length === 0 ? t("coedit.notes.none") : t("coedit.notes.allResolved")}</p> : null}
      <ul className="note-list">
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} open={ui.openNoteId === note.id} />
        ))}
      </ul>
      {resolvedCount > 0 ? (
        <label className="small muted">
          <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} />{" "}
          {t("coedit.notes.showResolved", { count: resolvedCount })}
        </label>
      ) : null}
    </section>
  );
}

function NoteItem({ note, open }: { note: Annotation; open: boolean }) {
  const ui = useCoeditUi();
  const t = useT();
  const { selection, dispatch } = useBoard();
  const focus = () => {
    const { target } = note;
    if (target.kind === "point") {
      ui.focusMap(target.lonLat);
      return;
    }
    if (target.itemType !== "chart-datum" || !isChartName(target.chart)) return;
    // The indicator chart shows one series at a time: switch to the note's series first.
    const series = target.chart === "indicator" ? INDICATOR_KEYS.find((key) => key === seriesOfObservationKey(target.itemId)) : undefined;
    if (series && series !== selection.indicator) dispatch({ type: "setIndicator", key: series });
    ui.focusChart(target.chart, target.itemId);
  };
  return (
    <li className="note" data-resolved={note.resolved || undefined} data-testid="note">
      <button
        type="button"
        className="note-summary"
        aria-expanded={open}
        onClick={() => {
          ui.setOpenNoteId(open ? null : note.id);
          if (!open) focus();
        }}
      >
        <span className="note-pin" style={{ background: note.color }} aria-hidden="true" />
        <span className="note-text">{note.text}</span>
        <span className="note-meta">
          {note.author.name} · {describeTarget(note, t)}
          {note.replies.length > 0 ? ` · ${t("coedit.notes.replies", { count: note.replies.length })}` : ""}
          {note.resolved ? ` · ${t("coedit.notes.resolved")}` : ""}
        </span>
      </button>
      {open ? <NoteThread note={note} /> : null}
    </li>
  );
}

export function NoteThread({ note }: { note: Annotation }) {
  const collab = useCollab();
  const t = useT();
  const [reply, setReply] = useState("");
  if (!collab?.boardDoc) return null;
  const { boardDoc, author, readOnly } = collab;
  return (
    <div className="note-thread" data-testid="note-thread">
      <p className="note-first">
        <strong>{note.author.name}</strong> <span className="muted small">{when(note.createdAt, t.locale)}</span>
        <br />
        {note.text}
      </p>
      <ol className="note-replies">
        {note.replies.map((r) => (
          <li key={r.id}>
            <strong>{r.author.name}</strong> <span className="muted small">{when(r.at, t.locale)}</span>
            <br />
            {r.text}
          </li>
        ))}
      </ol>
      {readOnly || !author ? null : (
        <>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (reply.trim() === "") return;
              boardDoc.replyToAnnotation(note.id, reply.trim(), author);
              setReply("");
            }}
          >
            <label className="visually-hidden" htmlFor={`reply-${note.id}`}>
              {t("coedit.notes.reply")}
            </label>
            <input id={`reply-${note.id}`} value={reply} maxLength={5000} placeholder={t("coedit.notes.replyPlaceholder")} onChange={(event) => setReply(event.target.value)} />
            <button type="submit" className="btn btn-small" disabled={reply.trim() === ""}>
              {t("coedit.notes.reply")}
            </button>
          </form>
          <button type="button" className="link-button" onClick={() => boardDoc.setAnnotationResolved(note.id, !note.resolved, author)}>
            {note.resolved ? t("coedit.notes.reopen") : t("coedit.notes.resolve")}
          </button>
        </>
      )}
    </div>
  );
}
