// `--uploaded-at`, as `run` and `eval` both take it: a day (YYYY-MM-DD, read as its midnight UTC) or an ISO 8601
// time with its zone.
import { UsageError } from './usage-error.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The upload time as an ISO string (UTC), or a usage error naming what was given. */
export function parseUploadedAtOption(value: string): string {
  const text = DAY.test(value) ? `${value}T00:00:00Z` : value;
  const time = TIME.test(text) ? new Date(text) : undefined;
  // A day that does not exist (2024-02-30) rolls over in Date: compare the day back.
  if (!time || Number.isNaN(time.getTime()) || (DAY.test(value) && time.toISOString().slice(0, 10) !== value))
    throw new UsageError(
      `--uploaded-at must be a day (2024-03-05) or a time with its zone (2024-03-05T14:00Z): ${value}`,
    );
  return time.toISOString();
}
