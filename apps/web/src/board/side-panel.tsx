"use client";
// The side panel: details and full citations of whatever is selected (./side-panel-details.tsx);
// with nothing selected, the events in view and the data-quality flags.
import { lazyComponent } from "~/lib/lazy-component";
import { ContextBadge } from "~/components/badges";
import { useT } from "~/i18n/provider";
import { useBoard } from "./board-context";
import { eventDate } from "./format";
import { laneList } from "./labels";
import type { Flag } from "./model";

const PanelContent = lazyComponent(() => import("./side-panel-details").then((m) => m.default), {
  loading: () => <PanelLoading />,
});

function PanelLoading() {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t("board.panel.loading")}
    </p>
  );
}

export function SidePanel() {
  const t = useT();
  const { selection, dispatch } = useBoard();
  const panel = selection.panel;
  return (
    <aside className="side-panel" aria-labelledby="panel-heading" data-testid="side-panel">
      {panel ? (
        <>
          <div className="panel-bar">
            <button type="button" className="link-button" onClick={() => dispatch({ type: "closePanel" })}>
              {t("board.panel.back")}
            </button>
          </div>
          <PanelContent panel={panel} />
        </>
      ) : (
        <EventsAndFlags />
      )}
    </aside>
  );
}

function EventsAndFlags() {
  const t = useT();
  const { view, selection, dispatch, data } = useBoard();
  const events = [...view.events].sort((a, b) => (b.dateLast ?? "").localeCompare(a.dateLast ?? "") || a.id.localeCompare(b.id));
  const flags: Flag[] = [...data.flags.values()];
  return (
    <>
      <header className="panel-head">
        <p className="kicker">{t("board.panel.nothingSelected")}</p>
        <h2 id="panel-heading">{t("board.panel.eventsInView", { count: events.length })}</h2>
      </header>
      <ol className="panel-events">
        {events.map((event) => (
          <li key={event.id} data-id={event.id} className={selection.event === event.id ? "is-selected" : undefined}>
            <button type="button" className="event-button" onClick={() => dispatch({ type: "toggleEvent", id: event.id })}>
              <span className="meta">
                {eventDate(event, t)} · {laneList(t, event.lanes)}
              </span>
              <span className="title">{event.title}</span>
            </button>
            {event.inSeed === false ? <ContextBadge /> : null}
          </li>
        ))}
        {events.length === 0 ? <li className="missing">{t("board.panel.noEvents")}</li> : null}
      </ol>
      <details className="panel-flags-all">
        <summary>{t("board.panel.flags", { count: flags.length })}</summary>
        <ul className="plain">
          {flags.map((flag) => (
            <li key={flag.id}>
              <strong>
                {flag.id} · {flag.item}:
              </strong>{" "}
              {flag.issue} <span className="muted">({flag.refs.join(", ")})</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
