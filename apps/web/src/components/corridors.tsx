"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { formatKm } from "~/lib/format";
import { ContextBadge } from "./badges";

export function Corridors() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.corridors.list.queryOptions());

  return (
    <section aria-labelledby="corridors-heading">
      <h2 id="corridors-heading">Corridors</h2>
      <p className="section-note">
        Lengths are great-circle distances through each route&apos;s waypoints: a lower bound of the distance travelled.
      </p>
      <ul className="corridors">
        {data.items.map((corridor) => (
          <li key={corridor.id} className="card" data-id={corridor.id}>
            <h3>{corridor.name}</h3>
            {corridor.inSeed === false ? <ContextBadge /> : null}
            <dl>
              {corridor.aliases.length > 0 ? (
                <>
                  <dt>Also called</dt>
                  <dd>{corridor.aliases.join(" · ")}</dd>
                </>
              ) : null}
              <dt>Modes</dt>
              <dd>{corridor.modes.length > 0 ? corridor.modes.join(" → ") : "–"}</dd>
              <dt>Length</dt>
              <dd>≥ {formatKm(corridor.lengthKm)}</dd>
              <dt>Border crossings</dt>
              <dd>{corridor.borderCrossings}</dd>
              <dt>Sea legs</dt>
              <dd>{corridor.seaLegs}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
