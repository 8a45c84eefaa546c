// How a snapshot is named to people and files: its timestamp and its download name. Apart from
// ./model.ts (zod schemas) so the board's Snapshots dialog loads without zod.
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatDate } from "~/lib/format";

/** A timestamp as "14 Nov 2025, 16:05 UTC" ("14 нояб. 2025, 16:05 UTC"): the same on the server, in the browser and in print. */
export function formatTimestamp(date: Date, t: Translator<Messages>): string {
  const iso = date.toISOString();
  return t("snapshot.timestamp", { date: formatDate(iso.slice(0, 10), "day", t.locale), time: iso.slice(11, 16) });
}

/** A safe download name for a snapshot export: "<board>-<snapshot>.json", ASCII only. */
export function exportFileName(boardTitle: string, snapshotName: string, extension: "json" | "pdf" | "png"): string {
  const slug = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase()
      .slice(0, 60);
  const name = [slug(boardTitle), slug(snapshotName)].filter(Boolean).join("--") || "snapshot";
  return `${name}.${extension}`;
}
