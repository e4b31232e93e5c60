// English reading patterns that the blind English corpus (test/fixtures/en-blind) showed the rules extractor
// misread, each class checked on sentences written for this test: event dates (weekday + date, "late on Monday",
// "two days later", "since …", datelines), totals and page furniture, verbless denials and the event a denial is
// about, ranges and number words, places outside Syria, and claimants named with modifiers.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/extraction/rules/dates.ts';
import { foldText } from '../../../shared/extraction/rules/folded-text.ts';
import { RulesExtractor } from '../../../shared/extraction/rules/rules-extractor.ts';
import { createGazetteer } from '../../../shared/places/create-gazetteer.ts';
import { casualties, extractChecked, namedAs, ofType, stated } from './claim-helpers.ts';

/** 2019-05-23 is a Thursday. */
const claimsOf = async (text: string, publishedAt = '2019-05-23') =>
  (await extractChecked({ text, publishedAt, language: 'en' })).claims;
const day = (d: string) => ({ from: d, to: d });

describe('event dates in English reports', () => {
  it('reads an explicit date after a weekday, with or without the year, and abbreviated months', async () => {
    const [a] = casualties(
      await claimsOf('An air strike on Hajin on Friday, 17 May 2019, killed 12 civilians, local sources said.'),
    );
    expect(a?.date).toEqual(day('2019-05-17'));
    const [b] = casualties(await claimsOf('Shelling on Susah killed six civilians on May 14, residents said.'));
    expect(b?.date).toEqual(day('2019-05-14'));
    const [c] = casualties(
      await claimsOf('Shelling on Susah on 13 Sept killed four civilians, residents said.', '2019-09-20'),
    );
    expect(c?.date).toEqual(day('2019-09-13'));
  });

  it('reads "late on Monday", "early on Tuesday" and "on Monday night" as that weekday', async () => {
    const [a] = casualties(
      await claimsOf('An air strike hit a bakery in Hajin late on Monday, killing nine civilians, local sources said.'),
    );
    expect(a?.date).toEqual(day('2019-05-20'));
    const [b] = casualties(await claimsOf('Early on Tuesday, rockets killed five civilians in Susah, residents said.'));
    expect(b?.date).toEqual(day('2019-05-21'));
    const [c] = casualties(await claimsOf('Shelling on Monday night killed three civilians in Shafa, residents said.'));
    expect(c?.date).toEqual(day('2019-05-20'));
  });

  it('counts "two days later" and "the next day" from the event date named just before', async () => {
    const text =
      'On 10 May, shelling killed four civilians in Hajin, local sources said.\n\n' +
      'Susah\n\n' +
      'Two days later, an air strike on Susah killed six civilians, including two children, residents said.';
    const claims = casualties(await claimsOf(text));
    expect(claims.find((c) => c.place?.names[0] === 'Susah')?.date).toEqual(day('2019-05-12'));
    const next = casualties(
      await claimsOf(
        'On 10 May, shelling killed four civilians in Hajin. The next day, a car bomb killed seven people in Susah.',
      ),
    );
    expect(next.find((c) => c.place?.names[0] === 'Susah')?.date).toEqual(day('2019-05-11'));
  });

  it('never dates an event by the start of an operation ("since …", "began on …")', async () => {
    const folded = foldText('The army said 300 militants had been killed since the start of its operation on 2 April.');
    const since = findDates(folded, '2019-05-23').find((d) => d.range.from === '2019-04-02');
    expect(since?.since).toBe(true);
    const claims = await claimsOf(
      'Residents said eight civilians were killed in Susah. ' +
        'The army said it had killed 300 militants since the start of its operation on 2 April.',
    );
    const susah = casualties(claims).find((c) => c.place?.names[0] === 'Susah');
    expect(stated(susah)).toEqual({ civilians_killed: 8 });
    expect(susah?.date?.from).not.toBe('2019-04-02');
  });

  it('does not take a dateline for the event date', async () => {
    const text =
      'HAJIN, May 22 (Reuters) - An air strike killed 10 civilians in Hajin, a monitor said. ' +
      'The strike hit the market late on Monday.';
    const [a] = casualties(await claimsOf(text, '2019-05-22'));
    expect(a?.date).toEqual(day('2019-05-20'));
  });

  it('keeps the date named before a recovery ("killed on Friday, …, after more bodies were recovered")', async () => {
    const text =
      'The toll of the strike on Hajin on Friday, 17 May 2019, has risen to 31 civilians after more bodies were ' +
      'recovered from the rubble.';
    const [a] = casualties(await claimsOf(text));
    expect(a?.date).toEqual(day('2019-05-17'));
  });
});

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

describe('English places', () => {
  it('reads "the town of X" as the town when the gazetteer knows X only as a subdistrict', async () => {
    const gazetteer = createGazetteer([
      { id: 'syria', nameEn: 'Syria', nameAr: 'سوريا', aliases: [], kind: 'country' },
      {
        id: 'gov-hama',
        nameEn: 'Hama',
        nameAr: 'حماة',
        aliases: [],
        kind: 'governorate',
        parentId: 'syria',
        governorate: 'Hama',
      },
      {
        id: 'area-west-hama',
        nameEn: 'western Hama countryside',
        nameAr: 'ريف حماة الغربي',
        aliases: [],
        kind: 'area',
        parentId: 'gov-hama',
        governorate: 'Hama',
      },
      {
        id: 'sub-mhardeh',
        nameEn: 'Mhardeh',
        nameAr: 'محردة',
        aliases: [],
        kind: 'subdistrict',
        parentId: 'gov-hama',
        governorate: 'Hama',
      },
    ]);
    const result = await new RulesExtractor(gazetteer).extract({
      reportKey: 'k',
      text:
        'Rockets fired on the town of Mhardeh in the western Hama countryside killed two children on Monday, state ' +
        'media said.',
      publishedAt: '2019-05-23',
      language: 'en',
    });
    expect(casualties(result.claims)[0]?.place?.placeId).toBe('sub-mhardeh');
  });
});

describe('English figures', () => {
  it('gives a place outside Syria its own claim, never the Syrian town in the same sentence', async () => {
    const texts = [
      "Turkey's state news agency Anadolu said a rocket fired from Hajin hit the border town of Akcakale on " +
        'Friday, wounding four people.',
      'A rocket fired from Hajin hit the Turkish border town of Akcakale, wounding four people, residents said.',
      'Four people were wounded in Akcakale, Turkey, by a rocket fired from Hajin, residents said.',
    ];
    for (const text of texts) {
      const [a] = casualties(await claimsOf(text));
      expect(a?.place?.names[0], text).toBe('Akcakale');
      expect(a?.place?.placeId, text).toBeUndefined();
    }
  });

  it('keeps two victims in different towns apart even when a report speaks for one claimant', async () => {
    const text = [
      'Daily toll',
      '',
      'Syrian Observatory for Human Rights',
      'May 23, 2019',
      '',
      'Hajin: 8 civilians, among them 2 children, were killed in a car bomb on Wednesday.',
      'Susah: Two children were killed by a landmine on Wednesday.',
    ].join('\n');
    const claims = casualties(await claimsOf(text));
    const susah = claims.find((c) => c.place?.names[0] === 'Susah');
    expect(stated(susah)).toEqual({ children_killed: 2 });
    expect(namedAs(susah, 'SOHR')).toBe(true);
  });
});
