// English reading patterns that the second blind English corpus (test/fixtures/en-blind2) showed the rules
// extractor misread, each class checked on sentences written for this test: "the number of people killed … has
// risen to N, with M wounded", "N, X of them children", subsets of the wounded, "N others were injured" in the
// next sentence, a list of figures per place, one victim named with an article, "according to the spokesman", accusers
// named after a denial verb, policy denials, negated past actions and reports called "a provocation".
import { describe, expect, it } from 'vitest';
import { extractChecked, namedAs, ofType, stated } from './claim-helpers.ts';

/** 2019-05-23 is a Thursday. */
const claimsOf = async (text: string, source = 'Example Wire') =>
  (await extractChecked({ text, publishedAt: '2019-05-23', language: 'en', source })).claims;

describe('rising tolls counted by "the number of people killed"', () => {
  it(
    'reads the toll as killed and the "with N wounded" figure as injured, ' + 'credited to the source after the clause',
    async () => {
      const claims = ofType(
        await claimsOf(
          "The number of people killed in Tuesday's car bomb in Hajin has risen to 37, with 112 wounded, the " +
            'health directorate of the Deir ez-Zor council announced on Wednesday.',
        ),
        'casualty',
      );
      expect(claims).toHaveLength(1);
      expect(stated(claims[0])).toEqual({ killed: 37, injured: 112 });
      expect(claims[0]?.claimant.name).toMatch(/directorate of the deir ez-zor council/i);
    },
  );

  it('reads "at least N, X of them children" as a toll and its children', async () => {
    const [c] = ofType(
      await claimsOf(
        "The number of people killed in Monday's strike on a bakery in Susah has risen to at least 19, five of " +
          'them children, according to the Syrian Observatory for Human Rights.',
      ),
      'casualty',
    );
    expect(stated(c)).toEqual({ killed: 19, children_killed: 5 });
    expect(c?.counts.killed?.qualifier).toBe('at_least');
    expect(namedAs(c, 'Syrian Observatory for Human Rights')).toBe(true);
  });
});

describe('figures that restate or continue a toll', () => {
  it('does not read "N of the wounded were in critical condition" as a new injury figure', async () => {
    const claims = ofType(
      await claimsOf(
        'A truck bomb in Hajin killed 30 people and wounded 90, officials said.\n\n' +
          'Officials said that 14 of the wounded were in critical condition.',
      ),
      'casualty',
    );
    expect(claims.map(stated)).toEqual([{ killed: 30, injured: 90 }]);
  });

  it('merges "At least N others were injured." into the claim of the sentence before, with its source', async () => {
    const claims = ofType(
      await claimsOf(
        'Six civilians, including two women, were killed when jets struck Shafa on Tuesday, the Syrian ' +
          'Observatory for Human Rights said. ' +
          'At least 15 others were injured.',
      ),
      'casualty',
    );
    expect(claims).toHaveLength(1);
    expect(stated(claims[0])).toEqual({ civilians_killed: 6, women_killed: 2, injured: 15 });
    expect(namedAs(claims[0], 'Syrian Observatory for Human Rights')).toBe(true);
  });
});
