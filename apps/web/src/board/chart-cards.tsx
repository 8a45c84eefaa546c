"use client";
// The four charts, each in a card of fixed height with a "Show data" table toggle. The tables
// (chart-tables.tsx) render on the server from the same derived view (every figure opens its
// sources); the ECharts canvas loads lazily over the same box, so nothing shifts when it arrives.
import { useId, useMemo, useState, type ReactNode } from "react";
import { INDICATOR_KEYS } from "./selection";
import { INVESTMENT_STATUS } from "@corridor/domain/vocabulary";
import { useT } from "~/i18n/provider";
import { formatMoney } from "~/lib/format";
import { lazyComponent } from "~/lib/lazy-component";
import { useBoard } from "./board-context";
import { NESTED_SERIES, type ChartClick, type ChartSpec } from "./charts/types";
import { ChartCanvas } from "./coedit/chart-canvas";
import { useTheme } from "./theme";

// Rendered on the server; their code is not needed until someone shows the data (see chart-tables.tsx).
const CommitmentsTable = lazyComponent(() => import("./chart-tables").then((m) => m.CommitmentsTable));
const TimelineTable = lazyComponent(() => import("./chart-tables").then((m) => m.TimelineTable));
const IndicatorTable = lazyComponent(() => import("./chart-tables").then((m) => m.IndicatorTable));
const CorridorsTable = lazyComponent(() => import("./chart-tables").then((m) => m.CorridorsTable));

function ChartCard({
  id,
  title,
  note,
  tools,
  table,
  children,
}: {
  id: string;
  title: string;
  note: ReactNode;
  tools?: ReactNode;
  table: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const [showData, setShowData] = useState(false);
  const tableId = useId();
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <header className="chart-head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="chart-note">{note}</p>
        </div>
        <div className="chart-tools">
          {tools}
          <button type="button" className="toggle" aria-expanded={showData} aria-controls={tableId} onClick={() => setShowData((v) => !v)}>
            {showData ? t("board.charts.showChart") : t("board.charts.showData")}
          </button>
        </div>
      </header>
      <div className="chart-body">
        {children}
        <div id={tableId} className="chart-table" hidden={!showData} tabIndex={-1}>
          {table}
        </div>
      </div>
    </section>
  );
}

export function CommitmentsCard() {
  const t = useT();
  const { view, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "commitments", args: [view.commitments, selection, theme, t] } : null), [view.commitments, selection, theme, t]);
  const onClick = (click: ChartClick) => {
    const [actor = ""] = (click.dataId ?? "").split("|");
    if (!actor) return;
    const status = INVESTMENT_STATUS.find((s) => s === click.seriesId);
    if (click.seriesId === NESTED_SERIES) dispatch({ type: "toggleActor", actor });
    else if (status) dispatch({ type: "selectSegment", actor, status });
  };
  return (
    <ChartCard
      id="commitments"
      title={t("board.charts.commitments.title")}
      note={t("board.charts.commitments.note", { total: formatMoney(view.commitments.totalEur, "EUR", t.locale) })}
      table={<CommitmentsTable />}
    >
      {spec ? <ChartCanvas name="commitments" spec={spec} onClick={onClick} label={t("board.charts.commitments.label")} /> : <div className="echart echart-loading" />}
    </ChartCard>
  );
}

export function TimelineCard() {
  const t = useT();
  const { view, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "timeline", args: [view.events, selection, theme, t] } : null), [view.events, selection, theme, t]);
  const undated = view.events.filter((e) => e.dateStart === null).length;
  return (
    <ChartCard
      id="timeline"
      title={t("board.charts.timeline.title")}
      note={`${t("board.charts.timeline.note", { count: view.events.length })}${undated > 0 ? t("board.charts.timeline.noteUndated", { count: undated }) : ""}.`}
      table={<TimelineTable />}
    >
      {spec ? (
        <ChartCanvas
          name="timeline"
          spec={spec}
          onClick={(click) => click.dataId && dispatch({ type: "toggleEvent", id: click.dataId })}
          label={t("board.charts.timeline.label")}
        />
      ) : (
        <div className="echart echart-loading" />
      )}
    </ChartCard>
  );
}

export function IndicatorCard() {
  const t = useT();
  const { view, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const series = view.series;
  const seriesView = view.seriesView;
  const spec = useMemo(
    (): ChartSpec | null => (theme && series && seriesView ? { kind: "indicator", args: [series, seriesView, selection, theme, t] } : null),
    [series, seriesView, selection, theme, t],
  );
  const selectId = useId();
  const onClick = (click: ChartClick) => {
    if (!click.dataId || !series) return;
    const observation = series.observations.find((o) => o.id === click.dataId);
    if (!observation) return;
    dispatch({ type: "openPanel", panel: { kind: "obs", id: observation.id } });
    const year = Number(observation.period.slice(0, 4));
    if (Number.isInteger(year)) dispatch({ type: "setRange", from: year, to: year });
  };
  return (
    <ChartCard
      id="indicator"
      title={t("board.charts.indicator.title")}
      note={
        <>
          {series ? `${series.name}, ${series.unit}. ` : ""}
          <span className="low-mark">▲</span> {t("board.charts.indicator.keyLow")}{" "}
          <span className="range-mark">I</span> {t("board.charts.indicator.keyRange")}{" "}
          {series ? (
            <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "series", id: series.key } })}>
              {t("board.charts.indicator.about")}
            </button>
          ) : null}
        </>
      }
      tools={
        <>
          <label className="visually-hidden" htmlFor={selectId}>
            {t("board.charts.indicator.select")}
          </label>
          <select
            id={selectId}
            value={selection.indicator}
            onChange={(e) => {
              const key = INDICATOR_KEYS.find((k) => k === e.target.value);
              if (key) dispatch({ type: "setIndicator", key });
            }}
          >
            {INDICATOR_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`board.charts.indicator.names.${key}`)}
              </option>
            ))}
          </select>
        </>
      }
      table={<IndicatorTable />}
    >
      {spec ? <ChartCanvas name="indicator" spec={spec} onClick={onClick} label={t("board.charts.indicator.label", { name: series?.name ?? t("board.charts.indicator.labelFallback") })} /> : <div className="echart echart-loading" />}
    </ChartCard>
  );
}

export function CorridorsCard() {
  const t = useT();
  const { data, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "corridors", args: [data.corridors, selection, theme, t] } : null), [data.corridors, selection, theme, t]);
  return (
    <ChartCard
      id="corridors"
      title={t("board.charts.corridors.title")}
      note={t("board.charts.corridors.note")}
      table={<CorridorsTable />}
    >
      {spec ? (
        <ChartCanvas
          name="corridors"
          spec={spec}
          onClick={(click) => click.dataId && dispatch({ type: "toggleCorridor", id: click.dataId })}
          label={t("board.charts.corridors.label")}
        />
      ) : (
        <div className="echart echart-loading" />
      )}
    </ChartCard>
  );
}
