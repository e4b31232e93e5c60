// Does a report cost more as the archive grows? 100 reports into stores seeded directly with 10, 1,000 and 10,000
// incidents: DynamoDB calls and consumed capacity per report (counted by SDK middleware), and where each report's
// time goes (extract, DynamoDB, S3). Incidents are looked up by place and month, so the calls should stay flat.
import {
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { toItem } from '../shared/adapters/dynamodb/items.ts';
import { incidentIndexKeys, incidentKey } from '../shared/adapters/dynamodb/keys.ts';
import { addDays } from '../shared/domain/dates.ts';
import type { Incident } from '../shared/domain/schema.ts';
import { smsSegments } from '../shared/domain/sms-segments.ts';
import { parseGazetteerCsv } from '../shared/places/csv-gazetteer.ts';
import { SYRIA_CSV } from '../shared/places/data/syria.ts';
import { benchReports } from './bench-reports.ts';
import { STORE_GROWTH_MAX_RATIO } from './budgets.ts';
import { startLocalStack } from './local-stack.ts';
import { printTable } from './print-table.ts';

export const STORE_SIZES = [10, 1_000, 10_000] as const;
/** The archive the seeds spread over: every gazetteer place, every day of these years. */
const SEED_FIRST_DAY = '2011-01-01';
const SEED_DAYS = 16 * 365;

export interface GrowthRow {
  incidents: number;
  callsPerReport: number;
  capacityPerReport: number;
  writeUnitsPerReport: number;
  msPerReport: number;
  alertsPerReport: number;
  /** SMS segments per alert, over the alerts the run produced. */
  smsSegmentsPerAlert: number;
  extractMs: number;
  dynamoMs: number;
  s3Ms: number;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run seeds the same archive. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` incidents spread over the gazetteer's places and the archive's days, written with their index items. */
export async function seedIncidents(client: DynamoDBClient, tableName: string, count: number): Promise<void> {
  const places = parseGazetteerCsv(SYRIA_CSV);
  const next = random(count);
  const requests: WriteRequest[] = [];
  for (let i = 0; i < count; i++) {
    const place = places[Math.floor(next() * places.length)]!;
    const from = addDays(SEED_FIRST_DAY, Math.floor(next() * SEED_DAYS));
    const killed = 1 + Math.floor(next() * 40);
    const incident: Incident = {
      id: `seed-${i}`,
      place: { names: [place.nameEn || place.nameAr], placeId: place.id },
      placeIds: [place.id],
      date: { from, to: from },
      dateEstimated: false,
      perpetrators: [],
      counts: { killed: { low: killed, high: killed } },
      figures: [],
      denials: [],
      acknowledgments: [],
      reportKeys: [`seed/${i}.txt`],
      createdAt: `${from}T12:00:00.000Z`,
      updatedAt: `${from}T12:00:00.000Z`,
      version: 0,
    };
    requests.push({ PutRequest: { Item: toItem(incidentKey(incident.id), 'incident', incident) } });
    for (const key of incidentIndexKeys(incident)) {
      requests.push({ PutRequest: { Item: toItem(key, 'place-index', { incidentId: incident.id }) } });
    }
  }
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) batches.push(requests.slice(i, i + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let unprocessed: WriteRequest[] | undefined = batch;
      while (unprocessed && unprocessed.length > 0) {
        const out: BatchWriteItemCommandOutput = await client.send(
          new BatchWriteItemCommand({ RequestItems: { [tableName]: unprocessed } }),
        );
        unprocessed = out.UnprocessedItems?.[tableName];
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

async function measureAt(incidents: number, reportCount: number): Promise<GrowthRow & { kind: string }> {
  const stack = await startLocalStack();
  try {
    await seedIncidents(stack.dynamodb, stack.tables.tableName, incidents);
    const { kind, reports } = benchReports(reportCount);
    stack.dynamoTally.reset();
    stack.s3Tally.reset();
    stack.extractMs.total = 0;
    const start = performance.now();
    for (const report of reports) await stack.processReport(report.key, report.text, report.metadata);
    const ms = performance.now() - start;
    const per = (value: number) => value / reportCount;
    const alerts = await stack.deps.store.listAlerts();
    const segments = alerts.reduce((n, alert) => n + smsSegments(alert.sms).segments, 0);
    return {
      kind,
      incidents,
      callsPerReport: per(stack.dynamoTally.calls),
      capacityPerReport: per(stack.dynamoTally.capacityUnits),
      writeUnitsPerReport: per(stack.dynamoTally.writeUnits),
      msPerReport: per(ms),
      alertsPerReport: per(alerts.length),
      smsSegmentsPerAlert: alerts.length > 0 ? segments / alerts.length : 0,
      extractMs: per(stack.extractMs.total),
      dynamoMs: per(stack.dynamoTally.ms),
      s3Ms: per(stack.s3Tally.ms),
    };
  } finally {
    await stack.stop();
  }
}

let lastRows: GrowthRow[] | undefined;

/** The rows of the last store-growth run in this process (the cost model reads them). */
export function lastStoreGrowth(): GrowthRow[] | undefined {
  return lastRows;
}

export async function benchStoreGrowth(reportCount = 100): Promise<GrowthRow[]> {
  const rows: Array<GrowthRow & { kind: string }> = [];
  for (const size of STORE_SIZES) rows.push(await measureAt(size, reportCount));
  const smallest = rows[0]!;
  const largest = rows[rows.length - 1]!;
  const ratio = largest.callsPerReport / smallest.callsPerReport;
  console.log(`DynamoDB per report, ${reportCount} ${smallest.kind} into seeded stores (DynamoDB Local, s3rver):`);
  printTable(
    ['stored incidents', 'calls', 'capacity units', 'ms', 'extract ms', 'DynamoDB ms', 'S3 ms', 'other ms'],
    rows.map((r) => [
      r.incidents.toLocaleString('en-US'),
      r.callsPerReport.toFixed(2),
      r.capacityPerReport.toFixed(2),
      r.msPerReport.toFixed(1),
      r.extractMs.toFixed(1),
      r.dynamoMs.toFixed(1),
      r.s3Ms.toFixed(1),
      (r.msPerReport - r.extractMs - r.dynamoMs - r.s3Ms).toFixed(1),
    ]),
  );
  const verdict = ratio <= STORE_GROWTH_MAX_RATIO ? 'within' : 'over';
  console.log(
    `calls per report at ${largest.incidents.toLocaleString('en-US')} / at ${smallest.incidents}: ` +
      `${ratio.toFixed(2)} (${verdict} the ${STORE_GROWTH_MAX_RATIO} target)`,
  );
  lastRows = rows;
  return rows;
}
