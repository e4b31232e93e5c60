// English reading patterns of the rules extractor, each on a sentence written for this test: totals that are
// not one event, nouns behind modifiers, verbs after "and", passive predicates, ranges, counted nouns, claimants,
// and the lead's place and date for a later "the attack".
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, namedAs, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2019-05-23') =>
  (await extractChecked({ text, publishedAt, language: 'en' })).claims;

describe('English figures', () => {
  it('takes what a rising toll counts from "the number of …" before it', async () => {
    const [claim] = casualties(
      await claimsOf('The number of civilians killed in the raid on Hajin has risen to 14, local activists say.'),
    );
    expect(stated(claim)).toEqual({ civilians_killed: 14 });
    expect(namedAs(claim, 'local activists') || namedAs(claim, 'activists')).toBe(true);
  });

  it('does not count the wounded who died inside a toll as a new figure', async () => {
    const claims = casualties(
      await claimsOf(
        'The toll from the car bomb in Hajin has risen to 11 civilians. ' +
          'Four of the wounded died in hospital overnight, the Observatory said.',
      ),
    );
    expect(claims.flatMap((c) => Object.values(c.counts).map((x) => x?.stated))).not.toContain(4);
  });
});

describe('English claimants and statements', () => {
  it('does not make the party holding a town its attacker', async () => {
    const [claim] = casualties(
      await claimsOf('Shells hit Hajin, which is held by Kurdish fighters, killing four civilians on Sunday.'),
    );
    expect(claim?.perpetrator).not.toBe('sdf');
  });
});

describe('English places and dates from the lead', () => {
  it('keeps the wounded with the dead when one claimant gives them in two sentences about one place', async () => {
    const claims = casualties(
      await claimsOf(
        'The Observatory said 19 civilians were killed in Deir ez-Zor province on Tuesday. ' +
          'It said more than 30 others were injured in Deir ez-Zor province.',
      ),
    );
    expect(claims.map(stated)).toEqual([{ civilians_killed: 19, injured: 30 }]);
  });
});
