// Number formatting for indicator values: deterministic (no locale), grouped thousands, at most
// two decimals, so server and client render the same text.
import { formatDate } from "../lib/format";
import type { RelationsEvent } from "./model";

export function formatValue(value: number): string {
  const fixed = Math.abs(value) >= 1000 ? Math.round(value).toString() : value.toFixed(2).replace(/\.?0+$/, "");
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** "EUR 10 bn" style amounts for axis labels: shorter, no currency. */
export function formatEurShort(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${(value / 1e9).toFixed(abs >= 1e10 ? 0 : 1).replace(/\.0$/, "")} bn`;
  if (abs >= 1e6) return `${Math.round(value / 1e6)} m`;
  return formatValue(value);
}

/** An event's date or date range at its precision ("Undated" without one). */
export function eventDate(event: Pick<RelationsEvent, "date" | "dateEnd" | "datePrecision">): string {
  if (!event.date) return "Undated";
  const start = formatDate(event.date, event.datePrecision);
  return event.dateEnd ? `${start} – ${formatDate(event.dateEnd, event.datePrecision)}` : start;
}
