// Telling a tRPC client error apart without importing @trpc/client. When a lazily loaded chunk
// (a dialog body, the restore notice) imports @trpc/client, the bundler splits it out of the shared
// first-load chunk into one of its own: ~2.5 kB gzipped more on every page.

/** A failed tRPC call as the client raises it: `data` is the error's shape (code, appError, zodIssues), absent when no answer came. */
export type TRPCClientErrorLike = Error & { data?: unknown };

export function isTRPCClientError(error: unknown): error is TRPCClientErrorLike {
  return error instanceof Error && error.name === "TRPCClientError";
}
