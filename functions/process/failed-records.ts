// Every SQS record the process function hands back (to be delivered again, and in the end to the DLQ) is logged
// with what an operator needs to find it — S3 key, object version, message id, the error — and counted, so an
// alarm sees failures that end no report (a malformed message, a store outage) as well as those that do.
import { BatchProcessor, type EventType } from '@aws-lambda-powertools/batch';
import type { SQSRecord } from 'aws-lambda';

export interface FailedRecord {
  messageId: string;
  /** The S3 objects the message names (none when the body is not an S3 notification). */
  objects: Array<{ key: string; version?: string }>;
  error: Error;
}

/** The S3 keys and versions an SQS message body names, read leniently: a failed record may be malformed. */
export function objectsNamedIn(body: string): FailedRecord['objects'] {
  try {
    const parsed = JSON.parse(body) as { Records?: Array<{ s3?: { object?: Record<string, unknown> } }> };
    return (parsed.Records ?? []).flatMap((r) => {
      const object = r.s3?.object;
      if (typeof object?.key !== 'string') return [];
      const version = object.versionId ?? object.eTag ?? object.sequencer;
      return [
        { key: decodeURIComponent(object.key.replace(/\+/g, ' ')), version: version ? String(version) : undefined },
      ];
    });
  } catch {
    return [];
  }
}

/** A BatchProcessor that tells `onFailure` about each record it reports as failed. */
export class ReportingBatchProcessor extends BatchProcessor {
  constructor(
    eventType: keyof typeof EventType,
    options: ConstructorParameters<typeof BatchProcessor>[1],
    private readonly onFailure: (failed: FailedRecord) => void,
  ) {
    super(eventType, options);
  }

  override failureHandler(
    record: Parameters<BatchProcessor['failureHandler']>[0],
    error: Error,
  ): ReturnType<BatchProcessor['failureHandler']> {
    const sqs = record as SQSRecord;
    this.onFailure({ messageId: sqs.messageId, objects: objectsNamedIn(sqs.body ?? ''), error });
    return super.failureHandler(record, error);
  }
}
