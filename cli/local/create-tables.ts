// Creates the tables from tables.ts (for DynamoDB Local and tests; in AWS the CDK stack owns them).
import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import {
  ALERTS_TABLE,
  IDEMPOTENCY_TABLE,
  MAIN_TABLE,
  type TableDefinition,
  type TableNames,
} from '../../shared/adapters/dynamodb/tables.ts';

export function createTableInput(tableName: string, definition: TableDefinition): CreateTableCommandInput {
  const keys = definition.sortKey ? [definition.partitionKey, definition.sortKey] : [definition.partitionKey];
  const keySchema: KeySchemaElement[] = keys.map((key, i) => ({
    AttributeName: key.name,
    KeyType: i === 0 ? 'HASH' : 'RANGE',
  }));
  const attributes: AttributeDefinition[] = keys.map((key) => ({ AttributeName: key.name, AttributeType: key.type }));
  return {
    TableName: tableName,
    KeySchema: keySchema,
    AttributeDefinitions: attributes,
    BillingMode: 'PAY_PER_REQUEST',
    ...(definition.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream } } : {}),
  };
}

/** Idempotent: a table that already exists is left as it is. Resolves once both tables are ACTIVE. */
export async function createTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  await Promise.all([
    createTable(client, names.tableName, MAIN_TABLE),
    createTable(client, names.alertsTableName, ALERTS_TABLE),
  ]);
}

/** The process function's idempotency table (Powertools), for running the handler or its bundle locally. */
export async function createIdempotencyTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await createTable(client, tableName, IDEMPOTENCY_TABLE);
}

async function createTable(client: DynamoDBClient, tableName: string, definition: TableDefinition): Promise<void> {
  let created = true;
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName, definition)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    created = false;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  if (created && definition.timeToLiveAttribute) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: definition.timeToLiveAttribute },
      }),
    );
  }
}
