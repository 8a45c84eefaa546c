"use client";
// One ECharts instance: init → setOption → resize observer → dispose on unmount. Loaded lazily
// (lazyComponent, no SSR): the page is usable, with its data tables, before ECharts arrives.
import { useEffect, useMemo, useRef } from "react";
import { keyedDatum } from "./datum-keys";
import { init } from "./echarts";
import { buildOption } from "./options";
import type { ChartClick, ChartOption, ChartSpec } from "./types";

type Instance = ReturnType<typeof init>;

declare global {
  interface Window {
    /** Chart instances by name, exposed only when the page runs with ?e2e=1 (tests and benchmarks). */
    __corridorCharts?: Record<string, Instance>;
  }
}

export default function EChart({
  name,
  spec,
  onClick,
  onInstance,
  label,
}: {
  name: string;
  spec: ChartSpec;
  onClick?: ((click: ChartClick) => void) | undefined;
  /** The live instance and the option it draws, after every new option (null after dispose), for layers drawn over the chart. */
  onInstance?: ((rendered: { chart: Instance; option: ChartOption } | null) => void) | undefined;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<Instance | null>(null);
  const clickRef = useRef(onClick);
  const instanceRef = useRef(onInstance);
  const option = useMemo(() => buildOption(spec), [spec]);

  useEffect(() => {
    clickRef.current = onClick;
    instanceRef.current = onInstance;
  }, [onClick, onInstance]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: "canvas" });
    chartRef.current = chart;
    chart.on("click", (params) => {
      const data = params.data;
      const dataId = data !== null && typeof data === "object" && "id" in data && typeof data.id === "string" ? data.id : undefined;
      const keyed = keyedDatum(data);
      const pixel: [number, number] | undefined = params.event ? [params.event.offsetX, params.event.offsetY] : undefined;
      clickRef.current?.({ seriesId: params.seriesId, name: params.name, dataId, key: keyed?.key, label: keyed?.label, pixel });
    });
    let rendered = false;
    chart.on("finished", () => {
      if (rendered) return;
      rendered = true;
      element.dataset.chartState = "rendered";
      performance.mark(`board:chart:${name}`);
    });
    if (new URLSearchParams(window.location.search).has("e2e")) {
      window.__corridorCharts = { ...window.__corridorCharts, [name]: chart };
    }
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instanceRef.current?.(null);
      chart.dispose();
      chartRef.current = null;
      if (window.__corridorCharts?.[name] === chart) delete window.__corridorCharts[name];
    };
  }, [name]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.setOption(option, { notMerge: true });
    instanceRef.current?.({ chart, option });
  }, [option]);

  return <div ref={ref} className="echart" role="img" aria-label={label} data-chart={name} data-chart-state="loading" />;
}
