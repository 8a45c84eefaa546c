// CSRF protection for state-changing requests: besides SameSite cookies, a POST/PUT/PATCH/DELETE
// must come from an allowed origin. Browsers send Origin on every cross-origin and same-origin
// POST; when a client sends no Origin, Sec-Fetch-Site must say same-origin. Anything else is
// refused before it reaches a handler.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isAllowedOrigin(request: { method: string; headers: Headers }, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) return origin !== "null" && allowedOrigins.includes(origin);
  return request.headers.get("sec-fetch-site") === "same-origin";
}

export function forbiddenOriginResponse(): Response {
  return Response.json(
    { error: { code: "FORBIDDEN", message: "Cross-site request refused: this action must come from the Corridor Board app itself." } },
    { status: 403 },
  );
}

/** Wraps a fetch-style handler (Better Auth's, tRPC's) with the origin check. */
export function withOriginCheck(handler: (request: Request) => Promise<Response>, allowedOrigins: readonly string[]) {
  return (request: Request) => (isAllowedOrigin(request, allowedOrigins) ? handler(request) : Promise.resolve(forbiddenOriginResponse()));
}
