// A read-only briefing link: exactly one board, live, for anyone holding the link, no account
// needed. The page resolves the link itself (the /b/[board] layout gate, which needs a session,
// does not apply here) and renders the same board view as members see — map, charts, the shared
// scenario, commentary, assessments and notes, live from the collab server as a guest viewer — with
// a read-only banner and none of the board's chrome: no share, snapshots or boards links, no team,
// no member list, no emails. Selection and filter parameters work in this URL as on the board.
import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { BoardView } from "~/board/board-view";
import { parseSelection } from "~/board/parse-selection";
import { LinkProblemStatus } from "~/components/account/link-problem-status";
import { linkProblemOf } from "~/components/account/status-page";
import { getT } from "~/i18n/server";
import { prefetchBoardData } from "~/server/board-prefetch";
import { callFailureOf } from "~/server/trpc-errors";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import "~/board/board.css";
import "~/components/account/account.css";

interface BriefingPageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const LINK_TOKEN = /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/;

/** The link's board and expiry, or why it cannot be used. Read once per request (metadata and page). */
const resolveLink = cache(async (token: string) => {
  if (!LINK_TOKEN.test(token)) return { ok: false as const, problem: "invalid" as const };
  try {
    const briefing = await getQueryClient().fetchQuery(trpc.links.resolveBriefing.queryOptions({ token }));
    return { ok: true as const, briefing };
  } catch (error) {
    const failure = callFailureOf(error);
    if (failure?.code === "BAD_REQUEST") return { ok: false as const, problem: "invalid" as const };
    const problem = linkProblemOf(failure?.reason);
    if (problem) return { ok: false as const, problem };
    throw error;
  }
});

export async function generateMetadata({ params }: BriefingPageProps): Promise<Metadata> {
  const [resolved, t] = await Promise.all([resolveLink((await params).token), getT()]);
  return {
    title: resolved.ok ? t("account.briefing.pageTitleOf", { title: resolved.briefing.board.title }) : t("account.briefing.pageTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function BriefingPage({ params, searchParams }: BriefingPageProps) {
  await connection();
  const { token } = await params;
  const resolved = await resolveLink(token);
  if (!resolved.ok) return <LinkProblemStatus problem={resolved.problem} />;
  const { board, expiresAt } = resolved.briefing;
  // The link's own answer is not handed to the browser: the view gets only what it renders.
  getQueryClient().removeQueries({ queryKey: trpc.links.resolveBriefing.queryKey({ token }) });
  const selection = parseSelection(await searchParams);
  await prefetchBoardData();

  return (
    <HydrateClient>
      <BoardView boardId={board.id} title={board.title} initialSelection={selection} briefing={{ token, expiresAt }} />
    </HydrateClient>
  );
}
