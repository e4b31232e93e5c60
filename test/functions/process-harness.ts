// The process function against real local services: DynamoDB Local (three tables, as the stack creates them) and
// s3rver (uploads produce the S3 event records that S3 would put on the queue). Bedrock is whatever client the
// test passes (a mock).
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { afterAll, beforeAll } from 'vitest';
import { createIdempotencyTable as createIdempotencyTableIn } from '../../cli/local/create-tables.ts';
import { createLocalS3Client, type LocalS3, startS3rver } from '../../cli/local/s3rver.ts';
import { ENV } from '../../functions/env.ts';
import { type ProcessClients, type WiredProcessHandler, wireProcessHandler } from '../../functions/process/wiring.ts';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import type { TableNames } from '../../shared/adapters/dynamodb/tables.ts';
import { useDynamoDbLocal } from '../support/dynamodb.ts';

export const BUCKET = 'claimwatch-reports-test';

export interface ProcessFixture {
  s3(): S3Client;
  /** Uploads an object and resolves with the S3 event record S3 would send for it (key URL-encoded). */
  upload(key: string, body: string, metadata?: Record<string, string>): Promise<S3EventRecord>;
  /** Fresh tables and a handler wired to them, as the stack wires the process function. */
  wire(options?: { env?: Record<string, string>; bedrock?: ProcessClients['bedrock'] }): Promise<WiredHarness>;
}

export interface WiredHarness extends WiredProcessHandler {
  tables: TableNames & { idempotencyTableName: string };
  store: DynamoDbStore;
  /** The DynamoDB Local client the handler uses. */
  dynamodb: DynamoDBClient;
  metrics: Metrics;
  logger: Logger;
  /** Re-wires a handler onto the same tables but a new idempotency table (as if its records had expired). */
  withFreshIdempotency(): Promise<WiredHarness>;
}

export function useProcessFixture(): ProcessFixture {
  const dynamodb = useDynamoDbLocal();
  let localS3: LocalS3 | undefined;
  let client: S3Client | undefined;
  beforeAll(async () => {
    localS3 = await startS3rver({ bucket: BUCKET });
    client = createLocalS3Client(localS3.endpoint);
  });
  afterAll(async () => {
    client?.destroy();
    await localS3?.stop();
  });

  const s3 = () => {
    if (!client) throw new Error('s3rver is not running: use the fixture inside tests or hooks');
    return client;
  };

  async function createIdempotencyTable(): Promise<string> {
    const name = `cw-idem-${randomUUID().slice(0, 8)}`;
    await createIdempotencyTableIn(dynamodb.client(), name);
    return name;
  }

  async function wireOn(
    tables: TableNames,
    options: Parameters<ProcessFixture['wire']>[0] = {},
  ): Promise<WiredHarness> {
    const idempotencyTableName = await createIdempotencyTable();
    const env = {
      AWS_REGION: 'us-east-1',
      [ENV.tableName]: tables.tableName,
      [ENV.alertsTableName]: tables.alertsTableName,
      [ENV.idempotencyTableName]: idempotencyTableName,
      ...options.env,
    };
    const metrics = new Metrics({ namespace: 'Claimwatch', serviceName: 'claimwatch-process' });
    const logger = new Logger({ serviceName: 'claimwatch-process', logLevel: 'SILENT' });
    const wired = wireProcessHandler(
      env,
      { dynamodb: dynamodb.client(), s3: s3(), bedrock: options.bedrock },
      { logger, metrics },
    );
    const store = new DynamoDbStore({ client: dynamodb.client(), ...tables });
    return {
      ...wired,
      tables: { ...tables, idempotencyTableName },
      store,
      dynamodb: dynamodb.client(),
      metrics,
      logger,
      withFreshIdempotency: () => wireOn(tables, options),
    };
  }

  return {
    s3,
    async upload(key, body, metadata = {}) {
      if (!localS3) throw new Error('s3rver is not running');
      const server = localS3;
      const event = new Promise<S3EventRecord>((resolve) => {
        const stop = server.onEvent((record) => {
          if (decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')) !== key) return;
          stop();
          resolve(record);
        });
      });
      await s3().send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: key,
          Body: body,
          ContentType: 'text/plain; charset=utf-8',
          Metadata: metadata,
        }),
      );
      return event;
    },
    async wire(options = {}) {
      return wireOn(await dynamodb.freshTables('cw'), options);
    },
  };
}
