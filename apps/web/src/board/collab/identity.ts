// Who is editing: the user and role carried by the collab token (signed by the server for this
// board), and their initials for avatars. (Their colour: user-color.ts.)

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
