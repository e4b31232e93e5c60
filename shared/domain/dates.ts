// Calendar-date arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no local time zone shifts a day.
import type { DateRange } from './schema.ts';

const DAY_MS = 86_400_000;

/** No report this tool reads is about events before this day; an earlier date is a misreading. */
export const EARLIEST_EVENT_DATE = '1990-01-01';
/** Years this tool can name at all (Date covers far more; this keeps a "9999" from ever being computed on). */
const LATEST_YEAR = 2999;

/** True for a real day written YYYY-MM-DD (2019-02-31 and 2019-13-45 are not), years 1000–2999. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1000 || year > LATEST_YEAR) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** YYYY-MM-DD plus n days; throws on anything but a real calendar day (so no bad date is carried along). */
export function addDays(isoDate: string, days: number): string {
  if (!isCalendarDate(isoDate)) throw new Error(`not a calendar date: ${isoDate}`);
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` inclusive (both calendar dates). */
export function spanDays(range: DateRange): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
}

/**
 * Why a date range cannot be an event's days, or undefined when it can: both ends real calendar days, in order,
 * from EARLIEST_EVENT_DATE to `latest` (the publication date + 1 day: a report cannot tell of later days).
 */
export function dateRangeProblem(range: DateRange, latest: string): string | undefined {
  for (const day of [range.from, range.to]) {
    if (!isCalendarDate(day)) return `${day} is not a calendar date`;
    if (day < EARLIEST_EVENT_DATE) return `${day} is before ${EARLIEST_EVENT_DATE}`;
    if (day > latest) return `${day} is after ${latest}`;
  }
  if (range.from > range.to) return `${range.from} is after ${range.to}`;
  return undefined;
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
