// `--uploaded-at`, as `run` and `eval` both take it: a day (YYYY-MM-DD, read as its midnight UTC) or an ISO 8601
// time with its zone.
import { isCalendarDate } from '../shared/domain/dates.ts';
import { UsageError } from './usage-error.ts';

const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The upload time as an ISO string (UTC), or a usage error naming what was given. */
export function parseUploadedAtOption(value: string): string {
  const time = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!DAY_OR_TIME.test(value) || !isCalendarDate(value.slice(0, 10)) || Number.isNaN(time.getTime()))
    throw new UsageError(
      `--uploaded-at must be a day (2024-03-05) or a time with its zone (2024-03-05T14:00Z): ${value}`,
    );
  return time.toISOString();
}
