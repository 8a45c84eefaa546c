// A board shown through a read-only briefing link: the link's token (the only access a guest has)
// and when it expires, and how a refused token refresh says that the link has ended.
import { isTRPCClientError } from "~/trpc/client-error";

export interface BriefingAccess {
  /** The briefing link's token (`<id>.<secret>`): sent with every collab token request. */
  token: string;
  /** When the link expires, when known: the page says so, and the session ends then. */
  expiresAt?: Date | undefined;
}

export type BriefingEnd = "revoked" | "expired" | "invalid";

/**
 * The reason a collab token request was refused for good because the briefing link ended
 * (`link-revoked`, `link-expired`, `link-invalid` in the AppError details), else null: anything
 * else (offline, server restarting) is retried.
 */
export function briefingEndReason(error: unknown): BriefingEnd | null {
  if (!isTRPCClientError(error)) return null;
  const data: unknown = error.data;
  if (!data || typeof data !== "object" || !("appError" in data)) return null;
  const appError: unknown = data.appError;
  if (!appError || typeof appError !== "object" || !("details" in appError)) return null;
  const details: unknown = appError.details;
  if (!details || typeof details !== "object" || !("reason" in details)) return null;
  if (details.reason === "link-revoked") return "revoked";
  if (details.reason === "link-expired") return "expired";
  if (details.reason === "link-invalid") return "invalid";
  return null;
}
