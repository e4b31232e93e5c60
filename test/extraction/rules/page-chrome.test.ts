// Page furniture around a report (link lists, "Read more", photo captions) holds no claims.
import { describe, expect, it } from 'vitest';
import { claimsReader, stated } from './claim-helpers.ts';

describe('English page furniture', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

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
