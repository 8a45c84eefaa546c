// Reading a tRPC error thrown by an in-process call (server components): its code and the
// AppError's reason ("not-a-member", "link-expired", …) when there is one.
import "server-only";
import { TRPCError } from "@trpc/server";

export interface CallFailure {
  code: TRPCError["code"];
  reason: string | null;
}

export function callFailureOf(error: unknown): CallFailure | null {
  if (!(error instanceof TRPCError)) return null;
  const cause: unknown = error.cause;
  let reason: string | null = null;
  if (cause && typeof cause === "object" && "details" in cause) {
    const details: unknown = cause.details;
    if (details && typeof details === "object" && "reason" in details && typeof details.reason === "string") reason = details.reason;
  }
  return { code: error.code, reason };
}
