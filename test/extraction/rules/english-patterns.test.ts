// English reading patterns of the rules extractor, each on a sentence written for this test: totals that are
// not one event, nouns behind modifiers, verbs after "and", passive predicates, ranges, counted nouns, claimants,
// and the lead's place and date for a later "the attack".
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2019-05-23') =>
  (await extractChecked({ text, publishedAt, language: 'en' })).claims;

describe('English claimants and statements', () => {
  it('does not make the party holding a town its attacker', async () => {
    const [claim] = casualties(
      await claimsOf('Shells hit Hajin, which is held by Kurdish fighters, killing four civilians on Sunday.'),
    );
    expect(claim?.perpetrator).not.toBe('sdf');
  });
});
