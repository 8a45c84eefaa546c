// The signed-in user's boards: create teams and boards, and rename, duplicate, archive or delete
// them as far as their role allows. Prefetched on the server and hydrated.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BoardsManager } from "~/components/account/boards-manager";
import { signInHref } from "~/components/account/next-path";
import { ImportBoardPanel } from "~/components/snapshots/import-board";
import { getSessionUser } from "~/server/session";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Your boards" };

export default async function BoardsPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInHref("/boards"));
  await Promise.all([prefetch(trpc.boards.mine.queryOptions({ includeArchived: false })), prefetch(trpc.teams.mine.queryOptions())]);
  return (
    <HydrateClient>
      <main id="main" className="page">
        <header className="page-header">
          <h1>Your boards</h1>
          <p className="lede">Boards of your teams and boards you were invited to. Owners rename, archive and delete; editors create and duplicate.</p>
        </header>
        <BoardsManager />
        <div className="panels">
          <ImportBoardPanel />
        </div>
      </main>
    </HydrateClient>
  );
}
