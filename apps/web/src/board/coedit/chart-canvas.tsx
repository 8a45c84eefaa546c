"use client";
// A board chart with its co-editing layer on top (./chart-coedit-layer.tsx, loaded lazily: pointers
// and notes need the live document, which arrives after the board is up). In "add note" mode a
// click on a bar or point starts a note on that datum (by its stable key); otherwise the chart's own
// click (filtering) applies.
import { useState } from "react";
import { lazyComponent } from "~/lib/lazy-component";
import type { EChartsType } from "echarts/core";
import type { ChartName } from "../charts/datum-keys";
import type { ChartClick, ChartOption, ChartSpec } from "../charts/types";
import { useCollab } from "../collab/collab-context";
import type { Draft } from "./chart-coedit-layer";
import { useCoeditUi } from "./coedit-ui";

const EChart = lazyComponent(() => import("../charts/echart").then((m) => m.default), {
  ssr: false,
  loading: () => <div className="echart echart-loading" aria-hidden="true" />,
});
const ChartCoeditLayer = lazyComponent(() => import("./chart-coedit-layer").then((m) => m.default), { ssr: false });

export function ChartCanvas({ name, spec, onClick, label }: { name: ChartName; spec: ChartSpec; onClick?: (click: ChartClick) => void; label: string }) {
  const collab = useCollab();
  const ui = useCoeditUi();
  // The chart builds its option from the spec where ECharts loads; the layer needs both back.
  const [rendered, setRendered] = useState<{ chart: EChartsType; option: ChartOption } | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const noteMode = ui.addingNote && !!collab?.boardDoc && !!collab.author && !collab.readOnly;
  const handleClick = (click: ChartClick) => {
    if (!noteMode) {
      onClick?.(click);
      return;
    }
    if (click.key && click.label !== undefined && click.pixel) setDraft({ key: click.key, label: click.label, pixel: click.pixel });
  };
  return (
    <>
      <EChart name={name} spec={spec} onClick={handleClick} onInstance={setRendered} label={label} />
      {collab && rendered ? (
        <ChartCoeditLayer name={name} chart={rendered.chart} option={rendered.option} noteMode={noteMode} draft={noteMode ? draft : null} setDraft={setDraft} />
      ) : null}
    </>
  );
}
