"use client";
import { formatDate } from "~/lib/format";
import { ConfidenceBadge } from "./badges";
import { SourceList } from "./source-list";
import { useCitedSources, useLatestEvents } from "./use-overview";

function eventDate(event: { date: string | null; dateEnd: string | null; datePrecision: string }): string {
  if (!event.date) return "Undated";
  const start = formatDate(event.date, event.datePrecision);
  return event.dateEnd ? `${start} – ${formatDate(event.dateEnd, event.datePrecision)}` : start;
}

export function LatestEvents() {
  const events = useLatestEvents();
  const sources = useCitedSources();

  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">Latest events</h2>
      <p className="section-note">The most recent relations events in the fact base, newest first.</p>
      <ol className="events">
        {events.map((event) => (
          <li key={event.id} data-id={event.id}>
            {event.dateStart ? <time dateTime={event.dateStart}>{eventDate(event)}</time> : <span className="meta">Undated</span>}
            <h3>{event.title}</h3>
            <p className="meta">
              {event.actors.join(", ")} · {event.type.replaceAll("_", " ")}
              {event.location ? ` · ${event.location}` : ""} · <ConfidenceBadge confidence={event.confidence} />
            </p>
            <p>{event.summary}</p>
            <SourceList ids={event.sourceIds} sources={sources} label={`Sources for ${event.id}`} />
          </li>
        ))}
      </ol>
    </section>
  );
}
