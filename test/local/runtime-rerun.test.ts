// Idempotence across runs: the same reports into the same --data add no claims and send no alert.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient, startDynamoDbLocal } from '../../cli/local/dynamodb-local.ts';
import type { RunResult } from '../../cli/local/run-result.ts';
import { LOCAL_TABLES, runLocal } from '../../cli/local/runtime.ts';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/index.ts';

// Reports written for this test (invented).
const REPORT_A = 'قال مرصد تجريبي إن 6 مدنيين قتلوا بقصف على بلدة هجين يوم 3 آذار/مارس 2019.';
const REPORT_B = 'An invented monitor said 4 civilians were killed in shelling on Mayadin on March 3, 2019.';

describe('runLocal twice into the same data directory', () => {
  let dir = '';
  let first: RunResult;
  let second: RunResult;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-rerun-'));
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    await writeFile(join(inputs, 'a.txt'), REPORT_A);
    await writeFile(
      join(inputs, 'a.meta.json'),
      JSON.stringify({ publishedAt: '2019-03-04', language: 'ar', source: 'test' }),
    );
    await writeFile(join(inputs, 'b.txt'), REPORT_B);
    await writeFile(
      join(inputs, 'b.meta.json'),
      JSON.stringify({ publishedAt: '2019-03-04', language: 'en', source: 'test' }),
    );
    const data = join(dir, 'data');
    first = await runLocal({
      inputs: [inputs],
      dataDir: data,
      extractor: 'rules',
      out: join(dir, 'one.json'),
      log: () => {},
    });
    second = await runLocal({
      inputs: [inputs],
      dataDir: data,
      extractor: 'rules',
      out: join(dir, 'two.json'),
      log: () => {},
    });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the first run raises alerts', () => {
    expect(first.alerts.length).toBeGreaterThanOrEqual(2);
    expect(first.reports.every((r) => r.status === 'processed' && !r.replay)).toBe(true);
  });

  it('the second run sends no alert and marks both reports as replays with the same claims', async () => {
    expect(second.alerts).toEqual([]);
    expect(second.reports.map((r) => r.replay)).toEqual([true, true]);
    expect(second.reports.map((r) => r.claims)).toEqual(first.reports.map((r) => r.claims));
    expect(second.incidents).toEqual(first.incidents);
    expect((await readFile(join(dir, 'alerts.jsonl'), 'utf8')).trim()).toBe('');
  });

  it('the store holds each claim once', async () => {
    const dynamo = await startDynamoDbLocal({ dataDir: join(dir, 'data', 'dynamodb') });
    const client = createLocalDynamoDbClient(dynamo.endpoint);
    try {
      const store = new DynamoDbStore({ client, ...LOCAL_TABLES });
      const claims = await store.listClaims();
      const firstCount = first.reports.reduce((n, r) => n + r.claims.length, 0);
      expect(firstCount).toBeGreaterThan(0);
      expect(claims).toHaveLength(firstCount);
      expect(await store.listUnpublishedAlerts()).toEqual([]);
      expect(await store.listAlerts()).toHaveLength(first.alerts.length);
    } finally {
      client.destroy();
      await dynamo.stop();
    }
  });
});
