"use client";
// The "Show data" tables of the four chart cards: every figure with its confidence, each opening
// its sources. Rendered on the server with the page; hidden until asked for, so their code loads
// after the board's first load (chart-cards.tsx) and they hydrate when it arrives.
import { ConfidenceBadge, ContextBadge, StatusBadge } from "~/components/badges";
import { useT } from "~/i18n/provider";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { useBoard } from "./board-context";
import { Figure } from "./citations";
import { shortName } from "./derive";
import { formatValue } from "./format";
import { laneList, statusLabel } from "./labels";

export function CommitmentsTable() {
  const t = useT();
  const { view, dispatch, data } = useBoard();
  const byId = new Map(data.investments.map((i) => [i.id, i]));
  return (
    <table>
      <caption>{t("board.charts.commitments.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("board.charts.commitments.actor")}</th>
          <th scope="col">{t("board.charts.commitments.status")}</th>
          <th scope="col" className="num">
            {t("board.charts.commitments.additional")}
          </th>
          <th scope="col" className="num">
            {t("board.charts.commitments.inside")}
          </th>
          <th scope="col">{t("board.charts.commitments.counted")}</th>
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
                  label={t("board.charts.figureLabel", { what: `${row.actor} ${statusLabel(t, cell.status)}`, value: formatMoney(cell.ownEur, "EUR", t.locale) })}
                  confidence={cell.confidence}
                  onOpen={() => dispatch({ type: "openPanel", panel: { kind: "seg", id: `${row.actor}|${cell.status}` } })}
                >
                  {formatMoney(cell.ownEur, "EUR", t.locale)}
                </Figure>
              </td>
              <td className="num">{cell.nestedEur > 0 ? formatMoney(cell.nestedEur, "EUR", t.locale) : "–"}</td>
              <td>
                {cell.countedIds.map((id) => {
                  const item = byId.get(id);
                  return (
                    <span key={id} className="item-ref">
                      <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "inv", id } })}>
                        {id}
                      </button>
                      {item?.inSeed === false ? <ContextBadge /> : null}
                      {item && item.flagIds.length > 0 ? <span className="flag-mark" title={t("board.charts.commitments.disputed")}>⚑</span> : null}
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
  const t = useT();
  const { view, dispatch } = useBoard();
  return (
    <table>
      <caption>{t("board.charts.timeline.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("board.charts.timeline.date")}</th>
          <th scope="col">{t("board.charts.timeline.event")}</th>
          <th scope="col">{t("board.charts.timeline.lanes")}</th>
          <th scope="col">{t("board.charts.timeline.confidence")}</th>
        </tr>
      </thead>
      <tbody>
        {[...view.events]
          .sort((a, b) => (a.dateStart ?? "9999").localeCompare(b.dateStart ?? "9999"))
          .map((event) => (
            <tr key={event.id}>
              <td className="date">{event.date ? formatDate(event.date, event.datePrecision, t.locale) : t("board.undated")}</td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => dispatch({ type: "toggleEvent", id: event.id })}>
                  {event.title}
                </button>
                {event.inSeed === false ? <ContextBadge /> : null}
              </th>
              <td>{laneList(t, event.lanes)}</td>
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
  const t = useT();
  const { view, dispatch } = useBoard();
  const series = view.series;
  const rows = series ? [...series.observations].sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id)) : [];
  return (
    <table>
      <caption>{t("board.charts.indicator.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("board.charts.indicator.period")}</th>
          <th scope="col">{t("board.charts.indicator.measure")}</th>
          <th scope="col" className="num">
            {t("board.charts.indicator.value")}
          </th>
          <th scope="col">{t("board.charts.indicator.type")}</th>
          <th scope="col">{t("board.charts.indicator.confidence")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => {
          const conflict = series?.conflicts.find((c) => c.observations.some((x) => x.id === o.id));
          return (
            <tr key={o.id}>
              <td>{o.period}</td>
              <td>{o.metric ?? t("board.charts.indicator.main")}</td>
              <td className="num">
                <Figure
                  label={t("board.charts.figureLabel", { what: o.period, value: formatValue(o.value, t.locale) })}
                  confidence={o.confidence}
                  onOpen={() => dispatch({ type: "openPanel", panel: { kind: "obs", id: o.id } })}
                >
                  {formatValue(o.value, t.locale)}
                </Figure>
                {conflict ? (
                  <span className="detail conflict-note">
                    {t("board.charts.indicator.disagree", { min: formatValue(conflict.min, t.locale), max: formatValue(conflict.max, t.locale) })}
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
  const t = useT();
  const { data, selection, dispatch } = useBoard();
  return (
    <table>
      <caption>{t("board.charts.corridors.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("board.charts.corridors.corridor")}</th>
          <th scope="col" className="num">
            {t("board.charts.corridors.length")}
          </th>
          <th scope="col" className="num">
            {t("board.charts.corridors.borders")}
          </th>
          <th scope="col" className="num">
            {t("board.charts.corridors.seaLegs")}
          </th>
          <th scope="col">{t("board.charts.corridors.modes")}</th>
        </tr>
      </thead>
      <tbody>
        {data.corridors.map((c) => (
          <tr key={c.id} aria-selected={selection.corridor === c.id}>
            <th scope="row">{shortName(c)}</th>
            <td className="num">
              <Figure label={t("board.charts.figureLabel", { what: shortName(c), value: formatKm(c.lengthKm, t.locale) })} onOpen={() => dispatch({ type: "toggleCorridor", id: c.id })}>
                ≥ {formatKm(c.lengthKm, t.locale)}
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
