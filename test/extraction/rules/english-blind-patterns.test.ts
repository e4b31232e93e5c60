// English reading patterns that the blind English corpus (test/fixtures/en-blind) showed the rules extractor
// misread, each class checked on sentences written for this test: event dates (weekday + date, "late on Monday",
// "two days later", "since …", datelines), totals and page furniture, verbless denials and the event a denial is
// about, ranges and number words, places outside Syria, and claimants named with modifiers.
import { describe, expect, it } from 'vitest';
import { extractChecked, stated } from './claim-helpers.ts';

/** 2019-05-23 is a Thursday. */
const claimsOf = async (text: string, publishedAt = '2019-05-23') =>
  (await extractChecked({ text, publishedAt, language: 'en' })).claims;
const _day = (d: string) => ({ from: d, to: d });

describe('English totals and page furniture', () => {
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
