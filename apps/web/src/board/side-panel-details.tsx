"use client";
// The side panel's details and full citations of whatever is selected (a commitment, an event, a
// corridor, a chokepoint, a map location, a chart segment, an observation). A chunk of its own:
// ./side-panel.tsx loads it when a selection first needs it (in the server render too, for a link
// that names one), so a board opened without a selection doesn't load it.
import type { ReactNode } from "react";
import { ConfidenceBadge, ContextBadge, StatusBadge } from "~/components/badges";
import { useT } from "~/i18n/provider";
import { formatDate, formatKm, formatMoney } from "~/lib/format";
import { useBoard } from "./board-context";
import { SourceCitations } from "./citations";
import { shortName } from "./derive";
import { eventDate, formatValue } from "./format";
import { confidenceLabel, laneLabel, statusLabel } from "./labels";
import type { Investment } from "./model";
import type { PanelRef } from "./selection";

/** The selected item's details and sources (loaded when something is first selected). */
export default function PanelContent({ panel }: { panel: PanelRef }) {
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
  const t = useT();
  return (
    <>
      <Heading kicker={t("board.panel.notFound")}>{what}</Heading>
      <p className="missing">{t("board.panel.notInFactBase")}</p>
    </>
  );
}

function Flags({ ids }: { ids: readonly string[] }) {
  const t = useT();
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
            {t("board.panel.disputed", { id: flag.id, item: flag.item })}
          </strong>{" "}
          {flag.issue}
        </p>
      ))}
    </div>
  );
}

function Sources({ ids, label, fxSourceId }: { ids: readonly string[]; label: string; fxSourceId?: string | undefined }) {
  const t = useT();
  const { data } = useBoard();
  return (
    <section className="panel-sources" aria-label={label}>
      <h3>{t("board.panel.sources")}</h3>
      <SourceCitations ids={ids} sources={data.sources} label={label} fxSourceId={fxSourceId} />
    </section>
  );
}

function ItemButton({ item }: { item: Investment }) {
  const t = useT();
  const { dispatch } = useBoard();
  return (
    <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "inv", id: item.id } })}>
      {item.id} · {item.actorGroup} · {formatMoney(item.amountEur, "EUR", t.locale)}
    </button>
  );
}

function InvestmentDetail({ id }: { id: string }) {
  const t = useT();
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
      <Heading kicker={t("board.panel.commitment", { id: item.id })}>
        {item.actor} <span className="muted">{t("board.panel.to", { counterpart: item.counterpart })}</span>
      </Heading>
      <p className="badges">
        <StatusBadge status={item.status} /> <ConfidenceBadge confidence={item.confidence} />{" "}
        {item.inSeed === false ? <ContextBadge /> : null}
      </p>
      <dl className="facts">
        <dt>{t("board.panel.amount")}</dt>
        <dd>{formatMoney(item.amount, item.currency, t.locale)}</dd>
        <dt>{t("board.panel.inEur")}</dt>
        <dd>
          {item.fx ? "≈ " : ""}
          {formatMoney(item.amountEur, "EUR", t.locale)}
          {item.fx ? (
            <span className="detail">
              {t("board.panel.fx", {
                // The rate as stored (every decimal), in the language's decimal sign; the year as is.
                rate: t.locale === "ru" ? String(item.fx.perEur).replace(".", ",") : String(item.fx.perEur),
                currency: item.fx.currency,
                year: String(item.fx.year),
              })}
            </span>
          ) : null}
        </dd>
        <dt>{t("board.panel.date")}</dt>
        <dd>{formatDate(item.date, item.datePrecision, t.locale)}</dd>
        <dt>{t("board.panel.countries")}</dt>
        <dd>{item.countries.join(", ")}</dd>
        <dt>{t("board.panel.sector")}</dt>
        <dd>{item.sector}</dd>
        {item.statusDetail ? (
          <>
            <dt>{t("board.panel.statusDetail")}</dt>
            <dd>{item.statusDetail}</dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>{t("board.panel.partOf")}</dt>
            <dd>
              <ItemButton item={parent} />
              <span className="detail">{t("board.panel.partOfNote")}</span>
            </dd>
          </>
        ) : null}
        {children.length > 0 ? (
          <>
            <dt>{t("board.panel.contains")}</dt>
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
      <Sources ids={item.sourceIds} label={t("board.panel.sourcesFor", { what: item.id })} fxSourceId={item.fx?.sourceId} />
    </>
  );
}

function EventDetail({ id }: { id: string }) {
  const t = useT();
  const { data } = useBoard();
  const event = data.events.find((e) => e.id === id);
  if (!event) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={t("board.panel.event", { id: event.id, date: eventDate(event, t) })}>{event.title}</Heading>
      <p className="badges">
        {event.lanes.map((lane) => (
          <span key={lane} className="badge badge-lane" data-lane={lane}>
            {laneLabel(t, lane)}
          </span>
        ))}{" "}
        <ConfidenceBadge confidence={event.confidence} /> {event.inSeed === false ? <ContextBadge /> : null}
      </p>
      <dl className="facts">
        <dt>{t("board.panel.actors")}</dt>
        <dd>{event.actors.join(", ")}</dd>
        <dt>{t("board.panel.type")}</dt>
        <dd>{event.type.replaceAll("_", " ")}</dd>
        <dt>{t("board.panel.place")}</dt>
        <dd>{event.location ?? "–"}</dd>
        {event.dateSource !== "seed" ? (
          <>
            <dt>{t("board.panel.dateFrom")}</dt>
            <dd>{t("board.panel.dateSources", { origin: event.dateSource })}</dd>
          </>
        ) : null}
      </dl>
      <p>{event.summary}</p>
      {event.details ? <p className="note">{event.details}</p> : null}
      <Flags ids={event.flagIds} />
      <Sources ids={event.sourceIds} label={t("board.panel.sourcesFor", { what: event.id })} />
    </>
  );
}

function CorridorDetailView({ id }: { id: string }) {
  const t = useT();
  const { data, dispatch } = useBoard();
  const corridor = data.corridors.find((c) => c.id === id);
  if (!corridor) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={t("board.panel.corridor", { id: corridor.id })}>{corridor.name}</Heading>
      <p className="badges">{corridor.inSeed === false ? <ContextBadge /> : null}</p>
      <p>{corridor.description}</p>
      <dl className="facts">
        <dt>{t("board.panel.length")}</dt>
        <dd>
          ≥ {formatKm(corridor.lengthKm, t.locale)}
          <span className="detail">{t("board.panel.lengthNote")}</span>
        </dd>
        <dt>{t("board.panel.modes")}</dt>
        <dd>{corridor.modes.join(" → ") || "–"}</dd>
        <dt>{t("board.panel.borderCrossings")}</dt>
        <dd>{corridor.borderCrossings}</dd>
        <dt>{t("board.panel.seaLegs")}</dt>
        <dd>{corridor.seaLegs}</dd>
        <dt>{t("board.panel.waypoints")}</dt>
        <dd>{corridor.waypoints.map((w) => w.name).join(" → ")}</dd>
      </dl>
      {corridor.chokepoints.length > 0 ? (
        <section>
          <h3>{t("board.panel.chokepoints")}</h3>
          <ul className="plain">
            {corridor.chokepoints.map((k) => (
              <li key={k.id}>
                <button type="button" className="link-button" onClick={() => dispatch({ type: "openPanel", panel: { kind: "chk", id: k.id } })}>
                  {k.name}
                </button>{" "}
                <span className="muted">
                  {k.relation === "on-route"
                    ? t("board.panel.onRoute")
                    : k.distanceKm !== null
                      ? t("board.panel.nearbyAt", { distance: formatKm(k.distanceKm, t.locale) })
                      : t("board.panel.nearby")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {corridor.facts.length > 0 ? (
        <section>
          <h3>{t("board.panel.facts")}</h3>
          <ul className="plain facts-list">
            {corridor.facts.map((fact) => (
              <li key={fact.id}>
                {fact.fact} {fact.confidence ? <ConfidenceBadge confidence={fact.confidence} /> : null}
                <SourceCitations ids={fact.sourceIds} sources={data.sources} label={t("board.panel.sourcesFor", { what: fact.id })} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Flags ids={corridor.flagIds} />
      <Sources ids={corridor.sourceIds} label={t("board.panel.sourcesFor", { what: corridor.id })} />
      <p className="muted small">{t("board.panel.selectedCorridor", { name: shortName(corridor) })}</p>
    </>
  );
}

function ChokepointDetail({ id }: { id: string }) {
  const t = useT();
  const { view } = useBoard();
  const chokepoint = view.chokepoints.find((k) => k.id === id);
  if (!chokepoint) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={t("board.panel.chokepoint", { id: chokepoint.id, type: chokepoint.type })}>{chokepoint.name}</Heading>
      <p className="badges">{chokepoint.inSeed === false ? <ContextBadge /> : null}</p>
      <p>{chokepoint.risk}</p>
      {chokepoint.coordConfidence ? (
        <p className="muted small">{t("board.panel.position", { confidence: confidenceLabel(t, chokepoint.coordConfidence) })}</p>
      ) : null}
      <Flags ids={chokepoint.flagIds} />
      <Sources ids={chokepoint.sourceIds} label={t("board.panel.sourcesFor", { what: chokepoint.id })} />
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
  const t = useT();
  const { view } = useBoard();
  const total = view.places.places.find((p) => p.place === place);
  if (!total) {
    return (
      <>
        <Heading kicker={t("board.panel.commitmentsAt")}>{place}</Heading>
        <p className="missing">{t("board.panel.noPlace")}</p>
      </>
    );
  }
  return (
    <>
      <Heading kicker={t("board.panel.commitmentsAt")}>{place}</Heading>
      <p className="big-figure">
        {formatMoney(total.totalEur, "EUR", t.locale)} <ConfidenceBadge confidence={total.confidence} />
      </p>
      <ul className="plain small">
        {total.nestedEur > 0 ? (
          <li>{t("board.panel.placeNested", { amount: formatMoney(total.nestedEur, "EUR", t.locale) })}</li>
        ) : null}
        {total.sharedEur > 0 ? (
          <li>{t("board.panel.placeShared", { amount: formatMoney(total.sharedEur, "EUR", t.locale) })}</li>
        ) : null}
        <li>{t("board.panel.subItems")}</li>
      </ul>
      <CountedList ids={total.countedIds} title={t("board.panel.counted")} />
      <CountedList ids={total.containedIds} title={t("board.panel.contained")} />
      <Sources ids={total.sourceIds} label={t("board.panel.sourcesFor", { what: place })} />
    </>
  );
}

function SegmentDetail({ id }: { id: string }) {
  const t = useT();
  const { view } = useBoard();
  const [actor = "", status = ""] = id.split("|");
  const row = view.commitments.rows.find((r) => r.actor === actor);
  const cell = row?.cells.find((c) => c.status === status);
  if (!row || !cell) {
    return (
      <>
        <Heading kicker={t("board.panel.commitments")}>
          {actor} · {statusLabel(t, status)}
        </Heading>
        <p className="missing">{t("board.panel.noSegment")}</p>
      </>
    );
  }
  return (
    <>
      <Heading kicker={t("board.panel.commitmentsOf", { actor })}>
        <StatusBadge status={cell.status} /> {formatMoney(cell.ownEur + cell.nestedEur, "EUR", t.locale)}
      </Heading>
      <ul className="plain small">
        <li>
          {t("board.panel.segmentMoney", {
            own: formatMoney(cell.ownEur, "EUR", t.locale),
            nested: formatMoney(cell.nestedEur, "EUR", t.locale),
          })}
        </li>
        <li>
          {t("board.panel.weakest")} <ConfidenceBadge confidence={cell.confidence} />
        </li>
      </ul>
      <CountedList ids={cell.countedIds} title={t("board.panel.counted")} />
      <CountedList ids={cell.containedIds} title={t("board.panel.contained")} />
      <Sources ids={cell.sourceIds} label={t("board.panel.sourcesFor", { what: `${actor} ${statusLabel(t, cell.status)}` })} />
    </>
  );
}

function ObservationDetail({ id }: { id: string }) {
  const t = useT();
  const { data } = useBoard();
  const series = data.series.find((s) => s.observations.some((o) => o.id === id));
  const observation = series?.observations.find((o) => o.id === id);
  if (!series || !observation) return <NotFound what={id} />;
  const conflict = series.conflicts.find((c) => c.observations.some((o) => o.id === id));
  return (
    <>
      <Heading kicker={`${series.name} · ${observation.period}`}>
        {formatValue(observation.value, t.locale)} <span className="muted">{observation.metric ?? series.unit}</span>
      </Heading>
      <p className="badges">
        <ConfidenceBadge confidence={observation.confidence} /> <span className="badge badge-conf">{observation.valueType}</span>
      </p>
      {observation.note ? <p className="note">{observation.note}</p> : null}
      {conflict ? (
        <div className="flag" role="note">
          <strong>{t("board.panel.disagreeFor", { period: conflict.period })}</strong>{" "}
          {t("board.panel.disagreeRange", {
            min: formatValue(conflict.min, t.locale),
            max: formatValue(conflict.max, t.locale),
            unit: series.unit,
          })}
          <ul className="plain">
            {conflict.observations.map((o) => (
              <li key={o.id}>
                {formatValue(o.value, t.locale)} — {o.metric ?? t("board.panel.mainMeasure")} ({o.sourceIds.join(", ")})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Flags ids={series.flagIds} />
      <Sources ids={observation.sourceIds} label={t("board.panel.sourcesFor", { what: observation.id })} />
    </>
  );
}

function SeriesDetail({ id }: { id: string }) {
  const t = useT();
  const { data } = useBoard();
  const series = data.series.find((s) => s.key === id);
  if (!series) return <NotFound what={id} />;
  return (
    <>
      <Heading kicker={t("board.panel.indicator", { unit: series.unit })}>{series.name}</Heading>
      <p>{series.scope}</p>
      {series.notes ? <p className="note">{series.notes}</p> : null}
      <Flags ids={series.flagIds} />
      <Sources ids={series.sourceIds} label={t("board.panel.sourcesFor", { what: series.name })} />
    </>
  );
}
