// An extractor may name a place without knowing the gazetteer (an LLM gives names as written plus a
// transliteration): resolve it, so that its claims group with others by id, parent and child.
import type { Place } from '../domain/schema.ts';
import type { Gazetteer, GazetteerEntry, PlaceKind } from './gazetteer.ts';

/**
 * Where a name matches several entries (Hajin the town and Hajin the sub-district), the scene of an event is the most
 * local.
 */
const SPECIFICITY: Record<PlaceKind, number> = {
  neighbourhood: 0,
  village: 1,
  town: 2,
  city: 3,
  area: 4,
  subdistrict: 5,
  district: 6,
  governorate: 7,
  country: 8,
};

export function resolvePlace(place: Place, gazetteer: Gazetteer): Place {
  if (place.placeId) return place;
  let best: GazetteerEntry | undefined;
  for (const name of place.names) {
    for (const entry of gazetteer.lookup(name)) {
      if (!best || SPECIFICITY[entry.kind] < SPECIFICITY[best.kind]) best = entry;
    }
    if (best) break;
  }
  if (!best) return place;
  const resolved = gazetteer.toPlace(best, place.names[0]);
  return { ...resolved, names: [...new Set([...place.names, ...resolved.names])] };
}
