/** Where a report's bytes come from (S3 in Lambda and locally via s3rver). */
export interface ReportObject {
  bucket: string;
  key: string;
  body: Uint8Array;
  size: number;
  etag?: string;
  versionId?: string;
  contentType?: string;
  /** User metadata (S3 x-amz-meta-*), lower-case keys: published-at, source, url, language. */
  metadata: Record<string, string>;
}

export interface ObjectRef {
  bucket: string;
  /** Already URL-decoded. */
  key: string;
  size?: number;
  etag?: string;
  versionId?: string;
  /** When S3 saw the upload (event time): the publication date of last resort. */
  eventTime?: string;
}

export interface ReportSource {
  /** Size and metadata only, so that oversized objects are rejected without downloading them. */
  head(ref: ObjectRef): Promise<Omit<ReportObject, 'body'>>;
  get(ref: ObjectRef): Promise<ReportObject>;
}

/** The object named by the event no longer exists (deleted before processing): recorded, never retried. */
export class SourceMissingError extends Error {
  override readonly name = 'SourceMissingError';
}
