// CloudWatch metric names the handlers emit (Powertools EMF) and the stack's alarms and dashboard read.

export const PROCESS_METRICS = {
  /** Reports by final status (report.status). */
  processed: 'ReportsProcessed',
  rejected: 'ReportsRejected',
  failed: 'ReportsFailed',
  duplicate: 'ReportsDuplicate',
  /** The same S3 object delivered again: nothing was written twice. */
  replayed: 'ReportsReplayed',
  /** Records handed back to SQS (retryable extraction failure such as Bedrock throttling). */
  retried: 'ReportsRetried',
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
