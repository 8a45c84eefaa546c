"use client";
// Shown when the overview cannot be rendered (e.g. the database is not migrated or not reachable).
import { useT } from "~/i18n/provider";

export default function OverviewError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <main id="main" className="page">
      <h1>Corridor Board</h1>
      <div className="error-box" role="alert">
        <h2>{t("account.overviewError.title")}</h2>
        <p>
          {t("account.overviewError.bodyBefore")} <code>pnpm db:migrate</code> {t("account.overviewError.and")} <code>pnpm db:seed</code>{" "}
          {t("account.overviewError.bodyAfter")}
        </p>
        {error.digest ? <p className="section-note">{t("account.overviewError.reference", { digest: error.digest })}</p> : null}
        <button type="button" onClick={reset}>
          {t("account.overviewError.retry")}
        </button>
      </div>
    </main>
  );
}
