import { describe, expect, it } from 'vitest';
import { parseGazetteerCsv } from '../../shared/places/csv-gazetteer.ts';
import { SYRIA_CSV } from '../../shared/places/data/syria.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import { PLACE_KINDS } from '../../shared/places/gazetteer.ts';

const g = loadDefaultGazetteer();

describe('default gazetteer data', () => {
  const entries = parseGazetteerCsv(SYRIA_CSV);

  it('holds Syria, 14 governorates, districts and sub-districts', () => {
    const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
    expect(count('country')).toBe(1);
    expect(count('governorate')).toBe(14);
    expect(count('district')).toBeGreaterThanOrEqual(60);
    expect(count('subdistrict')).toBeGreaterThanOrEqual(270);
    expect(count('town') + count('village') + count('city')).toBeGreaterThanOrEqual(50);
    for (const e of entries) expect(PLACE_KINDS).toContain(e.kind);
  });

  it('drops OCHA\'s "مركز" prefix from canonical names but keeps it as an alias', () => {
    const centre = g.get('SY090200');
    expect(centre?.nameAr).toBe('البوكمال');
    expect(centre?.aliases).toContain('مركز البوكمال');
    for (const e of entries) expect(e.nameAr.startsWith('مركز'), e.id).toBe(false);
  });

  it('puts every place under a governorate, with coordinates inside Syria where it has them', () => {
    for (const e of entries) {
      if (e.kind === 'country') continue;
      expect(g.get(e.id)?.governorate, e.id).toBeTruthy();
      // Hand-written towns added for the blind corpus (Ghouta, southern Idlib…) have no checked point yet.
      if (e.lat !== undefined || e.lon !== undefined) {
        expect(e.lat, e.id).toBeGreaterThan(32);
        expect(e.lat, e.id).toBeLessThan(37.5);
        expect(e.lon, e.id).toBeGreaterThan(35.5);
        expect(e.lon, e.id).toBeLessThan(42.5);
      }
    }
  });

  it('is built once and cached', () => {
    expect(loadDefaultGazetteer()).toBe(g);
  });
});

describe('hierarchy', () => {
  it('places eastern villages under their town and sub-district', () => {
    expect(g.parentOf('abu-al-hassan')?.id).toBe('hajin');
    expect(g.parentOf('hawama')?.id).toBe('hajin');
    expect(g.ancestors('hawama').map((e) => e.id)).toEqual(['hajin', 'SY090201', 'SY0902', 'SY09', 'SY']);
    expect(
      g
        .childrenOf('hajin')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['abu-al-hassan', 'hawama', 'safafina']);
    expect(g.get('susah')?.governorate).toBe('Deir ez-Zor');
  });

  it('relates a place to itself, its parent, its children and its same-named sub-district', () => {
    expect(g.areRelated('hajin', 'hajin')).toBe(true);
    expect(g.areRelated('abu-al-hassan', 'hajin')).toBe(true);
    expect(g.areRelated('hajin', 'hawama')).toBe(true);
    expect(g.areRelated('hajin', 'SY090201')).toBe(true);
    expect(g.areRelated('abu-al-hassan', 'SY090201')).toBe(true);
    expect(g.areRelated('susah', 'SY090203')).toBe(true);
    // Baghuz lies in the sub-district named after Susah: a report naming either may describe one strike.
    expect(g.areRelated('susah', 'baghuz-fawqani')).toBe(true);
  });

  it('does not relate neighbouring places or places linked only through a district', () => {
    expect(g.areRelated('hajin', 'susah')).toBe(false);
    expect(g.areRelated('abu-al-hassan', 'hawama')).toBe(false);
    expect(g.areRelated('hajin', 'al-bukamal')).toBe(false);
    expect(g.areRelated('baghuz-fawqani', 'shafa')).toBe(false);
    expect(g.areRelated('hajin', 'no-such-place')).toBe(false);
  });
});

describe('lookup and toPlace', () => {
  it('looks up names in any script and spelling', () => {
    expect(g.lookup('الشعفة').map((e) => e.id)).toContain('shafa');
    expect(g.lookup("Sha'afa").map((e) => e.id)).toContain('shafa');
    expect(g.lookup('ابو الحسن').map((e) => e.id)).toEqual(['abu-al-hassan']);
    expect(g.lookup('Deir al-Zor').map((e) => e.id)).toContain('deir-ez-zor-city');
    expect(g.lookup('Atlantis')).toEqual([]);
  });

  it('builds a Place with the written name first, deduplicated', () => {
    const shafa = g.get('shafa');
    if (!shafa) throw new Error('shafa missing');
    const place = g.toPlace(shafa, 'الشعفة');
    expect(place.names[0]).toBe('الشعفة');
    expect(place.names[1]).toBe('Shafa');
    expect(new Set(place.names).size).toBe(place.names.length);
    expect(place.names).toContain("Al Sha'afa");
    expect(place).toMatchObject({ placeId: 'shafa', governorate: 'Deir ez-Zor' });
    expect(g.toPlace(shafa).names[0]).toBe('الشعفة');
  });

  it('leaves out a name written in capitals (a dateline), keeping the gazetteer spelling', () => {
    const mayadin = g.lookup('Mayadin')[0]!;
    expect(g.toPlace(mayadin, 'MAYADIN').names).not.toContain('MAYADIN');
    expect(g.toPlace(mayadin, 'al-Mayadeen').names[0]).toBe('al-Mayadeen');
  });
});
