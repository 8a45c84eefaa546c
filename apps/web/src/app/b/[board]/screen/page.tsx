// The shared screen: the live board full screen for a projector or a meeting-room TV, with no
// editing chrome. It steps through the board's saved views (keys or a timer) and follows the
// presenter while there is one. Its own gate (outside the board's layout): members, or anyone
// with a briefing link (?briefing=), so a machine where nobody signs in can show it.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { signInHref } from "~/components/account/next-path";
import { NoAccess } from "~/components/account/no-access";
import { LinkProblemStatus } from "~/components/account/link-problem-status";
import { linkProblemOf } from "~/components/account/status-page";
import { getT } from "~/i18n/server";
import { prefetchBoardData } from "~/server/board-prefetch";
import { briefingParam } from "~/server/briefing-param";
import { ScreenView } from "~/board/screen/screen-view";
import { parseSelection } from "~/board/parse-selection";
import { callFailureOf } from "~/server/trpc-errors";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import "~/components/account/account.css";
import "~/board/board.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("account.screen.pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

const BOARD_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

interface ScreenPageProps {
  params: Promise<{ board: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ScreenPage({ params, searchParams }: ScreenPageProps) {
  await connection();
  const { board: id } = await params;
  if (!BOARD_ID.test(id)) notFound();
  const query = await searchParams;
  const briefing = briefingParam(query.briefing);
  let board;
  try {
    board = await getQueryClient().fetchQuery(trpc.boards.byId.queryOptions(briefing ? { id, briefingToken: briefing } : { id }));
  } catch (error) {
    const failure = callFailureOf(error);
    const problem = linkProblemOf(failure?.reason);
    if (problem) return <LinkProblemStatus problem={problem} />;
    if (failure?.code === "UNAUTHORIZED") redirect(signInHref(`/b/${id}/screen`));
    if (failure?.code === "NOT_FOUND" || failure?.code === "BAD_REQUEST") notFound();
    if (failure?.code === "FORBIDDEN") return <NoAccess />;
    throw error;
  }
  await prefetchBoardData();
  return (
    <HydrateClient>
      <ScreenView
        boardId={board.id}
        title={board.title}
        initialSelection={parseSelection(query)}
        briefing={board.via === "briefing-link" && briefing ? { token: briefing } : undefined}
      />
    </HydrateClient>
  );
}
