// The claims a collab socket token carries. One schema for the issuer (the web app's
// `collab.token` procedure) and the verifier (apps/collab).
import { z } from "zod";

export const collabRoles = ["owner", "editor", "viewer"] as const;
export const collabRoleSchema = z.enum(collabRoles);
export type CollabRole = z.infer<typeof collabRoleSchema>;

/** What the issuer provides; `exp`/`iat` are added when signing. */
export const collabClaimsSchema = z.object({
  userId: z.string().min(1).max(200),
  displayName: z.string().min(1).max(200),
  boardId: z.string().min(1).max(200),
  role: collabRoleSchema,
});
export type CollabClaims = z.infer<typeof collabClaimsSchema>;

/** A verified token: the claims plus its expiry (seconds since the epoch). */
export interface VerifiedCollabClaims extends CollabClaims {
  expiresAt: number;
}

/** Whether a role may change the document (viewers only read and show presence). */
export function canWrite(role: CollabRole): boolean {
  return role === "owner" || role === "editor";
}

/** JWT audience/issuer so a collab token cannot be replayed against another service sharing the secret. */
export const COLLAB_TOKEN_AUDIENCE = "corridor-collab";
export const COLLAB_TOKEN_ISSUER = "corridor-web";
