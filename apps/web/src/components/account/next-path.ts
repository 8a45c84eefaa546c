// Where to go after signing in. Only a path on this site is accepted ("/b/x?y=1"); anything that a
// browser could read as another origin ("//evil.example", "/\\evil.example", "https://…", control
// characters) falls back to the default, so ?next= cannot become an open redirect.
export const DEFAULT_AFTER_SIGN_IN = "/boards";

export function safeNextPath(value: string | string[] | null | undefined, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  // Must start with exactly one slash; a second slash or a backslash makes it protocol-relative.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines from URLs and read backslashes as slashes: refuse them all.
  if (raw.includes("\\") || [...raw].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw, "http://corridor.invalid");
  } catch {
    return fallback;
  }
  if (parsed.origin !== "http://corridor.invalid") return fallback;
  // The auth pages themselves are no destination (no loop back to sign-in).
  if (/^\/(sign-in|sign-up)(\/|$)/.test(parsed.pathname)) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The sign-in page, coming back to `next` afterwards. */
export function signInHref(next: string): string {
  return `/sign-in?next=${encodeURIComponent(safeNextPath(next, "/"))}`;
}
