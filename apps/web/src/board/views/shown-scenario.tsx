"use client";
// Which scenario values this client shows. Normally the live shared ones (the board document's
// assumptions); while a saved view's or a presenter's differ, those are shown instead, on this
// client only: showing them never writes the shared scenario (applying a view's values to it is a
// separate, explicit action for editors).
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { useCollab } from "../collab/collab-context";

export interface ShownScenario {
  values: Readonly<Record<string, number>>;
  source: "view" | "presenter";
  /** The view's name or the presenter's. */
  label: string;
}

interface ShownScenarioValue {
  shown: ShownScenario | null;
  setShown: (shown: ShownScenario | null) => void;
}

const ShownScenarioContext = createContext<ShownScenarioValue | null>(null);

export function ShownScenarioProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<ShownScenario | null>(null);
  const value = useMemo(() => ({ shown, setShown }), [shown]);
  return <ShownScenarioContext.Provider value={value}>{children}</ShownScenarioContext.Provider>;
}

export function useShownScenario(): ShownScenarioValue {
  const value = useContext(ShownScenarioContext);
  if (!value) throw new Error("useShownScenario must be used inside <ShownScenarioProvider>");
  return value;
}

/** The live shared scenario with every assumption's value (defaults filled in); null before the document is ready. */
export function useLiveScenario(): Record<string, number> | null {
  const collab = useCollab();
  if (!collab?.boardDoc || collab.definitions.length === 0) return null;
  const set = collab.boardDoc.assumptions();
  return Object.fromEntries(collab.definitions.map((d) => [d.key, set[d.key] ?? d.default]));
}
