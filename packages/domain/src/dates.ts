// Dates and periods as the fact base gives them (2024, 2024-05, 2024-05-14, 2023-H1, 2024-01/11)
// turned into the first and last calendar day they can stand for, so range filters can compare
// items of different precision: an item matches a range when its span overlaps the range.
export interface DateSpan {
  start: string;
  end: string;
}

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;

/** The span a date or period covers, or null when it names no calendar time ("medium term"). */
export function periodSpan(period: string): DateSpan | null {
  let match = /^(\d{4})$/.exec(period);
  if (match) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };

  match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return { start: monthStart(year, month), end: monthEnd(year, month) };
  }

  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (match) return isRealDate(period) ? { start: period, end: period } : null;

  match = /^(\d{4})-H([12])$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    return match[2] === "1"
      ? { start: monthStart(year, 1), end: monthEnd(year, 6) }
      : { start: monthStart(year, 7), end: monthEnd(year, 12) };
  }

  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    return { start: monthStart(year, quarter * 3 - 2), end: monthEnd(year, quarter * 3) };
  }

  // Cumulative months of one year, e.g. 2024-01/11 = January to November 2024.
  match = /^(\d{4})-(\d{2})\/(\d{2})$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    const from = Number(match[2]);
    const to = Number(match[3]);
    if (from < 1 || to > 12 || from > to) return null;
    return { start: monthStart(year, from), end: monthEnd(year, to) };
  }
  return null;
}

/** Whether a span overlaps the optional [from, to] range (inclusive, YYYY-MM-DD strings). */
export function spanOverlaps(span: DateSpan | null, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (span === null) return false;
  if (from !== undefined && span.end < from) return false;
  if (to !== undefined && span.start > to) return false;
  return true;
}
