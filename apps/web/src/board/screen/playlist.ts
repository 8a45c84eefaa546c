// The shared screen's playlist over the saved views: which key does what, and where a step lands.
// Pure, so the keyboard contract is tested without a browser.

export type PlaylistCommand =
  | { type: "next" }
  | { type: "previous" }
  | { type: "goto"; index: number }
  | { type: "first" }
  | { type: "last" }
  | { type: "toggle-play" };

/**
 * → ↓ PageDown and Space step forward, ← ↑ PageUp back; 1–9 open views 1–9 and 0 the tenth;
 * Home and End the first and last; P plays or pauses the timer.
 */
export function commandForKey(key: string): PlaylistCommand | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
      return { type: "next" };
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return { type: "previous" };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "p":
    case "P":
      return { type: "toggle-play" };
    default:
      if (/^[0-9]$/.test(key)) return { type: "goto", index: key === "0" ? 9 : Number(key) - 1 };
      return null;
  }
}

/** The view a step lands on (wrapping at both ends), or null when there is none; `current` null = nothing opened yet. */
export function stepPlaylist(current: number | null, command: Exclude<PlaylistCommand, { type: "toggle-play" }>, count: number): number | null {
  if (count <= 0) return null;
  switch (command.type) {
    case "next":
      return current === null ? 0 : (current + 1) % count;
    case "previous":
      return current === null ? count - 1 : (current - 1 + count) % count;
    case "first":
      return 0;
    case "last":
      return count - 1;
    case "goto":
      return command.index >= 0 && command.index < count ? command.index : current;
  }
}

/** The timer's choices, in seconds. */
export const PLAYLIST_INTERVALS = [10, 20, 30, 60, 120] as const;
