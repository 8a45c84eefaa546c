// Choices offered when sharing, and how links and expiry dates are worded.
export const ROLE_OPTIONS = [
  { value: "viewer", label: "Viewer", hint: "reads the board" },
  { value: "editor", label: "Editor", hint: "edits the board" },
  { value: "owner", label: "Owner", hint: "also manages people and links" },
] as const;
export type RoleValue = (typeof ROLE_OPTIONS)[number]["value"];

export function isRole(value: string): value is RoleValue {
  return ROLE_OPTIONS.some((option) => option.value === value);
}

export const INVITE_EXPIRY_OPTIONS = [
  { hours: 24, label: "1 day" },
  { hours: 24 * 7, label: "7 days" },
  { hours: 24 * 30, label: "30 days" },
] as const;

export const BRIEFING_EXPIRY_OPTIONS = [
  { hours: 4, label: "4 hours" },
  { hours: 24, label: "1 day" },
  { hours: 24 * 7, label: "7 days" },
  { hours: 24 * 30, label: "30 days" },
] as const;

/** The absolute URL of a link path on this site. */
export function absoluteLink(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

/** "expires in 3 days", "expires in 5 hours", "expired 2 hours ago": deterministic for a given now. */
export function describeExpiry(expiresAt: Date, now: Date): string {
  const ms = expiresAt.getTime() - now.getTime();
  const hours = Math.round(Math.abs(ms) / 3_600_000);
  const amount = hours >= 48 ? `${Math.round(hours / 24)} days` : hours >= 1 ? `${hours} hour${hours === 1 ? "" : "s"}` : "less than an hour";
  return ms > 0 ? `expires in ${amount}` : `expired ${amount} ago`;
}
