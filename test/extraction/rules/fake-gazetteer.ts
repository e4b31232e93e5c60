// A small gazetteer with a working findMentions, so extractor unit tests do not depend on the real data set.
import type { Gazetteer, GazetteerEntry, PlaceMention } from '../../../shared/places/gazetteer.ts';
import { nameKey } from '../../../shared/text/normalize.ts';

const ENTRIES: GazetteerEntry[] = [
  { id: 'syria', nameEn: 'Syria', nameAr: 'سوريا', aliases: [], kind: 'country' },
  { id: 'gov-dez', nameEn: 'Deir ez-Zor', nameAr: 'دير الزور', aliases: ['Deir ez-Zor'], kind: 'governorate', parentId: 'syria', governorate: 'Deir-ez-Zor' },
  { id: 'city-dez', nameEn: 'Deir ez-Zor', nameAr: 'دير الزور', aliases: [], kind: 'city', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
  { id: 'gov-aleppo', nameEn: 'Aleppo', nameAr: 'حلب', aliases: [], kind: 'governorate', parentId: 'syria', governorate: 'Aleppo' },
  { id: 'city-aleppo', nameEn: 'Aleppo', nameAr: 'حلب', aliases: [], kind: 'city', parentId: 'gov-aleppo', governorate: 'Aleppo' },
  { id: 'town-hajin', nameEn: 'Hajin', nameAr: 'هجين', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
  { id: 'nb-hawama', nameEn: 'Hawama', nameAr: 'الحوامة', aliases: ['حي الحوامة'], kind: 'neighbourhood', parentId: 'town-hajin', governorate: 'Deir-ez-Zor' },
  { id: 'vil-abu-hassan', nameEn: 'Abu al-Hassan', nameAr: 'أبو الحسن', aliases: [], kind: 'village', parentId: 'town-hajin', governorate: 'Deir-ez-Zor' },
  { id: 'town-susah', nameEn: 'Susah', nameAr: 'السوسة', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
  { id: 'town-shafa', nameEn: 'Shafa', nameAr: 'الشعفة', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
];

function names(e: GazetteerEntry): string[] {
  return [e.nameAr, e.nameEn, ...e.aliases];
}

const KEYS = new Map(ENTRIES.map((e) => [e.id, names(e).map(nameKey)]));

export function fakeGazetteer(): Gazetteer {
  const byId = new Map(ENTRIES.map((e) => [e.id, e]));
  const get = (id: string) => byId.get(id);
  const ancestors = (id: string) => {
    const out: GazetteerEntry[] = [];
    for (let e = get(id); e?.parentId; e = get(e.parentId)) {
      const parent = get(e.parentId);
      if (parent) out.push(parent);
    }
    return out;
  };
  // Longest names first; a clitic ب/و/ل may precede an Arabic name. Cities shadow same-named governorates.
  const candidates = ENTRIES.filter((e) => e.kind !== 'governorate')
    .flatMap((e) => names(e).map((n) => ({ e, n })))
    .sort((a, b) => b.n.length - a.n.length);
  return {
    findMentions(text: string): PlaceMention[] {
      const out: PlaceMention[] = [];
      for (const { e, n } of candidates) {
        const re = new RegExp(`(?<![\\p{L}])([وبل]?)(${n})(?![\\p{L}])`, 'giu');
        for (const m of text.matchAll(re)) {
          const start = (m.index ?? 0) + (m[1]?.length ?? 0);
          const end = start + (m[2]?.length ?? 0);
          if (out.some((o) => start < o.end && end > o.start)) continue;
          out.push({ entry: e, start, end, text: m[2] ?? n });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    get,
    lookup: (name) => {
      const key = nameKey(name);
      return ENTRIES.filter((e) => KEYS.get(e.id)?.includes(key));
    },
    parentOf: (id) => {
      const parent = get(id)?.parentId;
      return parent ? get(parent) : undefined;
    },
    childrenOf: (id) => ENTRIES.filter((e) => e.parentId === id),
    ancestors,
    areRelated: (a, b) => a === b || get(a)?.parentId === b || get(b)?.parentId === a,
    toPlace: (entry, asWritten) => ({
      names: [...new Set([asWritten ?? entry.nameAr, entry.nameAr, entry.nameEn, ...entry.aliases])],
      placeId: entry.id,
      ...(entry.governorate ? { governorate: entry.governorate } : {}),
    }),
  };
}
