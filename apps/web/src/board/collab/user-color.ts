// A stable colour per user for carets, cursors, avatars and notes: the same on every client.

/** Distinct on light and dark backgrounds, and readable with white text. */
export const USER_COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#e377c2", "#8c564b", "#17becf", "#bc5a00"] as const;

/** The same user gets the same colour on every client (FNV-1a of the id). */
export function colorForUser(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i += 1) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return USER_COLORS[hash % USER_COLORS.length] ?? USER_COLORS[0];
}
