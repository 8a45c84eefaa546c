"use client";
// The scenario the shared screen stands on, in one line: the assumptions that differ from their
// defaults, and whose values they are (the shared scenario, the saved view's or the presenter's).
import { useT } from "~/i18n/provider";
import { formatAssumption } from "../coedit/scenario-format";
import { useCollab } from "../collab/collab-context";
import { useLiveScenario, useShownScenario } from "../views/shown-scenario";

export function ScreenScenario() {
  const collab = useCollab();
  const t = useT();
  const live = useLiveScenario();
  const { shown } = useShownScenario();
  const values = shown?.values ?? live;
  if (!collab || !values) return null;
  const changed = collab.definitions.filter((d) => values[d.key] !== undefined && values[d.key] !== d.default);
  const whose = shown ? t(shown.source === "presenter" ? "screen.scenario.presenter" : "screen.scenario.view", { name: shown.label }) : t("screen.scenario.shared");
  return (
    <p className="screen-scenario" data-testid="screen-scenario" data-source={shown?.source ?? "live"}>
      <strong>{t("screen.scenario.label")}</strong> ({whose}):{" "}
      {changed.length === 0
        ? t("screen.scenario.allDefault")
        : changed.map((d, i) => (
            <span key={d.key}>
              {d.name} {formatAssumption(values[d.key] ?? d.default, d.step, t.locale)} {d.unit}
              {i < changed.length - 1 ? " · " : ""}
            </span>
          ))}
    </p>
  );
}
