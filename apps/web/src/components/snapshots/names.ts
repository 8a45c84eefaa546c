// How a snapshot is named to people and files: its timestamp and its download name. Apart from
// ./model.ts (zod schemas) so the board's Snapshots dialog loads without zod.

/** A timestamp as "14 Nov 2025, 16:05 UTC": the same on the server and in print. */
export function formatTimestamp(date: Date): string {
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = date.toISOString().slice(11, 16);
  return `${day}, ${time} UTC`;
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
