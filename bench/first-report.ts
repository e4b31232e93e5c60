// The first report after a cold import against warm ones: the process bundle, run as Lambda runs it (its own
// node process, template environment, rules extractor), gets one SQS event per report; the first pays for
// whatever was deferred from import (gazetteer index, regex compilation, SDK connections). DynamoDB Local and
// s3rver are warmed first by one report in a separate process: a fresh DynamoDB Local runs its first queries and
// transactions in a cold JVM (over a second here), which the real services never show a Lambda.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { createIdempotencyTable, createTables } from '../cli/local/create-tables.ts';
import { createLocalDynamoDbClient, startDynamoDbLocal } from '../cli/local/dynamodb-local.ts';
import { createLocalS3Client, startS3rver } from '../cli/local/s3rver.ts';
import { ENV } from '../functions/env.ts';
import { benchReports } from './bench-reports.ts';
import { FIRST_REPORT_MAX_RATIO } from './budgets.ts';
import { runBundle } from './bundle-invoker.ts';
import { median } from './bundles.ts';
import type { SynthesisedBundle } from './synth-bundles.ts';

const BUCKET = 'claimwatch-first-report';

export async function benchFirstReport(bundles: SynthesisedBundle[], reportCount = 8): Promise<void> {
  const bundle = bundles.find((b) => b.name === 'Processing/Process');
  if (!bundle) throw new Error('no process bundle was synthesised');
  const [dynamo, s3] = await Promise.all([startDynamoDbLocal(), startS3rver({ bucket: BUCKET })]);
  const dynamodb = createLocalDynamoDbClient(dynamo.endpoint);
  const uploader = createLocalS3Client(s3.endpoint);
  try {
    const tables = { main: 'first-main', alerts: 'first-alerts', idempotency: 'first-idempotency' };
    await createTables(dynamodb, { tableName: tables.main, alertsTableName: tables.alerts });
    await createIdempotencyTable(dynamodb, tables.idempotency);
    const records: S3EventRecord[] = [];
    s3.onEvent((record) => records.push(record));
    const { kind, reports } = benchReports(reportCount + 1);
    for (const report of reports) {
      await uploader.send(
        new PutObjectCommand({ Bucket: BUCKET, Key: report.key, Body: report.text, Metadata: report.metadata }),
      );
    }
    const events = records.map((record, i) => ({
      Records: [
        {
          messageId: `first-${i}`,
          receiptHandle: `first-${i}`,
          body: JSON.stringify({ Records: [record] }),
          attributes: {},
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:bench',
          awsRegion: 'us-east-1',
        },
      ],
    }));
    const endpoints = { dynamodb: dynamo.endpoint, s3: s3.endpoint };
    const env = {
      [ENV.tableName]: tables.main,
      [ENV.alertsTableName]: tables.alerts,
      [ENV.idempotencyTableName]: tables.idempotency,
      [ENV.extractor]: 'rules',
    };
    const [warmUp, ...measured] = events;
    await runBundle(bundle, endpoints, env, [warmUp]);
    const run = await runBundle(bundle, endpoints, env, measured);
    const [first, ...warm] = run.invocations.map((i) => i.ms);
    const warmMs = median(warm);
    const ratio = (first ?? 0) / warmMs;
    console.log(
      `process bundle, rules extractor, ${reportCount} ${kind}, one SQS event each ` +
        '(local services warmed by one report first):',
    );
    console.log(
      `  import ${run.importMs.toFixed(0)} ms; first report ${first?.toFixed(0)} ms; ` +
        `warm median ${warmMs.toFixed(0)} ms`,
    );
    const verdict = ratio <= FIRST_REPORT_MAX_RATIO ? 'within' : 'over';
    console.log(`  first / warm: ${ratio.toFixed(1)}× (${verdict} the ${FIRST_REPORT_MAX_RATIO}× target)`);
  } finally {
    dynamodb.destroy();
    uploader.destroy();
    await Promise.allSettled([dynamo.stop(), s3.stop()]);
  }
}
