// What every handler does around its work, without middy: log context, cold-start metric, and flushing the
// metrics (EMF) when the invocation ends, whatever happens.
//
// No Powertools Tracer: the X-Ray SDK it brings (aws-xray-sdk-core, cls-hooked, semver: ~106 KB) was a third of
// the notify bundle and ~20 ms of its cold import, over issue 11's budgets. Lambda's active tracing (set in
// ClaimwatchFunction) still records every invocation and its init phase in X-Ray; only the per-call
// subsegments of the AWS SDK are gone, and the logs carry the request ids for those.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';

export interface Observability {
  logger: Logger;
  metrics: Metrics;
}

export async function observeInvocation<T>(obs: Observability, context: Context, work: () => Promise<T>): Promise<T> {
  obs.logger.addContext(context);
  obs.metrics.captureColdStartMetric();
  try {
    return await work();
  } finally {
    obs.metrics.publishStoredMetrics();
  }
}
