// The SQS messages the uploads queue carries: S3 event notifications (S3 → SQS), or the one `s3:TestEvent` S3
// sends when the notification is configured. Built from Powertools' S3-in-SQS schema so the batch processor
// parses (and rejects) records before the pipeline sees them.
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { S3Schema, S3SqsEventNotificationSchema } from '@aws-lambda-powertools/parser/schemas/s3';
import type { S3EventRecord } from 'aws-lambda';
import * as z from 'zod';

const SqsS3Record = S3SqsEventNotificationSchema.shape.Records.element;

/**
 * One S3 event record. Powertools' schema accepts only an IPv4 source address; uploads over IPv6 (dual-stack
 * endpoints) are reports too, so any address is accepted here.
 */
export const S3Record = S3Schema.shape.Records.element.extend({
  requestParameters: z.object({ sourceIPAddress: z.string() }),
});
export type S3Record = z.infer<typeof S3Record>;

/** What S3 sends once when a bucket notification is set up; it carries no records and is dropped. */
export const S3TestEvent = z.looseObject({ Service: z.literal('Amazon S3'), Event: z.literal('s3:TestEvent') });

export const UploadNotificationBody = z.union([S3TestEvent, z.looseObject({ Records: z.array(S3Record).min(1) })]);

/** The SQS record schema handed to the batch processor's parser. */
export const UploadNotificationRecord = SqsS3Record.extend({ body: JSONStringified(UploadNotificationBody) });
export type UploadNotificationRecord = z.infer<typeof UploadNotificationRecord>;

export function isTestEvent(body: UploadNotificationRecord['body']): body is z.infer<typeof S3TestEvent> {
  return 'Event' in body && body.Event === 's3:TestEvent';
}

/**
 * The pipeline takes the aws-lambda S3EventRecord type; the parser has validated every field it reads (event
 * name and time, bucket, key, size, eTag, versionId). Fields it does not read may be absent.
 */
export function asS3EventRecord(record: S3Record): S3EventRecord {
  return record as unknown as S3EventRecord;
}
