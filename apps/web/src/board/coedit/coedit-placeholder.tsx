// What the co-editing parts show in the server HTML and until their code arrives: the same cards
// and status the loaded parts show while the shared document connects, so nothing jumps.
import { useT } from "~/i18n/provider";

/** The header's co-editing strip before the live document exists. */
export function CoeditConnecting() {
  const t = useT();
  return (
    <span className="coedit-status" data-status="syncing">
      {t("coedit.connecting")}
    </span>
  );
}

/** The co-editing area below the charts. */
export function CoeditPlaceholder() {
  const t = useT();
  return (
    <div className="coedit-section" aria-busy="true">
      <section className="coedit-card" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">{t("coedit.scenario.title")}</h2>
        <p className="muted">{t("coedit.scenario.loading")}</p>
      </section>
      <div className="coedit-grid">
        <section className="coedit-card" aria-labelledby="commentary-title">
          <div className="coedit-card-head">
            <h2 id="commentary-title">{t("coedit.commentary.title")}</h2>
          </div>
          <p className="muted">{t("coedit.commentary.loading")}</p>
        </section>
      </div>
    </div>
  );
}
