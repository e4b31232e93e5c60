// Calendar-date arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no local time zone shifts a day.
import type { DateRange } from './schema.ts';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD plus n days. */
export function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`not a calendar date: ${isoDate}`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

export function widen(range: DateRange, days: number): DateRange {
  return { from: addDays(range.from, -days), to: addDays(range.to, days) };
}

export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Days between the two ranges (0 when they overlap). */
export function gapDays(a: DateRange, b: DateRange): number {
  if (overlaps(a, b)) return 0;
  const [earlier, later] = a.to < b.from ? [a, b] : [b, a];
  return Math.round((Date.parse(later.from) - Date.parse(earlier.to)) / DAY_MS);
}

export function union(a: DateRange, b: DateRange): DateRange {
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}
