// What the account forms say when the server refuses. Deliberately generic: the wording never tells
// whether an email has an account.
export const MESSAGES = {
  signInFailed: "Email or password is incorrect",
  signUpFailed: "Could not create an account with these details",
  rateLimited: "Too many attempts; wait a minute and try again",
  network: "The server could not be reached. Check your connection and try again.",
} as const;

export function authFailureMessage(kind: "sign-in" | "sign-up", status: number | undefined): string {
  if (status === 429) return MESSAGES.rateLimited;
  if (status === undefined || status === 0 || status >= 500) return MESSAGES.network;
  return kind === "sign-in" ? MESSAGES.signInFailed : MESSAGES.signUpFailed;
}

/** Two letters for the avatar: "Aigerim Sadykova" → "AS", "demo" → "D". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((part) => (part ? Array.from(part)[0] ?? "" : ""))
    .join("")
    .toUpperCase();
}
