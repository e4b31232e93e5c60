import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalS3Client, encodeS3EventKey, startS3rver } from '../../cli/local/s3rver.ts';

describe('startS3rver', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps objects in the given directory across restarts', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-s3rver-'));
    const first = await startS3rver({ directory: join(dir, 's3'), bucket: 'b' });
    const client1 = createLocalS3Client(first.endpoint);
    await client1.send(new PutObjectCommand({ Bucket: 'b', Key: 'k.txt', Body: 'kept' }));
    client1.destroy();
    await first.stop();

    const second = await startS3rver({ directory: join(dir, 's3'), bucket: 'b' });
    const client2 = createLocalS3Client(second.endpoint);
    try {
      const got = await client2.send(new GetObjectCommand({ Bucket: 'b', Key: 'k.txt' }));
      expect(await got.Body?.transformToString()).toBe('kept');
    } finally {
      client2.destroy();
      await second.stop();
    }
  });

  it('starts empty each time without a directory, on distinct ports, and stops twice safely', async () => {
    const a = await startS3rver({ bucket: 'b' });
    const b = await startS3rver({ bucket: 'b' });
    expect(a.endpoint).not.toBe(b.endpoint);
    const client = createLocalS3Client(a.endpoint);
    await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'only-in-a.txt', Body: 'x' }));
    const clientB = createLocalS3Client(b.endpoint);
    await expect(clientB.send(new GetObjectCommand({ Bucket: 'b', Key: 'only-in-a.txt' }))).rejects.toThrow();
    client.destroy();
    clientB.destroy();
    await a.stop();
    await a.stop();
    await b.stop();
  });

  it('an unsubscribed listener gets no more events', async () => {
    const s3 = await startS3rver({ bucket: 'b' });
    const client = createLocalS3Client(s3.endpoint);
    const keys: string[] = [];
    const off = s3.onEvent((r) => keys.push(r.s3.object.key));
    await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'one.txt', Body: '1' }));
    off();
    await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'two.txt', Body: '2' }));
    expect(keys).toEqual(['one.txt']);
    client.destroy();
    await s3.stop();
  });

  it('encodes event keys the way S3 does', () => {
    expect(encodeS3EventKey('dir/a b+c(1).txt')).toBe('dir/a+b%2Bc%281%29.txt');
    expect(encodeS3EventKey('تقرير.txt')).toBe(`${encodeURIComponent('تقرير')}.txt`);
  });
});

describe('s3rver dot-segment guard', () => {
  it('recognises "." and ".." segments, raw or percent-encoded once or twice', async () => {
    const { hasDotSegment } = await import('../../cli/local/s3rver.ts');
    expect(hasDotSegment('/b/../../etc/passwd')).toBe(true);
    expect(hasDotSegment('/b/%2E%2E%2Fescape')).toBe(true);
    expect(hasDotSegment('/b/%252E%252E%252Fescape')).toBe(true);
    expect(hasDotSegment('/b/a\\..\\b')).toBe(true);
    expect(hasDotSegment('/b/report..v2.txt')).toBe(false);
    expect(hasDotSegment('/b/100%25.txt')).toBe(false);
  });

  it('answers 400 to a key with "..", writes nothing outside its directory, and still serves other keys', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-s3rver-guard-'));
    const s3 = await startS3rver({ directory: join(dir, 's3'), bucket: 'b' });
    try {
      const response = await fetch(`${s3.endpoint}/b/..%2F..%2Fescaped.txt`, { method: 'PUT', body: 'x' });
      expect(response.status).toBe(400);
      const { existsSync } = await import('node:fs');
      expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);
      const client = createLocalS3Client(s3.endpoint);
      await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'fine.txt', Body: 'ok' }));
      const got = await client.send(new GetObjectCommand({ Bucket: 'b', Key: 'fine.txt' }));
      expect(await got.Body?.transformToString()).toBe('ok');
      client.destroy();
    } finally {
      await s3.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
