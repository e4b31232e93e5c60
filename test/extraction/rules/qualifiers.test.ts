// How exact a figure is: at least, about, more than, exact or a floor, and ranges like "between X and Y".
import { describe, expect, it } from 'vitest';
import { casualties, casualtiesReader, claimsReader, namedAs, resultReader } from './claim-helpers.ts';

describe('Arabic exact tolls', () => {
  // Here `casualties` reads a sentence's casualty claims, shadowing the filter of claims.
  const casualties = casualtiesReader({ publishedAt: '2020-02-03' });

  it('keeps a whole toll "from one family" exact, not a floor', async () => {
    const [claim] = await casualties('قُتل 5 مدنيين من عائلة واحدة بقصف على أطراف القرية.');
    expect(claim?.counts.civilians_killed).toMatchObject({ stated: 5, qualifier: 'exact' });
  });
});

describe('English ranges', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('reads "between X and Y" as up to Y and at least X', async () => {
    const [claim] = casualties(
      await claimsOf('After the gas attack on Hajin, the death toll was estimated at between 500 and 1,300 people.'),
    );
    expect(claim?.counts.killed).toEqual({ stated: 1300, qualifier: 'up_to', min: 500, max: 1300 });
  });

  it('reads "between 12 and 19" and "12–19" as one range of one metric', async () => {
    for (const text of [
      'Between 12 and 19 civilians were killed in Hajin on Monday.',
      'On Monday, 12–19 civilians were killed in Hajin.',
    ]) {
      const [a] = casualties(await claimsOf(text));
      expect(Object.keys(a?.counts ?? {}), text).toEqual(['civilians_killed']);
      expect(a?.counts.civilians_killed, text).toMatchObject({ stated: 19, qualifier: 'up_to', min: 12, max: 19 });
    }
  });
});

describe('Arabic qualifiers and floors', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('reads qualifiers before and after the figure', async () => {
    const cases: Array<[string, number, string]> = [
      ['أفادت مصادر محلية بمقتل ما لا يقل عن 15 مدنيا في هجين.', 15, 'at_least'],
      ['قتل 15 شخصا على الأقل في قصف على هجين.', 15, 'at_least'],
      ['قتل نحو عشرين مدنيا في قصف على هجين.', 20, 'about'],
      ['قتل أكثر من ثلاثين مدنيا في قصف على هجين.', 30, 'more_than'],
      ['قتل قرابة أربعين مدنيا في قصف على هجين.', 40, 'about'],
      ['قتل حوالي 12 مدنيا في قصف على هجين.', 12, 'about'],
    ];
    for (const [text, value, qualifier] of cases) {
      const [claim] = casualties((await extract(text)).claims);
      const count = claim?.counts.civilians_killed ?? claim?.counts.killed;
      expect({ text, stated: count?.stated, qualifier: count?.qualifier }).toEqual({ text, stated: value, qualifier });
    }
  });

  it('keeps a civilians sub-figure of one family as a floor when most of the dead were civilians', async () => {
    const [claim] = casualties(
      (
        await extract(
          'وذكرت مصادر محلية أن 31 شخصا معظمهم مدنيون قتلوا بقصف على قرية أبو الحسن، ' +
            'بينهم 12 مدنيا من عائلة واحدة.',
        )
      ).claims,
    );
    expect(claim?.counts.killed?.stated).toBe(31);
    expect(claim?.counts.civilians_killed).toMatchObject({ stated: 12, qualifier: 'at_least' });
    expect(claim?.place?.placeId).toBe('vil-abu-hassan');
    expect(namedAs(claim, 'مصادر محلية')).toBe(true);
  });
});
