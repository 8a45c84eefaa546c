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
import "~/components/account/account.css";
import "~/components/snapshots/snapshots.css";

export const metadata: Metadata = { title: "Snapshot", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SnapshotPage({ params, searchParams }: { params: Promise<{ snapshot: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const [{ snapshot: id }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadSnapshot({ snapshotId: id, link: query.link, returnTo: `/s/${id}` });
  if (!loaded.ok) return loaded.page;
  const { snapshot, linkToken } = loaded;

  return (
    <>
      {linkToken ? (
        <div className="readonly-banner" role="note" aria-label="Read-only snapshot">
          <strong>Read-only snapshot</strong>
          <span>You are viewing a frozen copy of a board through a snapshot link; nothing can be changed here.</span>
        </div>
      ) : null}
      <nav className="doc-toolbar" aria-label="Snapshot">
        {linkToken ? null : (
          <Link className="btn btn-small btn-quiet" href={`/b/${snapshot.board.id}`}>
            ← Back to the board
          </Link>
        )}
        <span className="spacer" />
        {!linkToken && snapshot.role !== "viewer" ? (
          <RestoreSnapshotButton boardId={snapshot.board.id} snapshotId={snapshot.id} snapshotName={snapshot.name} />
        ) : null}
        <Link className="btn btn-small" href={withLink(`/s/${snapshot.id}/diff`, linkToken)}>
          Compare with now
        </Link>
        <FileExport format="pdf" target={{ snapshotId: snapshot.id, linkToken }} fileName={exportFileName(snapshot.board.title, snapshot.name, "pdf")} />
        <FileExport format="png" target={{ snapshotId: snapshot.id, linkToken }} fileName={exportFileName(snapshot.board.title, snapshot.name, "png")} />
        <PrintButton />
      </nav>
      <main id="main" className="snapshot-doc" data-snapshot={snapshot.id}>
        <p className="doc-kicker">Board snapshot · read-only</p>
        <h1>{snapshot.name}</h1>
        <SnapshotMeta snapshot={snapshot} />
        <SnapshotDocument snapshot={snapshot} />
        <footer className="doc-footer">
          Frozen copy of “{snapshot.board.title}” taken {snapshot.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Fact data content hash{" "}
          <code>{snapshot.dataHash.slice(0, 16)}</code>, version <code>{snapshot.dataVersion.slice(0, 12)}</code>. Snapshot {snapshot.id}.
        </footer>
      </main>
    </>
  );
}
