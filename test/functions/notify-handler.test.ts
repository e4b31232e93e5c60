// The notify function's handler, driven with DynamoDB stream events built from the alerts table's own items
// (written by the process handler from a real upload), against DynamoDB Local, with SNS mocked.

import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { type AttributeValue, ScanCommand } from '@aws-sdk/client-dynamodb';
import { InternalErrorException, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBBatchResponse } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENV } from '../../functions/env.ts';
import { NOTIFY_METRICS } from '../../functions/metric-names.ts';
import { DRAIN_OUTBOX, type DrainOutboxResult, type NotifyHandler } from '../../functions/notify/notify-handler.ts';
import { wireNotifyHandler } from '../../functions/notify/wiring.ts';
import {
  lambdaContext,
  s3NotificationBody,
  sqsEvent,
  sqsRecord,
  streamEvent,
  streamInsertRecord,
} from './lambda-events.ts';
import { useProcessFixture, type WiredHarness } from './process-harness.ts';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:Claimwatch-NotifyAlerts';
// Invented for these tests: a strike, then a second report raising the toll.
const FIRST =
  'Seven civilians were killed on Monday in an air strike on the town of Hajin in eastern Deir ez-Zor, the ' +
  'Syrian Observatory for Human Rights said.';
const SECOND =
  "The Syrian Observatory for Human Rights said on Tuesday that the toll of Monday's air strike on the town of " +
  'Hajin in eastern Deir ez-Zor has risen to 15 civilians killed.';

const fixture = useProcessFixture();
const sns = mockClient(SNSClient);

interface NotifyHarness {
  processed: WiredHarness;
  handler: NotifyHandler;
  metrics: Metrics;
  /** The alerts table's items, oldest first: what the stream's NewImage carries. */
  alertItems(): Promise<Array<Record<string, AttributeValue>>>;
}

async function withAlerts(reports: string[]): Promise<NotifyHarness> {
  const processed = await fixture.wire();
  for (const [i, text] of reports.entries()) {
    const record = await fixture.upload(`reports/notify-${processed.tables.tableName}-${i}.txt`, text, {
      'published-at': `2026-01-0${6 + i}`,
    });
    const response = await processed.handler(sqsEvent(sqsRecord(s3NotificationBody(record))), lambdaContext());
    expect(response.batchItemFailures).toEqual([]);
  }
  const metrics = new Metrics({ namespace: 'Claimwatch', serviceName: 'claimwatch-notify' });
  const handler = wireNotifyHandler(
    {
      [ENV.tableName]: processed.tables.tableName,
      [ENV.alertsTableName]: processed.tables.alertsTableName,
      [ENV.alertsTopicArn]: TOPIC_ARN,
    },
    { dynamodb: processed.dynamodb, sns: new SNSClient({ region: 'us-east-1' }) },
    { logger: new Logger({ logLevel: 'SILENT' }), metrics },
  );
  return {
    processed,
    handler,
    metrics,
    async alertItems() {
      const { Items = [] } = await processed.dynamodb.send(
        new ScanCommand({ TableName: processed.tables.alertsTableName }),
      );
      return Items.sort(
        (a, b) =>
          String(a.createdAt?.S).localeCompare(String(b.createdAt?.S)) ||
          String(a.id?.S).localeCompare(String(b.id?.S)),
      );
    },
  };
}

function metricCounts(spy: ReturnType<typeof vi.spyOn>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, , value] of spy.mock.calls as Array<[string, string, number]>)
    counts[name] = (counts[name] ?? 0) + value;
  return counts;
}

describe('notify handler', () => {
  afterEach(() => {
    sns.reset();
    vi.restoreAllMocks();
  });

  it('publishes an inserted alert once, with the email and SMS texts, and marks it published', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const notify = await withAlerts([FIRST]);
    const [item] = await notify.alertItems();
    if (!item) throw new Error('the process handler wrote no alert');
    const alertId = item.id?.S ?? '';

    const response = (await notify.handler(
      streamEvent(streamInsertRecord(item, 1)),
      lambdaContext(),
    )) as DynamoDBBatchResponse;

    expect(response).toEqual({ batchItemFailures: [] });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input).toMatchObject({ TopicArn: TOPIC_ARN, MessageStructure: 'json' });
    const message = JSON.parse(input?.Message ?? '{}') as Record<string, string>;
    expect(Object.keys(message).sort()).toEqual(['default', 'email', 'sms']);
    expect(message.email?.length).toBeGreaterThan(message.sms?.length ?? 0);
    expect(input?.MessageAttributes?.type).toEqual({ DataType: 'String', StringValue: 'NEW_INCIDENT' });
    expect(await notify.processed.store.isAlertPublished(alertId)).toBe(true);
  });

  it(
    'keeps an alert through an SNS failure: ' + 'the record fails, the retry publishes it, a replay publishes nothing',
    async () => {
      sns
        .on(PublishCommand)
        .rejectsOnce(
          new InternalErrorException({ message: 'SNS is having a bad day', $metadata: { httpStatusCode: 500 } }),
        )
        .resolves({ MessageId: 'm-2' });
      const notify = await withAlerts([FIRST, SECOND]);
      const items = await notify.alertItems();
      expect(items.map((i) => i.type?.S)).toEqual(['NEW_INCIDENT', 'COUNT_RAISED']);
      const batch = streamEvent(...items.map((item, i) => streamInsertRecord(item, i + 1)));
      const added = vi.spyOn(notify.metrics, 'addMetric');

      // 1. SNS fails on the first alert: it and the alert after it (not attempted, to keep the order) go back.
      const failed = (await notify.handler(batch, lambdaContext())) as DynamoDBBatchResponse;
      expect(failed.batchItemFailures).toEqual(
        batch.Records.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber })),
      );
      expect(await notify.processed.store.isAlertPublished(items[0]?.id?.S ?? '')).toBe(false);
      expect((await notify.processed.store.listUnpublishedAlerts()).map((a) => a.id)).toContain(items[0]?.id?.S);

      // 2. Lambda retries the batch: both alerts are out, each once.
      const retried = (await notify.handler(batch, lambdaContext())) as DynamoDBBatchResponse;
      expect(retried).toEqual({ batchItemFailures: [] });
      expect(await notify.processed.store.listUnpublishedAlerts()).toEqual([]);

      // 3. The stream replays the records (e.g. after a bisect): nothing is published twice.
      const replayed = (await notify.handler(batch, lambdaContext())) as DynamoDBBatchResponse;
      expect(replayed).toEqual({ batchItemFailures: [] });

      const published = sns
        .commandCalls(PublishCommand)
        .map((call) => call.args[0].input.MessageAttributes?.type?.StringValue);
      // The failed attempt, then one per alert, in stream order.
      expect(published).toEqual(['NEW_INCIDENT', 'NEW_INCIDENT', 'COUNT_RAISED']);
      expect(metricCounts(added)).toEqual({
        [NOTIFY_METRICS.publishFailed]: 1,
        [NOTIFY_METRICS.published]: 2,
        [NOTIFY_METRICS.alreadyPublished]: 2,
      });
    },
  );

  it('ignores stream records that are not inserts (marking published, TTL expiry)', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-3' });
    const notify = await withAlerts([FIRST]);
    const [item] = await notify.alertItems();
    if (!item) throw new Error('no alert');
    const modify = { ...streamInsertRecord(item, 1), eventName: 'MODIFY' as const };
    const response = (await notify.handler(streamEvent(modify), lambdaContext())) as DynamoDBBatchResponse;
    expect(response).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('drains the outbox on request: publishes every alert still unpublished, once', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-4' });
    const notify = await withAlerts([FIRST, SECOND]);
    const first = (await notify.handler({ action: DRAIN_OUTBOX }, lambdaContext())) as DrainOutboxResult;
    expect(first).toEqual({ published: 2, alreadyPublished: 0, failed: [] });
    const second = (await notify.handler({ action: DRAIN_OUTBOX }, lambdaContext())) as DrainOutboxResult;
    expect(second).toEqual({ published: 0, alreadyPublished: 0, failed: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
  });
});
