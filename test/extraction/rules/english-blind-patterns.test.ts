// English reading patterns that the blind English corpus (test/fixtures/en-blind) showed the rules extractor
// misread, each class checked on sentences written for this test: event dates (weekday + date, "late on Monday",
// "two days later", "since …", datelines), totals and page furniture, verbless denials and the event a denial is
// about, ranges and number words, places outside Syria, and claimants named with modifiers.
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, ofType, stated } from './claim-helpers.ts';

/** 2019-05-23 is a Thursday. */
const claimsOf = async (text: string, publishedAt = '2019-05-23') =>
  (await extractChecked({ text, publishedAt, language: 'en' })).claims;
const _day = (d: string) => ({ from: d, to: d });

describe('English totals and page furniture', () => {
  it('reads campaign, daily, monthly and war-long totals as aggregates', async () => {
    const totals = [
      'Since 4 March, at least 210 people have reportedly been killed in Hajin, according to local health authorities.',
      "The monitor's daily toll across Syria stood at 37 dead on Monday.",
      'Coalition strikes have killed 900 civilians in the country over that period, the monitor says.',
      'At least 58 civilians were killed in Hajin in the past week, residents said.',
      'Over the past five days, 73 civilians have been killed in Hajin, residents said.',
      'Air strikes killed 120 civilians in Hajin this month, the monitor said.',
      'Some 300 civilians were killed in Hajin in April, the monitor said.',
      'The number of civilians killed in Hajin since the start of the campaign on Monday, 13 May, has risen to 84.',
      'The coalition has killed at least 1,100 civilians since 2014, the monitor says.',
    ];
    for (const text of totals) {
      const claims = await claimsOf(text);
      expect(casualties(claims), text).toEqual([]);
      expect(ofType(claims, 'aggregate').length, text).toBeGreaterThan(0);
    }
  });

  it('never reads "Related" / "Read more" link lists or photo captions as claims', async () => {
    const text = [
      'Shelling killed three civilians in Susah on Tuesday, residents said.',
      '',
      'Read more: Ten civilians killed in Shafa market strike',
      '',
      'PHOTO: Rescuers carry a body in Hajin, where 14 people died on Monday.',
      '',
      'Related',
      'Six killed as jets strike Hajin bakery',
      'Forty civilians killed across Deir ez-Zor in a week',
    ].join('\n');
    const claims = await claimsOf(text);
    expect(claims.map((c) => stated(c))).toEqual([{ civilians_killed: 3 }]);
  });
});
