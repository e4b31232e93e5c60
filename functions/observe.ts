// What every handler does around its work, without middy: log context, a traced subsegment for the invocation,
// cold-start metric, and flushing the metrics (EMF) when the invocation ends, whatever happens.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';

export interface Observability {
  logger: Logger;
  metrics: Metrics;
  /** Absent in tests (X-Ray is off outside Lambda anyway). */
  tracer?: Tracer;
}

export async function observeInvocation<T>(
  obs: Observability,
  context: Context,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  obs.logger.addContext(context);
  obs.metrics.captureColdStartMetric();
  const tracer = obs.tracer?.isTracingEnabled() ? obs.tracer : undefined;
  const parent = tracer?.getSegment();
  const segment = parent?.addNewSubsegment(`## ${name}`);
  if (tracer && segment) {
    tracer.setSegment(segment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
  }
  try {
    return await work();
  } catch (error) {
    if (tracer && error instanceof Error) tracer.addErrorAsMetadata(error);
    throw error;
  } finally {
    segment?.close();
    if (tracer && parent) tracer.setSegment(parent);
    obs.metrics.publishStoredMetrics();
  }
}
