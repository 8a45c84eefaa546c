// Better Auth's endpoints under /api/auth (sign-up, sign-in, sign-out, session). Mutations must
// come from an allowed origin (CSRF check before Better Auth sees the request).
import { toNextJsHandler } from "better-auth/next-js";
import { withOriginCheck } from "@corridor/auth";
import { allowedOrigins } from "~/env";
import { getAuth } from "~/server/auth";

const handlers = toNextJsHandler((request: Request) => getAuth().handler(request));
const guarded = (handler: (request: Request) => Promise<Response>) => withOriginCheck(handler, allowedOrigins);

export const GET = handlers.GET;
export const POST = guarded(handlers.POST);
export const PATCH = guarded(handlers.PATCH);
export const PUT = guarded(handlers.PUT);
export const DELETE = guarded(handlers.DELETE);
