// The SQS messages the uploads queue carries: S3 event notifications (S3 → SQS), or the one `s3:TestEvent` S3
// sends when the notification is configured. Our own small schemas of the fields we read, rather than
// Powertools' parser: its schemas import zod by name, which put all of zod (with its locales, ≈ 350 KB) into
// the bundle and slowed every cold start.
import type { S3EventRecord } from 'aws-lambda';
// The schema module also gives zod/mini its English messages, which the failed record's log quotes.
import { wholeNumber } from '../../shared/domain/schema.ts';
import * as z from '../../shared/domain/zod.ts';

/** A JSON document in a string (an SQS body), parsed and then checked against `schema`. */
function jsonString<S extends z.ZodMiniType>(schema: S) {
  const parsed = z.transform((text: string, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.issues.push({ code: 'custom', message: 'the message body is not JSON', input: text });
      return z.NEVER;
    }
  });
  return z.pipe(z.pipe(z.string(), parsed), schema);
}

/**
 * One S3 event record: the fields the pipeline reads (event name and time, bucket, key, size, eTag, versionId,
 * sequencer) are checked; the rest passes through. Any source address is accepted (uploads over IPv6 too).
 */
const nonEmpty = z.string().check(z.minLength(1));

export const S3Record = z.looseObject({
  eventSource: z.literal('aws:s3'),
  eventName: nonEmpty,
  eventTime: nonEmpty,
  awsRegion: z.optional(z.string()),
  s3: z.looseObject({
    bucket: z.looseObject({ name: nonEmpty }),
    object: z.looseObject({
      key: nonEmpty,
      size: z.optional(wholeNumber()),
      eTag: z.optional(z.string()),
      versionId: z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});
export type S3Record = z.infer<typeof S3Record>;

/** What S3 sends once when a bucket notification is set up; it carries no records and is dropped. */
export const S3TestEvent = z.looseObject({ Service: z.literal('Amazon S3'), Event: z.literal('s3:TestEvent') });

export const UploadNotificationBody = z.union([
  S3TestEvent,
  z.looseObject({ Records: z.array(S3Record).check(z.minLength(1)) }),
]);

/** One SQS record of the uploads queue, its body parsed. */
export const UploadNotificationRecord = z.looseObject({
  messageId: nonEmpty,
  eventSource: z.literal('aws:sqs'),
  body: jsonString(UploadNotificationBody),
});
export type UploadNotificationRecord = z.infer<typeof UploadNotificationRecord>;

export function isTestEvent(body: UploadNotificationRecord['body']): body is z.infer<typeof S3TestEvent> {
  return 'Event' in body && body.Event === 's3:TestEvent';
}

/**
 * The record's problems in one line ("body.Records.0.s3.object.key: …"), for the failed record's log. Of a
 * union (notification or test event), the branch that got furthest is the one the sender meant.
 */
export function describeIssues(error: z.core.$ZodError): string {
  return flatIssues(error.issues, [])
    .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
    .join('; ');
}

type Issue = z.core.$ZodIssue;

function flatIssues(issues: readonly Issue[], prefix: PropertyKey[]): Array<{ path: PropertyKey[]; message: string }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, message: issue.message }];
    const depth = (branch: readonly Issue[]) => Math.max(0, ...branch.map((i) => i.path.length));
    const furthest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
    return flatIssues(furthest, path);
  });
}

/**
 * The pipeline takes the aws-lambda S3EventRecord type; the schema has validated every field it reads. Fields
 * it does not read may be absent.
 */
export function asS3EventRecord(record: S3Record): S3EventRecord {
  return record as unknown as S3EventRecord;
}
