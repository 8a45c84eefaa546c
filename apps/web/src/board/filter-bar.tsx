"use client";
// The filter bar: the time range that drives every view, the active filters as removable chips,
// the context-rows switch and "clear all". Everything here dispatches to the one selection.
import { useId } from "react";
import { useT } from "~/i18n/provider";
import { useBoard } from "./board-context";
import { shortName } from "./derive";
import { statusLabel } from "./labels";
import { hasFilters } from "./selection";

/** The years the fact base covers, for the range selects. */
function yearsOf(dates: readonly (string | null)[]): number[] {
  const years = dates.flatMap((d) => (d ? [Number(d.slice(0, 4))] : [])).filter((y) => Number.isInteger(y));
  const min = Math.min(...years, 2013);
  const max = Math.max(...years, 2025);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export function FilterBar() {
  const t = useT();
  const { data, selection, dispatch } = useBoard();
  const fromId = useId();
  const toId = useId();
  const contextId = useId();
  const years = yearsOf([...data.investments.map((i) => i.dateStart), ...data.events.map((e) => e.dateStart)]);
  const corridor = data.corridors.find((c) => c.id === selection.corridor);
  const event = data.events.find((e) => e.id === selection.event);

  const chips = [
    ...(corridor ? [{ key: "corridor", label: t("board.filter.corridor", { name: shortName(corridor) }), remove: () => dispatch({ type: "toggleCorridor", id: corridor.id }) }] : []),
    ...selection.countries.map((country) => ({
      key: `country:${country}`,
      label: t("board.filter.country", { name: country }),
      remove: () => dispatch({ type: "toggleCountry", country }),
    })),
    ...selection.actors.map((actor) => ({ key: `actor:${actor}`, label: t("board.filter.actor", { name: actor }), remove: () => dispatch({ type: "toggleActor", actor }) })),
    ...selection.statuses.map((status) => ({
      key: `status:${status}`,
      label: t("board.filter.status", { name: statusLabel(t, status) }),
      remove: () => dispatch({ type: "toggleStatus", status }),
    })),
    ...(event ? [{ key: "event", label: t("board.filter.event", { name: `${event.title.slice(0, 40)}${event.title.length > 40 ? "…" : ""}` }), remove: () => dispatch({ type: "toggleEvent", id: event.id }) }] : []),
  ];

  return (
    <div className="filter-bar" role="group" aria-label={t("board.filter.label")}>
      <div className="range">
        <span className="range-label">{t("board.filter.timeRange")}</span>
        <label className="visually-hidden" htmlFor={fromId}>
          {t("board.filter.from")}
        </label>
        <select
          id={fromId}
          value={selection.from ?? ""}
          onChange={(e) => dispatch({ type: "setRange", from: e.target.value ? Number(e.target.value) : null, to: selection.to })}
        >
          <option value="">{t("board.filter.anyStart")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span aria-hidden="true">–</span>
        <label className="visually-hidden" htmlFor={toId}>
          {t("board.filter.to")}
        </label>
        <select
          id={toId}
          value={selection.to ?? ""}
          onChange={(e) => dispatch({ type: "setRange", from: selection.from, to: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t("board.filter.anyEnd")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <ul className="chips" aria-label={t("board.filter.active")}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="chip" onClick={chip.remove} aria-label={t("board.filter.remove", { filter: chip.label })}>
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {chips.length === 0 ? <li className="muted small">{t("board.filter.none")}</li> : null}
      </ul>
      <label className="context-switch" htmlFor={contextId}>
        <input
          id={contextId}
          type="checkbox"
          checked={selection.context}
          onChange={(e) => dispatch({ type: "setContext", context: e.target.checked })}
        />
        {t("board.filter.includeContext")} <span className="badge badge-context">{t("board.badges.context")}</span>
      </label>
      <button type="button" className="toggle" disabled={!hasFilters(selection)} onClick={() => dispatch({ type: "clearFilters" })}>
        {t("board.filter.clearAll")}
      </button>
    </div>
  );
}
