// Choices offered when sharing, and how links and expiry dates are worded.
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";

/** The roles in rising order; their labels and hints are dialogs.role.<value>.label / .hint. */
export const ROLE_OPTIONS = [{ value: "viewer" }, { value: "editor" }, { value: "owner" }] as const;
export type RoleValue = (typeof ROLE_OPTIONS)[number]["value"];

export function isRole(value: string): value is RoleValue {
  return ROLE_OPTIONS.some((option) => option.value === value);
}

type ExpiryLabel = keyof Messages["dialogs"]["expiry"] & ("hours4" | "day1" | "days7" | "days30");

export const INVITE_EXPIRY_OPTIONS: readonly { hours: number; label: ExpiryLabel }[] = [
  { hours: 24, label: "day1" },
  { hours: 24 * 7, label: "days7" },
  { hours: 24 * 30, label: "days30" },
];

export const BRIEFING_EXPIRY_OPTIONS: readonly { hours: number; label: ExpiryLabel }[] = [
  { hours: 4, label: "hours4" },
  { hours: 24, label: "day1" },
  { hours: 24 * 7, label: "days7" },
  { hours: 24 * 30, label: "days30" },
];

/** The absolute URL of a link path on this site. */
export function absoluteLink(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

/** "expires in 3 days", "expires in 5 hours", "expired 2 hours ago": deterministic for a given now. */
export function describeExpiry(expiresAt: Date, now: Date, t: Translator<Messages>): string {
  const ms = expiresAt.getTime() - now.getTime();
  const hours = Math.round(Math.abs(ms) / 3_600_000);
  const future = ms > 0;
  if (hours >= 48) return t(future ? "dialogs.expiry.inDays" : "dialogs.expiry.daysAgo", { count: Math.round(hours / 24) });
  if (hours >= 1) return t(future ? "dialogs.expiry.inHours" : "dialogs.expiry.hoursAgo", { count: hours });
  return t(future ? "dialogs.expiry.inLessThanHour" : "dialogs.expiry.lessThanHourAgo");
}
