// A five-place gazetteer for domain unit tests, so they do not depend on the real data set.
import { createGazetteer } from '../../shared/places/create-gazetteer.ts';
import type { Gazetteer, GazetteerEntry } from '../../shared/places/gazetteer.ts';

const ENTRIES: GazetteerEntry[] = [
  { id: 'gov-dez', nameEn: 'Deir ez-Zor', nameAr: 'دير الزور', aliases: [], kind: 'governorate', governorate: 'Deir-ez-Zor' },
  { id: 'town-hajin', nameEn: 'Hajin', nameAr: 'هجين', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
  { id: 'nb-hawama', nameEn: 'Hawama', nameAr: 'الحوامة', aliases: [], kind: 'neighbourhood', parentId: 'town-hajin', governorate: 'Deir-ez-Zor' },
  { id: 'vil-abu-hassan', nameEn: 'Abu al-Hassan', nameAr: 'أبو الحسن', aliases: [], kind: 'village', parentId: 'town-hajin', governorate: 'Deir-ez-Zor' },
  { id: 'town-susah', nameEn: 'Susah', nameAr: 'السوسة', aliases: [], kind: 'town', parentId: 'gov-dez', governorate: 'Deir-ez-Zor' },
];

export function tinyGazetteer(): Gazetteer {
  return createGazetteer(ENTRIES);
}
