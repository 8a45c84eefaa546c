"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { Locale } from "~/i18n/locale";
import { useT } from "~/i18n/provider";
import { formatDate, formatMoney } from "~/lib/format";
import { ConfidenceBadge, ContextBadge, StatusBadge } from "./badges";
import { SourceList } from "./source-list";
import { useCitedSources, useCommitmentRows, useFlags, type Flag } from "./use-overview";

/** An exchange rate as the fact base gives it, unrounded, with the language's decimal mark. */
function plainNumber(value: number, locale: Locale): string {
  return locale === "ru" ? String(value).replace(".", ",") : String(value);
}

function FlagNotes({ flagIds, flags }: { flagIds: readonly string[]; flags: ReadonlyMap<string, Flag> }) {
  const t = useT();
  return flagIds.map((id) => {
    const flag = flags.get(id);
    if (!flag) return null;
    return (
      <span key={id} className="flag" role="note">
        <strong>{t("overview.commitments.disputed", { item: flag.item })}</strong> {flag.issue}
      </span>
    );
  });
}

export function Commitments() {
  const t = useT();
  const rows = useCommitmentRows();
  const sources = useCitedSources();
  const flags = useFlags();

  return (
    <section aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">{t("overview.commitments.title")}</h2>
      <p className="section-note">{t("overview.commitments.note")}</p>
      <ul className="legend" aria-label={t("overview.commitments.legend")}>
        <li>
          <StatusBadge status="pledged" /> {t("overview.commitments.legendPledged")}
        </li>
        <li>
          <StatusBadge status="MoU" /> {t("overview.commitments.legendMoU")}
        </li>
        <li>
          <StatusBadge status="signed" /> {t("overview.commitments.legendSigned")}
        </li>
        <li>
          <StatusBadge status="disbursed" /> {t("overview.commitments.legendDisbursed")}
        </li>
        <li>
          <ContextBadge /> {t("overview.commitments.legendContext")}
        </li>
        <li>
          <span className="sub-marker" aria-hidden="true">
            ↳
          </span>
          {t("overview.commitments.legendSubItem")}
        </li>
      </ul>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("overview.commitments.commitment")}</th>
              <th scope="col" className="num">
                {t("overview.commitments.amount")}
              </th>
              <th scope="col" className="num">
                {t("overview.commitments.inEur")}
              </th>
              <th scope="col">{t("overview.commitments.status")}</th>
              <th scope="col">{t("overview.commitments.date")}</th>
              <th scope="col">{t("overview.commitments.confidence")}</th>
              <th scope="col">{t("overview.commitments.sources")}</th>
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
                  <span className="detail">{t("overview.commitments.to", { counterpart: item.counterpart })}</span>
                  <span className="row-id">
                    {item.id}
                    {item.parentId ? t("overview.commitments.partOf", { id: item.parentId }) : ""}
                  </span>
                  {item.inSeed === false ? <ContextBadge /> : null}
                </th>
                <td className="num">
                  <span title={item.amountDisplay}>{formatMoney(item.amount, item.currency, t.locale)}</span>
                  <FlagNotes flagIds={item.flagIds} flags={flags} />
                </td>
                <td className="num">
                  {item.fx ? (
                    <span title={t("overview.commitments.fxTitle", { rate: plainNumber(item.fx.perEur, t.locale), currency: item.fx.currency, year: String(item.fx.year) })}>
                      ≈ {formatMoney(item.amountEur, "EUR", t.locale)}
                      <span className="detail">
                        {t("overview.commitments.fxDetail", { rate: plainNumber(item.fx.perEur, t.locale), currency: item.fx.currency, year: String(item.fx.year) })}
                      </span>
                    </span>
                  ) : (
                    formatMoney(item.amountEur, "EUR", t.locale)
                  )}
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="date">
                  <time dateTime={item.dateStart}>{formatDate(item.date, item.datePrecision, t.locale)}</time>
                </td>
                <td>
                  <ConfidenceBadge confidence={item.confidence} />
                </td>
                <td>
                  <SourceList
                    ids={item.sourceIds}
                    sources={sources}
                    label={t("overview.commitments.sourcesFor", { id: item.id })}
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
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.investments.summary.queryOptions({ groupBy: "status" }));
  return (
    <div className="table-wrap totals">
      <table>
        <caption>{t("overview.totals.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("overview.totals.status")}</th>
            <th scope="col" className="num">
              {t("overview.totals.total")}
            </th>
            <th scope="col" className="num">
              {t("overview.totals.inside")}
            </th>
            <th scope="col">{t("overview.totals.weakest")}</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">
                <StatusBadge status={group.key} />
              </th>
              <td className="num">{formatMoney(group.totalEur, "EUR", t.locale)}</td>
              <td className="num">{group.nestedEur > 0 ? formatMoney(group.nestedEur, "EUR", t.locale) : "–"}</td>
              <td>
                <ConfidenceBadge confidence={group.confidence} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("overview.totals.allStatuses")}</th>
            <td className="num">{formatMoney(data.totalEur, "EUR", t.locale)}</td>
            <td className="num">–</td>
            <td>{data.totalConfidence ? <ConfidenceBadge confidence={data.totalConfidence} /> : null}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
