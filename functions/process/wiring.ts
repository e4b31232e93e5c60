// Builds the process handler from the environment and the AWS clients: the one place that knows which adapter
// implements which port. handler.ts passes real clients; tests pass DynamoDB Local, s3rver and mocks.
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import { S3ReportSource } from '../../shared/adapters/s3/s3-report-source.ts';
import type { ConverseSender } from '../../shared/adapters/bedrock/bedrock-extractor.ts';
import { crossCheckFor, extractorFromEnv } from '../../shared/adapters/select-extractor.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import { DEFAULT_MAX_REPORT_BYTES, type PipelineDeps } from '../../shared/pipeline/deps.ts';
import type { Extractor } from '../../shared/ports/extractor.ts';
import { processSettings } from '../env.ts';
import type { Observability } from '../observe.ts';
import { createProcessHandler, type ProcessHandler } from './process-handler.ts';

export interface ProcessClients {
  dynamodb: DynamoDBClient;
  s3: S3Client;
  /** The Bedrock Runtime client (used when CLAIMWATCH_EXTRACTOR=bedrock). */
  bedrock?: ConverseSender;
}

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
  const gazetteer = loadDefaultGazetteer();
  const extractor = overrides.extractor ?? extractorFromEnv(env, gazetteer, clients.bedrock ? { client: clients.bedrock } : {});
  const deps: PipelineDeps = {
    source: new S3ReportSource(clients.s3),
    store: new DynamoDbStore({
      client: clients.dynamodb,
      tableName: settings.tableName,
      alertsTableName: settings.alertsTableName,
    }),
    extractor,
    crossCheck: crossCheckFor(extractor, gazetteer),
    gazetteer,
    maxReportBytes: settings.maxReportBytes ?? DEFAULT_MAX_REPORT_BYTES,
    ...(overrides.now ? { now: overrides.now } : {}),
  };
  const idempotencyStore = new DynamoDBPersistenceLayer({
    tableName: settings.idempotencyTableName,
    awsSdkV3Client: clients.dynamodb,
  });
  return {
    handler: createProcessHandler({ ...observability, deps, idempotencyStore, minRemainingMsToStart: settings.minRemainingMsToStart }),
    deps,
  };
}
