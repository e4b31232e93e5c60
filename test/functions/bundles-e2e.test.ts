// The synthesised bundles (not the sources), run as Lambda runs them: the process bundle gets an SQS event
// carrying the S3 record of an upload to s3rver and writes to DynamoDB Local; the notify bundle gets the DynamoDB
// stream record of the alert it wrote and publishes it to a fake SNS. Lazy loading (gazetteer, Bedrock) and the
// bundling options must not break what Lambda runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../bench/bundle-invoker.ts';
import { type FakeSns, startFakeSns } from '../../bench/fake-sns.ts';
import { PROJECT_ROOT, type SynthesisedBundle, synthBundles } from '../../bench/synth-bundles.ts';
import { createIdempotencyTable } from '../../cli/local/create-tables.ts';
import { createLocalS3Client, type LocalS3, startS3rver } from '../../cli/local/s3rver.ts';
import { ENV } from '../../functions/env.ts';
import { RUNTIME_PROVIDED_SDK } from '../../infra/constructs/claimwatch-function.ts';
import { useDynamoDbLocal } from '../support/dynamodb.ts';
import { s3NotificationBody, sqsEvent, sqsRecord, streamEvent, streamInsertRecord } from './lambda-events.ts';

const BUCKET = 'claimwatch-bundle-e2e';
const REPORT = 'samples/reports/01-strike-hajin';

describe('the synthesised bundles, end to end', () => {
  const dynamodb = useDynamoDbLocal();
  let s3: LocalS3 | undefined;
  let sns: FakeSns | undefined;
  let bundles: SynthesisedBundle[] = [];

  beforeAll(async () => {
    [s3, sns] = await Promise.all([startS3rver({ bucket: BUCKET }), startFakeSns()]);
    bundles = synthBundles(join(PROJECT_ROOT, 'cdk.out', 'test-bundles'));
  }, 300_000);
  afterAll(async () => {
    await Promise.allSettled([s3?.stop(), sns?.stop()]);
  });

  function bundle(name: string): SynthesisedBundle {
    const found = bundles.find((b) => b.name === name);
    if (!found) throw new Error(`no bundle ${name} among ${bundles.map((b) => b.name).join(', ')}`);
    return found;
  }

  it('loads the Bedrock SDK only on demand and keeps Arabic text as UTF-8', () => {
    const code = readFileSync(bundle('Processing/Process').file, 'utf8');
    // A static import would load the SDK at every cold start, even with the rules extractor.
    expect(code).not.toMatch(/from\s*"@aws-sdk\/client-bedrock-runtime"/);
    expect(code).toMatch(/import\("@aws-sdk\/client-bedrock-runtime"\)/);
    expect(code).toContain('هجين');
    // A few regex ranges are written as escapes in the sources; escaped tables would be thousands (17,760 once).
    expect(code.match(/\\u06[0-9a-f]{2}/gi)?.length ?? 0).toBeLessThan(500);
  });

  it('carries its AWS SDK: no package is imported statically, only the runtime-provided ones on demand', () => {
    for (const name of ['Processing/Process', 'Notify/Notify']) {
      const code = readFileSync(bundle(name).file, 'utf8');
      // A static import of a package resolves from the runtime's node_modules at every cold start (CommonJS).
      const staticImports = [
        ...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:(?:\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+)\s*from\s*)?"([^"]+)"/g),
      ].map((m) => m[1]);
      expect(staticImports.length).toBeGreaterThan(0); // the matcher sees the node: built-ins
      expect(staticImports.filter((spec) => !spec?.startsWith('node:'))).toEqual([]);
      const dynamicImports = [...code.matchAll(/import\("(@aws-sdk\/[^"]+)"\)/g)].map((m) => m[1] ?? '');
      expect(dynamicImports.length).toBeGreaterThan(0);
      for (const spec of dynamicImports) expect(RUNTIME_PROVIDED_SDK).toContain(spec);
      // The DynamoDB client's protocol target prefix: its code is in the bundle.
      expect(code).toContain('DynamoDB_20120810');
    }
  });

  it('process: SQS + S3 record in, alert stored; notify: stream record in, SNS out', async () => {
    if (!s3 || !sns) throw new Error('local services did not start');
    const tables = await dynamodb.freshTables('e2e');
    const idempotencyTableName = `e2e-idempotency-${Date.now()}`;
    const client = dynamodb.client();
    await createIdempotencyTable(client, idempotencyTableName);

    const events: S3EventRecord[] = [];
    s3.onEvent((record) => events.push(record));
    const meta = JSON.parse(readFileSync(join(PROJECT_ROOT, `${REPORT}.meta.json`), 'utf8')) as {
      publishedAt: string;
      language: string;
    };
    const uploader = createLocalS3Client(s3.endpoint);
    await uploader.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'reports/01 strike hajin.txt',
        Body: readFileSync(join(PROJECT_ROOT, `${REPORT}.txt`)),
        Metadata: { 'published-at': meta.publishedAt, language: meta.language },
      }),
    );
    uploader.destroy();
    expect(events).toHaveLength(1);

    const endpoints = { dynamodb: dynamodb.endpoint, s3: s3.endpoint, sns: sns.endpoint };
    const tableEnv = {
      [ENV.tableName]: tables.tableName,
      [ENV.alertsTableName]: tables.alertsTableName,
      [ENV.idempotencyTableName]: idempotencyTableName,
    };
    // The stack's default extractor is Bedrock, which cannot be reached from here: the rules one reads the report.
    const rulesEnv = { ...tableEnv, [ENV.extractor]: 'rules' };
    const processed = await runBundle(bundle('Processing/Process'), endpoints, rulesEnv, [
      sqsEvent(sqsRecord(s3NotificationBody(...events))),
    ]);
    expect(processed.invocations[0]?.result, processed.logs).toEqual({ batchItemFailures: [] });
    expect(processed.logs).toContain('report handled');

    const alerts = (await client.send(new ScanCommand({ TableName: tables.alertsTableName }))).Items ?? [];
    expect(alerts.length).toBeGreaterThan(0);
    const topicArn = 'arn:aws:sns:us-east-1:123456789012:claimwatch-e2e';
    const notified = await runBundle(
      bundle('Notify/Notify'),
      endpoints,
      { ...tableEnv, [ENV.alertsTopicArn]: topicArn },
      [streamEvent(...alerts.map((item, i) => streamInsertRecord(item, i + 1)))],
    );
    expect(notified.invocations[0]?.result, notified.logs).toEqual({ batchItemFailures: [] });
    expect(sns.published).toHaveLength(alerts.length);
    expect(sns.published[0]?.topicArn).toBe(topicArn);
    expect(sns.published.map((m) => m.message).join('\n')).toMatch(/Hajin|هجين/);
  }, 300_000);
});
