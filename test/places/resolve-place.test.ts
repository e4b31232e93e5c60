import { describe, expect, it } from 'vitest';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import { resolvePlace } from '../../shared/places/resolve-place.ts';

const gazetteer = loadDefaultGazetteer();

describe('resolvePlace', () => {
  it('gives a place named only by an LLM its gazetteer id, keeping the names it was given first', () => {
    const place = resolvePlace({ names: ['هجين', 'Hajin'] }, gazetteer);
    expect(place.placeId).toBe(gazetteer.lookup('Hajin').find((e) => e.kind === 'town' || e.kind === 'city')?.id);
    expect(place.names.slice(0, 2)).toEqual(['هجين', 'Hajin']);
    expect(place.governorate).toBe('Deir ez-Zor');
  });

  it('tries the other names when the written one is unknown', () => {
    expect(resolvePlace({ names: ['حجين', 'al-Susah'] }, gazetteer).placeId).toBe(
      resolvePlace({ names: ['السوسة'] }, gazetteer).placeId,
    );
  });

  it('leaves a place alone when it already has an id or no name is known', () => {
    expect(resolvePlace({ names: ['x'], placeId: 'keep' }, gazetteer)).toEqual({ names: ['x'], placeId: 'keep' });
    expect(resolvePlace({ names: ['Atlantis'] }, gazetteer)).toEqual({ names: ['Atlantis'] });
  });
});
