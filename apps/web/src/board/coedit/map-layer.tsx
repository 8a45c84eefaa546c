"use client";
// The co-editing layer inside the board's map: other users' pointers and the notes as markers, both
// placed by longitude and latitude (so they land right at any zoom), this user's pointer sent
// through awareness at most ~20 times a second, and the "add note" mode (a click pins a note).
// Renderer-neutral: Marker and useMap come from the map's kit (MapLibre or Mapbox).
import { useEffect, useMemo, useState } from "react";
import type { MapMouseEvent } from "maplibre-gl";
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";
import { useMapKit } from "../map/map-kit";
import { AWARENESS_INTERVAL_MS, throttle } from "../collab/throttle";
import { useCoeditUi } from "./coedit-ui";
import { CursorBadge, NoteDraftForm, NotePin } from "./note-parts";
import { usePeers } from "./presence";
import { formatDecimal } from "./scenario-format";

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
              <CursorBadge user={p.user} />
            </Marker>
          ) : null,
        )}
    </>
  );
}

function NoteMarkers() {
  const collab = useCollab();
  const { Marker } = useMapKit();
  const notes = collab?.boardDoc?.annotations() ?? [];
  return (
    <>
      {notes.map((note) =>
        note.target.kind === "point" && !note.resolved ? (
          <Marker key={note.id} longitude={note.target.lonLat[0]} latitude={note.target.lonLat[1]} anchor="bottom">
            <NotePin note={note} testId="note-marker" />
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
  const t = useT();
  const { useMap } = useMapKit();
  const { current: map } = useMap();
  const [draft, setDraft] = useState<{ x: number; y: number; lonLat: [number, number] } | null>(null);
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
      {draft ? null : <p className="add-note-hint">{t("coedit.notes.mapHint")}</p>}
      {draft ? (
        <NoteDraftForm
          label={t("coedit.notes.noteAt", { lat: formatDecimal(draft.lonLat[1], 2, t.locale), lon: formatDecimal(draft.lonLat[0], 2, t.locale) })}
          style={style}
          onCancel={() => setDraft(null)}
          onPin={(text) => {
            const id = boardDoc.addAnnotation({ target: { kind: "point", lonLat: draft.lonLat }, text, color }, author);
            setDraft(null);
            ui.setAddingNote(false);
            ui.setOpenNoteId(id);
          }}
        />
      ) : null}
    </div>
  );
}
