// Reading what the uploader said about a report: S3 user metadata (x-amz-meta-*) set by `aws s3 cp --metadata`
// or by `claimwatch run` from a .meta.json sidecar.

export interface ReportMetadata {
  publishedAt?: string;
  source?: string;
  url?: string;
  language?: string;
}

/** Accepts YYYY-MM-DD or a full ISO timestamp; anything else is treated as absent rather than guessed. */
export function isoDateOrUndefined(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
  if (!match || Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) return undefined;
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
  return {
    publishedAt: isoDateOrUndefined(get('published-at', 'publishedat', 'published_at')),
    source: get('source'),
    url: get('url'),
    language: get('language', 'lang'),
  };
}
