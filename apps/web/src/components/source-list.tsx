import { useT } from "~/i18n/provider";
import type { Source } from "./use-overview";

/** Citations shown before the rest fold into "n more sources". */
const VISIBLE = 2;

/** A compact citation list: publisher, linked title, year. */
export function SourceList({
  ids,
  sources,
  label,
  fxSourceId,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  label: string;
  /** The source of the exchange rate used for the EUR figure, always shown and marked. */
  fxSourceId?: string | undefined;
}) {
  const t = useT();
  if (ids.length === 0 && !fxSourceId) return <span className="missing">{t("overview.sources.none")}</span>;
  const cited = ids.filter((id) => id !== fxSourceId);
  // The exchange-rate source stays visible: the EUR figure rests on it.
  const shown = [...cited.slice(0, VISIBLE), ...(fxSourceId ? [fxSourceId] : [])];
  const more = cited.slice(VISIBLE);
  return (
    <div className="sources-wrap">
      <ul className="sources" aria-label={label}>
        {shown.map((id) => (
          <Citation key={id} id={id} source={sources.get(id)} isFx={id === fxSourceId} />
        ))}
      </ul>
      {more.length > 0 ? (
        <details className="more-sources">
          <summary>{t("overview.sources.more", { count: more.length })}</summary>
          <ul className="sources" aria-label={t("overview.sources.moreLabel", { label })}>
            {more.map((id) => (
              <Citation key={id} id={id} source={sources.get(id)} isFx={id === fxSourceId} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Citation({ id, source, isFx }: { id: string; source: Source | undefined; isFx: boolean }) {
  const t = useT();
  if (!source) {
    return (
      <li>
        <span className="missing">{t("overview.sources.notFound", { id })}</span>
      </li>
    );
  }
  return (
    <li>
      {isFx ? <span className="detail">{t("overview.sources.exchangeRate")}</span> : null}
      <span className="publisher">{source.publisher}</span>
      {", "}
      {source.url ? (
        <a href={source.url} rel="noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {source.year ? <span className="year"> ({source.year})</span> : null}
    </li>
  );
}
