// How exact a figure is: a whole toll stays exact, "between X and Y" and "X–Y" are ranges. Every sentence was
// written for its test.
import { describe, expect, it } from 'vitest';
import { casualties, casualtiesReader, claimsReader } from './claim-helpers.ts';

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
});

describe('English ranges of one metric', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

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
