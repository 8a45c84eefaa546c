// What changed between a snapshot and the live board now: assumptions, commentary, assessments,
// annotations, the figures that moved and the fact data. Rendered on the server; text as text.
import type { Metadata } from "next";
import { INVESTMENT_STATUS } from "@corridor/domain";
import Link from "next/link";
import { connection } from "next/server";
import { ChangedRowsTable } from "~/components/snapshots/changed-rows-table";
import { loadSnapshot, withLink } from "~/components/snapshots/load-snapshot";
import { RestoreSnapshotButton } from "~/components/snapshots/restore-button";
import { formatDelta, formatEur, formatFigure, formatNumber, parseFrozenData } from "~/components/snapshots/model";
import { PrintButton } from "~/components/snapshots/print-button";
import { assessmentStatus, SnapshotMeta } from "~/components/snapshots/snapshot-document";
import type { Messages } from "~/i18n/messages/en";
import { getT } from "~/i18n/server";
import type { Translator } from "~/i18n/translate";
import { getQueryClient, trpc } from "~/trpc/server";
import "~/components/account/account.css";
import "~/components/snapshots/snapshots.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("snapshot.diffPageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type T = Translator<Messages>;

function BeforeAfter({ before, after, t }: { before: string; after: string; t: T }) {
  return (
    <div className="diff-pair">
      <div className="diff-before">
        <span className="label">{t("snapshot.diff.inSnapshot")}</span>
        {before ? <p className="doc-text">{before}</p> : <p className="doc-empty">{t("snapshot.diff.empty")}</p>}
      </div>
      <div className="diff-after">
        <span className="label">{t("snapshot.diff.now")}</span>
        {after ? <p className="doc-text">{after}</p> : <p className="doc-empty">{t("snapshot.diff.empty")}</p>}
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

const thenNow = (t: T) => [
  { label: t("snapshot.diff.then"), numeric: true },
  { label: t("snapshot.diff.now"), numeric: true },
];

const FIGURE_LABELS = ["Transit-risk index (scenario)", "Realised investment by 2030 (scenario)", "Transit-risk index (baseline)"] as const;

/** A commitment status as the interface words it; an unknown one as the fact base stores it. */
function statusWord(status: string, t: T): string {
  const known = INVESTMENT_STATUS.find((value) => value === status);
  return known ? t(`common.status.${known}`) : status;
}

/** A moved figure's name: the API sends it in English, so a known one is looked up. */
function figureLabel(label: string, t: T): string {
  const known = FIGURE_LABELS.find((value) => value === label);
  return known ? t(`snapshot.diff.figureLabel.${known}`) : label;
}

export default async function SnapshotDiffPage({ params, searchParams }: { params: Promise<{ snapshot: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const [{ snapshot: id }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadSnapshot({ snapshotId: id, link: query.link, returnTo: `/s/${id}/diff` });
  if (!loaded.ok) return loaded.page;
  const { snapshot, linkToken } = loaded;
  const t = await getT();
  const eur = (amount: number) => formatEur(amount, t.locale);
  const THEN_NOW = thenNow(t);
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
  const value = (v: number | null, unit: string) => (v === null ? "—" : `${formatNumber(v, t.locale)} ${unit}`.trim());

  return (
    <>
      <nav className="doc-toolbar" aria-label={t("snapshot.diff.toolbar")}>
        <Link className="btn btn-small btn-quiet" href={withLink(`/s/${snapshot.id}`, linkToken)}>
          {t("snapshot.diff.toSnapshot")}
        </Link>
        {linkToken ? null : (
          <Link className="btn btn-small btn-quiet" href={`/b/${snapshot.board.id}`}>
            {t("snapshot.diff.liveBoard")}
          </Link>
        )}
        <span className="spacer" />
        {!linkToken && snapshot.role !== "viewer" ? (
          <RestoreSnapshotButton boardId={snapshot.board.id} snapshotId={snapshot.id} snapshotName={snapshot.name} />
        ) : null}
        <PrintButton />
      </nav>
      <main id="main" className="snapshot-doc" data-snapshot-diff={snapshot.id}>
        <p className="doc-kicker">{t("snapshot.diff.kicker")}</p>
        <h1>{t("snapshot.diff.title", { name: snapshot.name })}</h1>
        <SnapshotMeta snapshot={snapshot} />

        {nothing ? (
          <section className="doc-section" aria-label={t("snapshot.diff.summary")}>
            <p className="alert alert-info" role="status">
              {t("snapshot.diff.nothing")}
            </p>
          </section>
        ) : null}

        <section className="doc-section" aria-labelledby="diff-figures">
          <h2 id="diff-figures">{t("snapshot.diff.figures")}</h2>
          <ChangedRowsTable
            subject={t("snapshot.diff.figure")}
            columns={[...THEN_NOW, { label: t("snapshot.diff.change"), numeric: true }]}
            rows={diff.figures.map((f) => ({
              key: f.label,
              label: figureLabel(f.label, t),
              cells: [formatFigure(f.before, f.unit, t.locale), formatFigure(f.after, f.unit, t.locale), formatDelta(f.delta, f.unit, t.locale)],
            }))}
            empty={t("snapshot.diff.noFigure")}
          />
        </section>

        <section className="doc-section" aria-labelledby="diff-assumptions">
          <h2 id="diff-assumptions">{t("snapshot.diff.assumptions")}</h2>
          <ChangedRowsTable
            subject={t("snapshot.diff.assumption")}
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
            empty={t("snapshot.diff.noAssumption")}
          />
        </section>

        <section className="doc-section" aria-labelledby="diff-commentary">
          <h2 id="diff-commentary">{t("snapshot.diff.commentary")}</h2>
          {doc.commentary.changed ? <BeforeAfter before={doc.commentary.before} after={doc.commentary.after} t={t} /> : <p className="doc-empty">{t("snapshot.diff.unchanged")}</p>}
        </section>

        <section className="doc-section" aria-labelledby="diff-assessments">
          <h2 id="diff-assessments">{t("snapshot.diff.assessments")}</h2>
          {doc.assessments.added.length + doc.assessments.removed.length + doc.assessments.changed.length === 0 ? <p className="doc-empty">{t("snapshot.diff.unchanged")}</p> : null}
          <TitledList heading={t("snapshot.diff.added")} items={doc.assessments.added} />
          <TitledList heading={t("snapshot.diff.removed")} items={doc.assessments.removed} />
          {doc.assessments.changed.map((s) => (
            <article key={s.id}>
              <h3>
                {s.titleBefore !== s.title ? `${s.titleBefore} → ${s.title}` : s.title}
                {s.statusBefore !== s.statusAfter ? (
                  <span className="doc-status">
                    {assessmentStatus(s.statusBefore, t)} → {assessmentStatus(s.statusAfter, t)}
                  </span>
                ) : null}
              </h3>
              {s.textBefore !== s.textAfter ? <BeforeAfter before={s.textBefore} after={s.textAfter} t={t} /> : null}
            </article>
          ))}
        </section>

        <section className="doc-section" aria-labelledby="diff-annotations">
          <h2 id="diff-annotations">{t("snapshot.diff.annotations")}</h2>
          {doc.annotations.added.length + doc.annotations.removed.length + doc.annotations.changed.length === 0 ? (
            <p className="doc-empty">{t("snapshot.diff.unchanged")}</p>
          ) : (
            <ul className="doc-list">
              {doc.annotations.added.map((n) => (
                <AnnotationItem key={n.id} change={t("snapshot.diff.added")} text={n.text} author={n.author} />
              ))}
              {doc.annotations.removed.map((n) => (
                <AnnotationItem key={n.id} change={t("snapshot.diff.removed")} text={n.text} author={n.author} />
              ))}
              {doc.annotations.changed.map((n) => (
                <li key={n.id}>
                  <strong>{t("snapshot.diff.changed")}:</strong> {n.text}{" "}
                  <span className="doc-note">
                    {n.resolvedBefore !== n.resolvedAfter ? (n.resolvedAfter ? t("snapshot.diff.resolved") : t("snapshot.diff.reopened")) : ""}
                    {n.repliesAdded !== 0
                      ? ` ${t("snapshot.diff.replies", { count: Math.abs(n.repliesAdded), delta: `${n.repliesAdded > 0 ? "+" : ""}${n.repliesAdded}` })}`
                      : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="doc-section" aria-labelledby="diff-data">
          <h2 id="diff-data">{t("snapshot.diff.factData")}</h2>
          {diff.data.changed ? (
            <p>
              {t("snapshot.diff.factBaseChanged")} <code>{diff.data.versionBefore.slice(0, 12)}</code> → <code>{diff.data.versionAfter.slice(0, 12)}</code>.
            </p>
          ) : (
            <p className="doc-empty">
              {t("snapshot.diff.sameVersion")} (<code>{diff.data.versionAfter.slice(0, 12)}</code>).</p>
          )}
          <ChangedRowsTable
            subject={t("snapshot.diff.commitment")}
            columns={[{ label: t("snapshot.diff.change") }, { label: t("snapshot.diff.amountThenNow"), numeric: true }, { label: t("snapshot.diff.statusThenNow") }]}
            rows={diff.data.investments.map((inv) => ({
              key: inv.id,
              label: (
                <>
                  {inv.id}
                  {actors.get(inv.id) ? <span className="doc-note"> · {actors.get(inv.id)}</span> : null}
                </>
              ),
              cells: [
                t(`snapshot.diff.investmentChange.${inv.change}`),
                `${inv.amountEurBefore === null ? "—" : eur(inv.amountEurBefore)} → ${eur(inv.amountEurAfter)}`,
                `${inv.statusBefore === null ? "—" : statusWord(inv.statusBefore, t)} → ${statusWord(inv.statusAfter, t)}`,
              ],
            }))}
          />
        </section>
      </main>
    </>
  );
}
