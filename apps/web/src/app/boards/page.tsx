// The signed-in user's boards: create teams and boards, and rename, duplicate, archive or delete
// them as far as their role allows. Prefetched on the server and hydrated.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BoardsManager } from "~/components/account/boards-manager";
import { signInHref } from "~/components/account/next-path";
import { ImportBoardPanel } from "~/components/snapshots/import-board";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("account.boards.pageTitle") };
}

export default async function BoardsPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInHref("/boards"));
  const t = await getT();
  await Promise.all([prefetch(trpc.boards.mine.queryOptions({ includeArchived: false })), prefetch(trpc.teams.mine.queryOptions())]);
  return (
    <HydrateClient>
      <main id="main" className="page">
        <header className="page-header">
          <h1>{t("account.boards.title")}</h1>
          <p className="lede">{t("account.boards.lede")}</p>
        </header>
        <BoardsManager />
        <div className="panels">
          <ImportBoardPanel />
        </div>
      </main>
    </HydrateClient>
  );
}
