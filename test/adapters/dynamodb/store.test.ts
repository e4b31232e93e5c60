// DynamoDbStore against a real DynamoDB Local (transactions and conditions included); no mocks.
import { DescribeTableCommand, DescribeTimeToLiveCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTables } from '../../../cli/local/create-tables.ts';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb/store.ts';
import type { TableNames } from '../../../shared/adapters/dynamodb/tables.ts';
import { AlreadyCommittedError, ConcurrentUpdateError } from '../../../shared/ports/store.ts';
import { useDynamoDbLocal } from '../../support/dynamodb.ts';
import { aClaim, aCommit, anAlert, anIncident, aReport } from './fixtures.ts';

const ddb = useDynamoDbLocal();
let tables: TableNames;
let store: DynamoDbStore;

beforeEach(async () => {
  tables = await ddb.freshTables();
  store = new DynamoDbStore({ client: ddb.client(), ...tables });
});

describe('createTables', () => {
  it('is idempotent and gives the alerts table a NEW_IMAGE stream and TTL', async () => {
    await createTables(ddb.client(), tables);
    const main = await ddb.client().send(new DescribeTableCommand({ TableName: tables.tableName }));
    expect(main.Table?.TableStatus).toBe('ACTIVE');
    expect(main.Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    const alerts = await ddb.client().send(new DescribeTableCommand({ TableName: tables.alertsTableName }));
    expect(alerts.Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    const ttl = await ddb.client().send(new DescribeTimeToLiveCommand({ TableName: tables.alertsTableName }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
  });
});

describe('commit', () => {
  it('writes the report, its claims, incidents and alerts, readable back by object and by content hash', async () => {
    await store.commit(aCommit(), '"etag-1"');
    expect(await store.getReportByObject('reports/2024/aleppo-1.txt', '"etag-1"')).toEqual(aReport());
    expect(await store.getReportByHash('sha256-aaaa')).toEqual(aReport());
    expect(await store.getReportByObject('reports/2024/aleppo-1.txt', '"etag-2"')).toBeUndefined();
    expect(await store.getReportByHash('sha256-none')).toBeUndefined();
    expect(await store.listReports()).toEqual([aReport()]);
    expect(await store.listClaims()).toEqual([aClaim()]);
    expect(await store.listIncidents()).toEqual([anIncident()]);
    expect(await store.listAlerts()).toEqual([anAlert()]);
    expect(await store.listUnpublishedAlerts()).toEqual([anAlert()]);
  });

  it('refuses a second commit of the same object and writes none of it', async () => {
    await store.commit(aCommit(), '"etag-1"');
    const again = aCommit({
      report: aReport({ contentHash: 'sha256-other', processedAt: '2024-03-16T00:00:00.000Z' }),
      claims: [aClaim({ id: 'claim-2' }), aClaim({ id: 'claim-3' })],
      incidents: [{ incident: anIncident({ id: 'inc-2' }) }],
      alerts: [anAlert({ id: 'alert-2', incidentId: 'inc-2' })],
    });
    await expect(store.commit(again, '"etag-1"')).rejects.toThrow(AlreadyCommittedError);
    expect(await store.listReports()).toEqual([aReport()]);
    expect((await store.listClaims()).map((c) => c.id)).toEqual(['claim-1']);
    expect((await store.listIncidents()).map((i) => i.id)).toEqual(['inc-1']);
    expect((await store.listAlerts()).map((a) => a.id)).toEqual(['alert-1']);
    expect(await store.getReportByHash('sha256-other')).toBeUndefined();
  });

  it('refuses the same content under another key', async () => {
    await store.commit(aCommit(), '"etag-1"');
    const copy = aCommit({
      report: aReport({ key: 'reports/2024/copy.txt' }),
      claims: [aClaim({ id: 'claim-9', reportKey: 'reports/2024/copy.txt' })],
      incidents: [],
      alerts: [],
    });
    await expect(store.commit(copy, '"etag-9"')).rejects.toThrow(/already committed: content hash sha256-aaaa/);
    expect(await store.getReportByObject('reports/2024/copy.txt', '"etag-9"')).toBeUndefined();
    expect(await store.listClaims()).toHaveLength(1);
  });

  it('refuses an alert id that exists already', async () => {
    await store.commit(aCommit(), '"etag-1"');
    const second = aCommit({
      report: aReport({ key: 'r/2', contentHash: 'h2' }),
      claims: [],
      incidents: [],
      alerts: [anAlert()],
    });
    await expect(store.commit(second, '"e2"')).rejects.toThrow(AlreadyCommittedError);
    expect(await store.getReportByObject('r/2', '"e2"')).toBeUndefined();
  });

  it('keeps the claims of each version of an object apart', async () => {
    await store.commit(aCommit({ claims: [aClaim({ id: 'v1-a' }), aClaim({ id: 'v1-b' })] }), 'v1');
    const v2 = aCommit({
      report: aReport({ contentHash: 'sha256-v2', processedAt: '2024-03-20T00:00:00.000Z' }),
      claims: [aClaim({ id: 'v2-a' })],
      incidents: [],
      alerts: [],
    });
    await store.commit(v2, 'v2');
    expect((await store.listClaims()).map((c) => c.id)).toEqual(['v1-a', 'v1-b', 'v2-a']);
    expect((await store.listReports()).map((r) => r.contentHash)).toEqual(['sha256-aaaa', 'sha256-v2']);
  });

  it('raises ConcurrentUpdateError when an incident changed since it was read, and writes nothing', async () => {
    await store.commit(aCommit(), '"etag-1"');
    const update = (key: string, hash: string) =>
      aCommit({
        report: aReport({ key, contentHash: hash }),
        claims: [aClaim({ id: `claim-${hash}`, reportKey: key })],
        incidents: [
          { incident: anIncident({ version: 1, reportKeys: ['reports/2024/aleppo-1.txt', key] }), expectedVersion: 0 },
        ],
        alerts: [anAlert({ id: `alert-${hash}`, type: 'COUNT_RAISED', reportKey: key })],
      });
    await store.commit(update('r/b', 'hb'), '"b"');
    expect((await store.listIncidents())[0]?.version).toBe(1);
    // A second writer that also read version 0 loses.
    await expect(store.commit(update('r/c', 'hc'), '"c"')).rejects.toThrow(ConcurrentUpdateError);
    expect(await store.getReportByObject('r/c', '"c"')).toBeUndefined();
    expect(await store.getReportByHash('hc')).toBeUndefined();
    expect((await store.listAlerts()).map((a) => a.id)).toEqual(['alert-1', 'alert-hb'].sort());
    // Creating an incident whose id is taken is the same race.
    const clash = aCommit({ report: aReport({ key: 'r/d', contentHash: 'hd' }), claims: [], alerts: [] });
    await expect(store.commit(clash, '"d"')).rejects.toThrow(ConcurrentUpdateError);
  });
});

describe('findIncidents', () => {
  const incidents = {
    boundary: anIncident({ id: 'boundary', placeIds: ['p1'], date: { from: '2024-03-30', to: '2024-04-02' } }),
    march: anIncident({ id: 'march', placeIds: ['p1'], date: { from: '2024-03-14', to: '2024-03-14' } }),
    may: anIncident({ id: 'may', placeIds: ['p1'], date: { from: '2024-05-20', to: '2024-05-21' } }),
    elsewhere: anIncident({ id: 'elsewhere', placeIds: ['p2'], date: { from: '2024-04-01', to: '2024-04-01' } }),
  };

  beforeEach(async () => {
    await store.commit(
      {
        report: aReport(),
        claims: [],
        incidents: Object.values(incidents).map((incident) => ({ incident })),
        alerts: [],
      },
      '"etag-1"',
    );
  });

  const ids = async (placeKeys: string[], from: string, to: string) =>
    (await store.findIncidents({ placeKeys, lockKeys: [], from, to })).incidents.map((i) => i.id).sort();

  it('finds an incident whose range crosses a month boundary from either month', async () => {
    expect(await ids(['p1'], '2024-04-01', '2024-04-05')).toEqual(['boundary']);
    expect(await ids(['p1'], '2024-03-10', '2024-03-31')).toEqual(['boundary', 'march']);
  });

  it('returns only incidents of the looked-up places whose ranges overlap', async () => {
    expect(await ids(['p1', 'p2'], '2024-04-01', '2024-04-01')).toEqual(['boundary', 'elsewhere']);
    // "may" is in the May bucket but does not overlap the lookup: the overlap is re-checked.
    expect(await ids(['p1'], '2024-05-01', '2024-05-10')).toEqual([]);
    expect(await ids(['p1'], '2024-05-21', '2024-05-30')).toEqual(['may']);
    expect(await ids(['unknown-place'], '2024-03-01', '2024-06-30')).toEqual([]);
  });

  it('uses key lookups only (Query and BatchGetItem, never Scan)', async () => {
    const send = vi.spyOn(ddb.client(), 'send');
    try {
      await store.findIncidents({ placeKeys: ['p1', 'p2'], lockKeys: ['p1'], from: '2024-03-01', to: '2024-05-31' });
      const commands = new Set(send.mock.calls.map(([command]) => command.constructor.name));
      expect(commands).toEqual(new Set(['QueryCommand', 'BatchGetItemCommand']));
      // 2 place keys × 3 months.
      expect(send.mock.calls.filter(([command]) => command.constructor.name === 'QueryCommand')).toHaveLength(6);
    } finally {
      send.mockRestore();
    }
  });

  it('ignores stale index items after an incident moved', async () => {
    const moved = { ...incidents.may, date: { from: '2024-07-01', to: '2024-07-02' }, version: 1 };
    await store.commit(
      {
        report: aReport({ key: 'r/moved', contentHash: 'hm' }),
        claims: [],
        incidents: [{ incident: moved, expectedVersion: 0 }],
        alerts: [],
      },
      '"m"',
    );
    expect(await ids(['p1'], '2024-05-15', '2024-05-31')).toEqual([]);
    expect(await ids(['p1'], '2024-07-01', '2024-07-01')).toEqual(['may']);
  });
});

describe('place locks', () => {
  const lookup = { placeKeys: ['place-example'], lockKeys: ['lock-a'], from: '2024-03-14', to: '2024-03-14' };
  const opening = (n: number) =>
    aCommit({
      report: aReport({ key: `r/${n}`, contentHash: `h${n}` }),
      claims: [],
      alerts: [],
      incidents: [{ incident: anIncident({ id: `inc-${n}` }), lockKeys: ['lock-a'] }],
    });

  it('reads a lock never written as version 0, and a commit moves it on', async () => {
    const first = await store.findIncidents(lookup);
    expect(first.lockVersions).toEqual([{ lockKey: 'lock-a', month: '2024-03', version: 0 }]);
    await store.commit({ ...opening(1), lockVersions: first.lockVersions }, '"1"');
    const second = await store.findIncidents(lookup);
    expect(second.lockVersions).toEqual([{ lockKey: 'lock-a', month: '2024-03', version: 1 }]);
    expect(second.incidents.map((i) => i.id)).toEqual(['inc-1']);
  });

  it('cancels the second of two commits that read the same lock version, and writes none of it', async () => {
    const a = await store.findIncidents(lookup);
    const b = await store.findIncidents(lookup);
    await store.commit({ ...opening(1), lockVersions: a.lockVersions }, '"1"');
    await expect(store.commit({ ...opening(2), lockVersions: b.lockVersions }, '"2"')).rejects.toThrow(
      ConcurrentUpdateError,
    );
    expect((await store.listIncidents()).map((i) => i.id)).toEqual(['inc-1']);
    expect(await store.getReportByObject('r/2', '"2"')).toBeUndefined();
  });

  it('cancels a commit whose lock another writer moved without reading it (an incident indexed under it)', async () => {
    const a = await store.findIncidents(lookup);
    await store.commit(opening(1), '"1"');
    await expect(store.commit({ ...opening(2), lockVersions: a.lockVersions }, '"2"')).rejects.toThrow(
      /changed by another writer: lock lock-a 2024-03 @ 0/,
    );
  });
});

describe('alerts outbox', () => {
  it('marks an alert published once: true, then false', async () => {
    await store.commit(
      aCommit({ alerts: [anAlert(), anAlert({ id: 'alert-0', createdAt: '2024-03-15T09:00:00.000Z' })] }),
      '"etag-1"',
    );
    expect((await store.listUnpublishedAlerts()).map((a) => a.id)).toEqual(['alert-0', 'alert-1']);
    expect(await store.isAlertPublished('alert-1')).toBe(false);
    expect(await store.markAlertPublished('alert-1', '2024-03-15T10:01:00.000Z')).toBe(true);
    expect(await store.markAlertPublished('alert-1', '2024-03-15T10:02:00.000Z')).toBe(false);
    expect(await store.isAlertPublished('alert-1')).toBe(true);
    expect(await store.isAlertPublished('no-such-alert')).toBe(false);
    expect((await store.listUnpublishedAlerts()).map((a) => a.id)).toEqual(['alert-0']);
    expect((await store.listAlerts()).map((a) => a.id)).toEqual(['alert-0', 'alert-1']);
    const raw = await ddb
      .client()
      .send(new GetItemCommand({ TableName: tables.alertsTableName, Key: { id: { S: 'alert-1' } } }));
    expect(raw.Item?.publishedAt).toEqual({ S: '2024-03-15T10:01:00.000Z' });
    expect(raw.Item?.expiresAt).toBeUndefined();
  });

  it('refuses to mark an alert that was never written', async () => {
    await expect(store.markAlertPublished('ghost', '2024-03-15T10:00:00.000Z')).rejects.toThrow(/no alert ghost/);
  });

  it('sets a TTL on published alerts when given a retention', async () => {
    const retaining = new DynamoDbStore({ client: ddb.client(), ...tables, alertRetentionDays: 30 });
    await retaining.commit(aCommit(), '"etag-1"');
    expect(await retaining.markAlertPublished('alert-1', '2024-03-15T10:00:00.000Z')).toBe(true);
    const raw = await ddb
      .client()
      .send(new GetItemCommand({ TableName: tables.alertsTableName, Key: { id: { S: 'alert-1' } } }));
    expect(raw.Item?.expiresAt).toEqual({ N: String(Date.parse('2024-03-15T10:00:00.000Z') / 1000 + 30 * 86_400) });
  });
});

describe('recordStatus', () => {
  it('records a rejected report, lets a later status replace it, but never overwrites a processed one', async () => {
    const rejected = aReport({
      key: 'r/x',
      status: 'rejected',
      reason: 'not a report',
      claimCount: 0,
      contentHash: undefined,
    });
    await store.recordStatus(rejected, '"x"');
    expect(await store.getReportByObject('r/x', '"x"')).toEqual(rejected);
    const failed = { ...rejected, status: 'failed' as const, reason: 'extractor down' };
    await store.recordStatus(failed, '"x"');
    expect((await store.getReportByObject('r/x', '"x"'))?.status).toBe('failed');

    await store.commit(aCommit(), '"etag-1"');
    await store.recordStatus(aReport({ status: 'duplicate', duplicateOf: 'r/other', claimCount: 0 }), '"etag-1"');
    expect(await store.getReportByObject('reports/2024/aleppo-1.txt', '"etag-1"')).toEqual(aReport());
  });

  it('lets a report recorded as failed be committed later', async () => {
    await store.recordStatus(aReport({ status: 'failed', claimCount: 0 }), '"etag-1"');
    await store.commit(aCommit(), '"etag-1"');
    expect(await store.getReportByObject('reports/2024/aleppo-1.txt', '"etag-1"')).toEqual(aReport());
  });
});
