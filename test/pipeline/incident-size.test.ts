// An incident takes a thousand reports: its item is a capped summary and each report's contribution an item of
// its own, so no item grows with the number of reports (DynamoDB refuses items over 400 KB; this asks < 100 KB).
import { type AttributeValue, ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import { alertsForReport } from '../../shared/domain/alert-rules.ts';
import { incidentLockKeys, incidentLookupFor, planIncidents } from '../../shared/domain/incidents.ts';
import type { Claim, Report } from '../../shared/domain/schema.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import { useDynamoDbLocal } from '../support/dynamodb.ts';

const ddb = useDynamoDbLocal();
const gazetteer = loadDefaultGazetteer();
const REPORTS = 1_000;
const mayadin = gazetteer.lookup('Mayadin').find((e) => e.kind === 'city' || e.kind === 'town');

/** DynamoDB's item size: attribute names plus values (numbers counted as their digits, a safe over-estimate). */
function itemBytes(item: Record<string, AttributeValue>): number {
  const value = (v: AttributeValue): number => {
    if (v.S !== undefined) return Buffer.byteLength(v.S);
    if (v.N !== undefined) return v.N.length + 1;
    if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
    if (v.L) return 3 + v.L.reduce((n, x) => n + 1 + value(x), 0);
    if (v.M) return 3 + itemBytes(v.M);
    return 0;
  };
  return Object.entries(item).reduce((n, [name, v]) => n + Buffer.byteLength(name) + value(v), 0);
}

describe('an incident with a thousand reports', () => {
  it('commits every report and keeps every item under 100 KB', { timeout: 600_000 }, async () => {
    expect(mayadin).toBeDefined();
    const tables = await ddb.freshTables('size');
    const store = new DynamoDbStore({ client: ddb.client(), ...tables });
    const place = gazetteer.toPlace(mayadin!);
    // Long keys, claimant names and quotes, all different, as a thousand outlets would send.
    const filler = ' The monitor added that rescue teams were still searching the rubble of several houses.'.repeat(9);
    for (let i = 0; i < REPORTS; i++) {
      const key = `reports/2019/03/${'outlet-'.repeat(20)}${String(i).padStart(4, '0')}.txt`;
      const now = new Date(Date.UTC(2019, 2, 4, 0, 0, i)).toISOString();
      const report: Report = {
        key,
        contentHash: `hash-${i}`,
        publishedAt: '2019-03-04',
        status: 'processed',
        claimCount: 1,
        processedAt: now,
      };
      const claim: Claim = {
        id: `claim-${i}`,
        reportKey: key,
        type: i % 10 === 9 ? 'denial' : 'casualty',
        claimant: { name: `Invented monitor number ${i} of the eastern countryside` },
        place,
        date: { from: '2019-03-03', to: '2019-03-03' },
        counts:
          i % 10 === 9
            ? {}
            : { civilians_killed: { stated: 5 + i, qualifier: 'exact' }, injured: { stated: i, qualifier: 'about' } },
        evidence: `${5 + i} civilians were killed in shelling on Mayadin.${filler}`,
      };
      const lookup = incidentLookupFor([claim], report.publishedAt, gazetteer)!;
      const found = await store.findIncidents(lookup);
      const plan = planIncidents({ report, claims: [claim], candidates: found.incidents, places: gazetteer, now });
      await store.commit(
        {
          report,
          claims: plan.claims,
          incidents: plan.changes.map((c) => ({
            incident: c.after,
            expectedVersion: c.before?.version,
            lockKeys: incidentLockKeys(c.after, gazetteer),
            contribution: c.contribution,
          })),
          alerts: alertsForReport(report, plan.claims, plan.changes, now),
          lockVersions: found.lockVersions,
        },
        `"${i}"`,
      );
    }

    const incidents = await store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.reportCount).toBe(REPORTS);
    expect(incidents[0]?.counts.civilians_killed?.high).toBe(5 + 998);
    const detail = await store.getIncidentDetail(incidents[0]!.id);
    expect(detail?.reportKeys).toHaveLength(REPORTS);
    expect(detail?.figures).toHaveLength(900 * 2);
    expect(detail?.denials).toHaveLength(100);

    let largest = { bytes: 0, pk: '', sk: '' };
    for (const table of [tables.tableName, tables.alertsTableName]) {
      let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await ddb.client().send(new ScanCommand({ TableName: table, ExclusiveStartKey }));
        for (const item of page.Items ?? []) {
          const bytes = itemBytes(item);
          if (bytes > largest.bytes) largest = { bytes, pk: item.pk?.S ?? item.id?.S ?? '', sk: item.sk?.S ?? '' };
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
    }
    console.log(`largest item after ${REPORTS} reports: ${largest.bytes} bytes (${largest.pk} ${largest.sk})`);
    expect(largest.bytes).toBeLessThan(100_000);
  });
});
