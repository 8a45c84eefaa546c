"use client";
// Notes pinned to the map or to chart data: the list (click focuses the map on the note, or the
// chart on its datum), each note's thread with replies, and resolve. The map side (markers, "add
// note" clicks) is in map-layer.tsx, the charts' side in chart-canvas.tsx.
import { useState } from "react";
import type { Annotation } from "@corridor/board-doc";
import { useBoard } from "../board-context";
import { CHART_TITLES, isChartName, seriesOfObservationKey } from "../charts/datum-keys";
import { useCollab } from "../collab/collab-context";
import { INDICATOR_KEYS } from "../selection";
import { useCoeditUi } from "./coedit-ui";

export function describeTarget(note: Annotation): string {
  if (note.target.kind === "point") {
    const [lon, lat] = note.target.lonLat;
    return `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? "E" : "W"}`;
  }
  const { itemType, itemId, chart, datum } = note.target;
  if (itemType === "chart-datum" && isChartName(chart)) return `${CHART_TITLES[chart]} · ${datum ?? itemId}`;
  return `${itemType} ${itemId}`;
}

const when = (at: number) => new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function AnnotationsCard() {
  const collab = useCollab();
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
          <h2 id="notes-title">Notes</h2>
          <p className="chart-note">Pin a note to a place on the map or to a bar or point on a chart; discuss it in its thread.</p>
        </div>
        {collab.readOnly ? null : (
          <button type="button" className="btn btn-small" aria-pressed={ui.addingNote} onClick={() => ui.setAddingNote(!ui.addingNote)}>
            {ui.addingNote ? "Cancel adding" : "Add note"}
          </button>
        )}
      </div>
      {shown.length === 0 ? <p className="muted">{notes.length === 0 ? "No notes yet." : "All notes are resolved."}</p> : null}
      <ul className="note-list">
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} open={ui.openNoteId === note.id} />
        ))}
      </ul>
      {resolvedCount > 0 ? (
        <label className="small muted">
          <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} /> Show {resolvedCount} resolved
        </label>
      ) : null}
    </section>
  );
}

function NoteItem({ note, open }: { note: Annotation; open: boolean }) {
  const ui = useCoeditUi();
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
          {note.author.name} · {describeTarget(note)}
          {note.replies.length > 0 ? ` · ${note.replies.length} repl${note.replies.length === 1 ? "y" : "ies"}` : ""}
          {note.resolved ? " · resolved" : ""}
        </span>
      </button>
      {open ? <NoteThread note={note} /> : null}
    </li>
  );
}

export function NoteThread({ note }: { note: Annotation }) {
  const collab = useCollab();
  const [reply, setReply] = useState("");
  if (!collab?.boardDoc) return null;
  const { boardDoc, author, readOnly } = collab;
  return (
    <div className="note-thread" data-testid="note-thread">
      <p className="note-first">
        <strong>{note.author.name}</strong> <span className="muted small">{when(note.createdAt)}</span>
        <br />
        {note.text}
      </p>
      <ol className="note-replies">
        {note.replies.map((r) => (
          <li key={r.id}>
            <strong>{r.author.name}</strong> <span className="muted small">{when(r.at)}</span>
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
              Reply
            </label>
            <input id={`reply-${note.id}`} value={reply} maxLength={5000} placeholder="Reply…" onChange={(event) => setReply(event.target.value)} />
            <button type="submit" className="btn btn-small" disabled={reply.trim() === ""}>
              Reply
            </button>
          </form>
          <button type="button" className="link-button" onClick={() => boardDoc.setAnnotationResolved(note.id, !note.resolved, author)}>
            {note.resolved ? "Reopen" : "Resolve"}
          </button>
        </>
      )}
    </div>
  );
}
