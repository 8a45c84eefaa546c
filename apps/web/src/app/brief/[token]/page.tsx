// A read-only briefing link: exactly one board for anyone holding the link, no account needed.
// Nothing else is exposed: no team, no other boards, no members or emails. The board's live view
// does not take a briefing token yet, so the guest sees the board's title and its fact base
// (corridors, commitments with sources, latest events), rendered on the server.
import type { Metadata } from "next";
import { connection } from "next/server";
import { LINK_PROBLEM_TEXT, linkProblemOf, StatusPage } from "~/components/account/status-page";
import { Commitments } from "~/components/commitments";
import { Corridors } from "~/components/corridors";
import { LatestEvents } from "~/components/events";
import { citedSourceIds, largestCommitments, latestEvents } from "~/lib/overview";
import { callFailureOf } from "~/server/trpc-errors";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";
import "~/components/account/account.css";

export const metadata: Metadata = { title: "Briefing", robots: { index: false, follow: false }, referrer: "no-referrer" };

const LINK_TOKEN = /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/;

function LinkProblemPage({ problem }: { problem: "expired" | "revoked" | "invalid" }) {
  const text = LINK_PROBLEM_TEXT[problem];
  return (
    <StatusPage title={text.title}>
      <p>{text.body}</p>
    </StatusPage>
  );
}

export default async function BriefingPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  if (!LINK_TOKEN.test(token)) return <LinkProblemPage problem="invalid" />;

  const queryClient = getQueryClient();
  let briefing;
  try {
    briefing = await queryClient.fetchQuery(trpc.links.resolveBriefing.queryOptions({ token }));
  } catch (error) {
    const failure = callFailureOf(error);
    if (failure?.code === "BAD_REQUEST") return <LinkProblemPage problem="invalid" />;
    const problem = linkProblemOf(failure?.reason);
    if (problem) return <LinkProblemPage problem={problem} />;
    throw error;
  }
  // Only the board's fact base is rendered: no team, members or other boards.
  queryClient.removeQueries({ queryKey: trpc.links.resolveBriefing.queryKey({ token }) });

  const [investments, events] = await Promise.all([
    queryClient.fetchQuery(trpc.investments.list.queryOptions()),
    queryClient.fetchQuery(trpc.relations.events.queryOptions()),
    queryClient.fetchQuery(trpc.corridors.list.queryOptions()),
    queryClient.fetchQuery(trpc.dataQuality.flags.queryOptions()),
    queryClient.fetchQuery(trpc.investments.summary.queryOptions({ groupBy: "status" })),
  ]);
  const ids = citedSourceIds(largestCommitments(investments.items), latestEvents(events.items));
  if (ids.length > 0) await prefetch(trpc.sources.byIds.queryOptions({ ids }));

  return (
    <HydrateClient>
      <div className="readonly-banner" role="note" aria-label="Read-only briefing">
        <strong>Read-only briefing</strong>
        <span>You are viewing this board through a briefing link; nothing can be changed here.</span>
        <span>Link expires {briefing.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
      </div>
      <main id="main" className="page" data-briefing-board={briefing.board.id}>
        <header className="page-header">
          <h1>{briefing.board.title}</h1>
          <p className="lede">The board&apos;s fact base: corridors, the largest commitments with their sources and the latest events.</p>
        </header>
        <Corridors />
        <Commitments />
        <LatestEvents />
        <footer className="page-footer">
          Fact base version <code>{investments.dataVersion.slice(0, 12)}</code>
        </footer>
      </main>
    </HydrateClient>
  );
}
