import type { PlaceHierarchy, PlaceKind } from '../domain/place-hierarchy.ts';
import type { Place } from '../domain/schema.ts';

export { PLACE_KINDS, type PlaceKind } from '../domain/place-hierarchy.ts';

export interface GazetteerEntry {
  id: string;
  nameEn: string;
  nameAr: string;
  /** Other spellings in any script (transliteration variants, with/without article, OCHA forms). */
  aliases: string[];
  kind: PlaceKind;
  parentId?: string;
  pcode?: string;
  lat?: number;
  lon?: number;
  /** English name of the governorate (admin 1) it lies in. */
  governorate?: string;
}

export interface PlaceMention {
  entry: GazetteerEntry;
  /** Offsets into the text given to findMentions. */
  start: number;
  end: number;
  /** The place as written (without a clitic prefix such as ب or و). */
  text: string;
  /** Other entries with the same name (e.g. the sub-district named after the town), most likely first. */
  alternatives?: GazetteerEntry[];
}

export interface Gazetteer extends PlaceHierarchy {
  /** Place names in the text, longest match first, non-overlapping, in text order; whole words only. */
  findMentions(text: string): PlaceMention[];
  get(id: string): GazetteerEntry | undefined;
  /** Entries whose name or alias has the same key as this name. */
  lookup(name: string): GazetteerEntry[];
  parentOf(id: string): GazetteerEntry | undefined;
  childrenOf(id: string): GazetteerEntry[];
  /** The entry's parents up to the country, nearest first. */
  ancestors(id: string): GazetteerEntry[];
  /** Same place, or one is the parent or child of the other. */
  areRelated(a: string, b: string): boolean;
  /** A Place for claims and incidents: the name as written first, then Arabic, English and aliases. */
  toPlace(entry: GazetteerEntry, asWritten?: string): Place;
}
