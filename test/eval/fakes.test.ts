// `eval --fakes` on the FA-KES dev articles: every article whose figure is not its annotation is in exactly one
// miss category.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFakes, scoreFakes } from '../../cli/eval/fakes.ts';
import { localExtraction } from '../../cli/local/local-extraction.ts';
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
