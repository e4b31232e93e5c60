// The lazily built gazetteer: nothing is built until a look-up, it is built once, and it answers as the
// gazetteer it wraps.
import { describe, expect, it } from 'vitest';
import { lazyGazetteer } from '../../shared/places/lazy-gazetteer.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

describe('lazyGazetteer', () => {
  it('builds on the first look-up, once, and answers as the built gazetteer', () => {
    const real = testGazetteer();
    let builds = 0;
    const lazy = lazyGazetteer(() => {
      builds++;
      return real;
    });
    expect(builds).toBe(0);
    const text = 'Shelling hit Hajin on Monday.';
    expect(lazy.findMentions(text).map((m) => m.entry.id)).toEqual(real.findMentions(text).map((m) => m.entry.id));
    const [hajin] = real.lookup('Hajin');
    expect(hajin).toBeDefined();
    if (!hajin) return;
    expect(lazy.lookup('Hajin')).toEqual(real.lookup('Hajin'));
    expect(lazy.ancestors(hajin.id)).toEqual(real.ancestors(hajin.id));
    expect(lazy.toPlace(hajin, 'Hajin')).toEqual(real.toPlace(hajin, 'Hajin'));
    expect(builds).toBe(1);
  });
});
