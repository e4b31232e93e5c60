// Builds the process handler from the environment and the AWS clients: the one place that knows which adapter
// implements which port. handler.ts passes real clients; tests pass DynamoDB Local, s3rver and mocks.
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { createPipelineDeps, type PipelineClients } from '../../shared/adapters/pipeline-deps.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import type { Extractor } from '../../shared/ports/extractor.ts';
import { processSettings } from '../env.ts';
import type { Observability } from '../observe.ts';
import { createProcessHandler, type ProcessHandler } from './process-handler.ts';

export type ProcessClients = PipelineClients;

export interface WiredProcessHandler {
  handler: ProcessHandler;
  deps: PipelineDeps;
}

export function wireProcessHandler(
  env: NodeJS.ProcessEnv,
  clients: ProcessClients,
  observability: Observability,
  overrides: { extractor?: Extractor; now?: () => Date } = {},
): WiredProcessHandler {
  const settings = processSettings(env);
  const deps = createPipelineDeps({
    clients,
    tables: { tableName: settings.tableName, alertsTableName: settings.alertsTableName },
    env,
    maxReportBytes: settings.maxReportBytes,
    ...overrides,
  });
  const idempotencyStore = new DynamoDBPersistenceLayer({
    tableName: settings.idempotencyTableName,
    awsSdkV3Client: clients.dynamodb,
  });
  return {
    handler: createProcessHandler({
      ...observability,
      deps,
      idempotencyStore,
      minRemainingMsToStart: settings.minRemainingMsToStart,
    }),
    deps,
  };
}
