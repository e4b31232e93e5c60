// English reading patterns that the blind English corpus (test/fixtures/en-blind) showed the rules extractor
// misread, each class checked on sentences written for this test: event dates (weekday + date, "late on Monday",
// "two days later", "since …", datelines), totals and page furniture, verbless denials and the event a denial is
// about, ranges and number words, places outside Syria, and claimants named with modifiers.
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../../shared/extraction/rules/rules-extractor.ts';
import { createGazetteer } from '../../../shared/places/create-gazetteer.ts';
import { casualties, extractChecked, namedAs, ofType, stated } from './claim-helpers.ts';

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
