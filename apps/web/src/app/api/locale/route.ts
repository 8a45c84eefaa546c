// POST /api/locale (form field `locale`: en | ru): the interface language switch in the header.
import { answerLocaleSwitch } from "~/i18n/switch-request";
import { allowedOrigins, secureCookies } from "~/env";

export async function POST(request: Request): Promise<Response> {
  let locale: unknown = null;
  try {
    locale = (await request.formData()).get("locale");
  } catch {
    // Not a form: answered below as an unknown language.
  }
  const answer = answerLocaleSwitch({
    locale,
    origin: request.headers.get("origin"),
    referer: request.headers.get("referer"),
    allowedOrigins,
    secureCookies,
  });
  if (!answer.ok) return new Response(answer.message, { status: answer.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 303, headers: { location: answer.location, "set-cookie": answer.cookie, "cache-control": "no-store" } });
}
