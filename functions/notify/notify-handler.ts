// The notify function's logic: each alert inserted into the outbox table arrives as a stream record and is
// published once (publishAlert checks and sets publishedAt). A failed publish fails that record; Lambda retries
// the batch from it, so alerts are delayed by an SNS outage, never dropped. `{ "action": "drain-outbox" }`
// publishes every alert still unpublished (after the stream's retries ran out).
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { alertFromItem } from '../../shared/adapters/dynamodb/items.ts';
import type { Alert } from '../../shared/domain/schema.ts';
import { publishAlert } from '../../shared/pipeline/publish-alert.ts';
import type { Notifier } from '../../shared/ports/notifier.ts';
import type { PipelineStore } from '../../shared/ports/store.ts';
import { NOTIFY_METRICS } from '../metric-names.ts';
import { type Observability, observeInvocation } from '../observe.ts';

export const DRAIN_OUTBOX = 'drain-outbox';
export interface DrainOutboxEvent {
  action: typeof DRAIN_OUTBOX;
}
export interface DrainOutboxResult {
  published: number;
  alreadyPublished: number;
  failed: Array<{ alertId: string; error: string }>;
}

export type NotifyEvent = DynamoDBStreamEvent | DrainOutboxEvent;
export type NotifyHandler = (
  event: NotifyEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse | DrainOutboxResult>;

export interface NotifyHandlerOptions extends Observability {
  store: Pick<PipelineStore, 'isAlertPublished' | 'markAlertPublished' | 'listUnpublishedAlerts'>;
  notifier: Notifier;
}

function isDrain(event: NotifyEvent): event is DrainOutboxEvent {
  return (event as DrainOutboxEvent).action === DRAIN_OUTBOX;
}

export function createNotifyHandler(options: NotifyHandlerOptions): NotifyHandler {
  const { logger, metrics } = options;
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  async function publishCounted(alert: Alert): Promise<'published' | 'already-published'> {
    try {
      const result = await publishAlert(options, alert);
      metrics.addMetric(
        result === 'published' ? NOTIFY_METRICS.published : NOTIFY_METRICS.alreadyPublished,
        MetricUnit.Count,
        1,
      );
      logger.info(result === 'published' ? 'alert published' : 'alert was already published', {
        alertId: alert.id,
        type: alert.type,
      });
      return result;
    } catch (error) {
      metrics.addMetric(NOTIFY_METRICS.publishFailed, MetricUnit.Count, 1);
      logger.error('alert not published; it will be retried', { alertId: alert.id, error: error as Error });
      throw error;
    }
  }

  /** Set when a record of the current batch failed: later ones wait, so alerts go out in stream order. */
  let earlierFailure: string | undefined;

  async function handleRecord(record: DynamoDBRecord): Promise<string> {
    // The event source's filter passes INSERTs only; anything else here would be a misconfiguration, not an alert.
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) return 'skipped';
    if (earlierFailure) throw new Error(`not attempted: record ${earlierFailure} before it failed`);
    try {
      // aws-lambda's stream AttributeValue has the same JSON shape as the SDK's.
      return await publishCounted(alertFromItem(image as Record<string, AttributeValue>));
    } catch (error) {
      earlierFailure = record.dynamodb?.SequenceNumber ?? record.eventID ?? 'unknown';
      throw error;
    }
  }

  async function drain(): Promise<DrainOutboxResult> {
    const result: DrainOutboxResult = { published: 0, alreadyPublished: 0, failed: [] };
    for (const alert of await options.store.listUnpublishedAlerts()) {
      try {
        if ((await publishCounted(alert)) === 'published') result.published++;
        else result.alreadyPublished++;
      } catch (error) {
        result.failed.push({ alertId: alert.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    logger.info('outbox drained', { ...result });
    return result;
  }

  return async (event, context) =>
    observeInvocation(options, context, async () => {
      if (isDrain(event)) return drain();
      // In stream order, stopping at the first failure: a later alert about an incident must not overtake an
      // earlier one. Lambda retries the batch from the first failed record.
      earlierFailure = undefined;
      return processPartialResponse(event, handleRecord, processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      });
    });
}
