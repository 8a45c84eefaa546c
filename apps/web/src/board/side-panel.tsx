"use client";
// The side panel: details and full citations of whatever is selected (a commitment, an event, a
// corridor, a chokepoint, a map location, a chart segment, an observation); with nothing selected,
// the events in view and the data-quality flags.
import type { ReactNode } from "react";
import { ConfidenceBadge, ContextBadge, StatusBadge } from "~/components/badges";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { useBoard } from "./board-context";
import { SourceCitations } from "./citations";
import { shortName } from "./derive";
import { formatValue } from "./format";
import type { Flag, Investment, RelationsEvent } from "./model";
import type { PanelRef } from "./selection";

export function SidePanel() {
  const { selection, dispatch } = useBoard();
  const panel = selection.panel;
  return (
    <aside className="side-panel" aria-labelledby="panel-heading" data-testid="side-panel">
      {panel ? (
        <>
          <div className="panel-bar">
            <button type="button" className="link-button" onClick={() => dispatch({ type: "closePanel" })}>
              ← Events and data quality
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

export function PanelContent({ panel }: { panel: PanelRef }) {
  switch (panel.kind) {
    case "inv":
      return <InvestmentDetail id={panel.id} />;
    case "event":
      return <EventDetail id={panel.id} />;
    case "corridor":
      return <CorridorDetailView id={panel.id} />;
    case "chk":
      return <ChokepointDetail id={panel.id} />;
    case "place":
      return <PlaceDetail place={panel.id} />;
    case "seg":
      return <SegmentDetail id={panel.id} />;
    case "obs":
      return <ObservationDetail id={panel.id} />;
    case "series":
      return <SeriesDetail id={panel.id} />;
  }
}

function Heading({ kicker, children }: { kicker: string; children: ReactNode }) {
  return (
    <header className="panel-head">
      <p className="kicker">{kicker}</p>
      <h2 id="panel-heading">{children}</h2>
    </header>
  );
}

function NotFound({ what }: { what: string }) {
  return (
    <>
      <Heading kicker="Not found">{what}</Heading>
      <p className="missing">This item is not in the current fact base.</p>
    </>
  );
}

function Flags({ ids }: { ids: readonly string[] }) {
  const { data } = useBoard();
  const flags = ids.flatMap((id) => {
    const flag = data.flags.get(id);
    return flag ? [flag] : [];
  });
  if (flags.length === 0) return null;
  return (
    <div className="panel-flags">
      {flags.map((flag) => (
        <p key={flag.id} className="flag" role="note">
          <strong>
            {flag.id} · disputed figure ({flag.item}):
          </strong>{" "}
          {flag.issue}
        </p>
      ))}
    </div>
  );
}

function Sources({ ids, label, fxSourceId }: { ids: readonly string[]; label: string; fxSourceId?: string | undefined }) {
  const { data } = useBoard();
  return (
    <section className="panel-sources" aria-label={label}>
      <h3>Sources</h3>
      <SourceCitations ids={ids} sources={data.sources} label={label} fxSourceId={fxSourceId} />
    </section>
  );
}

function ItemButton({ item }: { item: Investment }) {
  const { dispatch } = useBoard();
  return (
    <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "inv", id: item.id } })}>
      {item.id} · {item.actorGroup} · {formatMoney(item.amountEur, "EUR")}
    </button>
  );
}

function InvestmentDetail({ id }: { id: string }) {
  const { data } = useBoard();
  const item = data.investments.find((i) => i.id === id);
  if (!item) return <NotFound what={id} />;
  const byId = new Map(data.investments.map((i) => [i.id, i]));
  const parent = item.parentId ? byId.get(item.parentId) : undefined;
  const children = item.childIds.flatMap((childId) => {
    const child = byId.get(childId);
    return child ? [child] : [];
  });
  return (
    <>
      <Heading kicker={`Commitment ${item.id}`}>
        {item.actor} <span className="muted">to {item.counterpart}</span>
      </Heading>
      <p className="badges">
        <StatusBadge status={item.status} /> <ConfidenceBadge confidence={item.confidence} />{" "}
        {item.inSeed === false ? <ContextBadge /> : null}
      </p>
      <dl className="facts">
        <dt>Amount</dt>
        <dd>{formatMoney(item.amount, item.currency)}</dd>
        <dt>In EUR</dt>
        <dd>
          {item.fx ? "≈ " : ""}
          {formatMoney(item.amountEur, "EUR")}
          {item.fx ? (
            <span className="detail">
              at {item.fx.perEur} {item.fx.currency} per EUR ({item.fx.year} ECB annual average)
            </span>
          ) : null}
        </dd>
        <dt>Date</dt>
        <dd>{formatDate(item.date, item.datePrecision)}</dd>
        <dt>Countries</dt>
        <dd>{item.countries.join(", ")}</dd>
        <dt>Sector</dt>
        <dd>{item.sector}</dd>
        {item.statusDetail ? (
          <>
            <dt>Status detail</dt>
            <dd>{item.statusDetail}</dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>Part of</dt>
            <dd>
              <ItemButton item={parent} />
              <span className="detail">Not additional money: it sits inside this commitment.</span>
            </dd>
          </>
        ) : null}
        {children.length > 0 ? (
          <>
            <dt>Contains</dt>
            <dd>
              <ul className="plain">
                {children.map((child) => (
                  <li key={child.id}>
                    <ItemButton item={child} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {item.note ? <p className="note">{item.note}</p> : null}
      <Flags ids={item.flagIds} />
      <Sources ids={item.sourceIds} label={`Sources for ${item.id}`} fxSourceId={item.fx?.sourceId} />
    </>
  );
}

function eventDate(event: RelationsEvent): string {
  if (!event.date) return "Undated";
  const start = formatDate(event.date, event.datePrecision);
  return event.dateEnd ? `${start} – ${formatDate(event.dateEnd, event.datePrecision)}` : start;
}

function EventDetail({ id }: { id: string }) {
  const { data } = useBoard();
  const event = data.events.find((e) => e.id === id);
  if (!event) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={`Event ${event.id} · ${eventDate(event)}`}>{event.title}</Heading>
      <p className="badges">
        {event.lanes.map((lane) => (
          <span key={lane} className="badge badge-lane" data-lane={lane}>
            {lane}
          </span>
        ))}{" "}
        <ConfidenceBadge confidence={event.confidence} /> {event.inSeed === false ? <ContextBadge /> : null}
      </p>
      <dl className="facts">
        <dt>Actors</dt>
        <dd>{event.actors.join(", ")}</dd>
        <dt>Type</dt>
        <dd>{event.type.replaceAll("_", " ")}</dd>
        <dt>Place</dt>
        <dd>{event.location ?? "–"}</dd>
        {event.dateSource !== "seed" ? (
          <>
            <dt>Date from</dt>
            <dd>{event.dateSource} sources</dd>
          </>
        ) : null}
      </dl>
      <p>{event.summary}</p>
      {event.details ? <p className="note">{event.details}</p> : null}
      <Flags ids={event.flagIds} />
      <Sources ids={event.sourceIds} label={`Sources for ${event.id}`} />
    </>
  );
}

function CorridorDetailView({ id }: { id: string }) {
  const { data, dispatch } = useBoard();
  const corridor = data.corridors.find((c) => c.id === id);
  if (!corridor) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={`Corridor ${corridor.id}`}>{corridor.name}</Heading>
      <p className="badges">{corridor.inSeed === false ? <ContextBadge /> : null}</p>
      <p>{corridor.description}</p>
      <dl className="facts">
        <dt>Length</dt>
        <dd>
          ≥ {formatKm(corridor.lengthKm)}
          <span className="detail">Great-circle distance through the main line&apos;s waypoints: a lower bound.</span>
        </dd>
        <dt>Modes</dt>
        <dd>{corridor.modes.join(" → ") || "–"}</dd>
        <dt>Border crossings</dt>
        <dd>{corridor.borderCrossings}</dd>
        <dt>Sea legs</dt>
        <dd>{corridor.seaLegs}</dd>
        <dt>Waypoints</dt>
        <dd>{corridor.waypoints.map((w) => w.name).join(" → ")}</dd>
      </dl>
      {corridor.chokepoints.length > 0 ? (
        <section>
          <h3>Chokepoints and risks</h3>
          <ul className="plain">
            {corridor.chokepoints.map((k) => (
              <li key={k.id}>
                <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "chk", id: k.id } })}>
                  {k.name}
                </button>{" "}
                <span className="muted">
                  {k.relation === "on-route" ? "on the route" : `nearby${k.distanceKm !== null ? `, ${formatKm(k.distanceKm)}` : ""}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {corridor.facts.length > 0 ? (
        <section>
          <h3>Facts</h3>
          <ul className="plain facts-list">
            {corridor.facts.map((fact) => (
              <li key={fact.id}>
                {fact.fact} {fact.confidence ? <ConfidenceBadge confidence={fact.confidence} /> : null}
                <SourceCitations ids={fact.sourceIds} sources={data.sources} label={`Sources for ${fact.id}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Flags ids={corridor.flagIds} />
      <Sources ids={corridor.sourceIds} label={`Sources for ${corridor.id}`} />
      <p className="muted small">Selected corridor: {shortName(corridor)}. The charts show what concerns its countries.</p>
    </>
  );
}

function ChokepointDetail({ id }: { id: string }) {
  const { view } = useBoard();
  const chokepoint = view.chokepoints.find((k) => k.id === id);
  if (!chokepoint) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={`Chokepoint or risk ${chokepoint.id} · ${chokepoint.type}`}>{chokepoint.name}</Heading>
      <p className="badges">{chokepoint.inSeed === false ? <ContextBadge /> : null}</p>
      <p>{chokepoint.risk}</p>
      {chokepoint.coordConfidence ? <p className="muted small">Position: {chokepoint.coordConfidence} confidence.</p> : null}
      <Flags ids={chokepoint.flagIds} />
      <Sources ids={chokepoint.sourceIds} label={`Sources for ${chokepoint.id}`} />
    </>
  );
}

function CountedList({ ids, title }: { ids: readonly string[]; title: string }) {
  const { data } = useBoard();
  const items = ids.flatMap((id) => {
    const item = data.investments.find((i) => i.id === id);
    return item ? [item] : [];
  });
  if (items.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul className="plain">
        {items.map((item) => (
          <li key={item.id}>
            <ItemButton item={item} /> <StatusBadge status={item.status} /> {item.inSeed === false ? <ContextBadge /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PlaceDetail({ place }: { place: string }) {
  const { view } = useBoard();
  const total = view.places.places.find((p) => p.place === place);
  if (!total) {
    return (
      <>
        <Heading kicker="Commitments at">{place}</Heading>
        <p className="missing">No commitment placed here under the current filters.</p>
      </>
    );
  }
  return (
    <>
      <Heading kicker="Commitments at">{place}</Heading>
      <p className="big-figure">
        {formatMoney(total.totalEur, "EUR")} <ConfidenceBadge confidence={total.confidence} />
      </p>
      <ul className="plain small">
        {total.nestedEur > 0 ? (
          <li>Of which {formatMoney(total.nestedEur, "EUR")} sits inside a commitment counted at another place.</li>
        ) : null}
        {total.sharedEur > 0 ? (
          <li>Of which {formatMoney(total.sharedEur, "EUR")} is named for several countries and counts whole at each.</li>
        ) : null}
        <li>Sub-items are never added to the commitment that contains them.</li>
      </ul>
      <CountedList ids={total.countedIds} title="Counted" />
      <CountedList ids={total.containedIds} title="Contained in a counted commitment (not added)" />
      <Sources ids={total.sourceIds} label={`Sources for ${place}`} />
    </>
  );
}

function SegmentDetail({ id }: { id: string }) {
  const { view } = useBoard();
  const [actor = "", status = ""] = id.split("|");
  const row = view.commitments.rows.find((r) => r.actor === actor);
  const cell = row?.cells.find((c) => c.status === status);
  if (!row || !cell) {
    return (
      <>
        <Heading kicker="Commitments">
          {actor} · {status}
        </Heading>
        <p className="missing">Nothing recorded for this actor and status under the current filters.</p>
      </>
    );
  }
  return (
    <>
      <Heading kicker={`Commitments · ${actor}`}>
        <StatusBadge status={cell.status} /> {formatMoney(cell.ownEur + cell.nestedEur, "EUR")}
      </Heading>
      <ul className="plain small">
        <li>
          {formatMoney(cell.ownEur, "EUR")} additional money; {formatMoney(cell.nestedEur, "EUR")} inside a commitment counted under another
          actor or status.
        </li>
        <li>
          Weakest confidence among the counted items: <ConfidenceBadge confidence={cell.confidence} />
        </li>
      </ul>
      <CountedList ids={cell.countedIds} title="Counted" />
      <CountedList ids={cell.containedIds} title="Contained in a counted commitment (not added)" />
      <Sources ids={cell.sourceIds} label={`Sources for ${actor} ${cell.status}`} />
    </>
  );
}

function ObservationDetail({ id }: { id: string }) {
  const { data } = useBoard();
  const series = data.series.find((s) => s.observations.some((o) => o.id === id));
  const observation = series?.observations.find((o) => o.id === id);
  if (!series || !observation) return <NotFound what={id} />;
  const conflict = series.conflicts.find((c) => c.observations.some((o) => o.id === id));
  return (
    <>
      <Heading kicker={`${series.name} · ${observation.period}`}>
        {formatValue(observation.value)} <span className="muted">{observation.metric ?? series.unit}</span>
      </Heading>
      <p className="badges">
        <ConfidenceBadge confidence={observation.confidence} /> <span className="badge badge-conf">{observation.valueType}</span>
      </p>
      {observation.note ? <p className="note">{observation.note}</p> : null}
      {conflict ? (
        <div className="flag" role="note">
          <strong>Sources disagree for {conflict.period}:</strong> {formatValue(conflict.min)} to{" "}
          {formatValue(conflict.max)} ({series.unit}).
          <ul className="plain">
            {conflict.observations.map((o) => (
              <li key={o.id}>
                {formatValue(o.value)} — {o.metric ?? "main measure"} ({o.sourceIds.join(", ")})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Flags ids={series.flagIds} />
      <Sources ids={observation.sourceIds} label={`Sources for ${observation.id}`} />
    </>
  );
}

function SeriesDetail({ id }: { id: string }) {
  const { data } = useBoard();
  const series = data.series.find((s) => s.key === id);
  if (!series) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={`Indicator · ${series.unit}`}>{series.name}</Heading>
      <p>{series.scope}</p>
      {series.notes ? <p className="note">{series.notes}</p> : null}
      <Flags ids={series.flagIds} />
      <Sources ids={series.sourceIds} label={`Sources for ${series.name}`} />
    </>
  );
}

function EventsAndFlags() {
  const { view, selection, dispatch, data } = useBoard();
  const events = [...view.events].sort((a, b) => (b.dateLast ?? "").localeCompare(a.dateLast ?? "") || a.id.localeCompare(b.id));
  const flags: Flag[] = [...data.flags.values()];
  return (
    <>
      <header className="panel-head">
        <p className="kicker">Nothing selected · select anything on the map or in the charts for its details and sources</p>
        <h2 id="panel-heading">Events in view ({events.length})</h2>
      </header>
      <ol className="panel-events">
        {events.map((event) => (
          <li key={event.id} data-id={event.id} className={selection.event === event.id ? "is-selected" : undefined}>
            <button type="button" className="event-button" onClick={() => dispatch({ type: "toggleEvent", id: event.id })}>
              <span className="meta">
                {eventDate(event)} · {event.lanes.join(", ")}
              </span>
              <span className="title">{event.title}</span>
            </button>
            {event.inSeed === false ? <ContextBadge /> : null}
          </li>
        ))}
        {events.length === 0 ? <li className="missing">No event matches the filters.</li> : null}
      </ol>
      <details className="panel-flags-all">
        <summary>Data-quality flags ({flags.length})</summary>
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
