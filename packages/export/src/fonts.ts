// The bundled DejaVu fonts (with Cyrillic) every export draws with: nothing is looked up on the
// system or fetched, so exports look the same on every machine and work offline.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The DejaVu TTF folder. Resolved when an export is rendered, not at import: bundlers (Next's
 * Turbopack) replace require.resolve with a module id, so the package folder under the working
 * directory's node_modules is the fallback there.
 */
export function fontDirectory(explicit?: string): string {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json");
    if (typeof resolved === "string") candidates.push(path.join(path.dirname(resolved), "ttf"));
  } catch {
    // not resolvable from here
  }
  candidates.push(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"));
  const found = candidates.find((dir) => existsSync(path.join(dir, "DejaVuSans.ttf")));
  if (!found) throw new Error("The DejaVu fonts (npm package dejavu-fonts-ttf) were not found; install it beside the app.");
  return found;
}

export const FONT_FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
export const FONT_FAMILY = "DejaVu Sans";
