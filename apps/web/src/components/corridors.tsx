"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useT } from "~/i18n/provider";
import { formatKm } from "~/lib/format";
import { ContextBadge } from "./badges";

export function Corridors() {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.corridors.list.queryOptions());

  return (
    <section aria-labelledby="corridors-heading">
      <h2 id="corridors-heading">{t("overview.corridors.title")}</h2>
      <p className="section-note">{t("overview.corridors.note")}</p>
      <ul className="corridors">
        {data.items.map((corridor) => (
          <li key={corridor.id} className="card" data-id={corridor.id}>
            <h3>{corridor.name}</h3>
            {corridor.inSeed === false ? <ContextBadge /> : null}
            <dl>
              {corridor.aliases.length > 0 ? (
                <>
                  <dt>{t("overview.corridors.aliases")}</dt>
                  <dd>{corridor.aliases.join(" · ")}</dd>
                </>
              ) : null}
              <dt>{t("overview.corridors.modes")}</dt>
              <dd>{corridor.modes.length > 0 ? corridor.modes.join(" → ") : "–"}</dd>
              <dt>{t("overview.corridors.length")}</dt>
              <dd>≥ {formatKm(corridor.lengthKm, t.locale)}</dd>
              <dt>{t("overview.corridors.borderCrossings")}</dt>
              <dd>{corridor.borderCrossings}</dd>
              <dt>{t("overview.corridors.seaLegs")}</dt>
              <dd>{corridor.seaLegs}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
