// One error type for the whole server side (after documenso's AppError). Server functions throw
// it with a code; the tRPC errorFormatter maps the code to the tRPC/HTTP code in one place.
import { TRPCError } from "@trpc/server";

export const APP_ERROR_CODES = {
  BAD_REQUEST: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  /** Safe, user-facing detail (e.g. which id was not found). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }

  toTRPCError(): TRPCError {
    return new TRPCError({ code: APP_ERROR_CODES[this.code], message: this.message, cause: this });
  }
}
