"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { formatDate, formatMoney } from "~/lib/format";
import { ConfidenceBadge, ContextBadge, StatusBadge } from "./badges";
import { SourceList } from "./source-list";
import { useCitedSources, useCommitmentRows, useFlags, type Flag } from "./use-overview";

function FlagNotes({ flagIds, flags }: { flagIds: readonly string[]; flags: ReadonlyMap<string, Flag> }) {
  return flagIds.map((id) => {
    const flag = flags.get(id);
    if (!flag) return null;
    return (
      <span key={id} className="flag" role="note">
        <strong>Disputed figure ({flag.item}):</strong> {flag.issue}
      </span>
    );
  });
}

export function Commitments() {
  const rows = useCommitmentRows();
  const sources = useCitedSources();
  const flags = useFlags();

  return (
    <section aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">Largest commitments</h2>
      <p className="section-note">
        Top-level commitments by their value in EUR; sub-items are listed under the commitment that contains them and
        are not additional money. Figures in other currencies are converted at the rate shown with its source.
      </p>
      <ul className="legend" aria-label="Legend">
        <li>
          <StatusBadge status="pledged" /> announced
        </li>
        <li>
          <StatusBadge status="MoU" /> memorandum, not a loan
        </li>
        <li>
          <StatusBadge status="signed" /> binding
        </li>
        <li>
          <StatusBadge status="disbursed" /> paid out
        </li>
        <li>
          <ContextBadge /> not in the seed note
        </li>
        <li>
          <span className="sub-marker" aria-hidden="true">
            ↳
          </span>
          part of the commitment above
        </li>
      </ul>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                In EUR
              </th>
              <th scope="col">Status</th>
              <th scope="col">Date</th>
              <th scope="col">Confidence</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ item, depth }) => (
              <tr
                key={item.id}
                data-id={item.id}
                className={depth > 0 ? "sub-item" : undefined}
              >
                <th scope="row" className="actor" style={depth > 0 ? { paddingLeft: `${0.75 + depth}rem` } : undefined}>
                  {depth > 0 ? (
                    <span className="sub-marker" aria-hidden="true">
                      ↳
                    </span>
                  ) : null}
                  {item.actor}
                  <span className="detail">to {item.counterpart}</span>
                  <span className="row-id">
                    {item.id}
                    {item.parentId ? ` · part of ${item.parentId}` : ""}
                  </span>
                  {item.inSeed === false ? <ContextBadge /> : null}
                </th>
                <td className="num">
                  <span title={item.amountDisplay}>{formatMoney(item.amount, item.currency)}</span>
                  <FlagNotes flagIds={item.flagIds} flags={flags} />
                </td>
                <td className="num">
                  {item.fx ? (
                    <span title={`At ${item.fx.perEur} ${item.fx.currency} per EUR (${item.fx.year})`}>
                      ≈ {formatMoney(item.amountEur, "EUR")}
                      <span className="detail">
                        at {item.fx.perEur} {item.fx.currency}/EUR, {item.fx.year}
                      </span>
                    </span>
                  ) : (
                    formatMoney(item.amountEur, "EUR")
                  )}
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="date">
                  <time dateTime={item.dateStart}>{formatDate(item.date, item.datePrecision)}</time>
                </td>
                <td>
                  <ConfidenceBadge confidence={item.confidence} />
                </td>
                <td>
                  <SourceList
                    ids={item.sourceIds}
                    sources={sources}
                    label={`Sources for ${item.id}`}
                    fxSourceId={item.fx?.sourceId}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StatusTotals />
    </section>
  );
}

function StatusTotals() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.investments.summary.queryOptions({ groupBy: "status" }));
  return (
    <div className="table-wrap totals">
      <table>
        <caption>
          All recorded commitments by status, in EUR. Within a status a sub-item is not added to its parent; the
          “inside another status” column shows money already contained in a commitment of another status, so the rows
          add up to more than the total.
        </caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Total in EUR
            </th>
            <th scope="col" className="num">
              Inside another status
            </th>
            <th scope="col">Weakest confidence</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">
                <StatusBadge status={group.key} />
              </th>
              <td className="num">{formatMoney(group.totalEur, "EUR")}</td>
              <td className="num">{group.nestedEur > 0 ? formatMoney(group.nestedEur, "EUR") : "–"}</td>
              <td>
                <ConfidenceBadge confidence={group.confidence} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All statuses</th>
            <td className="num">{formatMoney(data.totalEur, "EUR")}</td>
            <td className="num">–</td>
            <td>{data.totalConfidence ? <ConfidenceBadge confidence={data.totalConfidence} /> : null}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
