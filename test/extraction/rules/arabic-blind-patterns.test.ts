// Arabic classes the blind corpus (test/fixtures/ar-blind) showed the rules extractor misread. Every sentence here
// is written for this test, not taken from the corpus, so each test checks a pattern rather than one file.
import { describe, expect, it } from 'vitest';
import { extractChecked, ofType, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2019-03-14', source?: string) =>
  (await extractChecked({ text, publishedAt, ...(source ? { source } : {}) })).claims;

describe('totals that are not incidents', () => {
  it(
    'reads a campaign toll since a calendar date, "منذ N أيام" and a ' + "region's two-day toll as aggregates",
    async () => {
      const since = await claimsOf('ووثق المرصد السوري مقتل 412 مدنياً في ريف دير الزور منذ 12 شباط الماضي.');
      expect(ofType(since, 'casualty')).toEqual([]);
      expect(stated(ofType(since, 'aggregate')[0])).toEqual({ civilians_killed: 412 });
      const days = await claimsOf('وتشهد مدينة حلب قصفاً منذ 5 أيام أودى بحياة أكثر من 90 مدنياً.');
      expect(ofType(days, 'casualty')).toEqual([]);
      const region = await claimsOf(
        'وارتفعت حصيلة القتلى في محافظة دير الزور خلال يومين إلى 64 مدنياً، بحسب المرصد السوري.',
      );
      expect(ofType(region, 'casualty')).toEqual([]);
    },
  );

  it('keeps a rising toll of one event, and a two-day toll at one town, as casualties', async () => {
    const [rose] = ofType(
      await claimsOf('ارتفعت حصيلة ضحايا الغارة على بلدة هجين إلى 23 مدنياً، بحسب المرصد السوري.'),
      'casualty',
    );
    expect(stated(rose)).toEqual({ civilians_killed: 23 });
    const [town] = ofType(await claimsOf('ارتفعت حصيلة القتلى في بلدة السوسة خلال يومين إلى 17 مدنياً.'), 'casualty');
    expect(stated(town)).toEqual({ civilians_killed: 17 });
  });

  it('reads "during it" (خلاله) after a campaign start as an aggregate', async () => {
    const claims = await claimsOf(
      'يأتي ذلك ضمن حملة قصف مستمرة منذ 3 آذار، والتي وثقت الشبكة السورية خلالها مقتل 215 مدنياً.',
    );
    expect(ofType(claims, 'casualty')).toEqual([]);
  });
});

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
