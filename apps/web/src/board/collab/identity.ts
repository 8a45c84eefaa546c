// Who is editing: the user and role carried by the collab token (signed by the server for this
// board), and a stable colour per user for carets, cursors, avatars and notes.

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

export type CollabRole = "owner" | "editor" | "viewer";

export interface CollabIdentity {
  id: string;
  name: string;
  role: CollabRole;
}

/**
 * The identity in a collab token's payload (sub, name, role). Read, not verified: the collab server
 * verifies the signature; the client only needs to know whom it was issued for.
 */
export function identityFromToken(token: string): CollabIdentity | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "="));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof claims !== "object" || claims === null) return null;
    const { sub, name, role } = claims as Record<string, unknown>;
    if (typeof sub !== "string" || typeof name !== "string") return null;
    if (role !== "owner" && role !== "editor" && role !== "viewer") return null;
    return { id: sub, name, role };
  } catch {
    return null;
  }
}

/** Initials for an avatar: "Dana Demo" → "DD", "guest" → "G". */
export function initials(name: string): string {
  const words = name.match(/\p{L}+/gu) ?? [];
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked.map((w) => (w ? ([...w][0]?.toUpperCase() ?? "") : "")).join("") || "?";
}
