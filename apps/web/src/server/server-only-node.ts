// Stands in for the `server-only` package when server.ts runs in plain Node (tsconfig.server.json):
// there is no client bundle to guard there. Next's builds keep resolving the real package.
export {};
