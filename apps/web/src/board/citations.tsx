"use client";
// Citations in full, for the side panel: publisher, linked title, year, kind, seed reference and
// how sure the identification of the source is.
import type { ReactNode } from "react";
import type { Confidence } from "@corridor/domain";
import { ConfidenceBadge } from "~/components/badges";
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
  const all = [...new Set([...ids, ...(fxSourceId ? [fxSourceId] : [])])];
  if (all.length === 0) return <p className="missing">No source recorded.</p>;
  return (
    <ol className="citations" aria-label={label}>
      {all.map((id) => {
        const source = sources.get(id);
        if (!source) {
          return (
            <li key={id}>
              <span className="missing">Source {id} not found</span>
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
              {id === fxSourceId ? "Exchange rate · " : null}
              {source.kind} · {source.seedRef !== null ? `seed note ref. [${source.seedRef}]` : source.origin === "seed" ? "seed note" : "external"} · id {source.id}
              {source.identificationConfidence ? <> · identified with {source.identificationConfidence} confidence</> : null}
            </span>
            {source.originalSource ? <span className="cite-meta">Original: {source.originalSource}</span> : null}
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
  return (
    <button type="button" className="figure" onClick={onOpen} aria-label={label} title="Show details and sources">
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
