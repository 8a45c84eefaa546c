"use client";
// The four charts, each in a card of fixed height with a "Show data" table toggle. The tables
// (chart-tables.tsx) render on the server from the same derived view (every figure opens its
// sources); the ECharts canvas loads lazily over the same box, so nothing shifts when it arrives.
import { useId, useMemo, useState, type ReactNode } from "react";
import { INDICATOR_KEYS, type IndicatorKey } from "./selection";
import { INVESTMENT_STATUS } from "@corridor/domain/vocabulary";
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
            {showData ? "Show chart" : "Show data"}
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
  const { view, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "commitments", args: [view.commitments, selection, theme] } : null), [view.commitments, selection, theme]);
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
      title="Commitments by actor and status"
      note={
        <>
          EUR, {formatMoney(view.commitments.totalEur, "EUR")} in total. Sub-items are never added to their parent; money inside another
          actor&apos;s commitment is shown dashed and not added.
        </>
      }
      table={<CommitmentsTable />}
    >
      {spec ? <ChartCanvas name="commitments" spec={spec} onClick={onClick} label="Bar chart of commitments by actor, stacked by status" /> : <div className="echart echart-loading" />}
    </ChartCard>
  );
}

export function TimelineCard() {
  const { view, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "timeline", args: [view.events, selection, theme] } : null), [view.events, selection, theme]);
  const undated = view.events.filter((e) => e.dateStart === null).length;
  return (
    <ChartCard
      id="timeline"
      title="Relations timeline"
      note={
        <>
          {view.events.length} events in lanes by actor; hollow marks are context not in the seed{undated > 0 ? `; ${undated} undated (in the table)` : ""}.
        </>
      }
      table={<TimelineTable />}
    >
      {spec ? (
        <ChartCanvas
          name="timeline"
          spec={spec}
          onClick={(click) => click.dataId && dispatch({ type: "toggleEvent", id: click.dataId })}
          label="Timeline of relations events in lanes by actor"
        />
      ) : (
        <div className="echart echart-loading" />
      )}
    </ChartCard>
  );
}

const INDICATOR_LABELS: Record<IndicatorKey, string> = {
  titr_cargo_volume: "Middle Corridor cargo",
  china_europe_railway_express: "China–Europe rail TEU",
  china_kazakhstan_trade: "China–Kazakhstan trade",
};

export function IndicatorCard() {
  const { view, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const series = view.series;
  const seriesView = view.seriesView;
  const spec = useMemo(
    (): ChartSpec | null => (theme && series && seriesView ? { kind: "indicator", args: [series, seriesView, selection, theme] } : null),
    [series, seriesView, selection, theme],
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
      title="Indicator series"
      note={
        <>
          {series ? `${series.name}, ${series.unit}. ` : ""}
          <span className="low-mark">▲</span> low confidence, ◇ derived, ○ partial year;{" "}
          <span className="range-mark">I</span> where sources disagree.{" "}
          {series ? (
            <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "series", id: series.key } })}>
              About this series
            </button>
          ) : null}
        </>
      }
      tools={
        <>
          <label className="visually-hidden" htmlFor={selectId}>
            Indicator
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
                {INDICATOR_LABELS[key]}
              </option>
            ))}
          </select>
        </>
      }
      table={<IndicatorTable />}
    >
      {spec ? <ChartCanvas name="indicator" spec={spec} onClick={onClick} label={`Line chart: ${series?.name ?? "indicator"}`} /> : <div className="echart echart-loading" />}
    </ChartCard>
  );
}

export function CorridorsCard() {
  const { data, selection, dispatch } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "corridors", args: [data.corridors, selection, theme] } : null), [data.corridors, selection, theme]);
  return (
    <ChartCard
      id="corridors"
      title="Corridor comparison"
      note="Length (great-circle through the waypoints, a lower bound), border crossings and sea legs."
      table={<CorridorsTable />}
    >
      {spec ? (
        <ChartCanvas
          name="corridors"
          spec={spec}
          onClick={(click) => click.dataId && dispatch({ type: "toggleCorridor", id: click.dataId })}
          label="Bar chart comparing corridor length, border crossings and sea legs"
        />
      ) : (
        <div className="echart echart-loading" />
      )}
    </ChartCard>
  );
}
