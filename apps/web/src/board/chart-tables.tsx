"use client";
// The "Show data" tables of the four chart cards: every figure with its confidence, each opening
// its sources. Rendered on the server with the page; hidden until asked for, so their code loads
// after the board's first load (chart-cards.tsx) and they hydrate when it arrives.
import { ConfidenceBadge, ContextBadge, StatusBadge } from "~/components/badges";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { useBoard } from "./board-context";
import { Figure } from "./citations";
import { shortName } from "./derive";
import { formatValue } from "./format";

export function CommitmentsTable() {
  const { view, dispatch, data } = useBoard();
  const byId = new Map(data.investments.map((i) => [i.id, i]));
  return (
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
  );
}

export function TimelineTable() {
  const { view, dispatch } = useBoard();
  return (
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
  );
}

export function IndicatorTable() {
  const { view, dispatch } = useBoard();
  const series = view.series;
  const rows = series ? [...series.observations].sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id)) : [];
  return (
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
  );
}

export function CorridorsTable() {
  const { data, selection, dispatch } = useBoard();
  return (
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
  );
}
