// Better Auth's endpoints under /api/auth (sign-up, sign-in, sign-out, session). Mutations must
// come from an allowed origin (CSRF check before Better Auth sees the request); sign-in and sign-up
// attempts are limited per account (the client address can be forged without a proxy).
import { toNextJsHandler } from "better-auth/next-js";
import { createAccountAttemptLimits, withAccountAttemptLimits, withOriginCheck, type AccountAttemptLimits } from "@corridor/auth";
import { allowedOrigins } from "~/env";
import { getAuth } from "~/server/auth";

const LIMITS_KEY = Symbol.for("corridor-board.web.attempt-limits");

function attemptLimits(): AccountAttemptLimits {
  const holder = globalThis as typeof globalThis & { [LIMITS_KEY]?: AccountAttemptLimits };
  holder[LIMITS_KEY] ??= createAccountAttemptLimits();
  return holder[LIMITS_KEY];
}

const handlers = toNextJsHandler((request: Request) => withAccountAttemptLimits((r) => getAuth().handler(r), attemptLimits())(request));
const guarded = (handler: (request: Request) => Promise<Response>) => withOriginCheck(handler, allowedOrigins);

export const GET = handlers.GET;
export const POST = guarded(handlers.POST);
export const PATCH = guarded(handlers.PATCH);
export const PUT = guarded(handlers.PUT);
export const DELETE = guarded(handlers.DELETE);
