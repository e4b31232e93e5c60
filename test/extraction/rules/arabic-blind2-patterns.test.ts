// Arabic classes the second blind corpus (test/fixtures/ar-blind2) showed the rules extractor misread. Every
// sentence here is written for this test, not taken from the corpus, so each test checks a pattern.
import { describe, expect, it } from 'vitest';
import { extractChecked, ofType, stated } from './claim-helpers.ts';

const casualties = async (text: string) =>
  ofType((await extractChecked({ text, publishedAt: '2020-02-03' })).claims, 'casualty');

describe('figures that are not casualty counts', () => {
  it('drops "N من الضحايا" (a part of a toll already stated)', async () => {
    const claims = await casualties(
      'قتل 9 مدنيين في غارة على السوق.\n\nوأوضح ناشطون أن 5 من الضحايا ينتمون إلى أسرة واحدة.',
    );
    expect(claims.map(stated)).toEqual([{ civilians_killed: 9 }]);
  });
});
