import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../shared/domain/schema.ts';
import { mergeClaims } from '../../shared/extraction/merge-parts.ts';
import { estimateTokens, splitReport } from '../../shared/text/split-text.ts';

const SENTENCE_AR = 'قصفت طائرات حربية أطراف البلدة صباح اليوم وأفاد سكان بسقوط قتلى وجرحى بين المدنيين. ';
const SENTENCE_EN = 'Residents said the shelling continued through the night and several houses were destroyed. ';

describe('estimateTokens', () => {
  it('counts Arabic script at about two characters a token and other text at about four', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd'.repeat(100))).toBe(100);
    expect(estimateTokens('ببب'.repeat(100))).toBe(150);
    expect(estimateTokens(SENTENCE_AR)).toBeGreaterThan(estimateTokens(SENTENCE_EN) * 1.2);
  });
});

describe('splitReport', () => {
  const text = Array.from({ length: 40 }, (_, i) => `${i}: ${i % 2 ? SENTENCE_AR : SENTENCE_EN}`).join('');

  it('returns a short text whole', () => {
    expect(splitReport(SENTENCE_AR, 1000)).toEqual([SENTENCE_AR]);
  });

  it('cuts between sentences into parts within the budget, each overlapping the previous one', () => {
    const parts = splitReport(text, 400, 60);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(estimateTokens(part)).toBeLessThanOrEqual(400);
    for (let i = 1; i < parts.length; i++) {
      const firstSentence = parts[i]?.match(/^\d+: [^.]*\. /)?.[0];
      expect(firstSentence).toBeDefined();
      expect(parts[i - 1]).toContain(firstSentence);
    }
    // Nothing is lost: every numbered sentence is in some part.
    for (let i = 0; i < 40; i++) expect(parts.some((p) => p.includes(`${i}: `))).toBe(true);
  });

  it('cuts inside a sentence longer than the budget, and refuses a budget too small to make progress', () => {
    const oneLongSentence = 'كلمة '.repeat(2000);
    const parts = splitReport(oneLongSentence, 500);
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) expect(estimateTokens(part)).toBeLessThanOrEqual(500);
    expect(() => splitReport(oneLongSentence, 10)).toThrow(RangeError);
  });
});

describe('mergeClaims', () => {
  const base: ExtractedClaim = {
    type: 'casualty',
    claimant: { name: 'المرصد السوري' },
    counts: { killed: { stated: 7, qualifier: 'exact' } },
    evidence: 'قتل 7 أشخاص في القصف',
  };

  it('keeps a claim repeated in an overlap once, with the longer quote', () => {
    const longer = { ...base, evidence: 'وقال المرصد: قتل 7 أشخاص في القصف.' };
    expect(mergeClaims([[base], [longer]])).toEqual([longer]);
    expect(mergeClaims([[longer], [base]])).toEqual([longer]);
  });

  it('keeps claims that differ in figures, claimant, type or passage', () => {
    const otherFigure = { ...base, counts: { killed: { stated: 8, qualifier: 'exact' as const } } };
    const otherClaimant = { ...base, claimant: { name: 'الدفاع المدني' } };
    const otherType = { ...base, type: 'aggregate' as const };
    const otherPassage = { ...base, evidence: 'وفي حادثة أخرى قتل 7 أشخاص' };
    expect(
      mergeClaims([
        [base, otherFigure],
        [otherClaimant, otherType, otherPassage],
      ]),
    ).toHaveLength(5);
  });
});
