// PipelineStore on DynamoDB: one pk/sk table (keys.ts) plus the alerts outbox table (tables.ts).
//
// Why concurrent reports about one event end in one incident. Incident ids come from the opening report, so two
// reports processed at once would each open their own unless they meet somewhere. They meet on place locks: one
// item per (lock key, month) holding a version, where the lock key is the domain's placeLockKey of a place key
// (its subdistrict or area). findIncidents reads the versions of the locks of the lookup's place keys × months
// FIRST, then the place/month index and the incidents. The commit transaction (a) requires every lock read to be
// at the version read and moves it on, and (b) moves on every lock that the written incidents' index keys
// (place key × month of the widened date range) fall under. Now take reports R and W that would join one
// incident I, W committing first. R would find I through an index key (k, m) with k among R's place keys and m
// among R's months (a claim joins an incident only at its place, parent or child, on overlapping days, and the
// lookup covers exactly those keys and days). W writes that index key and so moves lock(k, m); R read lock(k, m).
// Either R read the lock after W committed — then R's index read, which comes after, sees I — or before, and
// R's commit finds the version moved and is cancelled as a whole (DynamoDB transactions are serialisable); R
// reads again, sees I and joins it. So whatever the interleaving, the second writer sees the first, and one
// incident and one NEW_INCIDENT result. Updates of an existing incident are also guarded by its own version.
// The retry loop (bounded, jittered backoff) is the pipeline's (process-report.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { IncidentLookup } from '../../domain/incidents.ts';
import { Alert, Claim, Incident, IncidentReport, Report } from '../../domain/schema.ts';
import * as z from '../../domain/zod.ts';
import type { IncidentCandidates, LockVersion, PipelineStore, ReportCommit } from '../../ports/store.ts';
import { buildCommitTransaction, mapCommitError, NOT_PROCESSED_CONDITION } from './commit-transaction.ts';
import { fromItem, type Item, toItem } from './items.ts';
import {
  contentHashKey,
  INCIDENT_REPORT_SK_PREFIX,
  type ItemKind,
  incidentIdFromIndexSk,
  incidentKey,
  monthsBetween,
  placeIndexPk,
  placeLockKey,
  reportObjectKey,
} from './keys.ts';
import type { TableNames } from './tables.ts';

export interface DynamoDbStoreConfig extends TableNames {
  client: DynamoDBClient;
  /** When set, a published alert expires (TTL) this many days after publication; otherwise alerts are kept. */
  alertRetentionDays?: number;
}

const HashPointer = z.object({ reportKey: z.string(), objectVersion: z.string() });

/** Parallel Query calls per findIncidents (a lookup is place keys × months, usually a handful). */
const QUERY_CONCURRENCY = 8;
const BATCH_GET_LIMIT = 100;
const BATCH_GET_ATTEMPTS = 8;

export class DynamoDbStore implements PipelineStore {
  private readonly client: DynamoDBClient;
  private readonly tables: TableNames;
  private readonly alertRetentionDays: number | undefined;

  constructor(config: DynamoDbStoreConfig) {
    this.client = config.client;
    this.tables = { tableName: config.tableName, alertsTableName: config.alertsTableName };
    this.alertRetentionDays = config.alertRetentionDays;
  }

  async getReportByObject(key: string, objectVersion: string): Promise<Report | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tables.tableName,
        Key: keyItem(reportObjectKey(key, objectVersion)),
        ConsistentRead: true,
      }),
    );
    return Item ? fromItem(Report, Item, 'Report') : undefined;
  }

  async getReportByHash(contentHash: string): Promise<Report | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tables.tableName,
        Key: keyItem(contentHashKey(contentHash)),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const pointer = fromItem(HashPointer, Item, 'content-hash pointer');
    return this.getReportByObject(pointer.reportKey, pointer.objectVersion);
  }

  async findIncidents(lookup: IncidentLookup): Promise<IncidentCandidates> {
    const placeKeys = [...new Set(lookup.placeKeys.filter((key) => key !== ''))];
    const months = monthsBetween(lookup.from, lookup.to);
    // Locks before the index: see the header comment for why the order matters.
    const lockVersions = await this.readLocks(
      [...new Set(lookup.lockKeys)].flatMap((lockKey) => months.map((month) => ({ lockKey, month }))),
    );
    const partitions = placeKeys.flatMap((placeKey) => months.map((month) => placeIndexPk(placeKey, month)));
    const idLists = await mapLimit(partitions, QUERY_CONCURRENCY, (pk) => this.queryIndexPartition(pk));
    const ids = [...new Set(idLists.flat())];
    const incidents = (await this.batchGet(ids.map(incidentKey))).map((item) => fromItem(Incident, item, 'Incident'));
    // Index items can be stale (an incident's range moved) and months are coarse: re-check the overlap.
    return {
      incidents: incidents
        .filter((incident) => incident.date.from <= lookup.to && incident.date.to >= lookup.from)
        .sort(byCreatedThenId),
      lockVersions,
    };
  }

  private async readLocks(locks: Array<{ lockKey: string; month: string }>): Promise<LockVersion[]> {
    const items = await this.batchGet(locks.map((lock) => placeLockKey(lock.lockKey, lock.month)));
    const versions = new Map(items.map((item) => [item.pk?.S, Number(item.version?.N ?? 0)]));
    return locks.map((lock) => ({ ...lock, version: versions.get(placeLockKey(lock.lockKey, lock.month).pk) ?? 0 }));
  }

  async getIncidentDetail(id: string): Promise<Incident | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tables.tableName, Key: keyItem(incidentKey(id)), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const summary = fromItem(Incident, Item, 'Incident');
    const contributions = (
      await this.queryAll({
        TableName: this.tables.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': { S: incidentKey(id).pk }, ':prefix': { S: INCIDENT_REPORT_SK_PREFIX } },
        ConsistentRead: true,
      })
    ).map((item) => fromItem(IncidentReport, item, 'IncidentReport'));
    // Items written before contributions had their own items carry everything in the summary already.
    if (contributions.length === 0) return summary;
    return {
      ...summary,
      figures: contributions.flatMap((c) => c.figures),
      denials: contributions.flatMap((c) => c.denials),
      acknowledgments: contributions.flatMap((c) => c.acknowledgments),
      reportKeys: contributions.map((c) => c.reportKey),
      reportCount: contributions.length,
    };
  }

  async commit(commit: ReportCommit, objectVersion: string): Promise<void> {
    const { items, roles } = buildCommitTransaction(commit, objectVersion, this.tables);
    try {
      await this.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
    } catch (error) {
      throw mapCommitError(error, roles);
    }
  }

  async recordStatus(report: Report, objectVersion: string): Promise<void> {
    const valid = Report.parse(report);
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tables.tableName,
          Item: toItem(reportObjectKey(valid.key, objectVersion), 'report', valid),
          ...NOT_PROCESSED_CONDITION,
        }),
      );
    } catch (error) {
      // A processed report is already there: it wins, by design.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async listUnpublishedAlerts(): Promise<Alert[]> {
    const items = await this.scan({
      TableName: this.tables.alertsTableName,
      FilterExpression: 'attribute_not_exists(publishedAt)',
    });
    return items.map((item) => fromItem(Alert, item, 'Alert')).sort(byCreatedThenId);
  }

  async markAlertPublished(alertId: string, at: string): Promise<boolean> {
    const expiresAt =
      this.alertRetentionDays === undefined
        ? undefined
        : Math.floor(Date.parse(at) / 1000) + Math.round(this.alertRetentionDays * 86_400);
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
      throw new Error(`markAlertPublished: not a timestamp: ${at}`);
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tables.alertsTableName,
          Key: { id: { S: alertId } },
          UpdateExpression:
            expiresAt === undefined ? 'SET publishedAt = :at' : 'SET publishedAt = :at, expiresAt = :expiresAt',
          ConditionExpression: 'attribute_exists(id) AND attribute_not_exists(publishedAt)',
          ExpressionAttributeValues: {
            ':at': { S: at },
            ...(expiresAt === undefined ? {} : { ':expiresAt': { N: String(expiresAt) } }),
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // No old item means the alert was never written: a caller bug, not a replay.
      if (!error.Item)
        throw new Error(`markAlertPublished: no alert ${alertId} in ${this.tables.alertsTableName}`, { cause: error });
      return false;
    }
  }

  async isAlertPublished(alertId: string): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tables.alertsTableName,
        Key: { id: { S: alertId } },
        ConsistentRead: true,
        ProjectionExpression: 'publishedAt',
      }),
    );
    return Item?.publishedAt !== undefined;
  }

  async listReports(): Promise<Report[]> {
    const reports = (await this.scanKind('report')).map((item) => fromItem(Report, item, 'Report'));
    return reports.sort((a, b) => compare(a.processedAt, b.processedAt) || compare(a.key, b.key));
  }

  /** Claims in report-key order, each report's in extraction order (the sort key keeps the index). */
  async listClaims(): Promise<Claim[]> {
    const items = await this.scanKind('claim');
    items.sort((a, b) => compare(a.pk?.S ?? '', b.pk?.S ?? '') || compare(a.sk?.S ?? '', b.sk?.S ?? ''));
    return items.map((item) => fromItem(Claim, item, 'Claim'));
  }

  async listIncidents(): Promise<Incident[]> {
    return (await this.scanKind('incident')).map((item) => fromItem(Incident, item, 'Incident')).sort(byCreatedThenId);
  }

  async listAlerts(): Promise<Alert[]> {
    return (await this.scan({ TableName: this.tables.alertsTableName }))
      .map((item) => fromItem(Alert, item, 'Alert'))
      .sort(byCreatedThenId);
  }

  private async queryIndexPartition(pk: string): Promise<string[]> {
    const items = await this.queryAll({
      TableName: this.tables.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: pk } },
      ProjectionExpression: 'sk',
      ConsistentRead: true,
    });
    return items.flatMap((item) => (item.sk?.S ? [incidentIdFromIndexSk(item.sk.S)] : []));
  }

  private async queryAll(input: QueryCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.client.send(new QueryCommand({ ...input, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** Consistent reads of these items (absent ones are left out), in any order. */
  private async batchGet(itemKeys: ReadonlyArray<{ pk: string; sk: string }>): Promise<Item[]> {
    const found: Item[] = [];
    for (let start = 0; start < itemKeys.length; start += BATCH_GET_LIMIT) {
      let keys: Item[] | undefined = itemKeys.slice(start, start + BATCH_GET_LIMIT).map(keyItem);
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        if (attempt >= BATCH_GET_ATTEMPTS)
          throw new Error(`BatchGetItem left ${keys.length} items unprocessed after ${attempt} attempts`);
        if (attempt > 0) await sleep(50 * 2 ** attempt);
        const result: BatchGetItemCommandOutput = await this.client.send(
          new BatchGetItemCommand({ RequestItems: { [this.tables.tableName]: { Keys: keys, ConsistentRead: true } } }),
        );
        found.push(...(result.Responses?.[this.tables.tableName] ?? []));
        keys = result.UnprocessedKeys?.[this.tables.tableName]?.Keys;
      }
    }
    return found;
  }

  private scanKind(kind: ItemKind): Promise<Item[]> {
    return this.scan({
      TableName: this.tables.tableName,
      FilterExpression: '#kind = :kind',
      ExpressionAttributeNames: { '#kind': 'kind' },
      ExpressionAttributeValues: { ':kind': { S: kind } },
    });
  }

  private async scan(input: ScanCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.client.send(new ScanCommand({ ...input, ConsistentRead: true, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }
}

function keyItem(key: { pk: string; sk: string }): Item {
  return { pk: { S: key.pk }, sk: { S: key.sk } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCreatedThenId(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return compare(a.createdAt, b.createdAt) || compare(a.id, b.id);
}

async function mapLimit<T, R>(inputs: readonly T[], limit: number, fn: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await fn(inputs[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
