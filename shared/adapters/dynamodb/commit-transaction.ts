// Builds the one TransactWriteItems request that commits a report, and turns its cancellation reasons into the
// port's errors. Kept apart from the store so the item budget and the error mapping can be read on their own.
import { TransactionCanceledException, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { Alert, Claim, Incident, IncidentReport, Report } from '../../domain/schema.ts';
import {
  AlreadyCommittedError,
  CommitTooLargeError,
  ConcurrentUpdateError,
  type ReportCommit,
} from '../../ports/store.ts';
import { toAlertItem, toItem } from './items.ts';
import {
  claimKey,
  contentHashKey,
  incidentIndexKeys,
  incidentKey,
  incidentMonths,
  incidentReportKey,
  placeLockKey,
  reportObjectKey,
} from './keys.ts';
import type { TableNames } from './tables.ts';

/** DynamoDB's limit on the number of actions in one transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

/** What each transaction item stands for, so a cancellation reason can be traced back to it. */
export interface ItemRole {
  role: 'object' | 'hash' | 'claim' | 'incident' | 'contribution' | 'index' | 'lock' | 'alert';
  label: string;
}

export interface CommitTransaction {
  items: TransactWriteItem[];
  roles: ItemRole[];
}

/** Condition shared by commit and recordStatus: a processed report is never overwritten. */
export const NOT_PROCESSED_CONDITION = {
  ConditionExpression: 'attribute_not_exists(pk) OR #status <> :processed',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':processed': { S: 'processed' } },
} as const;

export function buildCommitTransaction(
  commit: ReportCommit,
  objectVersion: string,
  tables: TableNames,
): CommitTransaction {
  const items: TransactWriteItem[] = [];
  const roles: ItemRole[] = [];
  const add = (item: TransactWriteItem, role: ItemRole) => {
    items.push(item);
    roles.push(role);
  };
  const report = Report.parse(commit.report);
  const TableName = tables.tableName;

  add(
    {
      Put: {
        TableName,
        Item: toItem(reportObjectKey(report.key, objectVersion), 'report', report),
        ...NOT_PROCESSED_CONDITION,
      },
    },
    { role: 'object', label: `report ${report.key} @ ${objectVersion}` },
  );
  if (report.contentHash !== undefined) {
    add(
      {
        Put: {
          TableName,
          Item: toItem(contentHashKey(report.contentHash), 'hash', { reportKey: report.key, objectVersion }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      { role: 'hash', label: `content hash ${report.contentHash}` },
    );
  }
  commit.claims.forEach((claim, index) => {
    add(
      { Put: { TableName, Item: toItem(claimKey(report.key, objectVersion, index), 'claim', Claim.parse(claim)) } },
      { role: 'claim', label: `claim ${claim.id}` },
    );
  });

  const incidentIds = new Set<string>();
  const indexKeys = new Set<string>();
  for (const { incident: raw, expectedVersion, contribution } of commit.incidents) {
    const incident = Incident.parse(raw);
    if (incidentIds.has(incident.id))
      throw new Error(`commit for report ${report.key} lists incident ${incident.id} twice`);
    incidentIds.add(incident.id);
    assertVersionStep(incident, expectedVersion);
    add(
      {
        Put: {
          TableName,
          Item: toItem(incidentKey(incident.id), 'incident', incident),
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } },
              }),
        },
      },
      { role: 'incident', label: `incident ${incident.id}` },
    );
    if (contribution) {
      const valid = IncidentReport.parse(contribution);
      if (valid.incidentId !== incident.id || valid.reportKey !== report.key)
        throw new Error(`commit for report ${report.key}: contribution of ${valid.reportKey} to ${valid.incidentId}`);
      add(
        { Put: { TableName, Item: toItem(incidentReportKey(incident.id, report.key), 'incident-report', valid) } },
        { role: 'contribution', label: `contribution of ${report.key} to incident ${incident.id}` },
      );
    }
    // Index puts are idempotent and unconditional; a key already there is simply rewritten.
    for (const key of incidentIndexKeys(incident)) {
      const id = `${key.pk}\u0000${key.sk}`;
      if (indexKeys.has(id)) continue;
      indexKeys.add(id);
      add(
        { Put: { TableName, Item: toItem(key, 'place-index', { incidentId: incident.id }) } },
        { role: 'index', label: key.pk },
      );
    }
  }

  // Place locks: each one read with the candidates must still be at that version (and moves on); each one an
  // incident's index keys fall under moves on too, so whoever read it before this commit plans again.
  const lockIds = new Set<string>();
  for (const lock of commit.lockVersions ?? []) {
    const key = placeLockKey(lock.lockKey, lock.month);
    if (lockIds.has(key.pk)) continue;
    lockIds.add(key.pk);
    add(
      {
        Update: {
          TableName,
          Key: { pk: { S: key.pk }, sk: { S: key.sk } },
          UpdateExpression: 'SET #version = :next, #kind = :lock',
          ConditionExpression: lock.version === 0 ? 'attribute_not_exists(pk)' : '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version', '#kind': 'kind' },
          ExpressionAttributeValues: {
            ':next': { N: String(lock.version + 1) },
            ':lock': { S: 'lock' },
            ...(lock.version === 0 ? {} : { ':expected': { N: String(lock.version) } }),
          },
        },
      },
      { role: 'lock', label: `lock ${lock.lockKey} ${lock.month} @ ${lock.version}` },
    );
  }
  for (const { incident, lockKeys } of commit.incidents) {
    for (const month of incidentMonths(incident)) {
      for (const lockKey of lockKeys ?? []) {
        const key = placeLockKey(lockKey, month);
        if (lockIds.has(key.pk)) continue;
        lockIds.add(key.pk);
        add(
          {
            Update: {
              TableName,
              Key: { pk: { S: key.pk }, sk: { S: key.sk } },
              UpdateExpression: 'ADD #version :one SET #kind = :lock',
              ExpressionAttributeNames: { '#version': 'version', '#kind': 'kind' },
              ExpressionAttributeValues: { ':one': { N: '1' }, ':lock': { S: 'lock' } },
            },
          },
          { role: 'lock', label: `lock ${lockKey} ${month}` },
        );
      }
    }
  }

  for (const raw of commit.alerts) {
    const alert = Alert.parse(raw);
    add(
      {
        Put: {
          TableName: tables.alertsTableName,
          Item: toAlertItem(alert),
          ConditionExpression: 'attribute_not_exists(id)',
        },
      },
      { role: 'alert', label: `alert ${alert.id}` },
    );
  }

  if (items.length > MAX_TRANSACTION_ITEMS) {
    throw new CommitTooLargeError(
      `commit for report ${report.key} needs ${items.length} writes (${commit.claims.length} claims, ` +
        `${commit.incidents.length} incidents, ${indexKeys.size} index items, ${lockIds.size} locks, ` +
        `${commit.alerts.length} alerts); ` +
        `one DynamoDB transaction allows ${MAX_TRANSACTION_ITEMS}`,
    );
  }
  return { items, roles };
}

/**
 * A new incident is written at version 0; an update at the version read + 1. Anything else would let two
 * writers that read the same version both pass the `version = :expected` check, so it is a bug: fail loudly.
 */
function assertVersionStep(incident: Incident, expectedVersion: number | undefined): void {
  const want = expectedVersion === undefined ? 0 : expectedVersion + 1;
  if (incident.version !== want) {
    throw new Error(
      `incident ${incident.id}: version ${incident.version} written with expectedVersion ${String(expectedVersion)}; ` +
        `expected version ${want} (new incidents 0, updates the version read + 1)`,
    );
  }
}

/**
 * Maps a cancelled transaction to the port's errors: a condition failing on the object, the hash or an alert means
 * this report was committed already (retrying cannot help); on an incident or a place lock, or a conflict with another
 * in-flight transaction, someone else wrote first (recompute and retry). Other errors pass through unchanged.
 */
export function mapCommitError(error: unknown, roles: readonly ItemRole[]): unknown {
  if (!(error instanceof TransactionCanceledException)) return error;
  const reasons = error.CancellationReasons ?? [];
  const failed = (code: string) => reasons.flatMap((reason, i) => (reason.Code === code && roles[i] ? [roles[i]] : []));
  const conditionFailures = failed('ConditionalCheckFailed');
  const committed = conditionFailures.filter((r) => r.role === 'object' || r.role === 'hash' || r.role === 'alert');
  if (committed.length > 0) {
    return new AlreadyCommittedError(`already committed: ${committed.map((r) => r.label).join(', ')}`, {
      cause: error,
    });
  }
  const incidents = conditionFailures.filter((r) => r.role === 'incident' || r.role === 'lock');
  if (incidents.length > 0) {
    return new ConcurrentUpdateError(`changed by another writer: ${incidents.map((r) => r.label).join(', ')}`, {
      cause: error,
    });
  }
  const conflicts = failed('TransactionConflict');
  if (conflicts.length > 0) {
    return new ConcurrentUpdateError(
      `conflict with a concurrent transaction on ${conflicts.map((r) => r.label).join(', ')}`,
      {
        cause: error,
      },
    );
  }
  return error;
}
