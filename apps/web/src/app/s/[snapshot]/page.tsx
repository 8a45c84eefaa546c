// A snapshot, read-only, exactly as it was frozen: rendered on the server from the snapshot's own
// data. Members open it from the board; anyone holding its link (?link=…) opens it without an account.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { loadSnapshot, withLink } from "~/components/snapshots/load-snapshot";
import { FileExport } from "~/components/export/file-export";
import { exportFileName } from "~/components/snapshots/names";
import { PrintButton } from "~/components/snapshots/print-button";
import { RestoreSnapshotButton } from "~/components/snapshots/restore-button";
import { SnapshotDocument, SnapshotMeta } from "~/components/snapshots/snapshot-document";
import { getT } from "~/i18n/server";
import "~/components/account/account.css";
import "~/components/snapshots/snapshots.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("snapshot.pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SnapshotPage({ params, searchParams }: { params: Promise<{ snapshot: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const [{ snapshot: id }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadSnapshot({ snapshotId: id, link: query.link, returnTo: `/s/${id}` });
  if (!loaded.ok) return loaded.page;
  const { snapshot, linkToken } = loaded;
  const t = await getT();

  return (
    <>
      {linkToken ? (
        <div className="readonly-banner" role="note" aria-label={t("snapshot.readOnlyLabel")}>
          <strong>{t("snapshot.readOnlyTitle")}</strong>
          <span>{t("snapshot.readOnlyBody")}</span>
        </div>
      ) : null}
      <nav className="doc-toolbar" aria-label={t("snapshot.toolbar")}>
        {linkToken ? null : (
          <Link className="btn btn-small btn-quiet" href={`/b/${snapshot.board.id}`}>
            {t("snapshot.backToBoard")}
          </Link>
        )}
        <span className="spacer" />
        {!linkToken && snapshot.role !== "viewer" ? (
          <RestoreSnapshotButton boardId={snapshot.board.id} snapshotId={snapshot.id} snapshotName={snapshot.name} />
        ) : null}
        <Link className="btn btn-small" href={withLink(`/s/${snapshot.id}/diff`, linkToken)}>
          {t("snapshot.compare")}
        </Link>
        <FileExport format="pdf" target={{ snapshotId: snapshot.id, linkToken }} fileName={exportFileName(snapshot.board.title, snapshot.name, "pdf")} />
        <FileExport format="png" target={{ snapshotId: snapshot.id, linkToken }} fileName={exportFileName(snapshot.board.title, snapshot.name, "png")} />
        <PrintButton />
      </nav>
      <main id="main" className="snapshot-doc" data-snapshot={snapshot.id}>
        <p className="doc-kicker">{t("snapshot.kicker")}</p>
        <h1>{snapshot.name}</h1>
        <SnapshotMeta snapshot={snapshot} />
        <SnapshotDocument snapshot={snapshot} />
        <footer className="doc-footer">
          {t("snapshot.footer", { board: snapshot.board.title, time: snapshot.createdAt.toISOString().slice(0, 16).replace("T", " ") })}{" "}
          <code>{snapshot.dataHash.slice(0, 16)}</code>
          {t("snapshot.footerVersion")} <code>{snapshot.dataVersion.slice(0, 12)}</code>
          {t("snapshot.footerId", { id: snapshot.id })}
        </footer>
      </main>
    </>
  );
}
