// The read-only snapshot document, rendered on the server from the snapshot's frozen data only
// (document state, fact data, model runs, cited sources): never from live queries. All user text
// is rendered as text (React escapes it); nothing goes through dangerouslySetInnerHTML.
import { boardDocFromState, fragmentText } from "@corridor/board-doc";
import type { RouterOutputs } from "~/trpc/types";
import { changedAssumptions, citedSources, commitmentsByActor, formatEur, keyFigures, parseFrozenData, STATUS_ORDER } from "./model";
import { formatTimestamp } from "./names";

type Snapshot = RouterOutputs["snapshots"]["get"];

export function SnapshotMeta({ snapshot, extra }: { snapshot: Snapshot; extra?: { label: string; value: string } }) {
  return (
    <dl className="doc-meta">
      <div>
        <dt>Board</dt>
        <dd>{snapshot.board.title}</dd>
      </div>
      <div>
        <dt>Taken by</dt>
        <dd>{snapshot.authorName}</dd>
      </div>
      <div>
        <dt>Taken at</dt>
        <dd>
          <time dateTime={snapshot.createdAt.toISOString()}>{formatTimestamp(snapshot.createdAt)}</time>
        </dd>
      </div>
      <div>
        <dt>Data version</dt>
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

export function SnapshotDocument({ snapshot }: { snapshot: Snapshot }) {
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
  const year = (value: number | null) => (value === null ? "not within the horizon" : String(value));

  return (
    <>
      <section className="doc-section" aria-labelledby="doc-figures">
        <h2 id="doc-figures">Key figures</h2>
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                Baseline
              </th>
              <th scope="col" className="num">
                Scenario
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Transit-risk index (0–100)</th>
              <td className="num">{baseline.riskScore.toFixed(1)}</td>
              <td className="num">{scenario.riskScore.toFixed(1)}</td>
            </tr>
            <tr>
              <th scope="row">Realised investment by the horizon</th>
              <td className="num">{formatEur(baseline.realisedEur)}</td>
              <td className="num">{formatEur(scenario.realisedEur)}</td>
            </tr>
            <tr>
              <th scope="row">Middle Corridor: first year over capacity</th>
              <td className="num">{year(baseline.firstYearOverCapacity)}</td>
              <td className="num">{year(scenario.firstYearOverCapacity)}</td>
            </tr>
          </tbody>
        </table>
        <p className="doc-note">As computed by the scenario model when the snapshot was taken; later data changes do not alter them.</p>
      </section>

      <section className="doc-section" aria-labelledby="doc-assumptions">
        <h2 id="doc-assumptions">Scenario assumptions</h2>
        {assumptions.length === 0 ? (
          <p className="doc-empty">All assumptions at their defaults (the scenario equals the baseline).</p>
        ) : (
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col" className="num">
                  Scenario value
                </th>
                <th scope="col" className="num">
                  Default
                </th>
              </tr>
            </thead>
            <tbody>
              {assumptions.map((a) => (
                <tr key={a.key}>
                  <th scope="row">{a.name}</th>
                  <td className="num">
                    {a.value} {a.unit}
                  </td>
                  <td className="num">
                    {a.default} {a.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="doc-section" aria-labelledby="doc-commitments">
        <h2 id="doc-commitments">Commitments by actor and status</h2>
        <div className="table-wrap">
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                {statuses.map((status) => (
                  <th key={status} scope="col" className="num">
                    {status}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
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
                        {value === undefined ? "—" : formatEur(value)}
                      </td>
                    );
                  })}
                  <td className="num">
                    {formatEur(row.totalEur)}
                    {row.nestedEur > 0 ? <span className="doc-note"> (+{formatEur(row.nestedEur)} nested)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>All actors</td>
                {statuses.map((status) => (
                  <td key={status} />
                ))}
                <td className="num">{formatEur(commitments.totalEur)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="doc-note">
          Without double counting: a sub-commitment is never added to the commitment that contains it; amounts inside a commitment counted
          under another status are shown as “nested” and are not part of the total.
        </p>
      </section>

      <section className="doc-section" aria-labelledby="doc-commentary">
        <h2 id="doc-commentary">Commentary</h2>
        {commentary ? <p className="doc-text">{commentary}</p> : <p className="doc-empty">No commentary.</p>}
      </section>

      <section className="doc-section" aria-labelledby="doc-assessments">
        <h2 id="doc-assessments">Assessments</h2>
        {assessments.length === 0 ? <p className="doc-empty">No assessment sections.</p> : null}
        {assessments.map((section) => (
          <article key={section.id}>
            <h3>
              {section.title}
              <span className="doc-status">{section.status}</span>
            </h3>
            {section.text ? <p className="doc-text">{section.text}</p> : <p className="doc-empty">Empty section.</p>}
          </article>
        ))}
      </section>

      <section className="doc-section" aria-labelledby="doc-annotations">
        <h2 id="doc-annotations">Annotations</h2>
        {annotations.length === 0 ? (
          <p className="doc-empty">No annotations.</p>
        ) : (
          <ul className="doc-list">
            {annotations.map((note) => (
              <li key={note.id}>
                {note.text}{" "}
                <span className="doc-note">
                  — {note.author.name}
                  {note.resolved ? " · resolved" : ""}
                  {note.replies.length > 0 ? ` · ${note.replies.length} repl${note.replies.length === 1 ? "y" : "ies"}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="doc-section doc-sources" aria-labelledby="doc-sources">
        <h2 id="doc-sources">Sources cited ({sources.found.length})</h2>
        <ol className="doc-list">
          {sources.found.map((source) => (
            <li key={source.id}>
              {source.publisher}, {source.url && /^https?:\/\//i.test(source.url) ? <a href={source.url} rel="noreferrer noopener" target="_blank">{source.title}</a> : <cite>{source.title}</cite>}
              {source.year !== null ? ` (${source.year})` : ""}
            </li>
          ))}
        </ol>
        {sources.missing.length > 0 ? <p className="doc-note">Cited but not in the frozen data: {sources.missing.join(", ")}</p> : null}
      </section>
    </>
  );
}
