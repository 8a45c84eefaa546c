// What the account forms say when the server refuses (account.errors.*). Deliberately generic: the
// wording never tells whether an email has an account.
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";

export function authFailureMessage(kind: "sign-in" | "sign-up", status: number | undefined, t: Translator<Messages>): string {
  if (status === 429) return t("account.errors.rateLimited");
  if (status === undefined || status === 0 || status >= 500) return t("account.errors.network");
  return kind === "sign-in" ? t("account.errors.signInFailed") : t("account.errors.signUpFailed");
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
