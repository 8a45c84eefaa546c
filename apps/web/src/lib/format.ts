// Display formatting for figures and dates. Deterministic (no locale or time-zone dependence) so
// the server-rendered HTML and the hydrated client render the same text.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function trimNumber(value: number, maxDecimals: number): string {
  const fixed = value.toFixed(maxDecimals);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

function groupThousands(value: number): string {
  const [int = "0", frac] = Math.round(value).toString().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** "EUR 10 bn", "USD 55 m", "EUR 1.47 bn", "USD 25 m", "EUR 350,000". */
export function formatMoney(amount: number, currency: string): string {
  const abs = Math.abs(amount);
  const sign = amount < 0 ? "-" : "";
  if (abs >= 1e9) return `${currency} ${sign}${trimNumber(abs / 1e9, 2)} bn`;
  if (abs >= 1e6) return `${currency} ${sign}${trimNumber(abs / 1e6, abs >= 1e8 ? 0 : 1)} m`;
  return `${currency} ${sign}${groupThousands(abs)}`;
}

/** A date as the fact base gives it, at its precision: "29 Jan 2024", "Sep 2022", "2024". */
export function formatDate(date: string, precision?: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === "year" || !monthName) return year ?? date;
  if (precision === "month" || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "1,234 km". */
export function formatKm(km: number): string {
  return `${groupThousands(km)} km`;
}
