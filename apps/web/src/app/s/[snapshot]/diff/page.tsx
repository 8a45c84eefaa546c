// What changed between a snapshot and the live board now: assumptions, commentary, assessments,
// annotations, the figures that moved and the fact data. Rendered on the server; text as text.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ChangedRowsTable } from "~/components/snapshots/changed-rows-table";
import { loadSnapshot, withLink } from "~/components/snapshots/load-snapshot";
import { RestoreSnapshotButton } from "~/components/snapshots/restore-button";
import { formatDelta, formatEur, formatFigure, parseFrozenData } from "~/components/snapshots/model";
import { PrintButton } from "~/components/snapshots/print-button";
import { SnapshotMeta } from "~/components/snapshots/snapshot-document";
import { getQueryClient, trpc } from "~/trpc/server";
import "~/components/account/account.css";
import "~/components/snapshots/snapshots.css";

export const metadata: Metadata = { title: "Snapshot compared with now", robots: { index: false, follow: false }, referrer: "no-referrer" };

function BeforeAfter({ before, after }: { before: string; after: string }) {
  return (
    <div className="diff-pair">
      <div className="diff-before">
        <span className="label">In the snapshot</span>
        {before ? <p className="doc-text">{before}</p> : <p className="doc-empty">(empty)</p>}
      </div>
      <div className="diff-after">
        <span className="label">Now</span>
        {after ? <p className="doc-text">{after}</p> : <p className="doc-empty">(empty)</p>}
      </div>
    </div>
  );
}

/** Assessments added or removed, by title, under their heading; nothing when there are none. */
function TitledList({ heading, items }: { heading: string; items: { id: string; title: string }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="doc-list">
        {items.map((s) => (
          <li key={s.id}>{s.title}</li>
        ))}
      </ul>
    </>
  );
}

/** An annotation added or removed: what happened, its text and its author. */
function AnnotationItem({ change, text, author }: { change: string; text: string; author: string }) {
  return (
    <li>
      <strong>{change}:</strong> {text} <span className="doc-note">— {author}</span>
    </li>
  );
}

const THEN_NOW = [
  { label: "Then", numeric: true },
  { label: "Now", numeric: true },
];

export default async function SnapshotDiffPage({ params, searchParams }: { params: Promise<{ snapshot: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const [{ snapshot: id }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadSnapshot({ snapshotId: id, link: query.link, returnTo: `/s/${id}/diff` });
  if (!loaded.ok) return loaded.page;
  const { snapshot, linkToken } = loaded;
  const diff = await getQueryClient().fetchQuery(trpc.snapshots.diff.queryOptions({ snapshotId: snapshot.id, ...(linkToken ? { linkToken } : {}) }));
  const data = parseFrozenData(snapshot.data);
  const names = new Map(data.assumptions.map((a) => [a.key, a]));
  const actors = new Map(data.investments.map((i) => [i.id, i.actor]));
  const doc = diff.document;
  const nothing =
    doc.assumptions.length === 0 &&
    !doc.commentary.changed &&
    doc.assessments.added.length + doc.assessments.removed.length + doc.assessments.changed.length === 0 &&
    doc.annotations.added.length + doc.annotations.removed.length + doc.annotations.changed.length === 0 &&
    diff.figures.length === 0 &&
    !diff.data.changed &&
    diff.data.investments.length === 0;
  const value = (v: number | null, unit: string) => (v === null ? "—" : `${v} ${unit}`.trim());

  return (
    <>
      <nav className="doc-toolbar" aria-label="Comparison">
        <Link className="btn btn-small btn-quiet" href={withLink(`/s/${snapshot.id}`, linkToken)}>
          ← The snapshot
        </Link>
        {linkToken ? null : (
          <Link className="btn btn-small btn-quiet" href={`/b/${snapshot.board.id}`}>
            The live board
          </Link>
        )}
        <span className="spacer" />
        {!linkToken && snapshot.role !== "viewer" ? (
          <RestoreSnapshotButton boardId={snapshot.board.id} snapshotId={snapshot.id} snapshotName={snapshot.name} />
        ) : null}
        <PrintButton />
      </nav>
      <main id="main" className="snapshot-doc" data-snapshot-diff={snapshot.id}>
        <p className="doc-kicker">What changed since the snapshot</p>
        <h1>“{snapshot.name}” compared with now</h1>
        <SnapshotMeta snapshot={snapshot} />

        {nothing ? (
          <section className="doc-section" aria-label="Summary">
            <p className="alert alert-info" role="status">
              No changes: the board and its data are as they were when the snapshot was taken.
            </p>
          </section>
        ) : null}

        <section className="doc-section" aria-labelledby="diff-figures">
          <h2 id="diff-figures">Figures that moved</h2>
          <ChangedRowsTable
            subject="Figure"
            columns={[...THEN_NOW, { label: "Change", numeric: true }]}
            rows={diff.figures.map((f) => ({
              key: f.label,
              label: f.label,
              cells: [formatFigure(f.before, f.unit), formatFigure(f.after, f.unit), formatDelta(f.delta, f.unit)],
            }))}
            empty="No figure moved."
          />
        </section>

        <section className="doc-section" aria-labelledby="diff-assumptions">
          <h2 id="diff-assumptions">Scenario assumptions</h2>
          <ChangedRowsTable
            subject="Assumption"
            columns={THEN_NOW}
            rows={doc.assumptions.map((a) => {
              const definition = names.get(a.key);
              const unit = definition?.unit ?? "";
              return {
                key: a.key,
                label: definition?.name ?? a.key,
                cells: [value(a.before ?? definition?.default ?? null, unit), value(a.after ?? definition?.default ?? null, unit)],
              };
            })}
            empty="No assumption changed."
          />
        </section>

        <section className="doc-section" aria-labelledby="diff-commentary">
          <h2 id="diff-commentary">Commentary</h2>
          {doc.commentary.changed ? <BeforeAfter before={doc.commentary.before} after={doc.commentary.after} /> : <p className="doc-empty">Unchanged.</p>}
        </section>

        <section className="doc-section" aria-labelledby="diff-assessments">
          <h2 id="diff-assessments">Assessments</h2>
          {doc.assessments.added.length + doc.assessments.removed.length + doc.assessments.changed.length === 0 ? <p className="doc-empty">Unchanged.</p> : null}
          <TitledList heading="Added" items={doc.assessments.added} />
          <TitledList heading="Removed" items={doc.assessments.removed} />
          {doc.assessments.changed.map((s) => (
            <article key={s.id}>
              <h3>
                {s.titleBefore !== s.title ? `${s.titleBefore} → ${s.title}` : s.title}
                {s.statusBefore !== s.statusAfter ? (
                  <span className="doc-status">
                    {s.statusBefore} → {s.statusAfter}
                  </span>
                ) : null}
              </h3>
              {s.textBefore !== s.textAfter ? <BeforeAfter before={s.textBefore} after={s.textAfter} /> : null}
            </article>
          ))}
        </section>

        <section className="doc-section" aria-labelledby="diff-annotations">
          <h2 id="diff-annotations">Annotations</h2>
          {doc.annotations.added.length + doc.annotations.removed.length + doc.annotations.changed.length === 0 ? (
            <p className="doc-empty">Unchanged.</p>
          ) : (
            <ul className="doc-list">
              {doc.annotations.added.map((n) => (
                <AnnotationItem key={n.id} change="Added" text={n.text} author={n.author} />
              ))}
              {doc.annotations.removed.map((n) => (
                <AnnotationItem key={n.id} change="Removed" text={n.text} author={n.author} />
              ))}
              {doc.annotations.changed.map((n) => (
                <li key={n.id}>
                  <strong>Changed:</strong> {n.text}{" "}
                  <span className="doc-note">
                    {n.resolvedBefore !== n.resolvedAfter ? (n.resolvedAfter ? "resolved" : "reopened") : ""}
                    {n.repliesAdded !== 0 ? ` ${n.repliesAdded > 0 ? "+" : ""}${n.repliesAdded} repl${Math.abs(n.repliesAdded) === 1 ? "y" : "ies"}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="doc-section" aria-labelledby="diff-data">
          <h2 id="diff-data">Fact data</h2>
          {diff.data.changed ? (
            <p>
              The fact base changed: version <code>{diff.data.versionBefore.slice(0, 12)}</code> → <code>{diff.data.versionAfter.slice(0, 12)}</code>.
            </p>
          ) : (
            <p className="doc-empty">Same fact base version (<code>{diff.data.versionAfter.slice(0, 12)}</code>).</p>
          )}
          <ChangedRowsTable
            subject="Commitment"
            columns={[{ label: "Change" }, { label: "Amount then → now", numeric: true }, { label: "Status then → now" }]}
            rows={diff.data.investments.map((inv) => ({
              key: inv.id,
              label: (
                <>
                  {inv.id}
                  {actors.get(inv.id) ? <span className="doc-note"> · {actors.get(inv.id)}</span> : null}
                </>
              ),
              cells: [
                inv.change,
                `${inv.amountEurBefore === null ? "—" : formatEur(inv.amountEurBefore)} → ${formatEur(inv.amountEurAfter)}`,
                `${inv.statusBefore ?? "—"} → ${inv.statusAfter}`,
              ],
            }))}
          />
        </section>
      </main>
    </>
  );
}
