// Reading what the uploader said about a report: S3 user metadata (x-amz-meta-*) set by `aws s3 cp --metadata`
// or by `claimwatch run` from a .meta.json sidecar.

import { isCalendarDate } from '../domain/dates.ts';

export interface ReportMetadata {
  publishedAt?: string;
  /** A publication date given but not readable as a day (kept to say so in the report's reason). */
  unreadablePublishedAt?: string;
  source?: string;
  url?: string;
  language?: string;
}

/** Accepts a real day as YYYY-MM-DD or a full ISO timestamp; anything else is treated as absent, never guessed. */
export function isoDateOrUndefined(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
  if (!match?.[1] || !isCalendarDate(match[1])) return undefined;
  return match[1];
}

export function readReportMetadata(metadata: Record<string, string>): ReportMetadata {
  const get = (...names: string[]) => {
    for (const name of names) {
      const value = metadata[name]?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const published = get('published-at', 'publishedat', 'published_at');
  const publishedAt = isoDateOrUndefined(published);
  return {
    publishedAt,
    ...(published && !publishedAt ? { unreadablePublishedAt: published.slice(0, 40) } : {}),
    source: get('source'),
    url: get('url'),
    language: get('language', 'lang'),
  };
}
