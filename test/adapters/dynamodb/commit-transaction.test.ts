import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  buildCommitTransaction,
  MAX_TRANSACTION_ITEMS,
  mapCommitError,
} from '../../../shared/adapters/dynamodb/commit-transaction.ts';
import { AlreadyCommittedError, ConcurrentUpdateError } from '../../../shared/ports/store.ts';
import { aClaim, aCommit, anIncident } from './fixtures.ts';

const tables = { tableName: 'main', alertsTableName: 'alerts' };

function cancelled(codes: string[]): TransactionCanceledException {
  return new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
}

describe('buildCommitTransaction', () => {
  it('writes object, hash, claims, incident, index and alert items in one request', () => {
    const { items, roles } = buildCommitTransaction(aCommit(), '"etag-1"', tables);
    expect(roles.map((r) => r.role)).toEqual(['object', 'hash', 'claim', 'incident', 'index', 'alert']);
    expect(items[0]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk) OR #status <> :processed');
    expect(items[3]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(items[5]?.Put?.TableName).toBe('alerts');
  });

  it('conditions an updated incident on the version read', () => {
    const commit = aCommit({ incidents: [{ incident: anIncident({ version: 4 }), expectedVersion: 3 }] });
    const put = buildCommitTransaction(commit, 'v', tables).items[3]?.Put;
    expect(put?.ConditionExpression).toBe('#version = :expected');
    expect(put?.ExpressionAttributeValues?.[':expected']).toEqual({ N: '3' });
  });

  it('refuses an incident whose version does not step from the version read', () => {
    const same = aCommit({ incidents: [{ incident: anIncident({ version: 3 }), expectedVersion: 3 }] });
    expect(() => buildCommitTransaction(same, 'v', tables)).toThrow(/expected version 4/);
    const newNotZero = aCommit({ incidents: [{ incident: anIncident({ version: 2 }) }] });
    expect(() => buildCommitTransaction(newNotZero, 'v', tables)).toThrow(/expected version 0/);
  });

  it('refuses a commit that would exceed the 100-item transaction limit', () => {
    const claims = Array.from({ length: MAX_TRANSACTION_ITEMS }, (_, i) => aClaim({ id: `c${i}` }));
    expect(() => buildCommitTransaction(aCommit({ claims }), 'v', tables)).toThrow(/needs 105 writes .* allows 100/);
  });

  it('allows the pipeline cap of 40 claims with a few incidents and alerts', () => {
    const claims = Array.from({ length: 40 }, (_, i) => aClaim({ id: `c${i}` }));
    expect(buildCommitTransaction(aCommit({ claims }), 'v', tables).items.length).toBe(45);
  });

  it('rejects an invalid entity before anything is sent', () => {
    const bad = aCommit({ claims: [aClaim({ evidence: '' })] });
    expect(() => buildCommitTransaction(bad, 'v', tables)).toThrow();
  });
});

describe('mapCommitError', () => {
  const { roles } = buildCommitTransaction(aCommit(), 'v', tables);

  it('maps a failed condition on the object or hash item to AlreadyCommittedError', () => {
    expect(
      mapCommitError(cancelled(['ConditionalCheckFailed', 'None', 'None', 'None', 'None', 'None']), roles),
    ).toBeInstanceOf(AlreadyCommittedError);
    expect(
      mapCommitError(cancelled(['None', 'ConditionalCheckFailed', 'None', 'None', 'None', 'None']), roles),
    ).toBeInstanceOf(AlreadyCommittedError);
  });

  it('maps a failed condition on an incident, or a transaction conflict, to ConcurrentUpdateError', () => {
    const error = mapCommitError(cancelled(['None', 'None', 'None', 'ConditionalCheckFailed', 'None', 'None']), roles);
    expect(error).toBeInstanceOf(ConcurrentUpdateError);
    expect((error as Error).message).toContain('incident inc-1');
    expect(
      mapCommitError(cancelled(['None', 'None', 'None', 'TransactionConflict', 'None', 'None']), roles),
    ).toBeInstanceOf(ConcurrentUpdateError);
  });

  it('prefers AlreadyCommittedError when both kinds fail, and passes other errors through', () => {
    const both = cancelled(['ConditionalCheckFailed', 'None', 'None', 'ConditionalCheckFailed', 'None', 'None']);
    expect(mapCommitError(both, roles)).toBeInstanceOf(AlreadyCommittedError);
    const other = new Error('network down');
    expect(mapCommitError(other, roles)).toBe(other);
    const throttled = cancelled(['ThrottlingError', 'None', 'None', 'None', 'None', 'None']);
    expect(mapCommitError(throttled, roles)).toBe(throttled);
  });
});
