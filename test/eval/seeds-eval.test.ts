// Acceptance: `claimwatch eval` on the seed reports of ../shared, through the whole local pipeline
// (s3rver events → processing code → DynamoDB Local → outbox), scored as ../shared/gold/FORMAT.md says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GoldFile } from '../../cli/eval/gold.ts';
import { scoreRun } from '../../cli/eval/score.ts';
import { runLocal } from '../../cli/local/runtime.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';

describeWithShared('eval on the seeds with the rules extractor', () => {
  it('sends exactly the gold alerts with the gold counts and finds at least 90% of the gold claims', async () => {
    const gold = GoldFile.parse(JSON.parse(readFileSync(join(sharedDir, 'gold/seeds.gold.json'), 'utf8')));
    const run = await runLocal({
      inputs: gold.reports.map((r) => join(sharedDir, 'seeds', r.file)),
      extractor: 'rules',
      log: () => {},
    });
    const score = scoreRun(gold, run);
    const alertMisses = score.misses.filter((m) => /alert|counts/.test(m));
    expect({
      alertRecall: score.alertRecall,
      alertPrecision: score.alertPrecision,
      countAccuracy: score.countAccuracy,
      alertMisses,
    }).toEqual({
      alertRecall: 1,
      alertPrecision: 1,
      countAccuracy: 1,
      alertMisses: [],
    });
    expect(score.claimRecall).toBeGreaterThanOrEqual(0.9);
  });
});
