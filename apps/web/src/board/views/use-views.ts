"use client";
// Taking the board's current view and showing a given one: the same two operations for saving and
// opening saved views, presenting and following, and the shared screen's playlist.
import { useCallback } from "react";
import type { ViewState } from "@corridor/board-doc";
import { useBoard } from "../board-context";
import { useCameraStore } from "./camera";
import { sameCamera } from "@corridor/board-doc/camera";
import { sameScenario, sameSelection } from "./presentation";
import { useLiveScenario, useShownScenario, type ShownScenario } from "./shown-scenario";

/** The view as this client shows it now (the scenario shown, which may be a view's or a presenter's). */
export function useCurrentView(): () => ViewState {
  const { selection } = useBoard();
  const camera = useCameraStore();
  const live = useLiveScenario();
  const { shown } = useShownScenario();
  return useCallback(() => ({ camera: camera.get(), selection, scenario: { ...(shown?.values ?? live ?? {}) } }), [camera, selection, shown, live]);
}

/**
 * Shows a view: camera, filters, selection and panel at once; its scenario values are shown beside
 * the live ones (labelled with `label`) when they differ, never written to the shared scenario.
 */
export function useShowView(): (view: ViewState, scenarioFrom: Omit<ShownScenario, "values">) => void {
  const { selection, dispatch } = useBoard();
  const camera = useCameraStore();
  const live = useLiveScenario();
  const { shown, setShown } = useShownScenario();
  return useCallback(
    (view, scenarioFrom) => {
      if (!sameSelection(selection, view.selection)) dispatch({ type: "replace", selection: view.selection });
      if (view.camera && !sameCamera(camera.get(), view.camera, 1e-3)) camera.request(view.camera);
      const differs = live !== null && Object.keys(view.scenario).length > 0 && !sameScenario(pick(live, view.scenario), view.scenario);
      const next = differs ? { ...scenarioFrom, values: view.scenario } : null;
      if (!sameShown(shown, next)) setShown(next);
    },
    [selection, dispatch, camera, live, shown, setShown],
  );
}

/** The live values of the keys the view recorded (a view saved before an assumption existed says nothing about it). */
function pick(live: Readonly<Record<string, number>>, recorded: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.keys(recorded).map((key) => [key, live[key] ?? Number.NaN]));
}

function sameShown(a: ShownScenario | null, b: ShownScenario | null): boolean {
  if (a === null || b === null) return a === b;
  return a.source === b.source && a.label === b.label && sameScenario(a.values, b.values);
}
