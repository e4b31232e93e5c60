// `claimwatch run --concurrency 20` on 20 reports about one event: they are processed side by side, as parallel
// Lambda invocations would, and still end in one incident with one NEW_INCIDENT alert.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../cli/local/run-result.ts';
import { runLocal } from '../../cli/local/runtime.ts';

/** Invented reports: one town and day, a different figure each. */
const reportText = (civilians: number) =>
  `An invented monitor said ${civilians} civilians were killed in shelling on Mayadin on March 3, 2019.`;

describe('runLocal with 20 reports in flight at once', () => {
  let dir = '';
  let result: RunResult;
  const lines: string[] = [];
  const keys = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}.txt`);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-concurrency-'));
    for (const [i, key] of keys.entries()) {
      await writeFile(join(dir, key), reportText(5 + i));
      await writeFile(join(dir, key.replace('.txt', '.meta.json')), JSON.stringify({ publishedAt: '2019-03-04' }));
    }
    result = await runLocal({
      inputs: [dir],
      extractor: 'rules',
      concurrency: 20,
      out: join(dir, 'out', 'result.json'),
      log: (line) => lines.push(line),
    });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('processes every report and keeps them in upload order in the result', () => {
    expect(result.reports.map((r) => r.key)).toEqual(keys);
    expect(result.reports.map((r) => r.status)).toEqual(Array(20).fill('processed'));
    expect(lines.filter((line) => /^\[\s*\d+\/20\]/.test(line))).toHaveLength(20);
  });

  it('ends in one incident with the highest figure and one NEW_INCIDENT', () => {
    expect(result.incidents).toHaveLength(1);
    expect(result.incidents[0]?.counts.civilians_killed?.high).toBe(24);
    expect(result.alerts.filter((a) => a.type === 'NEW_INCIDENT')).toHaveLength(1);
  });
});
