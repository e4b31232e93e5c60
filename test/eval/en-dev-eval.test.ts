// `claimwatch eval` on the invented English corpus (test/fixtures/en-dev, scored as ../shared/gold/FORMAT.md
// says) through the whole local pipeline.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFile } from '../../shared/eval/gold.ts';
import { scoreRun } from '../../shared/eval/score.ts';
import { runLocal } from '../../shared/local/runtime.ts';

const dir = resolve(import.meta.dirname, '../fixtures/en-dev');

describe('eval on the invented English corpus with the rules extractor', () => {
  it('keeps alert and claim scores at their measured floors', { timeout: 120_000 }, async () => {
    const gold = GoldFile.parse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
    expect(gold.reports).toHaveLength(10);
    const run = await runLocal({ inputs: gold.reports.map((r) => join(dir, r.file)), extractor: 'rules', log: () => {} });
    const score = scoreRun(gold, run);
    expect(score.alertRecall).toBe(1);
    expect(score.alertPrecision).toBe(1);
    expect(score.countAccuracy).toBe(1);
    expect(score.claimRecall).toBe(1);
    expect(score.claimPrecision).toBe(1);
    // Includes the Kafr Zita claim whose 41 killed is the sum of two sides' fighters in its quote.
    expect(score.misses).toEqual([]);
  });
});
