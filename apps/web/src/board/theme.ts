"use client";
// Light or dark: the system's preference unless the user picked one on the board (kept in
// localStorage). Read through useSyncExternalStore, so the server render and the first client
// render agree ("system") and the stored choice applies right after hydration.
import { useCallback, useSyncExternalStore } from "react";

export type ThemeChoice = "system" | "light" | "dark";
export type Theme = "light" | "dark";

const KEY = "corridor-board-theme";
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", listener);
    window.removeEventListener("storage", listener);
  };
}

function snapshot(): string {
  const choice = readChoice();
  const system: Theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  return `${choice}:${choice === "system" ? system : choice}`;
}

/** The user's choice and the theme it resolves to (null during server rendering). */
export function useTheme(): { choice: ThemeChoice; theme: Theme | null; setChoice: (choice: ThemeChoice) => void } {
  const value = useSyncExternalStore(subscribe, snapshot, () => "system:");
  const [choice = "system", resolved = ""] = value.split(":");
  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      if (next === "system") window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, next);
    } catch {
      // storage unavailable (private mode): the choice lasts until reload
    }
    for (const listener of listeners) listener();
  }, []);
  return {
    choice: choice === "light" || choice === "dark" ? choice : "system",
    theme: resolved === "light" || resolved === "dark" ? resolved : null,
    setChoice,
  };
}
