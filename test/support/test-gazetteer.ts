// A ten-place gazetteer over the project's own gazetteer code, so unit tests (domain, extractor) do not
// depend on the real data set.
import { createGazetteer } from '../../shared/places/create-gazetteer.ts';
import type { Gazetteer, GazetteerEntry } from '../../shared/places/gazetteer.ts';

const ENTRIES: GazetteerEntry[] = [
  { id: 'syria', nameEn: 'Syria', nameAr: 'سوريا', aliases: [], kind: 'country' },
  {
    id: 'gov-dez',
    nameEn: 'Deir ez-Zor',
    nameAr: 'دير الزور',
    aliases: ['Deir ez-Zor'],
    kind: 'governorate',
    parentId: 'syria',
    governorate: 'Deir-ez-Zor',
  },
  {
    id: 'city-dez',
    nameEn: 'Deir ez-Zor',
    nameAr: 'دير الزور',
    aliases: [],
    kind: 'city',
    parentId: 'gov-dez',
    governorate: 'Deir-ez-Zor',
  },
  {
    id: 'gov-aleppo',
    nameEn: 'Aleppo',
    nameAr: 'حلب',
    aliases: [],
    kind: 'governorate',
    parentId: 'syria',
    governorate: 'Aleppo',
  },
  {
    id: 'city-aleppo',
    nameEn: 'Aleppo',
    nameAr: 'حلب',
    aliases: [],
    kind: 'city',
    parentId: 'gov-aleppo',
    governorate: 'Aleppo',
  },
  {
    id: 'town-hajin',
    nameEn: 'Hajin',
    nameAr: 'هجين',
    aliases: [],
    kind: 'town',
    parentId: 'gov-dez',
    governorate: 'Deir-ez-Zor',
  },
  {
    id: 'nb-hawama',
    nameEn: 'Hawama',
    nameAr: 'الحوامة',
    aliases: ['حي الحوامة'],
    kind: 'neighbourhood',
    parentId: 'town-hajin',
    governorate: 'Deir-ez-Zor',
  },
  {
    id: 'vil-abu-hassan',
    nameEn: 'Abu al-Hassan',
    nameAr: 'أبو الحسن',
    aliases: [],
    kind: 'village',
    parentId: 'town-hajin',
    governorate: 'Deir-ez-Zor',
  },
  {
    id: 'town-susah',
    nameEn: 'Susah',
    nameAr: 'السوسة',
    aliases: [],
    kind: 'town',
    parentId: 'gov-dez',
    governorate: 'Deir-ez-Zor',
  },
  {
    id: 'town-shafa',
    nameEn: 'Shafa',
    nameAr: 'الشعفة',
    aliases: [],
    kind: 'town',
    parentId: 'gov-dez',
    governorate: 'Deir-ez-Zor',
  },
];

/** The project's own gazetteer implementation over a handful of entries. */
export function testGazetteer(): Gazetteer {
  return createGazetteer(ENTRIES);
}
