// Where the site's data comes from: a run result file, the local --data store (DynamoDB Local started on it and
// stopped again), or the deployed tables read with the analyst's own AWS credentials.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import { createLocalDynamoDbClient, startDynamoDbLocal } from '../local/dynamodb-local.ts';
import { RunResult } from '../local/run-result.ts';
import { LOCAL_TABLES } from '../local/runtime.ts';
import { UsageError } from '../usage-error.ts';
import { type ViewData, viewDataFromRunResult, viewDataFromStore } from './view-data.ts';

export type ViewSource =
  | { kind: 'result'; file: string }
  | { kind: 'data'; dir: string }
  | { kind: 'tables'; tableName: string; alertsTableName: string; region?: string };

export async function loadViewData(source: ViewSource): Promise<ViewData> {
  if (source.kind === 'result') {
    const parsed = RunResult.safeParse(JSON.parse(await readFile(source.file, 'utf8')));
    if (!parsed.success) throw new UsageError(`${source.file} is not a claimwatch run result: ${parsed.error.message}`);
    return viewDataFromRunResult(parsed.data);
  }
  if (source.kind === 'data') {
    const dbDir = join(source.dir, 'dynamodb');
    if (!existsSync(dbDir)) throw new UsageError(`no claimwatch data in ${source.dir} (made by claimwatch run --data)`);
    const server = await startDynamoDbLocal({ dataDir: dbDir });
    try {
      const client = createLocalDynamoDbClient(server.endpoint);
      return await viewDataFromStore(new DynamoDbStore({ client, ...LOCAL_TABLES }));
    } finally {
      await server.stop();
    }
  }
  const client = new DynamoDBClient(source.region ? { region: source.region } : {});
  try {
    const store = new DynamoDbStore({
      client,
      tableName: source.tableName,
      alertsTableName: source.alertsTableName,
    });
    return await viewDataFromStore(store);
  } finally {
    client.destroy();
  }
}
