import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, stated } from './claim-helpers.ts';

// Sentences written for these tests.
describe('rules extractor: signed and huge figures', () => {
  it('reads no count from a number with a minus sign, in either language', async () => {
    const en = await extractChecked({
      text: 'The Syrian Observatory said an airstrike on Hajin killed -12 civilians on Monday.',
      publishedAt: '2018-11-10',
    });
    const ar = await extractChecked({
      text: 'قال المرصد إن غارة على هجين أدت إلى مقتل -12 مدنيا.',
      publishedAt: '2018-11-10',
    });
    expect(casualties(en.claims)).toEqual([]);
    expect(casualties(ar.claims)).toEqual([]);
  });

  it('still reads a figure after a dash between words', async () => {
    const { claims } = await extractChecked({
      text: 'The Syrian Observatory said an airstrike on Hajin killed - 12 civilians on Monday.',
      publishedAt: '2018-11-10',
    });
    expect(stated(casualties(claims)[0])).toEqual({ civilians_killed: 12 });
  });

  it('keeps a figure above any plausible toll, so grounding can flag it rather than lose it', async () => {
    const { claims } = await extractChecked({
      text: 'The Syrian Observatory said an airstrike on Hajin killed 99999999999 civilians on Monday.',
      publishedAt: '2018-11-10',
    });
    // So large a figure reads as a war-wide total; either way it is kept for grounding to judge.
    expect(claims.map(stated)).toEqual([{ civilians_killed: 99_999_999_999 }]);
  });
});
