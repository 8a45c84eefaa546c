"use client";
// Over the scenario panel while it shows values other than the live shared ones: whose they are,
// the way back to the live scenario, and (for a saved view, editors only) the explicit step that
// writes the view's values into the shared scenario for everybody.
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";
import { useShownScenario } from "./shown-scenario";

export function ShownScenarioNote() {
  const collab = useCollab();
  const t = useT();
  const { shown, setShown } = useShownScenario();
  if (!shown) return null;
  const canApply = shown.source === "view" && !!collab?.boardDoc && !!collab.author && !collab.readOnly;
  const apply = () => {
    if (!collab?.boardDoc || !collab.author) return;
    const { boardDoc, author } = collab;
    const known = new Set(collab.definitions.map((d) => d.key));
    // Each value is validated; one transaction, so the user's undo reverts them together.
    boardDoc.doc.transact(() => {
      for (const [key, value] of Object.entries(shown.values)) if (known.has(key)) boardDoc.setAssumption(key, value, author);
    }, author.id);
    setShown(null);
  };
  return (
    <div className="shown-scenario" role="note" data-testid="shown-scenario" data-source={shown.source}>
      <p>
        {shown.source === "presenter" ? (
          <>
            {t("views.shown.presenterBefore")}
            <strong>{shown.label}</strong>
            {t("views.shown.presenterAfter")}
          </>
        ) : (
          <>
            {t("views.shown.viewBefore")}
            <strong>{shown.label}</strong>
            {t("views.shown.viewAfter")}
          </>
        )}
      </p>
      {shown.source === "view" ? (
        <span className="shown-scenario-actions">
          <button type="button" className="btn btn-small" onClick={() => setShown(null)}>
            {t("views.shown.backToLive")}
          </button>
          {canApply ? (
            <button type="button" className="btn btn-small btn-primary" onClick={apply} title={t("views.shown.applyTitle")}>
              {t("views.shown.apply")}
            </button>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
