// One S3 event record → one processed report: the S3 event shape is translated to the pipeline's ObjectRef here, so the
// pipeline never sees an AWS type. Lambda (via SQS) and `claimwatch run` (via s3rver) both call this.
import type { S3EventRecord } from 'aws-lambda';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { type ProcessOutcome, processReport } from '../../pipeline/process-report.ts';
import type { ObjectRef } from '../../ports/report-source.ts';

/** S3 URL-encodes keys in event records, with '+' for a space. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** Sidecars carry metadata for `claimwatch run`; they are not reports. */
export function isReportKey(key: string): boolean {
  const name = key.split('/').pop() ?? '';
  return name !== '' && !name.startsWith('.') && !name.endsWith('.meta.json');
}

export function objectRefOf(record: S3EventRecord): ObjectRef | undefined {
  if (!record.eventName?.startsWith('ObjectCreated:')) return undefined;
  const key = decodeS3Key(record.s3.object.key);
  if (!isReportKey(key)) return undefined;
  return {
    bucket: record.s3.bucket.name,
    key,
    size: record.s3.object.size,
    etag: record.s3.object.eTag,
    versionId: record.s3.object.versionId,
    eventTime: record.eventTime,
  };
}

/** Undefined for records that are not report uploads (deletions, sidecars). */
export async function processS3EventRecord(
  deps: PipelineDeps,
  record: S3EventRecord,
): Promise<ProcessOutcome | undefined> {
  const ref = objectRefOf(record);
  return ref ? processReport(deps, ref) : undefined;
}
