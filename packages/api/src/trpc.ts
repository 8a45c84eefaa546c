// tRPC initialisation: context, transformer, the one errorFormatter, and the procedure builders
// (after create-t3-turbo's packages/api/src/trpc.ts). Routers live in ./router, one per domain.
import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import type { DbClient } from "@corridor/db";
import { AppError } from "./errors/app-error.ts";
import type { FactStore } from "./facts/fact-store.ts";
import { wireTransformer } from "./wire/transformer.ts";

/** The signed-in user, as the auth layer reports it. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

/** What the collab token procedure needs: the shared signing secret and the socket URL for browsers. */
export interface CollabConfig {
  secret: string;
  url: string;
  ttlSeconds?: number;
}

export interface TRPCContextOptions {
  db: DbClient;
  facts: FactStore;
  headers: Headers;
  /** Resolves the session from the request (cookies); called at most once per request, lazily. */
  getSession?: () => Promise<SessionUser | null>;
  collab?: CollabConfig | null;
}

export function createTRPCContext(options: TRPCContextOptions) {
  let session: Promise<SessionUser | null> | undefined;
  const getSession = options.getSession ?? (() => Promise.resolve(null));
  return {
    db: options.db,
    facts: options.facts,
    headers: options.headers,
    collab: options.collab ?? null,
    /** Public procedures never pay for a session lookup; the first caller that needs it does. */
    session: () => (session ??= getSession()),
  };
}

export type TRPCContext = ReturnType<typeof createTRPCContext>;

const t = initTRPC.context<TRPCContext>().create({
  transformer: wireTransformer,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Zod issues with their paths, so a client can point at the offending field.
        zodIssues:
          cause instanceof ZodError
            ? cause.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message }))
            : null,
        appError: cause instanceof AppError ? { code: cause.code, details: cause.details ?? null } : null,
        // Never leak stack traces.
        stack: undefined,
      },
    };
  },
});

/** Converts AppErrors thrown by server functions into the mapped tRPC error. */
const appErrorMiddleware = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const mapped = result.error.cause.toTRPCError();
    return { ...result, error: mapped };
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(appErrorMiddleware);

/** A procedure that needs a signed-in user; `ctx.user` is that user. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const user = await ctx.session();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue");
  return next({ ctx: { user } });
});
export { z };
