"use client";
// Citations in full, for the side panel: publisher, linked title, year, kind, seed reference and
// how sure the identification of the source is.
import type { ReactNode } from "react";
import type { Confidence } from "@corridor/domain";
import { ConfidenceBadge } from "~/components/badges";
import { useT } from "~/i18n/provider";
import { confidenceLabel, sourceKindLabel } from "./labels";
import type { Source } from "./model";

export function SourceCitations({
  ids,
  sources,
  label,
  fxSourceId,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  label: string;
  fxSourceId?: string | undefined;
}) {
  const t = useT();
  const all = [...new Set([...ids, ...(fxSourceId ? [fxSourceId] : [])])];
  if (all.length === 0) return <p className="missing">{t("board.citations.none")}</p>;
  return (
    <ol className="citations" aria-label={label}>
      {all.map((id) => {
        const source = sources.get(id);
        if (!source) {
          return (
            <li key={id}>
              <span className="missing">{t("board.citations.missing", { id })}</span>
            </li>
          );
        }
        return (
          <li key={id} data-source-id={id}>
            <span className="publisher">{source.publisher}</span>
            {source.year ? <span className="year"> ({source.year})</span> : null}
            <br />
            {source.url ? (
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            <span className="cite-meta">
              {id === fxSourceId ? t("board.citations.exchangeRate") : null}
              {sourceKindLabel(t, source.kind)} ·{" "}
              {source.seedRef !== null
                ? t("board.citations.seedRef", { ref: String(source.seedRef) })
                : source.origin === "seed"
                  ? t("board.citations.seed")
                  : t("board.citations.external")}{" "}
              · {t("board.citations.id", { id: source.id })}
              {source.identificationConfidence
                ? t("board.citations.identified", { confidence: confidenceLabel(t, source.identificationConfidence) })
                : null}
            </span>
            {source.originalSource ? <span className="cite-meta">{t("board.citations.original", { source: source.originalSource })}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A figure that opens its sources in the side panel. */
export function Figure({
  children,
  onOpen,
  label,
  confidence,
}: {
  children: ReactNode;
  onOpen: () => void;
  label: string;
  confidence?: Confidence | undefined;
}) {
  const t = useT();
  return (
    <button type="button" className="figure" onClick={onOpen} aria-label={label} title={t("board.charts.figureTitle")}>
      {children}
      {confidence === "low" ? (
        <span className="low-mark" aria-hidden="true">
          {" "}
          ▲
        </span>
      ) : null}
    </button>
  );
}

export { ConfidenceBadge };
