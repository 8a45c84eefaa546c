"use client";
// The co-editing layer inside the board's map: other users' pointers and the notes as markers, both
// placed by longitude and latitude (so they land right at any zoom), this user's pointer sent
// through awareness at most ~20 times a second, and the "add note" mode (a click pins a note).
// Renderer-neutral: Marker and useMap come from the map's kit (MapLibre or Mapbox).
import { useEffect, useMemo, useState } from "react";
import type { MapMouseEvent } from "maplibre-gl";
import { useCollab } from "../collab/collab-context";
import { useMapKit } from "../map/map-kit";
import { AWARENESS_INTERVAL_MS, throttle } from "../collab/throttle";
import { useCoeditUi } from "./coedit-ui";
import { usePeers } from "./presence";

export function CoeditMapLayer() {
  const collab = useCollab();
  if (!collab) return null;
  return (
    <>
      <CursorSender />
      <RemoteCursors />
      <NoteMarkers />
      <FocusOnRequest />
      <AddNoteOverlay />
    </>
  );
}

function CursorSender() {
  const collab = useCollab();
  const { useMap } = useMapKit();
  const { current: map } = useMap();
  const awareness = collab?.session.awareness ?? null;
  useEffect(() => {
    if (!map || !awareness) return;
    const send = throttle((cursor: { lon: number; lat: number } | null) => awareness.setLocalStateField("cursor", cursor), AWARENESS_INTERVAL_MS);
    const onMove = (event: MapMouseEvent) => send({ lon: event.lngLat.lng, lat: event.lngLat.lat });
    const onOut = () => send(null);
    map.on("mousemove", onMove);
    map.on("mouseout", onOut);
    return () => {
      map.off("mousemove", onMove);
      map.off("mouseout", onOut);
      send.cancel();
      awareness.setLocalStateField("cursor", null);
    };
  }, [map, awareness]);
  return null;
}

function RemoteCursors() {
  const collab = useCollab();
  const { Marker } = useMapKit();
  const peers = usePeers(collab?.session.awareness ?? null);
  return (
    <>
      {peers
        .filter((p) => !p.self && p.cursor)
        .map((p) =>
          p.cursor ? (
            <Marker key={p.clientId} longitude={p.cursor.lon} latitude={p.cursor.lat} anchor="top-left" style={{ pointerEvents: "none" }}>
              <div className="remote-cursor" data-testid="remote-cursor" data-user={p.user.name}>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M1 1 L1 13 L5 9.5 L8 15 L10 14 L7 8.5 L12 8.5 Z" fill={p.user.color} stroke="#fff" strokeWidth="1" />
                </svg>
                <span className="remote-cursor-label" style={{ background: p.user.color }}>
                  {p.user.name}
                </span>
              </div>
            </Marker>
          ) : null,
        )}
    </>
  );
}

function NoteMarkers() {
  const collab = useCollab();
  const { Marker } = useMapKit();
  const ui = useCoeditUi();
  const notes = collab?.boardDoc?.annotations() ?? [];
  return (
    <>
      {notes.map((note) =>
        note.target.kind === "point" && !note.resolved ? (
          <Marker key={note.id} longitude={note.target.lonLat[0]} latitude={note.target.lonLat[1]} anchor="bottom">
            <button
              type="button"
              className="note-marker"
              style={{ background: note.color }}
              aria-label={`Note by ${note.author.name}: ${note.text}`}
              title={`${note.author.name}: ${note.text}`}
              data-testid="note-marker"
              onClick={(event) => {
                event.stopPropagation();
                ui.setOpenNoteId(ui.openNoteId === note.id ? null : note.id);
              }}
            >
              {note.replies.length > 0 ? note.replies.length + 1 : "✎"}
            </button>
          </Marker>
        ) : null,
      )}
    </>
  );
}

function FocusOnRequest() {
  const { useMap } = useMapKit();
  const { current: map } = useMap();
  const { focus } = useCoeditUi();
  useEffect(() => {
    if (!map || !focus) return;
    map.flyTo({ center: focus.lonLat, zoom: Math.max(map.getZoom(), 4), duration: 600 });
  }, [map, focus]);
  return null;
}

/**
 * Over the map while adding a note: a click anywhere takes the point (the overlay catches it, so it
 * never selects a map feature), and a small form asks for the text.
 */
function AddNoteOverlay() {
  const collab = useCollab();
  const ui = useCoeditUi();
  const { useMap } = useMapKit();
  const { current: map } = useMap();
  const [draft, setDraft] = useState<{ x: number; y: number; lonLat: [number, number] } | null>(null);
  const [text, setText] = useState("");
  const active = ui.addingNote && !!collab?.boardDoc && !collab.readOnly;
  const style = useMemo(() => (draft ? { left: Math.max(8, draft.x - 140), top: Math.max(8, draft.y - 170) } : undefined), [draft]);
  const { setAddingNote } = ui;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setDraft(null);
        setAddingNote(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, setAddingNote]);
  if (!active || !collab?.boardDoc || !collab.author) return null;
  const { boardDoc, author, color } = collab;
  return (
    <div
      className="add-note-overlay"
      data-testid="add-note-overlay"
      onClick={(event) => {
        if (draft || !map) return;
        const rect = event.currentTarget.getBoundingClientRect();
        const x = event.clientX - rect.left;
        const y = event.clientY - rect.top;
        const point = map.unproject([x, y]);
        setDraft({ x, y, lonLat: [Math.max(-180, Math.min(180, point.lng)), Math.max(-90, Math.min(90, point.lat))] });
      }}
    >
      {draft ? null : <p className="add-note-hint">Click the map where the note belongs · Esc to cancel</p>}
      {draft ? (
        <form
          className="add-note-form"
          style={style}
          onClick={(event) => event.stopPropagation()}
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim() === "") return;
            const id = boardDoc.addAnnotation({ target: { kind: "point", lonLat: draft.lonLat }, text: text.trim(), color }, author);
            setDraft(null);
            setText("");
            ui.setAddingNote(false);
            ui.setOpenNoteId(id);
          }}
        >
          <label htmlFor="new-note-text">Note at {draft.lonLat[1].toFixed(2)}°, {draft.lonLat[0].toFixed(2)}°</label>
          <textarea id="new-note-text" value={text} maxLength={5000} rows={3} autoFocus onChange={(event) => setText(event.target.value)} />
          <div className="add-note-actions">
            <button type="submit" className="btn btn-small btn-primary" disabled={text.trim() === ""}>
              Pin note
            </button>
            <button type="button" className="link-button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
