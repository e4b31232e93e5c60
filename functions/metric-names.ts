// The CloudWatch metrics of the pipeline, in one place: the namespace and service names (the stack hands them to
// Powertools as POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME), the metric names the handlers emit
// (EMF), which the stack's alarms and dashboard read back. Change one here and both sides follow.

export const METRICS_NAMESPACE = 'Claimwatch';

/** Powertools service names: the `service` dimension of every metric, and the tag on logs and traces. */
export const SERVICE_NAMES = {
  process: 'claimwatch-process',
  notify: 'claimwatch-notify',
} as const;

export const PROCESS_METRICS = {
  /** Reports by final status (report.status). */
  processed: 'ReportsProcessed',
  rejected: 'ReportsRejected',
  failed: 'ReportsFailed',
  duplicate: 'ReportsDuplicate',
  sourceMissing: 'ReportsSourceMissing',
  overBudget: 'ReportsOverBudget',
  /** The same S3 object delivered again: nothing was written twice. */
  replayed: 'ReportsReplayed',
  /** Records handed back to SQS (retryable extraction failure such as Bedrock throttling). */
  retried: 'ReportsRetried',
  /** Records handed back to SQS for any other reason (malformed message, store error): they head for the DLQ. */
  recordsFailed: 'RecordsFailed',
  /** Commits cancelled by a concurrent writer on the same incident or place lock (then re-planned): contention. */
  commitConflicts: 'CommitConflicts',
  claims: 'Claims',
  alerts: 'Alerts',
  inputTokens: 'InputTokens',
  outputTokens: 'OutputTokens',
} as const;

export const NOTIFY_METRICS = {
  published: 'AlertsPublished',
  alreadyPublished: 'AlertsAlreadyPublished',
  publishFailed: 'AlertPublishFailures',
} as const;
