import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../shared/domain/schema.ts';
import { extractInWindows } from '../../shared/extraction/long-reports.ts';
import { RulesExtractor } from '../../shared/extraction/rules/index.ts';
import type { ExtractionInput, ExtractionResult } from '../../shared/ports/extractor.ts';
import { estimateTokens } from '../../shared/text/split-text.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

// Sentences written for these tests.
const FILLER = 'وأضاف السكان أن القصف تواصل طوال الليل على الأحياء السكنية وأن فرق الإنقاذ لم تتمكن من الوصول. ';
const CLAIM = 'وقال المرصد السوري لحقوق الإنسان إن غارة على بلدة هجين أدت إلى مقتل 17 مدنيا. ';

/** A fake extractor that records the windows it sees and finds CLAIM wherever it is whole. */
function recording(): { seen: string[]; extract: (input: ExtractionInput) => Promise<ExtractionResult> } {
  const seen: string[] = [];
  return {
    seen,
    extract: async (input) => {
      seen.push(input.text);
      const claims: ExtractedClaim[] = input.text.includes(CLAIM.trim())
        ? [
            {
              type: 'casualty',
              claimant: { name: 'المرصد السوري لحقوق الإنسان' },
              counts: { civilians_killed: { stated: 17, qualifier: 'exact' } },
              evidence: CLAIM.trim(),
            },
          ]
        : [];
      return { language: 'ar', title: `window ${seen.length}`, claims };
    },
  };
}

describe('extractInWindows', () => {
  it('reads a short report in one call', async () => {
    const fake = recording();
    const result = await extractInWindows({ reportKey: 'k', text: CLAIM }, fake.extract, 200, 20);
    expect(fake.seen).toEqual([CLAIM]);
    expect(result.claims).toHaveLength(1);
  });

  it('keeps a claim that straddles a window boundary, once, and the first window stands for the report', async () => {
    const before = FILLER.repeat(Math.ceil(200 / estimateTokens(FILLER)) - 1);
    const text = before + CLAIM + FILLER.repeat(20);
    const fake = recording();
    const result = await extractInWindows({ reportKey: 'k', text }, fake.extract, 200, 60);
    expect(fake.seen.length).toBeGreaterThan(3);
    for (const window of fake.seen) expect(estimateTokens(window)).toBeLessThanOrEqual(200);
    // The claim's sentence is whole in at least one window (the overlap carries it across the boundary).
    expect(fake.seen.filter((w) => w.includes(CLAIM.trim())).length).toBeGreaterThanOrEqual(1);
    expect(result.claims).toHaveLength(1);
    expect(result.title).toBe('window 1');
  });

  it('gives the rules extractor the same claims window by window as whole on a report of many events', async () => {
    const extractor = new RulesExtractor(testGazetteer());
    const events = Array.from({ length: 60 }, (_, i) => CLAIM.replace('17', String(i + 3)) + FILLER.repeat(8));
    const text = events.join('\n\n');
    expect(estimateTokens(text)).toBeGreaterThan(8_000 * 2);
    const { claims } = await extractor.extract({ reportKey: 'k', text, publishedAt: '2018-11-10' });
    const figures = claims.map((c) => c.counts.civilians_killed?.stated).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(figures).toEqual(Array.from({ length: 60 }, (_, i) => i + 3));
  });
});
