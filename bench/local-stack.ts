// The pipeline on DynamoDB Local and s3rver with every AWS call counted and timed (SDK middleware), for the
// store-growth and pipeline benches: what a report costs in DynamoDB calls and capacity, and where its time goes.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { createTables } from '../cli/local/create-tables.ts';
import { createLocalDynamoDbClient, type LocalDynamoDb, startDynamoDbLocal } from '../cli/local/dynamodb-local.ts';
import { createLocalS3Client, type LocalS3, startS3rver } from '../cli/local/s3rver.ts';
import { createPipelineDeps } from '../shared/adapters/pipeline-deps.ts';
import { processS3EventRecord } from '../shared/adapters/s3/s3-event.ts';
import { RulesExtractor } from '../shared/extraction/rules/index.ts';
import type { PipelineDeps } from '../shared/pipeline/deps.ts';
import { loadDefaultGazetteer } from '../shared/places/default-gazetteer.ts';
import type { Extractor } from '../shared/ports/extractor.ts';

const BUCKET = 'claimwatch-bench';

/** Calls, wall time and consumed capacity of one client, by operation. */
export class CallTally {
  calls = 0;
  /** Wall time with at least one call in flight: the store sends some calls in parallel. */
  ms = 0;
  private inFlight = 0;
  private since = 0;
  capacityUnits = 0;
  /** Of capacityUnits, those consumed by writes (billed as write request units on demand). */
  writeUnits = 0;
  readonly byOperation = new Map<string, number>();

  reset(): void {
    this.calls = 0;
    this.ms = 0;
    this.capacityUnits = 0;
    this.writeUnits = 0;
    this.byOperation.clear();
  }

  started(): void {
    if (this.inFlight++ === 0) this.since = performance.now();
  }

  ended(): void {
    if (--this.inFlight === 0) this.ms += performance.now() - this.since;
  }
}

interface ConsumedCapacity {
  CapacityUnits?: number;
}

function capacityOf(output: unknown): number {
  const consumed = (output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
}

/**
 * Counts every call the client sends and its time; on DynamoDB it also asks for (ReturnConsumedCapacity) and
 * sums the capacity units each call consumed. Added at `initialize`, so retries inside one call count once.
 */
export function countCalls(client: DynamoDBClient | S3Client, tally: CallTally, askCapacity: boolean): void {
  const stack = client.middlewareStack as DynamoDBClient['middlewareStack'];
  stack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      if (askCapacity && !('ReturnConsumedCapacity' in input)) input.ReturnConsumedCapacity = 'TOTAL';
      tally.started();
      const result = await next(args).finally(() => tally.ended());
      tally.calls++;
      const op = context.commandName ?? 'unknown';
      tally.byOperation.set(op, (tally.byOperation.get(op) ?? 0) + 1);
      const units = capacityOf(result.output);
      tally.capacityUnits += units;
      if (/Put|Update|Delete|Write/.test(op)) tally.writeUnits += units;
      return result;
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
}

export interface LocalStack {
  dynamodb: DynamoDBClient;
  s3: S3Client;
  deps: PipelineDeps;
  tables: { tableName: string; alertsTableName: string };
  dynamoTally: CallTally;
  s3Tally: CallTally;
  /** Time spent in the extractor. */
  extractMs: { total: number };
  /** Uploads a report (the bench's own PutObject, not counted) and processes its S3 event. */
  processReport(key: string, body: string, metadata?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

function timedExtractor(inner: Extractor, spent: { total: number }): Extractor {
  return {
    name: inner.name,
    async extract(input) {
      const start = performance.now();
      try {
        return await inner.extract(input);
      } finally {
        spent.total += performance.now() - start;
      }
    },
  };
}

export async function startLocalStack(): Promise<LocalStack> {
  let dynamo: LocalDynamoDb | undefined;
  let localS3: LocalS3 | undefined;
  const started = await Promise.allSettled([
    startDynamoDbLocal().then((server) => (dynamo = server)),
    startS3rver({ bucket: BUCKET }).then((server) => (localS3 = server)),
  ]);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed || !dynamo || !localS3) {
    await Promise.allSettled([dynamo?.stop(), localS3?.stop()]);
    throw failed?.status === 'rejected' ? failed.reason : new Error('local servers did not start');
  }
  const dynamodb = createLocalDynamoDbClient(dynamo.endpoint);
  const s3 = createLocalS3Client(localS3.endpoint);
  const uploader = createLocalS3Client(localS3.endpoint);
  const tables = { tableName: 'bench-main', alertsTableName: 'bench-alerts' };
  await createTables(dynamodb, tables);
  const dynamoTally = new CallTally();
  const s3Tally = new CallTally();
  countCalls(dynamodb, dynamoTally, true);
  countCalls(s3, s3Tally, false);
  const extractMs = { total: 0 };
  const gazetteer = loadDefaultGazetteer();
  const deps = createPipelineDeps({
    clients: { dynamodb, s3 },
    tables,
    env: {},
    gazetteer,
    extractor: timedExtractor(new RulesExtractor(gazetteer), extractMs),
  });

  const pending: S3EventRecord[] = [];
  let wake: (() => void) | undefined;
  localS3.onEvent((record) => {
    pending.push(record);
    wake?.();
  });
  async function nextEvent(): Promise<S3EventRecord> {
    while (pending.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return pending.shift() as S3EventRecord;
  }

  const servers = { dynamo, localS3 };
  return {
    dynamodb,
    s3,
    deps,
    tables,
    dynamoTally,
    s3Tally,
    extractMs,
    async processReport(key, body, metadata) {
      await uploader.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, Metadata: metadata }));
      await processS3EventRecord(deps, await nextEvent());
    },
    async stop() {
      for (const client of [dynamodb, s3, uploader]) client.destroy();
      await Promise.allSettled([servers.dynamo.stop(), servers.localS3.stop()]);
    },
  };
}
