// The process function's logic around the shared pipeline: parse each SQS record (S3 notification or S3's test
// event), process each uploaded object once (Powertools idempotency keyed on bucket + key + version), count what
// happened, and report only the records that must come back (retryable failures) as batch item failures.
import { EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { objectRefOf, processS3EventRecord } from '../../shared/adapters/s3/s3-event.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import type { ProcessOutcome } from '../../shared/pipeline/process-report.ts';
import { RetryableExtractionError } from '../../shared/ports/extractor.ts';
import { PROCESS_METRICS } from '../metric-names.ts';
import { type Observability, observeInvocation } from '../observe.ts';
import { ReportingBatchProcessor } from './failed-records.ts';
import {
  asS3EventRecord,
  describeIssues,
  isTestEvent,
  type S3Record,
  UploadNotificationRecord,
} from './s3-notification.ts';

/** What is remembered per S3 object version (the idempotency record) — small, never the claims themselves. */
export interface ObjectSummary {
  key: string;
  status: ProcessOutcome['report']['status'] | 'ignored';
  claims: number;
  alerts: number;
  replay: boolean;
}

/** The idempotency key: one S3 object version. S3 re-delivers notifications; each version is processed once. */
export interface ObjectIdentity {
  bucket: string;
  key: string;
  version: string;
}

export interface ProcessHandlerOptions extends Observability {
  deps: PipelineDeps;
  idempotencyStore: BasePersistenceLayer;
  /**
   * A record is started only when the invocation has at least this long left (one slow model call); the rest
   * of the batch goes back to SQS instead of being cut off by the function timeout.
   */
  minRemainingMsToStart?: number;
}

/** Powertools' idempotency records expire after this long; the store's object-version check guards beyond it. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

const STATUS_METRIC = {
  processed: PROCESS_METRICS.processed,
  rejected: PROCESS_METRICS.rejected,
  failed: PROCESS_METRICS.failed,
  duplicate: PROCESS_METRICS.duplicate,
  source_missing: PROCESS_METRICS.sourceMissing,
  over_budget: PROCESS_METRICS.overBudget,
} as const;

export type ProcessHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export function createProcessHandler(options: ProcessHandlerOptions): ProcessHandler {
  const { deps, logger, metrics } = options;
  const idempotencyConfig = new IdempotencyConfig({ expiresAfterSeconds: IDEMPOTENCY_TTL_SECONDS });
  const processor = new ReportingBatchProcessor(EventType.SQS, undefined, ({ messageId, objects, error }) => {
    const retryable = error instanceof RetryableExtractionError || error.cause instanceof RetryableExtractionError;
    // Throttled reports are counted as ReportsRetried; everything else is a record on its way to the DLQ.
    if (!retryable) metrics.addMetric(PROCESS_METRICS.recordsFailed, MetricUnit.Count, 1);
    logger.error('record failed; SQS delivers it again, then to the dead-letter queue', {
      messageId,
      keys: objects.map((o) => o.key),
      versions: objects.map((o) => o.version),
      retryable,
      error: { name: error.name, message: error.message, cause: String(error.cause ?? '') },
    });
  });

  async function processObject(identity: ObjectIdentity, record: S3Record): Promise<ObjectSummary> {
    let outcome: ProcessOutcome | undefined;
    try {
      outcome = await processS3EventRecord(deps, asS3EventRecord(record));
    } catch (error) {
      if (error instanceof RetryableExtractionError) {
        metrics.addMetric(PROCESS_METRICS.retried, MetricUnit.Count, 1);
        logger.warn('report goes back to the queue', { key: identity.key, reason: error.message });
      }
      throw error;
    }
    if (!outcome) {
      logger.info('not a report upload; ignored', { key: identity.key, eventName: record.eventName });
      return { key: identity.key, status: 'ignored', claims: 0, alerts: 0, replay: false };
    }
    const { report, claims, alerts, replay } = outcome;
    if (outcome.commitConflicts)
      metrics.addMetric(PROCESS_METRICS.commitConflicts, MetricUnit.Count, outcome.commitConflicts);
    if (replay) {
      metrics.addMetric(PROCESS_METRICS.replayed, MetricUnit.Count, 1);
    } else {
      metrics.addMetric(STATUS_METRIC[report.status], MetricUnit.Count, 1);
      metrics.addMetric(PROCESS_METRICS.claims, MetricUnit.Count, claims.length);
      metrics.addMetric(PROCESS_METRICS.alerts, MetricUnit.Count, alerts.length);
      if (report.usage) {
        metrics.addMetric(PROCESS_METRICS.inputTokens, MetricUnit.Count, report.usage.inputTokens);
        metrics.addMetric(PROCESS_METRICS.outputTokens, MetricUnit.Count, report.usage.outputTokens);
      }
    }
    logger.info('report handled', {
      key: report.key,
      status: report.status,
      reason: report.reason,
      claims: claims.length,
      alerts: alerts.length,
      replay,
    });
    return { key: report.key, status: report.status, claims: claims.length, alerts: alerts.length, replay };
  }

  const processObjectOnce = makeIdempotent(processObject, {
    persistenceStore: options.idempotencyStore,
    config: idempotencyConfig,
    dataIndexArgument: 0,
    // Fixed, because the minified bundle renames the function that would otherwise name the records.
    keyPrefix: 'claimwatch-process-object',
  });

  let invocation: Context | undefined;

  async function handleRecord(sqsRecord: SQSRecord): Promise<ObjectSummary[]> {
    const remaining = invocation?.getRemainingTimeInMillis() ?? Number.POSITIVE_INFINITY;
    if (remaining < (options.minRemainingMsToStart ?? 0)) {
      throw new Error(`not started: ${remaining} ms left in this invocation; SQS delivers it again`);
    }
    const parsed = UploadNotificationRecord.safeParse(sqsRecord);
    if (!parsed.success) {
      throw new Error(`message ${sqsRecord.messageId} is not an S3 notification: ${describeIssues(parsed.error)}`);
    }
    const record = parsed.data;
    if (isTestEvent(record.body)) {
      logger.info('S3 test event dropped', { messageId: record.messageId });
      return [];
    }
    const summaries: ObjectSummary[] = [];
    for (const s3Record of record.body.Records) {
      const ref = objectRefOf(asS3EventRecord(s3Record));
      const identity: ObjectIdentity = {
        bucket: s3Record.s3.bucket.name,
        key: ref?.key ?? s3Record.s3.object.key,
        version:
          s3Record.s3.object.versionId ?? s3Record.s3.object.eTag ?? s3Record.s3.object.sequencer ?? 'unversioned',
      };
      summaries.push(await processObjectOnce(identity, s3Record));
    }
    return summaries;
  }

  return async (event, context) =>
    observeInvocation(options, context, async () => {
      idempotencyConfig.registerLambdaContext(context);
      invocation = context;
      // One report at a time: Bedrock quotas are shared, and reports about one incident update the same item.
      // A batch in which every record failed (say, all throttled) is reported record by record, not thrown:
      // SQS retries them the same way, and the Errors alarm stays for crashes and timeouts.
      return processPartialResponse(event, handleRecord, processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      });
    });
}
