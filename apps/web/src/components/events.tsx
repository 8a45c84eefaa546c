"use client";
import { useT } from "~/i18n/provider";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatDate } from "~/lib/format";
import { ConfidenceBadge } from "./badges";
import { SourceList } from "./source-list";
import { useCitedSources, useLatestEvents } from "./use-overview";

function eventDate(event: { date: string | null; dateEnd: string | null; datePrecision: string }, t: Translator<Messages>): string {
  if (!event.date) return t("overview.events.undated");
  const start = formatDate(event.date, event.datePrecision, t.locale);
  return event.dateEnd ? `${start} – ${formatDate(event.dateEnd, event.datePrecision, t.locale)}` : start;
}

export function LatestEvents() {
  const t = useT();
  const events = useLatestEvents();
  const sources = useCitedSources();

  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t("overview.events.title")}</h2>
      <p className="section-note">{t("overview.events.note")}</p>
      <ol className="events">
        {events.map((event) => (
          <li key={event.id} data-id={event.id}>
            {event.dateStart ? <time dateTime={event.dateStart}>{eventDate(event, t)}</time> : <span className="meta">{t("overview.events.undated")}</span>}
            <h3>{event.title}</h3>
            <p className="meta">
              {event.actors.join(", ")} · {event.type.replaceAll("_", " ")}
              {event.location ? ` · ${event.location}` : ""} · <ConfidenceBadge confidence={event.confidence} />
            </p>
            <p>{event.summary}</p>
            <SourceList ids={event.sourceIds} sources={sources} label={t("overview.events.sourcesFor", { id: event.id })} />
          </li>
        ))}
      </ol>
    </section>
  );
}
