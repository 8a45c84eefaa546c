"use client";
// The co-editing layer over one board chart (loaded after the board is up, with the live document):
// other users' pointers over this chart and the notes pinned to its data, both placed by DATA
// coordinates (charts/chart-points.ts) so they land on the same bar or point whatever this chart's
// size; this user's pointer sent through awareness at most ~20 times a second; the new-note form
// for a clicked datum; a focus request from the notes list scrolls to the chart and highlights the datum.
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { EChartsType } from "echarts/core";
import { useT } from "~/i18n/provider";
import { datumAnchor, pinnableData, pixelOfPoint, pointFromPixel, type ChartCursor, type Pixel } from "../charts/chart-points";
import type { ChartName } from "../charts/datum-keys";
import { echartsProjector } from "../charts/projector";
import type { ChartOption } from "../charts/types";
import { useCollab } from "../collab/collab-context";
import { AWARENESS_INTERVAL_MS, throttle } from "../collab/throttle";
import { CHART_CURSOR_FIELD, ownChartCursor, useChartPeers } from "./chart-presence";
import { useCoeditUi } from "./coedit-ui";
import { CursorBadge, NoteDraftForm, NotePin } from "./note-parts";

/** A note being written for a clicked datum. */
export interface Draft {
  key: string;
  label: string;
  pixel: [number, number];
}

/** Re-renders after every chart render (resize, new option), so positions follow the layout. */
function useLayoutTick(chart: EChartsType): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const onFinished = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((t) => t + 1));
    };
    chart.on("finished", onFinished);
    return () => {
      cancelAnimationFrame(frame);
      chart.off("finished", onFinished);
    };
  }, [chart]);
  return tick;
}

function useCursorSender(chart: EChartsType, name: ChartName, option: ChartOption) {
  const collab = useCollab();
  const awareness = collab?.session.awareness ?? null;
  const optionRef = useRef(option);
  useEffect(() => {
    optionRef.current = option;
  }, [option]);
  useEffect(() => {
    if (!awareness) return;
    const projector = echartsProjector(chart);
    // Several charts send into one awareness field: a chart clears it only while it still holds
    // this chart's cursor, so leaving one chart for another never wipes the other's position.
    const send = throttle((cursor: ChartCursor | null) => {
      if (cursor === null && ownChartCursor(awareness)?.chart !== name) return;
      awareness.setLocalStateField(CHART_CURSOR_FIELD, cursor);
    }, AWARENESS_INTERVAL_MS);
    const zr = chart.getZr();
    const onMove = (event: { offsetX: number; offsetY: number }) => {
      const point = pointFromPixel(projector, optionRef.current, [event.offsetX, event.offsetY]);
      send(point ? { chart: name, ...point } : null);
    };
    const onOut = () => send(null);
    zr.on("mousemove", onMove);
    zr.on("globalout", onOut);
    return () => {
      zr.off("mousemove", onMove);
      zr.off("globalout", onOut);
      send.cancel();
      if (ownChartCursor(awareness)?.chart === name) awareness.setLocalStateField(CHART_CURSOR_FIELD, null);
    };
  }, [chart, name, awareness]);
}

const FOCUS_MS = 4_000;

/** Scrolls to this chart and highlights the datum a note in the list points to. */
function useFocusRequest(chart: EChartsType, name: ChartName, option: ChartOption, layer: RefObject<HTMLDivElement | null>): string | null {
  const { chartFocus } = useCoeditUi();
  const [expired, setExpired] = useState<number | null>(null);
  const optionRef = useRef(option);
  useEffect(() => {
    optionRef.current = option;
  }, [option]);
  const focus = chartFocus?.chart === name ? chartFocus : null;
  useEffect(() => {
    if (!focus) return;
    layer.current?.closest(".chart-card")?.scrollIntoView({ behavior: "smooth", block: "center" });
    const anchor = datumAnchor(optionRef.current, focus.key);
    const target = anchor ? { seriesIndex: anchor.seriesIndex, dataIndex: anchor.dataIndex } : null;
    if (target) {
      chart.dispatchAction({ type: "highlight", ...target });
      chart.dispatchAction({ type: "showTip", ...target });
    }
    const timer = setTimeout(() => {
      if (target) {
        chart.dispatchAction({ type: "downplay", ...target });
        chart.dispatchAction({ type: "hideTip" });
      }
      setExpired(focus.nonce);
    }, FOCUS_MS);
    return () => clearTimeout(timer);
  }, [focus, chart, layer]);
  return focus && expired !== focus.nonce ? focus.key : null;
}

/** In "add note" mode: the hint, and the keyboard way to the same thing (choose the datum). */
function DatumPicker({ name, option, onPick }: { name: ChartName; option: ChartOption; onPick: (key: string, label: string) => void }) {
  const t = useT();
  const id = useId();
  const data = pinnableData(option);
  const [choice, setChoice] = useState("");
  const chosen = data.find((d) => d.key === choice) ?? data[0];
  return (
    <form
      className="add-note-hint chart-note-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onPick(chosen.key, chosen.label);
      }}
    >
      <label htmlFor={id}>{t("coedit.notes.pickDatum")}</label>
      <select id={id} value={chosen?.key ?? ""} onChange={(event) => setChoice(event.target.value)} aria-describedby={`${id}-chart`}>
        {data.map((d) => (
          <option key={d.key} value={d.key}>
            {d.label}
          </option>
        ))}
      </select>
      <span id={`${id}-chart`} className="visually-hidden">
        {t(`coedit.notes.onChart.${name}`)}
      </span>
      <button type="submit" className="btn btn-small" disabled={!chosen}>
        {t("coedit.notes.pinHere")}
      </button>
    </form>
  );
}

export default function ChartCoeditLayer({
  name,
  chart,
  option,
  noteMode,
  draft,
  setDraft,
}: {
  name: ChartName;
  chart: EChartsType;
  option: ChartOption;
  noteMode: boolean;
  draft: Draft | null;
  setDraft: (draft: Draft | null) => void;
}) {
  const collab = useCollab();
  const ui = useCoeditUi();
  const t = useT();
  const layer = useRef<HTMLDivElement>(null);
  useLayoutTick(chart);
  useCursorSender(chart, name, option);
  const focusedKey = useFocusRequest(chart, name, option, layer);
  const peers = useChartPeers(collab?.session.awareness ?? null, name);
  if (!collab) return null;
  const projector = echartsProjector(chart);
  const at = (pixel: Pixel) => ({ left: pixel[0], top: pixel[1] });
  const anchorPixel = (key: string) => {
    const anchor = datumAnchor(option, key);
    return anchor ? pixelOfPoint(projector, option, anchor) : null;
  };
  const notes = (collab.boardDoc?.annotations() ?? []).filter(
    (note) => !note.resolved && note.target.kind === "item" && note.target.itemType === "chart-datum" && note.target.chart === name,
  );
  const focusPixel = focusedKey ? anchorPixel(focusedKey) : null;
  const width = chart.getWidth();
  return (
    <div ref={layer} className="chart-coedit-layer" data-testid={`chart-layer-${name}`} data-note-mode={noteMode || undefined}>
      {noteMode && !draft ? (
        <DatumPicker
          name={name}
          option={option}
          onPick={(key, label) => setDraft({ key, label, pixel: anchorPixel(key) ?? [width / 2, chart.getHeight() / 2] })}
        />
      ) : null}
      {peers.map((peer) => {
        const pixel = pixelOfPoint(projector, option, peer.cursor);
        return pixel ? (
          <div key={peer.clientId} className="chart-layer-item chart-cursor" style={at(pixel)}>
            <CursorBadge user={peer.user} />
          </div>
        ) : null;
      })}
      {notes.map((note) => {
        const pixel = note.target.kind === "item" ? anchorPixel(note.target.itemId) : null;
        return pixel ? (
          <div key={note.id} className="chart-layer-item chart-note-pin" style={at(pixel)}>
            <NotePin note={note} testId="chart-note-marker" />
          </div>
        ) : null;
      })}
      {focusPixel ? <div className="chart-layer-item chart-focus-ring" style={at(focusPixel)} data-testid="chart-note-focus" aria-hidden="true" /> : null}
      {draft && collab.boardDoc && collab.author ? (
        <NoteDraftForm
          label={t("coedit.notes.noteOn", { label: draft.label })}
          style={{ left: Math.max(4, Math.min(width - 284, draft.pixel[0] - 140)), top: Math.max(4, draft.pixel[1] - 150) }}
          onCancel={() => setDraft(null)}
          onPin={(text) => {
            const boardDoc = collab.boardDoc;
            const author = collab.author;
            if (!boardDoc || !author) return;
            const id = boardDoc.addAnnotation(
              { target: { kind: "item", itemType: "chart-datum", itemId: draft.key, chart: name, datum: draft.label }, text, color: collab.color },
              author,
            );
            setDraft(null);
            ui.setAddingNote(false);
            ui.setOpenNoteId(id);
          }}
        />
      ) : null}
    </div>
  );
}
