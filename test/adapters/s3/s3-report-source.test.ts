import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalS3Client, type LocalS3, startS3rver } from '../../../cli/local/s3rver.ts';
import { encodeMetadata } from '../../../shared/adapters/s3/metadata-encoding.ts';
import { S3ReportSource } from '../../../shared/adapters/s3/s3-report-source.ts';
import { SourceMissingError } from '../../../shared/ports/report-source.ts';

const BUCKET = 'reports';

describe('S3ReportSource against s3rver', () => {
  let s3: LocalS3;
  let client: S3Client;
  let source: S3ReportSource;
  const events: S3EventRecord[] = [];

  beforeAll(async () => {
    s3 = await startS3rver({ bucket: BUCKET });
    s3.onEvent((record) => events.push(record));
    client = createLocalS3Client(s3.endpoint);
    source = new S3ReportSource(client);
  });
  afterAll(async () => {
    client?.destroy();
    await s3?.stop();
  });

  it('binds to loopback on a free port', () => {
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s3.endpoint).not.toMatch(/:4568$/);
  });

  it('heads and gets a report with its metadata, Arabic values included', async () => {
    const text = 'قصف على بلدة مثال أسفر عن مقتل ثلاثة أشخاص.\n';
    const bytes = new TextEncoder().encode(text);
    await client.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'reports/ar-1.txt',
        Body: bytes,
        ContentType: 'text/plain; charset=utf-8',
        Metadata: encodeMetadata({ 'published-at': '2019-03-02', source: 'مرصد مثال', language: 'ar' }),
      }),
    );
    const head = await source.head({ bucket: BUCKET, key: 'reports/ar-1.txt' });
    expect(head.size).toBe(bytes.byteLength);
    expect(head.etag).toMatch(/^[0-9a-f]{32}$/); // bare, like S3 event records
    expect(head.contentType).toContain('text/plain');
    expect(head.metadata).toEqual({ 'published-at': '2019-03-02', source: 'مرصد مثال', language: 'ar' });
    expect(head).not.toHaveProperty('body');

    const got = await source.get({ bucket: BUCKET, key: 'reports/ar-1.txt', etag: head.etag });
    // Exact bytes: no aws-chunked framing (checksums only when required).
    expect(new TextDecoder().decode(got.body)).toBe(text);
    expect(got.size).toBe(bytes.byteLength);
    expect(got.etag).toBe(head.etag);
    expect(got.metadata.source).toBe('مرصد مثال');
  });

  it('emits a real S3 event record with the key URL-encoded and the etag bare', async () => {
    events.length = 0;
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'in/my report (2).txt', Body: 'hello' }));
    expect(events).toHaveLength(1);
    const record = events[0];
    expect(record?.eventName).toBe('ObjectCreated:Put');
    expect(record?.s3.bucket.name).toBe(BUCKET);
    expect(record?.s3.object.key).toBe('in/my+report+%282%29.txt');
    expect(record?.s3.object.size).toBe(5);
    const head = await source.head({ bucket: BUCKET, key: 'in/my report (2).txt' });
    expect(record?.s3.object.eTag).toBe(head.etag);
  });

  it('reports the current etag when the object was overwritten after its event', async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'x.txt', Body: 'first' }));
    const first = await source.head({ bucket: BUCKET, key: 'x.txt' });
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'x.txt', Body: 'second' }));
    const got = await source.get({ bucket: BUCKET, key: 'x.txt', etag: first.etag });
    expect(new TextDecoder().decode(got.body)).toBe('second');
    expect(got.etag).toMatch(/^[0-9a-f]{32}$/);
    expect(got.etag).not.toBe(first.etag);
  });

  it('answers a missing object with SourceMissingError, from head and from get', async () => {
    const gone = `s3://${BUCKET}/nope.txt no longer exists`;
    await expect(source.head({ bucket: BUCKET, key: 'nope.txt' })).rejects.toThrow(SourceMissingError);
    await expect(source.head({ bucket: BUCKET, key: 'nope.txt' })).rejects.toThrow(gone);
    await expect(source.get({ bucket: BUCKET, key: 'nope.txt' })).rejects.toThrow(SourceMissingError);
  });
});
