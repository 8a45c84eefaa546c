// Presenting, as read from awareness: a presenter publishes `presentation: { since, view }` beside
// its `user`; every client reads all states and agrees on one presenter by the same rule (the
// earliest start, then the lower client id), so two people pressing "Present" at once end with
// one presenter on every screen. Nothing of it is written to the shared document.
import type { ViewState } from "@corridor/board-doc/view-state";
import { readUser, type PresenceUser } from "../coedit/presence";
import { serializeSelection, type Selection } from "../selection";

export interface PresenterEntry {
  clientId: number;
  user: PresenceUser;
  /** When they started presenting (their clock; only compared, never shown as a time). */
  since: number;
  view: ViewState;
}

/** The awareness field a presenter sets (null when not presenting). */
export interface PresentationField {
  since: number;
  view: ViewState;
}

/** Every client that says it is presenting with a well-formed view; malformed states are ignored. */
/** Checks a view that arrived from another client (view-state's zod schema, loaded lazily by the caller). */
export type ViewParser = (value: unknown) => ViewState | null;

export function readPresenters(states: ReadonlyMap<number, unknown>, parseView: ViewParser): PresenterEntry[] {
  const entries: PresenterEntry[] = [];
  for (const [clientId, state] of states) {
    if (typeof state !== "object" || state === null) continue;
    const { user, presentation } = state as Record<string, unknown>;
    const who = readUser(user);
    if (!who || typeof presentation !== "object" || presentation === null) continue;
    const { since, view } = presentation as Record<string, unknown>;
    const parsed = parseView(view);
    if (typeof since !== "number" || !Number.isFinite(since) || !parsed) continue;
    entries.push({ clientId, user: who, since, view: parsed });
  }
  return entries;
}

/** The one presenter everybody follows: the earliest start, ties broken by the lower client id. */
export function currentPresenter(entries: readonly PresenterEntry[]): PresenterEntry | null {
  let winner: PresenterEntry | null = null;
  for (const entry of entries) {
    if (!winner || entry.since < winner.since || (entry.since === winner.since && entry.clientId < winner.clientId)) winner = entry;
  }
  return winner;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return serializeSelection(a).toString() === serializeSelection(b).toString();
}

export function sameScenario(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** What a follower does with a presenter who appears, changes or goes away. */
export type FollowState = "idle" | "following" | "left" | "ended";

export type FollowEvent =
  | { type: "follow" }
  /** The follower panned, zoomed, clicked or changed a filter. */
  | { type: "user-moved" }
  | { type: "presenter-gone" }
  /** This client started presenting. */
  | { type: "self-presenting" };

export function reduceFollow(state: FollowState, event: FollowEvent): FollowState {
  switch (event.type) {
    case "follow":
      return "following";
    case "user-moved":
      return state === "following" ? "left" : state;
    case "presenter-gone":
      return state === "following" || state === "left" ? "ended" : state;
    case "self-presenting":
      return "idle";
  }
}
