// Vitest fixture: one DynamoDB Local per test file, and fresh uniquely named tables per test when wanted.
import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { createTables } from '../../cli/local/create-tables.ts';
import { createLocalDynamoDbClient, type LocalDynamoDb, startDynamoDbLocal } from '../../cli/local/dynamodb-local.ts';
import type { TableNames } from '../../shared/adapters/dynamodb/tables.ts';

export { createTables };

export interface DynamoDbLocalFixture {
  /** Only valid inside tests/hooks (after beforeAll started the server). */
  readonly endpoint: string;
  /** A client for this file's DynamoDB Local (one shared client, destroyed in afterAll). */
  client(): DynamoDBClient;
  /** Creates a pair of tables with unique names, so tests in one file do not see each other's items. */
  freshTables(prefix?: string): Promise<TableNames>;
}

/** Call at the top level of a test file (or inside a describe): starts DynamoDB Local before, stops it after. */
export function useDynamoDbLocal(): DynamoDbLocalFixture {
  let server: LocalDynamoDb | undefined;
  let shared: DynamoDBClient | undefined;
  beforeAll(async () => {
    server = await startDynamoDbLocal();
  });
  afterAll(async () => {
    shared?.destroy();
    shared = undefined;
    await server?.stop();
    server = undefined;
  });
  const fixture: DynamoDbLocalFixture = {
    get endpoint() {
      if (!server) throw new Error('DynamoDB Local is not running: use the fixture inside tests or hooks');
      return server.endpoint;
    },
    client() {
      shared ??= createLocalDynamoDbClient(fixture.endpoint);
      return shared;
    },
    async freshTables(prefix = 'cw') {
      const suffix = randomUUID().slice(0, 8);
      const names = { tableName: `${prefix}-main-${suffix}`, alertsTableName: `${prefix}-alerts-${suffix}` };
      await createTables(fixture.client(), names);
      return names;
    },
  };
  return fixture;
}
