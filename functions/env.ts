// The environment each function reads: the stack sets exactly these names (infra imports them from here), and a
// missing or malformed value fails the cold start with a message naming the variable.

import { ALERT_TEXT_ENV } from '../shared/adapters/alert-text-env.ts';
import { EXTRACTOR_ENV } from '../shared/adapters/extractor-env.ts';
import * as z from '../shared/domain/zod.ts';

export const ENV = {
  tableName: 'TABLE_NAME',
  alertsTableName: 'ALERTS_TABLE_NAME',
  idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  alertsTopicArn: 'ALERTS_TOPIC_ARN',
  maxReportBytes: 'MAX_REPORT_BYTES',
  alertRetentionDays: 'ALERT_RETENTION_DAYS',
  minRemainingMsToStart: 'MIN_REMAINING_MS_TO_START',
  // Read by the extractor selection (shared/adapters/select-extractor.ts), which owns the names.
  extractor: EXTRACTOR_ENV.kind,
  modelId: EXTRACTOR_ENV.modelId,
  maxInputTokens: EXTRACTOR_ENV.maxInputTokens,
  skipWithoutVocabulary: EXTRACTOR_ENV.skipWithoutVocabulary,
  // Read by the pipeline's composition root (shared/adapters/alert-text-env.ts).
  smsPlaceScript: ALERT_TEXT_ENV.smsPlaceScript,
  incidentUrlPattern: ALERT_TEXT_ENV.incidentUrlPattern,
} as const;

const name = z.string().check(z.minLength(1));
const positiveInt = z.coerce.number().check(z.int(), z.positive());

const ProcessEnv = z.object({
  [ENV.tableName]: name,
  [ENV.alertsTableName]: name,
  [ENV.idempotencyTableName]: name,
  [ENV.maxReportBytes]: z.optional(positiveInt),
  [ENV.minRemainingMsToStart]: z.optional(z.coerce.number().check(z.int(), z.nonnegative())),
});

const NotifyEnv = z.object({
  [ENV.tableName]: name,
  [ENV.alertsTableName]: name,
  [ENV.alertsTopicArn]: z.string().check(z.startsWith('arn:')),
  [ENV.alertRetentionDays]: z.optional(positiveInt),
});

function parseEnv<S extends z.ZodMiniType>(schema: S, env: NodeJS.ProcessEnv, fn: string): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  throw new Error(`the ${fn} function's environment is incomplete (the stack sets it): ${problems.join('; ')}`);
}

export interface ProcessSettings {
  tableName: string;
  alertsTableName: string;
  idempotencyTableName: string;
  maxReportBytes?: number;
  /** A record is started only with at least this much invocation time left; later ones go back to SQS. */
  minRemainingMsToStart: number;
}

export function processSettings(env: NodeJS.ProcessEnv): ProcessSettings {
  const parsed = parseEnv(ProcessEnv, env, 'process');
  return {
    tableName: parsed[ENV.tableName],
    alertsTableName: parsed[ENV.alertsTableName],
    idempotencyTableName: parsed[ENV.idempotencyTableName],
    maxReportBytes: parsed[ENV.maxReportBytes],
    minRemainingMsToStart: parsed[ENV.minRemainingMsToStart] ?? 0,
  };
}

export interface NotifySettings {
  tableName: string;
  alertsTableName: string;
  alertsTopicArn: string;
  alertRetentionDays?: number;
}

export function notifySettings(env: NodeJS.ProcessEnv): NotifySettings {
  const parsed = parseEnv(NotifyEnv, env, 'notify');
  return {
    tableName: parsed[ENV.tableName],
    alertsTableName: parsed[ENV.alertsTableName],
    alertsTopicArn: parsed[ENV.alertsTopicArn],
    alertRetentionDays: parsed[ENV.alertRetentionDays],
  };
}
