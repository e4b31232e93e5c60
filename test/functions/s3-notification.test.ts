// The uploads queue's message schema: S3 notifications (as AWS documents them), S3's test event, and garbage.
import { describe, expect, it } from 'vitest';
import { describeIssues, isTestEvent, UploadNotificationRecord } from '../../functions/process/s3-notification.ts';
import { s3TestEventBody, sqsRecord } from './lambda-events.ts';

/** An S3 event record in the shape of AWS's documentation example, uploaded over IPv6 (dual-stack endpoint). */
const notification = {
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2026-01-05T08:30:00.123Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AIDAEXAMPLEID' },
      requestParameters: { sourceIPAddress: '2001:db8::1' },
      responseElements: {
        'x-amz-request-id': 'C3D13FE58DE4C810',
        'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
      },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'ReportsBucketNotifications',
        bucket: {
          name: 'claimwatch-reports-1',
          ownerIdentity: { principalId: 'A3NL1KOZZKExample' },
          arn: 'arn:aws:s3:::claimwatch-reports-1',
        },
        object: {
          key: 'reports/%D8%AF%D9%8A%D8%B1+report.txt',
          size: 1024,
          eTag: 'd41d8cd98f00b204e9800998ecf8427e',
          versionId: '096fKKXTRTtl3on89fVO.nfljtsv6qko',
          sequencer: '0055AED6DCD90281E5',
        },
      },
    },
  ],
};

describe('UploadNotificationRecord', () => {
  it('parses an S3 notification in an SQS message, from any source address', () => {
    const parsed = UploadNotificationRecord.parse(sqsRecord(JSON.stringify(notification)));
    expect(isTestEvent(parsed.body)).toBe(false);
    if (isTestEvent(parsed.body)) return;
    expect(parsed.body.Records[0]?.s3.object).toMatchObject({
      key: 'reports/%D8%AF%D9%8A%D8%B1+report.txt',
      versionId: '096fKKXTRTtl3on89fVO.nfljtsv6qko',
    });
  });

  it("recognises S3's test event", () => {
    const parsed = UploadNotificationRecord.parse(sqsRecord(s3TestEventBody('claimwatch-reports-1')));
    expect(isTestEvent(parsed.body)).toBe(true);
  });

  it('rejects messages that are neither', () => {
    expect(UploadNotificationRecord.safeParse(sqsRecord('{"Records":[]}')).success).toBe(false);
    expect(UploadNotificationRecord.safeParse(sqsRecord('{"Event":"s3:Other"}')).success).toBe(false);
    expect(UploadNotificationRecord.safeParse(sqsRecord('<xml/>')).success).toBe(false);
  });

  it('names the field a notification lacks', () => {
    const [record] = notification.Records;
    const keyless = { Records: [{ ...record, s3: { ...record?.s3, object: { size: 1 } } }] };
    const parsed = UploadNotificationRecord.safeParse(sqsRecord(JSON.stringify(keyless)));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(describeIssues(parsed.error)).toContain('body.Records.0.s3.object.key');
    // In English words, not zod/mini's bare "Invalid input" (shared/domain/schema.ts sets the locale).
    expect(describeIssues(parsed.error)).toBe(
      'body.Records.0.s3.object.key: Invalid input: expected string, received undefined',
    );
  });
});
