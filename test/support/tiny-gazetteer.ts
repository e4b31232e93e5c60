// A five-place gazetteer for domain unit tests, so they do not depend on the real data set.
import type { Gazetteer, GazetteerEntry } from '../../shared/places/gazetteer.ts';
import { nameKey } from '../../shared/text/normalize.ts';

const ENTRIES: GazetteerEntry[] = [
  { id: 'gov-dez', nameEn: 'Deir ez-Zor', nameAr: 'دير الزور', aliases: [], kind: 'governorate', governorate: 'Deir-ez-Zor' },
  { id: 'town-hajin', nameEn: 'Hajin', nameAr: 'هجين', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
  { id: 'nb-hawama', nameEn: 'Hawama', nameAr: 'الحوامة', aliases: [], kind: 'neighbourhood', parentId: 'town-hajin', governorate: 'Deir-ez-Zor' },
  { id: 'vil-abu-hassan', nameEn: 'Abu al-Hassan', nameAr: 'أبو الحسن', aliases: [], kind: 'village', parentId: 'town-hajin', governorate: 'Deir-ez-Zor' },
  { id: 'town-susah', nameEn: 'Susah', nameAr: 'السوسة', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
];

export function tinyGazetteer(): Gazetteer {
  const byId = new Map(ENTRIES.map((e) => [e.id, e]));
  const get = (id: string) => byId.get(id);
  const ancestors = (id: string) => {
    const out: GazetteerEntry[] = [];
    for (let e = get(id); e?.parentId; e = get(e.parentId)) out.push(get(e.parentId)!);
    return out;
  };
  return {
    findMentions: () => [],
    get,
    lookup: (name) => ENTRIES.filter((e) => [e.nameEn, e.nameAr, ...e.aliases].some((n) => nameKey(n) === nameKey(name))),
    parentOf: (id) => {
      const parent = get(id)?.parentId;
      return parent ? get(parent) : undefined;
    },
    childrenOf: (id) => ENTRIES.filter((e) => e.parentId === id),
    ancestors,
    areRelated: (a, b) => a === b || get(a)?.parentId === b || get(b)?.parentId === a,
    toPlace: (entry, asWritten) => ({
      names: [...new Set([asWritten ?? entry.nameAr, entry.nameAr, entry.nameEn])],
      placeId: entry.id,
      governorate: entry.governorate,
    }),
  };
}
