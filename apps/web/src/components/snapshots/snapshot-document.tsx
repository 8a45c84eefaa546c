// The read-only snapshot document, rendered on the server from the snapshot's frozen data only
// (document state, fact data, model runs, cited sources): never from live queries. All user text
// is rendered as text (React escapes it); nothing goes through dangerouslySetInnerHTML.
import { boardDocFromState, fragmentText } from "@corridor/board-doc";
import type { Messages } from "~/i18n/messages/en";
import { getT } from "~/i18n/server";
import type { Translator } from "~/i18n/translate";
import type { RouterOutputs } from "~/trpc/types";
import { changedAssumptions, citedSources, commitmentsByActor, formatEur, formatFigure, formatNumber, keyFigures, parseFrozenData, STATUS_ORDER } from "./model";
import { formatTimestamp } from "./names";

type Snapshot = RouterOutputs["snapshots"]["get"];

const ASSESSMENT_STATUSES = ["draft", "reviewed", "final"] as const;

/** An assessment section's status as a word of the interface; an unknown one as it is stored. */
export function assessmentStatus(status: string, t: Translator<Messages>): string {
  const known = ASSESSMENT_STATUSES.find((value) => value === status);
  return known ? t(`snapshot.doc.assessmentStatus.${known}`) : status;
}

export async function SnapshotMeta({ snapshot, extra }: { snapshot: Snapshot; extra?: { label: string; value: string } }) {
  const t = await getT();
  return (
    <dl className="doc-meta">
      <div>
        <dt>{t("snapshot.meta.board")}</dt>
        <dd>{snapshot.board.title}</dd>
      </div>
      <div>
        <dt>{t("snapshot.meta.takenBy")}</dt>
        <dd>{snapshot.authorName}</dd>
      </div>
      <div>
        <dt>{t("snapshot.meta.takenAt")}</dt>
        <dd>
          <time dateTime={snapshot.createdAt.toISOString()}>{formatTimestamp(snapshot.createdAt, t)}</time>
        </dd>
      </div>
      <div>
        <dt>{t("snapshot.meta.dataVersion")}</dt>
        <dd>
          <code title={snapshot.dataVersion}>{snapshot.dataVersion.slice(0, 12)}</code>
        </dd>
      </div>
      {extra ? (
        <div>
          <dt>{extra.label}</dt>
          <dd>{extra.value}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export async function SnapshotDocument({ snapshot }: { snapshot: Snapshot }) {
  const t = await getT();
  const eur = (amount: number) => formatEur(amount, t.locale);
  const data = parseFrozenData(snapshot.data);
  const doc = boardDocFromState(Buffer.from(snapshot.docState, "base64"), data.assumptions);
  const baseline = keyFigures(snapshot.figures.baseline);
  const scenario = keyFigures(snapshot.figures.scenario);
  const assumptions = changedAssumptions(snapshot.figures.values, data.assumptions);
  const commitments = commitmentsByActor(data.investments);
  const statuses = STATUS_ORDER.filter((status) => commitments.rows.some((row) => row.byStatus[status] !== undefined));
  const commentary = fragmentText(doc.commentary);
  const assessments = doc.assessments().map((section) => ({ id: section.id, title: section.title, status: section.status, text: fragmentText(section.body) }));
  const annotations = doc.annotations();
  const sources = citedSources(snapshot.sourceIds, data.sources);
  const year = (value: number | null) => (value === null ? t("snapshot.doc.notWithinHorizon") : String(value));

  return (
    <>
      <section className="doc-section" aria-labelledby="doc-figures">
        <h2 id="doc-figures">{t("snapshot.doc.keyFigures")}</h2>
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">{t("snapshot.doc.figure")}</th>
              <th scope="col" className="num">
                {t("snapshot.doc.baseline")}
              </th>
              <th scope="col" className="num">
                {t("snapshot.doc.scenario")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("snapshot.doc.risk")}</th>
              <td className="num">{formatFigure(baseline.riskScore, "index", t.locale)}</td>
              <td className="num">{formatFigure(scenario.riskScore, "index", t.locale)}</td>
            </tr>
            <tr>
              <th scope="row">{t("snapshot.doc.realised")}</th>
              <td className="num">{eur(baseline.realisedEur)}</td>
              <td className="num">{eur(scenario.realisedEur)}</td>
            </tr>
            <tr>
              <th scope="row">{t("snapshot.doc.overCapacity")}</th>
              <td className="num">{year(baseline.firstYearOverCapacity)}</td>
              <td className="num">{year(scenario.firstYearOverCapacity)}</td>
            </tr>
          </tbody>
        </table>
        <p className="doc-note">{t("snapshot.doc.figuresNote")}</p>
      </section>

      <section className="doc-section" aria-labelledby="doc-assumptions">
        <h2 id="doc-assumptions">{t("snapshot.doc.assumptions")}</h2>
        {assumptions.length === 0 ? (
          <p className="doc-empty">{t("snapshot.doc.allDefaults")}</p>
        ) : (
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">{t("snapshot.doc.assumption")}</th>
                <th scope="col" className="num">
                  {t("snapshot.doc.scenarioValue")}
                </th>
                <th scope="col" className="num">
                  {t("snapshot.doc.default")}
                </th>
              </tr>
            </thead>
            <tbody>
              {assumptions.map((a) => (
                <tr key={a.key}>
                  <th scope="row">{a.name}</th>
                  <td className="num">
                    {formatNumber(a.value, t.locale)} {a.unit}
                  </td>
                  <td className="num">
                    {formatNumber(a.default, t.locale)} {a.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="doc-section" aria-labelledby="doc-commitments">
        <h2 id="doc-commitments">{t("snapshot.doc.commitments")}</h2>
        <div className="table-wrap">
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">{t("snapshot.doc.actor")}</th>
                {statuses.map((status) => (
                  <th key={status} scope="col" className="num">
                    {t(`common.status.${status}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t("snapshot.doc.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {commitments.rows.map((row) => (
                <tr key={row.actor}>
                  <th scope="row">{row.actor}</th>
                  {statuses.map((status) => {
                    const value = row.byStatus[status];
                    return (
                      <td key={status} className="num">
                        {value === undefined ? "—" : eur(value)}
                      </td>
                    );
                  })}
                  <td className="num">
                    {eur(row.totalEur)}
                    {row.nestedEur > 0 ? <span className="doc-note">{t("snapshot.doc.nested", { amount: eur(row.nestedEur) })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{t("snapshot.doc.allActors")}</td>
                {statuses.map((status) => (
                  <td key={status} />
                ))}
                <td className="num">{eur(commitments.totalEur)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="doc-note">{t("snapshot.doc.commitmentsNote")}</p>
      </section>

      <section className="doc-section" aria-labelledby="doc-commentary">
        <h2 id="doc-commentary">{t("snapshot.doc.commentary")}</h2>
        {commentary ? <p className="doc-text">{commentary}</p> : <p className="doc-empty">{t("snapshot.doc.noCommentary")}</p>}
      </section>

      <section className="doc-section" aria-labelledby="doc-assessments">
        <h2 id="doc-assessments">{t("snapshot.doc.assessments")}</h2>
        {assessments.length === 0 ? <p className="doc-empty">{t("snapshot.doc.noAssessments")}</p> : null}
        {assessments.map((section) => (
          <article key={section.id}>
            <h3>
              {section.title}
              <span className="doc-status">{assessmentStatus(section.status, t)}</span>
            </h3>
            {section.text ? <p className="doc-text">{section.text}</p> : <p className="doc-empty">{t("snapshot.doc.emptySection")}</p>}
          </article>
        ))}
      </section>

      <section className="doc-section" aria-labelledby="doc-annotations">
        <h2 id="doc-annotations">{t("snapshot.doc.annotations")}</h2>
        {annotations.length === 0 ? (
          <p className="doc-empty">{t("snapshot.doc.noAnnotations")}</p>
        ) : (
          <ul className="doc-list">
            {annotations.map((note) => (
              <li key={note.id}>
                {note.text}{" "}
                <span className="doc-note">
                  — {note.author.name}
                  {note.resolved ? t("snapshot.doc.resolved") : ""}
                  {note.replies.length > 0 ? t("snapshot.doc.replies", { count: note.replies.length }) : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="doc-section doc-sources" aria-labelledby="doc-sources">
        <h2 id="doc-sources">{t("snapshot.doc.sourcesCited", { count: sources.found.length })}</h2>
        <ol className="doc-list">
          {sources.found.map((source) => (
            <li key={source.id}>
              {source.publisher}, {source.url && /^https?:\/\//i.test(source.url) ? <a href={source.url} rel="noreferrer noopener" target="_blank">{source.title}</a> : <cite>{source.title}</cite>}
              {source.year !== null ? ` (${source.year})` : ""}
            </li>
          ))}
        </ol>
        {sources.missing.length > 0 ? <p className="doc-note">{t("snapshot.doc.missingSources", { ids: sources.missing.join(", ") })}</p> : null}
      </section>
    </>
  );
}
