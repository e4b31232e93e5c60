// `eval --fakes` on the FA-KES dev articles: every article whose figure is not its annotation is in exactly one
// miss category.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFakes, scoreFakes } from '../../cli/eval/fakes.ts';
import { localExtraction } from '../../cli/local/local-extraction.ts';
import type { ExtractedClaim } from '../../shared/domain/schema.ts';
import type { Extractor } from '../../shared/ports/extractor.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';

describeWithShared('FA-KES scoring', () => {
  it('puts each wrong article in one category', async () => {
    const articles = parseFakes(readFileSync(join(sharedDir, 'data/fa-kes-dev.jsonl'), 'utf8'));
    const score = await scoreFakes(articles, localExtraction({ kind: 'rules' }).extractor);
    const missed = score.rows.filter((r) => (r.got ?? 0) !== r.gold);
    expect(missed.length).toBe(score.annotated - score.exact);
    expect(missed.every((r) => r.miss !== undefined)).toBe(true);
    expect(score.rows.filter((r) => r.miss !== undefined)).toEqual(missed);
    expect(Object.values(score.misses).reduce((a, b) => a + b, 0)).toBe(missed.length);
    expect(score.misses['annotation 0']).toBe(missed.filter((r) => r.gold === 0).length);
  });
});

describe('FA-KES scoring of victim categories', () => {
  /** An extractor that reads "<n> fighters" or "<n> civilians" off an invented one-line article. */
  const invented: Extractor = {
    name: 'invented',
    extract: async ({ text }) => {
      const [, n, who] = text.match(/(\d+) (fighters|civilians)/) ?? [];
      const metric = who === 'fighters' ? 'combatants_killed' : 'civilians_killed';
      const claim: ExtractedClaim = {
        type: 'casualty',
        claimant: { name: 'Monitor' },
        counts: n ? { [metric]: { stated: Number(n), qualifier: 'exact' } } : {},
        evidence: text,
      };
      return { language: 'en', claims: [claim] };
    },
  };

  it('counts an article whose only dead are combatants as no civilian figure', async () => {
    const score = await scoreFakes(
      [
        { id: 'a', title: '', text: 'Airstrike kills 22 fighters near the town.', civilians: 0, noncivilians: 22 },
        { id: 'b', title: '', text: 'Shelling kills 12 fighters at a checkpoint.', civilians: 4, noncivilians: 12 },
        { id: 'c', title: '', text: 'Strike kills 7 civilians in the market.', civilians: 7, noncivilians: 0 },
      ],
      invented,
    );
    expect(score.rows).toEqual([
      { id: 'a', gold: 0, got: null },
      { id: 'b', gold: 4, got: null, miss: 'combatants only' },
      { id: 'c', gold: 7, got: 7 },
    ]);
    expect(score.exact).toBe(2);
  });
});
