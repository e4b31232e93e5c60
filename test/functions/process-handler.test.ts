// The process function's handler, driven with SQS events carrying real S3 notifications (from s3rver uploads),
// against DynamoDB Local; Bedrock is mocked where the extractor needs it.
import { BedrockRuntimeClient, ConverseCommand, ThrottlingException } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENV } from '../../functions/env.ts';
import { PROCESS_METRICS } from '../../functions/metric-names.ts';
import { lambdaContext, s3NotificationBody, s3TestEventBody, sqsEvent, sqsRecord } from './lambda-events.ts';
import { BUCKET, useProcessFixture } from './process-harness.ts';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

// Invented for these tests.
const STRIKE_REPORT = [
  'Air strike kills civilians in Hajin',
  '',
  'Nine civilians, among them four children, were killed on Monday when an air strike hit a house in the town of ' +
    'Hajin in the eastern Deir ez-Zor countryside, the Syrian Observatory for Human Rights said.',
].join('\n');
const STRIKE_META = { 'published-at': '2026-01-06', source: 'claimwatch test fixture' };
const BAKERY_REPORT =
  'The local council reopened the bakery in the town of Hajin on Sunday after repairs to its ovens.';

function metricCounts(spy: ReturnType<typeof vi.spyOn>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, , value] of spy.mock.calls as Array<[string, string, number]>)
    counts[name] = (counts[name] ?? 0) + value;
  return counts;
}

const fixture = useProcessFixture();

describe('process handler', () => {
  afterEach(() => vi.restoreAllMocks());

  it('drops the S3 test event and processes an upload whose key S3 URL-encoded', async () => {
    const harness = await fixture.wire();
    const key = 'reports/2026-01/دير الزور (hajin) report+1.txt';
    const record = await fixture.upload(key, STRIKE_REPORT, STRIKE_META);
    expect(record.s3.object.key).not.toBe(key); // encoded, as S3 sends it
    expect(record.s3.object.key).toContain('+');
    const added = vi.spyOn(harness.metrics, 'addMetric');

    const response = await harness.handler(
      sqsEvent(sqsRecord(s3TestEventBody(BUCKET), 'test-event'), sqsRecord(s3NotificationBody(record), 'upload')),
      lambdaContext(),
    );

    expect(response).toEqual({ batchItemFailures: [] });
    const reports = await harness.store.listReports();
    expect(reports.map((r) => [r.key, r.status])).toEqual([[key, 'processed']]);
    expect(reports[0]?.publishedAt).toBe('2026-01-06');
    const claims = await harness.store.listClaims();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.reportKey === key)).toBe(true);
    const alerts = await harness.store.listAlerts();
    expect(alerts.map((a) => a.type)).toEqual(['NEW_INCIDENT']);
    expect(metricCounts(added)).toMatchObject({
      [PROCESS_METRICS.processed]: 1,
      [PROCESS_METRICS.claims]: claims.length,
      [PROCESS_METRICS.alerts]: 1,
    });
  });

  it('processes the same S3 event twice into one set of claims and one alert', async () => {
    const harness = await fixture.wire();
    const record = await fixture.upload('reports/twice.txt', STRIKE_REPORT, STRIKE_META);
    const body = s3NotificationBody(record);

    await harness.handler(sqsEvent(sqsRecord(body, 'first')), lambdaContext());
    const claimsAfterFirst = await harness.store.listClaims();
    expect(claimsAfterFirst.length).toBeGreaterThan(0);

    // S3 delivers at least once: the same notification again, in another message, and the same message twice.
    const added = vi.spyOn(harness.metrics, 'addMetric');
    const again = await harness.handler(
      sqsEvent(sqsRecord(body, 'second'), sqsRecord(body, 'second')),
      lambdaContext(),
    );
    expect(again).toEqual({ batchItemFailures: [] });
    expect(added).not.toHaveBeenCalled(); // answered from the idempotency record: the pipeline did not run

    // After the idempotency record expires, the store itself recognises the object version.
    const later = await harness.withFreshIdempotency();
    const replaySpy = vi.spyOn(later.metrics, 'addMetric');
    expect(await later.handler(sqsEvent(sqsRecord(body, 'third')), lambdaContext())).toEqual({ batchItemFailures: [] });
    expect(metricCounts(replaySpy)).toEqual({ [PROCESS_METRICS.replayed]: 1 });

    expect(await harness.store.listClaims()).toEqual(claimsAfterFirst);
    expect((await harness.store.listAlerts()).length).toBe(1);
    expect((await harness.store.listReports()).length).toBe(1);
  });

  it('reports only the failing record of a batch: a malformed message, and a report Bedrock throttles', async () => {
    const bedrock = mockClient(BedrockRuntimeClient);
    bedrock
      .on(ConverseCommand)
      .rejects(new ThrottlingException({ message: 'Too many requests', $metadata: { httpStatusCode: 429 } }));
    const harness = await fixture.wire({
      env: {
        [ENV.extractor]: 'bedrock',
        [ENV.modelId]: 'us.amazon.nova-lite-v1:0',
        [ENV.skipWithoutVocabulary]: 'true',
      },
      bedrock: new BedrockRuntimeClient({ region: 'us-east-1' }),
    });
    const quiet = await fixture.upload('reports/bakery.txt', BAKERY_REPORT, STRIKE_META);
    const throttled = await fixture.upload('reports/strike-bedrock.txt', STRIKE_REPORT, STRIKE_META);
    const added = vi.spyOn(harness.metrics, 'addMetric');
    const logged = vi.spyOn(harness.logger, 'error');

    const response = await harness.handler(
      sqsEvent(
        sqsRecord(s3NotificationBody(quiet), 'quiet'),
        sqsRecord('{"hello":"not an S3 notification"}', 'malformed'),
        sqsRecord(s3NotificationBody(throttled), 'throttled'),
      ),
      lambdaContext(),
    );
    // Each failed record is logged with its key, version and error; only the one not retried counts as failed.
    const failures = logged.mock.calls.filter(([message]) => String(message).startsWith('record failed'));
    expect(failures.map(([, extra]) => extra)).toEqual([
      expect.objectContaining({ messageId: 'malformed', keys: [], retryable: false }),
      expect.objectContaining({
        messageId: 'throttled',
        keys: ['reports/strike-bedrock.txt'],
        versions: [throttled.s3.object.eTag],
        retryable: true,
        error: expect.objectContaining({ message: expect.stringMatching(/.+/) }),
      }),
    ]);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['malformed', 'throttled']);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1); // the quiet report never reached the model
    const reports = await harness.store.listReports();
    expect(reports.map((r) => [r.key, r.status, r.claimCount])).toEqual([['reports/bakery.txt', 'processed', 0]]);
    expect(metricCounts(added)).toMatchObject({
      [PROCESS_METRICS.processed]: 1,
      [PROCESS_METRICS.retried]: 1,
      [PROCESS_METRICS.recordsFailed]: 1,
    });

    // SQS delivers the throttled record again: it is tried again (its idempotency record was released).
    const retry = await harness.handler(
      sqsEvent(sqsRecord(s3NotificationBody(throttled), 'throttled', 2)),
      lambdaContext(),
    );
    expect(retry.batchItemFailures).toEqual([{ itemIdentifier: 'throttled' }]);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
    bedrock.restore();
  });

  it('hands records back to SQS instead of starting them with too little time left', async () => {
    const harness = await fixture.wire({ env: { [ENV.minRemainingMsToStart]: '60000' } });
    const record = await fixture.upload('reports/late.txt', STRIKE_REPORT, STRIKE_META);
    const nearlyOver = { ...lambdaContext(), getRemainingTimeInMillis: () => 20_000 };
    const late = await harness.handler(sqsEvent(sqsRecord(s3NotificationBody(record), 'late')), nearlyOver);
    expect(late).toEqual({ batchItemFailures: [{ itemIdentifier: 'late' }] });
    expect(await harness.store.listReports()).toEqual([]);
    const onTime = await harness.handler(sqsEvent(sqsRecord(s3NotificationBody(record), 'late', 2)), lambdaContext());
    expect(onTime).toEqual({ batchItemFailures: [] });
    expect((await harness.store.listReports()).map((r) => r.status)).toEqual(['processed']);
  });

  it('reports every record of a batch that failed entirely, without failing the invocation', async () => {
    const harness = await fixture.wire();
    const response = await harness.handler(
      sqsEvent(sqsRecord('not json', 'garbage'), sqsRecord('{}', 'empty')),
      lambdaContext(),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'garbage' }, { itemIdentifier: 'empty' }] });
    expect(await harness.store.listReports()).toEqual([]);
  });
});
