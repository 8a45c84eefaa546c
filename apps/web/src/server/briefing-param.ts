// The ?briefing= parameter of the board page and the shared screen, as boards.byId takes it.
import "server-only";

/** A briefing-link token (read-only guest view); anything else is ignored. */
export function briefingParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/.test(value) ? value : undefined;
}
