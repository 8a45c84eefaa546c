// POST /api/account/sign-out: the header's Sign out is a plain form posting here, so it works
// before (and without) the page's JavaScript. Ends the session through Better Auth (its cookies
// cleared on this response) and sends the browser to the sign-in page. Cross-site posts are refused.
import { withOriginCheck } from "@corridor/auth";
import { allowedOrigins } from "~/env";
import { getAuth } from "~/server/auth";

export const POST = withOriginCheck(async (request: Request) => {
  const headers = new Headers({ location: "/sign-in", "cache-control": "no-store" });
  try {
    const ended = await getAuth().api.signOut({ headers: request.headers, asResponse: true });
    for (const cookie of ended.headers.getSetCookie()) headers.append("set-cookie", cookie);
  } catch {
    // No session to end (already signed out, expired): the sign-in page is still the answer.
  }
  return new Response(null, { status: 303, headers });
}, allowedOrigins);
