import { connection } from "next/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { Health } from "~/components/health";

export default async function OverviewPage() {
  await connection();
  await Promise.all([prefetch(trpc.health.ping.queryOptions())]);
  return (
    <HydrateClient>
      <main id="main" className="page">
        <h1>Corridor Board</h1>
        <Health />
      </main>
    </HydrateClient>
  );
}
