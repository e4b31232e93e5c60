// Arabic classes the blind corpus (test/fixtures/ar-blind) showed the rules extractor misread. Every sentence here
// is written for this test, not taken from the corpus, so each test checks a pattern rather than one file.
import { describe, expect, it } from 'vitest';
import { extractChecked, ofType } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2019-03-14', source?: string) =>
  (await extractChecked({ text, publishedAt, ...(source ? { source } : {}) })).claims;

describe('headline restatements', () => {
  it(
    'merges a headline "N قتيلاً" into the body claim that states N ' + 'civilians, even beside another killed figure',
    async () => {
      const claims = await claimsOf(
        'حصيلة قصف هجين ترتفع إلى 26 قتيلاً\n\n' +
          'ارتفعت حصيلة القصف على هجين إلى 26 قتيلاً مدنياً بينهم 8 أطفال، بحسب الدفاع المدني، ' +
          'فيما قتل 4 عناصر في اشتباكات.',
        '2019-03-14',
        'Some outlet',
      );
      const casualties = ofType(claims, 'casualty');
      expect(casualties.filter((c) => c.claimant.name === 'Some outlet')).toEqual([]);
    },
  );
});
