// The pipeline's composition root: which adapter implements which port. The process Lambda
// (functions/process/wiring.ts) and `claimwatch run` (cli/local/runtime.ts) both build their pipeline here,
// each from its own clients (AWS, or DynamoDB Local and s3rver) and settings.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { DEFAULT_MAX_REPORT_BYTES, type PipelineDeps } from '../pipeline/deps.ts';
import { lazyDefaultGazetteer } from '../places/default-gazetteer.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import type { Extractor } from '../ports/extractor.ts';
import { alertTextOptionsFromEnv } from './alert-text-env.ts';
import type { ConverseSender } from './bedrock/bedrock-extractor.ts';
import { DynamoDbStore } from './dynamodb/store.ts';
import type { TableNames } from './dynamodb/tables.ts';
import { S3ReportSource } from './s3/s3-report-source.ts';
import { crossCheckFor, extractorFromEnv } from './select-extractor.ts';

export interface PipelineClients {
  dynamodb: DynamoDBClient;
  s3: S3Client;
  /** The Bedrock Runtime client, used when the extractor is Bedrock; one is made from the environment otherwise. */
  bedrock?: ConverseSender;
}

export interface PipelineOptions {
  clients: PipelineClients;
  tables: TableNames;
  /** The extractor selection variables (CLAIMWATCH_EXTRACTOR, BEDROCK_MODEL_ID, …), read when no extractor is given. */
  env: Readonly<Record<string, string | undefined>>;
  /** Default: the bundled gazetteer, built on first use. */
  gazetteer?: Gazetteer;
  /** Default: the one `env` chooses. */
  extractor?: Extractor;
  maxReportBytes?: number;
  now?: () => Date;
}

export function createPipelineDeps(options: PipelineOptions): PipelineDeps {
  const { clients } = options;
  // Built on the first report, not here: the process function wires its pipeline at import (cold start).
  const gazetteer = options.gazetteer ?? lazyDefaultGazetteer();
  const extractor =
    options.extractor ?? extractorFromEnv(options.env, gazetteer, clients.bedrock ? { client: clients.bedrock } : {});
  return {
    source: new S3ReportSource(clients.s3),
    store: new DynamoDbStore({ client: clients.dynamodb, ...options.tables }),
    extractor,
    crossCheck: crossCheckFor(extractor, gazetteer),
    gazetteer,
    maxReportBytes: options.maxReportBytes ?? DEFAULT_MAX_REPORT_BYTES,
    alertText: alertTextOptionsFromEnv(options.env),
    ...(options.now ? { now: options.now } : {}),
  };
}
