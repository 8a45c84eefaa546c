// The gate in front of every board: the board is read on the server as the signed-in user before
// anything of it renders. Anonymous → sign in and come back; not a member → a clear "no access"
// page; unknown → 404. Members get the board strip with the share dialog above the board. (The
// shared screen, /b/[board]/screen, sits outside this group: it has its own gate and no strip.)
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { signInHref } from "~/components/account/next-path";
import { NoAccess } from "~/components/account/no-access";
import { BoardBarDialogs } from "~/components/board-bar/board-bar-dialogs";
import { ServiceWorkerRegistration } from "~/board/offline/service-worker";
import { env } from "~/env";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";
import { callFailureOf } from "~/server/trpc-errors";
import { getQueryClient, trpc } from "~/trpc/server";
import "~/components/account/account.css";

const BOARD_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export default async function BoardLayout({ children, params }: { children: ReactNode; params: Promise<{ board: string }> }) {
  const { board: id } = await params;
  if (!BOARD_ID.test(id)) notFound();

  let board;
  try {
    // The same query (and key) the board page reads: fetched once per request.
    board = await getQueryClient().fetchQuery(trpc.boards.byId.queryOptions({ id }));
  } catch (error) {
    const failure = callFailureOf(error);
    if (failure?.code === "UNAUTHORIZED") redirect(signInHref(`/b/${id}`));
    if (failure?.code === "NOT_FOUND" || failure?.code === "BAD_REQUEST") notFound();
    if (failure?.code === "FORBIDDEN") return <NoAccess />;
    throw error;
  }

  const [user, t] = await Promise.all([getSessionUser(), getT()]);
  return (
    <>
      <div className="board-bar" role="region" aria-label={t("board.bar.label")}>
        <span className="board-bar-title">{board.title}</span>
        <span className="board-bar-meta">
          {board.team ? `${board.team.name} · ` : ""}
          <span className={`role-badge role-${board.role}`}>{t(`common.role.${board.role}`)}</span>
          {board.archivedAt ? t("board.bar.archived") : ""}
        </span>
        <span className="board-bar-actions">
          <Link href="/boards" className="btn btn-small btn-quiet">
            {t("board.bar.allBoards")}
          </Link>
          {user ? <BoardBarDialogs boardId={board.id} boardTitle={board.title} role={board.role} currentUserId={user.id} /> : null}
        </span>
      </div>
      {children}
      <ServiceWorkerRegistration enabled={env.NODE_ENV === "production"} />
    </>
  );
}
