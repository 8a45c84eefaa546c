"use client";
// The scenario the shared screen stands on, in one line: the assumptions that differ from their
// defaults, and whose values they are (the shared scenario, the saved view's or the presenter's).
import { formatAssumption } from "../coedit/scenario-format";
import { useCollab } from "../collab/collab-context";
import { useLiveScenario, useShownScenario } from "../views/shown-scenario";

export function ScreenScenario() {
  const collab = useCollab();
  const live = useLiveScenario();
  const { shown } = useShownScenario();
  const values = shown?.values ?? live;
  if (!collab || !values) return null;
  const changed = collab.definitions.filter((d) => values[d.key] !== undefined && values[d.key] !== d.default);
  const whose = shown ? (shown.source === "presenter" ? `${shown.label}'s scenario` : `scenario saved with “${shown.label}”`) : "shared scenario";
  return (
    <p className="screen-scenario" data-testid="screen-scenario" data-source={shown?.source ?? "live"}>
      <strong>Scenario</strong> ({whose}):{" "}
      {changed.length === 0
        ? "every assumption at its default"
        : changed.map((d, i) => (
            <span key={d.key}>
              {d.name} {formatAssumption(values[d.key] ?? d.default, d.step)} {d.unit}
              {i < changed.length - 1 ? " · " : ""}
            </span>
          ))}
    </p>
  );
}
