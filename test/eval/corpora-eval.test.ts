// The project's own invented corpora (test/fixtures/*: reports with gold files, see each README) through the
// whole local pipeline, scored as ../shared/gold/FORMAT.md says. ar-dev, en-dev and fr-dev were written to develop
// the extractor (fr-dev its French record); ar-blind and en-blind were annotated before the extractor ever read
// them (first scores: alert recall 0.71 and 0.54), then used to fix what they showed, and now score 1.00;
// ar-blind2 and en-blind2, the second blind pair (first contact 0.83 and 0.74), are held at what the last fixes
// reached. A change that lowers a score is a regression, and the misses say where.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFile } from '../../cli/eval/gold.ts';
import { scoreRun } from '../../cli/eval/score.ts';
import { runLocal } from '../../cli/local/runtime.ts';

const CORPORA = ['ar-dev', 'en-dev', 'fr-dev', 'ar-blind', 'en-blind'] as const;

/** The second blind pair: floors at the scores measured after the last fixes (alerts, counts, claims). */
const FLOORS = {
  'ar-blind2': {
    alertRecall: 1,
    alertPrecision: 18 / 19,
    countAccuracy: 1,
    claimRecall: 21 / 22,
    claimPrecision: 0.75,
  },
  'en-blind2': { alertRecall: 22 / 23, alertPrecision: 1, countAccuracy: 1, claimRecall: 1, claimPrecision: 0.96 },
} as const;

async function score(name: string) {
  const dir = resolve(import.meta.dirname, '../fixtures', name);
  const gold = GoldFile.parse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
  const run = await runLocal({
    inputs: gold.reports.map((r) => join(dir, r.file)),
    inputOrder: 'as-given',
    extractor: 'rules',
    log: () => {},
  });
  return scoreRun(gold, run);
}

describe('eval on the invented corpora with the rules extractor', () => {
  for (const name of CORPORA) {
    it(`${name}: every required alert and claim, nothing false, the gold counts`, { timeout: 120_000 }, async () => {
      expect({ ...(await score(name)), tallies: undefined }).toEqual({
        alertRecall: 1,
        alertPrecision: 1,
        countAccuracy: 1,
        claimRecall: 1,
        claimPrecision: 1,
        tallies: undefined,
        misses: [],
      });
    });
  }

  for (const [name, floors] of Object.entries(FLOORS)) {
    it(`${name}: at least the scores last measured`, { timeout: 120_000 }, async () => {
      const result = await score(name);
      for (const [measure, floor] of Object.entries(floors))
        expect(result[measure as keyof typeof floors], measure).toBeGreaterThanOrEqual(floor - 0.005);
    });
  }
});
