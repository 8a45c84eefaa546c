// tRPC initialisation: context, transformer, the one errorFormatter, and the procedure builders
// (after create-t3-turbo's packages/api/src/trpc.ts). Routers live in ./router, one per domain.
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { DbClient } from "@corridor/db";
import { AppError } from "./errors/app-error.ts";
import type { FactStore } from "./facts/fact-store.ts";

export interface TRPCContextOptions {
  db: DbClient;
  facts: FactStore;
  headers: Headers;
}

export function createTRPCContext(options: TRPCContextOptions) {
  return { db: options.db, facts: options.facts, headers: options.headers };
}

export type TRPCContext = ReturnType<typeof createTRPCContext>;

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
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
export { z };
