// Who carried out an attack: a party named by its own name, never the party holding the place attacked.
import { describe, expect, it } from 'vitest';
import { casualties, claimsReader, resultReader } from './claim-helpers.ts';

describe('English perpetrators', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('does not make the party holding a town its attacker', async () => {
    const [claim] = casualties(
      await claimsOf('Shells hit Hajin, which is held by Kurdish fighters, killing four civilians on Sunday.'),
    );
    expect(claim?.perpetrator).not.toBe('sdf');
  });
});

describe('perpetrators named by their own name', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it("names the Turkish-backed Syrian National Army as its own party, on Turkey's side", async () => {
    // Arabic and English reports name the SNA by its own name, not as "the factions" or "the rebels".
    const ar = casualties((await extract('قتل 4 مدنيين بقصف مدفعي للجيش الوطني السوري على بلدة هجين أمس.')).claims);
    const en = casualties(
      (await extract('Shelling by the Syrian National Army killed four civilians in Hajin on Tuesday.')).claims,
    );
    expect(ar.map((c) => c.perpetrator)).toEqual(['sna']);
    expect(en.map((c) => c.perpetrator)).toEqual(['sna']);
  });
});
