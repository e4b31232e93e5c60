// Who carried out an attack, as distinct from who holds the place attacked. Every sentence was written for its
// test.
import { describe, expect, it } from 'vitest';
import { casualties, claimsReader } from './claim-helpers.ts';

describe('English perpetrators', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('does not make the party holding a town its attacker', async () => {
    const [claim] = casualties(
      await claimsOf('Shells hit Hajin, which is held by Kurdish fighters, killing four civilians on Sunday.'),
    );
    expect(claim?.perpetrator).not.toBe('sdf');
  });
});
