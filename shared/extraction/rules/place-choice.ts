// Which place a claim is about: gazetteer mentions in its sentence, else in the sentences around it, preferring
// the most specific (a village over its governorate). "ريف دير الزور" / "Aleppo province" name the governorate
// even when a city has the same name.
import type { Place } from '../../domain/schema.ts';
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../../places/gazetteer.ts';
import { type FoldedText, foldedOffset } from './folded-text.ts';

export interface LocatedMention {
  entry: GazetteerEntry;
  asWritten: string;
  /** Folded offsets. */
  start: number;
  end: number;
  rank: number;
}

const RANK: Record<PlaceKind, number> = {
  neighbourhood: 7,
  village: 6,
  town: 5,
  city: 5,
  area: 4,
  subdistrict: 3,
  district: 2,
  governorate: 1,
  country: 0,
};
/** A town or anything finer. */
export const TOWN_RANK = RANK.town;

const GOVERNORATE_CONTEXT = /(?:محافظه|ريف|ريفي|بريف|وريف|province|countryside|governorate|rural)\s*(?:ال)?$/u;
const CITY_CONTEXT = /(?:مدينه|بمدينه|city\s+of|town\s+of)\s*$/u;
const GOVERNORATE_AFTER = /^\s*(?:province|governorate|countryside)/u;
const TOWN_CONTEXT = /(?:مدينه|بمدينه|بلده|ببلده|city\s+of|town\s+of)\s*$/u;
/** "ناحية جنديرس بمنطقة عفرين", "Afrin district": the district, which a named subdistrict or village lies within. */
const DISTRICT_CONTEXT = /(?:منطقه|district\s+of|region\s+of)\s*$/u;
const DISTRICT_AFTER = /^\s*(?:district|region)\b/u;

export function locateMentions(gazetteer: Gazetteer, text: FoldedText): LocatedMention[] {
  const out: LocatedMention[] = [];
  const governorates = new Map<string, GazetteerEntry | undefined>();
  const governorateNamed = (name: string) => {
    if (!governorates.has(name))
      governorates.set(
        name,
        gazetteer.lookup(name).find((e) => e.kind === 'governorate'),
      );
    return governorates.get(name);
  };
  for (const mention of gazetteer.findMentions(text.original)) {
    const start = foldedOffset(text, mention.start);
    const end = foldedOffset(text, mention.end);
    let entry = mention.entry;
    let rank = RANK[entry.kind] ?? 0;
    const before = text.folded.slice(Math.max(0, start - 16), start);
    const after = text.folded.slice(end, end + 16);
    const sameNameGovernorate = governorateNamed(mention.text) ?? governorateNamed(entry.nameAr);
    const sameNameDistrict =
      DISTRICT_CONTEXT.test(before) || DISTRICT_AFTER.test(after)
        ? gazetteer.lookup(mention.text).find((e) => e.kind === 'district')
        : undefined;
    if (sameNameDistrict) {
      entry = sameNameDistrict;
      rank = RANK.district;
    } else if (GOVERNORATE_CONTEXT.test(before) || GOVERNORATE_AFTER.test(after)) {
      if (sameNameGovernorate) entry = sameNameGovernorate;
      rank = Math.min(rank, RANK.governorate);
    } else if (sameNameGovernorate && entry.kind !== 'governorate' && !CITY_CONTEXT.test(before)) {
      // A bare "دير الزور" / "Aleppo" may be the city or the province: weaker than a named village, and
      // located as the province so that places inside it stay related to it.
      entry = sameNameGovernorate;
      rank = RANK.district;
    }
    // "the town of al-Suqaylabiyah", "بلدة …": a subdistrict or district named for its seat is that town here.
    if (TOWN_CONTEXT.test(before) && (entry.kind === 'subdistrict' || entry.kind === 'district'))
      rank = Math.max(rank, RANK.town);
    out.push({ entry, asWritten: mention.text, start, end, rank });
  }
  return out;
}

function isWithin(gazetteer: Gazetteer, inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  return inner.id === outer.id || gazetteer.ancestors(inner.id).some((a) => a.id === outer.id);
}

export function placesRelated(gazetteer: Gazetteer, a: Place | undefined, b: Place | undefined): boolean {
  if (!a?.placeId || !b?.placeId) return true;
  const ea = gazetteer.get(a.placeId);
  const eb = gazetteer.get(b.placeId);
  if (!ea || !eb) return a.placeId === b.placeId;
  return isWithin(gazetteer, ea, eb) || isWithin(gazetteer, eb, ea);
}

/**
 * The most specific place for a claim at `at`: its own range first; when that names nothing finer than a
 * town, context ranges (in order of preference) may supply a more specific place lying within it.
 */
export function choosePlace(
  gazetteer: Gazetteer,
  mentions: LocatedMention[],
  own: { start: number; end: number },
  at: number,
  context: Array<{ start: number; end: number }>,
): LocatedMention | undefined {
  const inRange = (r: { start: number; end: number }) => mentions.filter((m) => m.start >= r.start && m.end <= r.end);
  const ownBest = best(inRange(own), at);
  if (ownBest && ownBest.rank >= RANK.town) return ownBest;
  let chosen = ownBest;
  for (const range of context) {
    const candidates = inRange(range).filter(
      (m) => !ownBest || ownBest.rank === 0 || isWithin(gazetteer, m.entry, ownBest.entry),
    );
    const b = best(candidates, range.start);
    if (b && (!chosen || b.rank > chosen.rank)) chosen = b;
    if (chosen && chosen.rank >= RANK.town) break;
  }
  return chosen;
}

function best(list: LocatedMention[], at: number): LocatedMention | undefined {
  let out: LocatedMention | undefined;
  for (const m of list) {
    if (!out || m.rank > out.rank || (m.rank === out.rank && Math.abs(m.start - at) < Math.abs(out.start - at)))
      out = m;
  }
  return out;
}
