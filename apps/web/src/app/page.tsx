// The overview: corridors, the largest commitments with status and sources, the latest events.
// Every query runs on the server, in-process through tRPC, into this request's QueryClient; the
// cache is hydrated into the client components, so the first HTML holds all figures and the
// browser makes no API request to show them.
import { connection } from "next/server";
import { getT } from "~/i18n/server";
import { citedSourceIds, largestCommitments, latestEvents } from "~/lib/overview";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";
import { Commitments } from "~/components/commitments";
import { Corridors } from "~/components/corridors";
import { LatestEvents } from "~/components/events";

export default async function OverviewPage() {
  // Rendered per request from the current fact base, never at build time.
  await connection();
  const queryClient = getQueryClient();
  const t = await getT();
  const [investments, events] = await Promise.all([
    queryClient.fetchQuery(trpc.investments.list.queryOptions()),
    queryClient.fetchQuery(trpc.relations.events.queryOptions()),
    queryClient.fetchQuery(trpc.corridors.list.queryOptions()),
    queryClient.fetchQuery(trpc.dataQuality.flags.queryOptions()),
    queryClient.fetchQuery(trpc.investments.summary.queryOptions({ groupBy: "status" })),
  ]);
  // The citations depend on which items are shown: one more in-process call, still before render.
  const ids = citedSourceIds(largestCommitments(investments.items), latestEvents(events.items));
  if (ids.length > 0) await prefetch(trpc.sources.byIds.queryOptions({ ids }));

  return (
    <HydrateClient>
      <main id="main" className="page">
        <header className="page-header">
          <h1>{t("overview.title")}</h1>
          <p className="lede">{t("overview.lede")}</p>
        </header>
        <Corridors />
        <Commitments />
        <LatestEvents />
        <footer className="page-footer">
          {t("overview.factBaseVersion")} <code>{investments.dataVersion.slice(0, 12)}</code>
        </footer>
      </main>
    </HydrateClient>
  );
}
