"use client";
// The four charts, each in a card of fixed height with a "Show data" table toggle. The tables
// render on the server from the same derived view (every figure opens its sources); the ECharts
// canvas loads lazily over the same box, so nothing shifts when it arrives.
import { useId, useMemo, useState, type ReactNode } from "react";
import { INDICATOR_KEYS, type IndicatorKey } from "./selection";
import { INVESTMENT_STATUS } from "@corridor/domain/vocabulary";
import { ConfidenceBadge, ContextBadge, StatusBadge } from "~/components/badges";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { useBoard } from "./board-context";
import { Figure } from "./citations";
import { shortName } from "./derive";
import { formatValue } from "./format";
import { NESTED_SERIES, type ChartClick, type ChartSpec } from "./charts/types";
import { ChartCanvas } from "./coedit/chart-canvas";
import { useTheme } from "./theme";

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
  const { view, selection, dispatch, data } = useBoard();
  const { theme } = useTheme();
  const spec = useMemo((): ChartSpec | null => (theme ? { kind: "commitments", args: [view.commitments, selection, theme] } : null), [view.commitments, selection, theme]);
  const onClick = (click: ChartClick) => {
    const [actor = ""] = (click.dataId ?? "").split("|");
    if (!actor) return;
    const status = INVESTMENT_STATUS.find((s) => s === click.seriesId);
    if (click.seriesId === NESTED_SERIES) dispatch({ type: "toggleActor", actor });
    else if (status) dispatch({ type: "selectSegment", actor, status });
  };
  const byId = new Map(data.investments.map((i) => [i.id, i]));
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
      table={
        <table>
          <caption>Commitments counted per actor and status (EUR). Each figure opens its commitments and sources.</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Additional
              </th>
              <th scope="col" className="num">
                Inside another
              </th>
              <th scope="col">Counted items</th>
            </tr>
          </thead>
          <tbody>
            {view.commitments.rows.flatMap((row) =>
              row.cells.map((cell) => (
                <tr key={`${row.actor}|${cell.status}`}>
                  <th scope="row">{row.actor}</th>
                  <td>
                    <StatusBadge status={cell.status} />
                  </td>
                  <td className="num">
                    <Figure
                      label={`${row.actor} ${cell.status}: ${formatMoney(cell.ownEur, "EUR")}, show sources`}
                      confidence={cell.confidence}
                      onOpen={() => dispatch({ type: "openPanel", panel: { kind: "seg", id: `${row.actor}|${cell.status}` } })}
                    >
                      {formatMoney(cell.ownEur, "EUR")}
                    </Figure>
                  </td>
                  <td className="num">{cell.nestedEur > 0 ? formatMoney(cell.nestedEur, "EUR") : "–"}</td>
                  <td>
                    {cell.countedIds.map((id) => {
                      const item = byId.get(id);
                      return (
                        <span key={id} className="item-ref">
                          <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "inv", id } })}>
                            {id}
                          </button>
                          {item?.inSeed === false ? <ContextBadge /> : null}
                          {item && item.flagIds.length > 0 ? <span className="flag-mark" title="Disputed figure: see the data-quality flag">⚑</span> : null}
                        </span>
                      );
                    })}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
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
      table={
        <table>
          <caption>Relations events in view, by date.</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Lanes</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {[...view.events]
              .sort((a, b) => (a.dateStart ?? "9999").localeCompare(b.dateStart ?? "9999"))
              .map((event) => (
                <tr key={event.id}>
                  <td className="date">{event.date ? formatDate(event.date, event.datePrecision) : "Undated"}</td>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => dispatch({ type: "toggleEvent", id: event.id })}>
                      {event.title}
                    </button>
                    {event.inSeed === false ? <ContextBadge /> : null}
                  </th>
                  <td>{event.lanes.join(", ")}</td>
                  <td>
                    <ConfidenceBadge confidence={event.confidence} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      }
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
  const rows = series ? [...series.observations].sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id)) : [];
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
      table={
        <table>
          <caption>Every observation of the series, with its measure, confidence and sources.</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Type</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => {
              const conflict = series?.conflicts.find((c) => c.observations.some((x) => x.id === o.id));
              return (
                <tr key={o.id}>
                  <td>{o.period}</td>
                  <td>{o.metric ?? "main"}</td>
                  <td className="num">
                    <Figure
                      label={`${o.period}: ${formatValue(o.value)}, show sources`}
                      confidence={o.confidence}
                      onOpen={() => dispatch({ type: "openPanel", panel: { kind: "obs", id: o.id } })}
                    >
                      {formatValue(o.value)}
                    </Figure>
                    {conflict ? (
                      <span className="detail conflict-note">
                        sources disagree: {formatValue(conflict.min)}–{formatValue(conflict.max)}
                      </span>
                    ) : null}
                  </td>
                  <td>{o.valueType}</td>
                  <td>
                    <ConfidenceBadge confidence={o.confidence} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
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
      table={
        <table>
          <caption>Corridors compared. Each length opens the corridor with its sources.</caption>
          <thead>
            <tr>
              <th scope="col">Corridor</th>
              <th scope="col" className="num">
                Length
              </th>
              <th scope="col" className="num">
                Borders
              </th>
              <th scope="col" className="num">
                Sea legs
              </th>
              <th scope="col">Modes</th>
            </tr>
          </thead>
          <tbody>
            {data.corridors.map((c) => (
              <tr key={c.id} aria-selected={selection.corridor === c.id}>
                <th scope="row">{shortName(c)}</th>
                <td className="num">
                  <Figure label={`${shortName(c)}: ${formatKm(c.lengthKm)}, show sources`} onOpen={() => dispatch({ type: "toggleCorridor", id: c.id })}>
                    ≥ {formatKm(c.lengthKm)}
                  </Figure>
                </td>
                <td className="num">{c.borderCrossings}</td>
                <td className="num">{c.seaLegs}</td>
                <td>{c.modes.join(" → ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
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
