// Which place a claim is about: gazetteer mentions in its sentence, else in the sentences around it, preferring
// the most specific (a village over its governorate). "ريف دير الزور" / "Aleppo province" name the governorate
// even when a city has the same name.
import type { Place } from '../../domain/schema.ts';
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../../places/gazetteer.ts';
import { nameKey } from '../../text/normalize.ts';
import { type FoldedText, foldedOffset, originalRange } from './folded-text.ts';
import { constructionPattern } from './lang/registry.ts';
import { findUnlistedPlaces, type UnlistedPlace } from './unlisted-places.ts';

export interface LocatedMention {
  entry: GazetteerEntry;
  asWritten: string;
  /** Folded offsets. */
  start: number;
  end: number;
  rank: number;
  /** A name the gazetteer does not list, read after a settlement noun (unlisted-places.ts); `entry` is a stand-in. */
  unlisted?: true;
  /** An unlisted name without its qualifier ("جعدة" of "قرية جعدة الكبيرة"): reports name the village so too. */
  bareName?: string;
  /** Named as the victim's home or the attacker's position (notTheScene): somewhere else than the strike. */
  elsewhere?: true;
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
/** "ريف مدينة الحسكة", "بريف ناحية عين عيسى", "ريف مقاطعة منبج": the countryside around the town named. */
const COUNTRYSIDE_OF_TOWN = /(?:ريف|بريف|وريف)\s+(?:مدينه|بلده|ناحيه|مقاطعه)\s*#?$/u;
/** Places a settlement's countryside is read as: around a town, its district; else its governorate. */
const COUNTRYSIDE_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'town', 'village', 'subdistrict', 'neighbourhood']);
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
    } else if (GOVERNORATE_CONTEXT.test(before) || GOVERNORATE_AFTER.test(after) || COUNTRYSIDE_OF_TOWN.test(before)) {
      // "ريف منبج" is the villages around Manbij, not the town: the district, which they and the town lie in.
      if (sameNameGovernorate) entry = sameNameGovernorate;
      else if (COUNTRYSIDE_KINDS.has(entry.kind)) entry = countrysideOf(gazetteer, entry);
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
    // A hashtag's underscores stand for spaces ("#جسر_الشغور").
    out.push({ entry, asWritten: mention.text.replace(/_/gu, ' '), start, end, rank });
  }
  return withAnaphors(text, notTheScene(text, withUnlistedPlaces(text, out)));
}

const VILLAGE_ANAPHOR = constructionPattern((c) => c.villageAnaphor, 'gu');
const TOWN_ANAPHOR = constructionPattern((c) => c.townAnaphor, 'gu');
/** How far back (folded characters) "the village" still points to a village named before. */
const ANAPHOR_REACH = 400;

/**
 * "قصفت قرية X… وأصيب 5 من سكان القرية": news writing names the village once and then calls it "the village". The
 * definite noun is read as a mention of the last village (town) named before it, nearby, where a strike may fall
 * (not a hospital's town): a figure in that later sentence is placed there, not at a town it names in passing.
 */
function withAnaphors(text: FoldedText, mentions: LocatedMention[]): LocatedMention[] {
  const added: LocatedMention[] = [];
  const kinds = [
    { pattern: VILLAGE_ANAPHOR, of: (k: PlaceKind) => k === 'village' },
    { pattern: TOWN_ANAPHOR, of: (k: PlaceKind) => k === 'town' || k === 'city' },
  ];
  for (const { pattern, of } of kinds) {
    for (const m of text.folded.matchAll(pattern)) {
      const antecedent = mentions.findLast(
        (x) => x.end <= m.index && m.index - x.end <= ANAPHOR_REACH && x.rank >= RANK.town && of(x.entry.kind),
      );
      if (antecedent) added.push({ ...antecedent, start: m.index, end: m.index + m[0].length });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

function countrysideOf(gazetteer: Gazetteer, town: GazetteerEntry): GazetteerEntry {
  const around = gazetteer.ancestors(town.id);
  return around.find((a) => a.kind === 'district') ?? around.find((a) => a.kind === 'governorate') ?? town;
}

/**
 * "نُقل المصابون إلى مشفى الشفاء في منبج", "taken to a hospital in Kilis": the place after "to (a) hospital" is where
 * the wounded were treated, not where they were hit. It ranks as a region, so the scene named around it wins and
 * may lie within it; alone, it still places the claim.
 */
const TO_HOSPITAL = new RegExp(
  String.raw`(?<![\p{L}])(?:الي|لل|ل)\s*(?:ال)?(?:مشفي|مستشفي|مشافي|مستشفيات|نقطه\s+طبيه|مستوصف)(?![\p{L}])` +
    String.raw`[^.،,؛\n]{0,60}|\bto\s+(?:a|the)?\s*(?:[\p{L}-]+\s+){0,2}hospitals?\b[^.,;\n]{0,40}`,
  'gu',
);

/**
 * "…بقصف على مدينة X، وهو من قرية Y", "a native of Y": the home of a person named in the report, often another
 * place than the one hit. The place within a few words after the language's origin phrase (placeOfOrigin) ranks
 * as a region, as the hospital's town does.
 */
const PLACE_OF_ORIGIN = new RegExp(`(?:${constructionPattern((c) => c.placeOfOrigin).source})[^.،,؛\n]{0,25}`, 'gu');

/**
 * "قوات النظام المتمركزة في معسكر X قصفت البلدة", "forces stationed in X": where the attacker sits or fires from
 * (attackerPosition, which covers the place's words), often a base or town near the scene but not the scene. It ranks
 * as a region, as a victim's home does.
 */
const ATTACKER_POSITION = constructionPattern((c) => c.attackerPosition, 'gu');

/**
 * "منبج _ نورث برس", "دمشق-سانا": a dateline, a line of its own with the place the report was filed from and the
 * outlet after a dash. The outlet's bureau is often the town nearest the scene, not the scene. (A hyphen inside a
 * Latin-script name, "al-Bab", is no dash.)
 */
const DATELINE = /(?<=^|\n)[ \t]*[^\n\d]{2,30}?[ \t]*(?<![a-z])[-–—_](?![a-z])[ \t]*[^\n\d]{2,30}(?=[ \t]*(?:\n|$))/gu;

/**
 * Places named as where the wounded were taken, where a victim came from, where the attacker sits, or a dateline:
 * not the scene.
 */
function notTheScene(text: FoldedText, mentions: LocatedMention[]): LocatedMention[] {
  const rangesOf = (matches: Iterable<RegExpMatchArray>) =>
    [...matches].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const near = rangesOf([...text.folded.matchAll(TO_HOSPITAL), ...text.folded.matchAll(DATELINE)]);
  const elsewhere = rangesOf([...text.folded.matchAll(PLACE_OF_ORIGIN), ...text.folded.matchAll(ATTACKER_POSITION)]);
  if (near.length === 0 && elsewhere.length === 0) return mentions;
  const inside = (m: LocatedMention, ranges: Array<{ start: number; end: number }>) =>
    ranges.some((r) => m.start >= r.start && m.start < r.end);
  return mentions.map((m) => {
    if (inside(m, elsewhere)) return { ...m, rank: Math.min(m.rank, RANK.governorate), elsewhere: true as const };
    return inside(m, near) ? { ...m, rank: Math.min(m.rank, RANK.governorate) } : m;
  });
}

/**
 * Words that tie a place to a larger or nearby one named right after it: "قرية X بريف حلب", "X جنوب شرق الشدادي",
 * "X في محافظة إدلب", "X الواقعة شمال منبج", "X التابعة لمدينة الباب". The named place is what X lies in or near.
 */
const LOCATION_LINKS = new Set([
  ...['في', 'ب', 'ل', 'و', 'من', 'قرب', 'بالقرب', 'ضمن', 'وسط', 'محيط', 'اطراف', 'التابعه', 'التابع', 'الواقعه'],
  ...['الواقع', 'ريف', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الشمالي', 'الجنوبي'],
  ...['الشرقي', 'الغربي', 'الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه', 'منطقه', 'ناحيه', 'مدينه', 'بلده'],
  ...['محافظه', 'مقاطعه'],
]);
/** A link word, also with a conjunction or preposition written onto it, or with the article ("في الريف الشرقي"). */
const isLocationLink = (word: string) => {
  const bare = word.replace(/^[وبل]/u, '');
  return LOCATION_LINKS.has(word) || LOCATION_LINKS.has(bare) || LOCATION_LINKS.has(bare.replace(/^ال/u, ''));
};
const MAX_LINK_WORDS = 5;

/** The listed place an unlisted name is tied to by location words right after it, if any. */
function anchorOf(text: FoldedText, end: number, known: readonly LocatedMention[]): GazetteerEntry | undefined {
  const next = known.find((k) => k.start >= end);
  if (!next) return undefined;
  // A quoted name's closing quote may sit between them, and a hashtag's sign and underscores ("لناحية #عين_عيسى").
  const gap = text.folded.slice(end, next.start).replace(/^["']/u, '').replace(/[#_]/gu, ' ').trim();
  if (gap === '') return undefined;
  const words = gap.split(/\s+/u);
  return words.length <= MAX_LINK_WORDS && words.every(isLocationLink) ? next.entry : undefined;
}

/**
 * Adds the names a settlement noun introduces that the gazetteer does not know ("قرية X" where X is unlisted), and
 * drops the gazetteer's matches inside them: in "قرية عين البيضا" a listed "البيضا" elsewhere is not this place.
 * The stand-in entry's parent is the listed place the text ties it to ("قرية X بريف حلب": Aleppo governorate).
 */
function withUnlistedPlaces(text: FoldedText, known: LocatedMention[]): LocatedMention[] {
  // The gazetteer's reading wins where it starts the name, unless a landmark's name runs past it ("سد تشرين" is not
  // a quarter called "السد"), or it reads a city's quarter where the text names a village or a town ("قرية
  // المشيرفة بريف الرقة" is no quarter of al-Hasakah, "بلدة الجديدة" none of Aleppo).
  const quarterForSettlement = (k: LocatedMention, u: UnlistedPlace) =>
    k.entry.kind === 'neighbourhood' && (u.kind === 'village' || u.kind === 'town');
  const unlisted = findUnlistedPlaces(text.folded).filter(
    (u) => !known.some((k) => k.start === u.start && (!u.landmark || k.end >= u.end) && !quarterForSettlement(k, u)),
  );
  if (unlisted.length === 0) return known;
  const kept = known.filter((k) => !unlisted.some((u) => k.start >= u.start && k.end <= u.end));
  // "قريتي X وY بريف حلب": the place after a list ties every name of it, not only the last.
  const anchors = unlisted.map((u) => anchorOf(text, u.end, kept));
  const listAnchor = (i: number) =>
    anchors[i] ?? anchors.find((a, j) => a !== undefined && j > i && unlisted[j]!.list === unlisted[i]!.list);
  const added = unlisted.map((u, i): LocatedMention => {
    const range = originalRange(text, u.start, u.end);
    // A hashtag joins the words of a name with underscores ("#خان_شيخون"); a landmark's quotes open after its noun.
    const written = (end: number) =>
      text.original
        .slice(range.start, originalRange(text, u.start, end).end)
        .replace(/[_"'“”«»]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const asWritten = written(u.end);
    const bareName = u.bareEnd ? { bareName: written(u.bareEnd) } : {};
    const anchor = u.list === undefined ? anchors[i] : listAnchor(i);
    const entry: GazetteerEntry = {
      id: `unlisted:${nameKey(asWritten)}`,
      nameAr: asWritten,
      nameEn: asWritten,
      aliases: [],
      kind: u.kind,
      ...(anchor ? { parentId: anchor.id } : {}),
      ...(anchor?.governorate ? { governorate: anchor.governorate } : {}),
    };
    return { entry, asWritten, start: u.start, end: u.end, rank: RANK[u.kind], unlisted: true, ...bareName };
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** The claim's place for a located mention: the gazetteer's, or for an unlisted name the name as written. */
export function placeOf(gazetteer: Gazetteer, mention: LocatedMention): Place {
  if (!mention.unlisted) return gazetteer.toPlace(mention.entry, mention.asWritten);
  const governorate = mention.entry.governorate;
  const names = mention.bareName ? [mention.asWritten, mention.bareName] : [mention.asWritten];
  return { names, ...(governorate ? { governorate } : {}) };
}

function isWithin(gazetteer: Gazetteer, inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (inner.id === outer.id) return true;
  // An unlisted place lies within what the text ties it to, and that place's ancestors.
  const parent = gazetteer.get(inner.id) ? undefined : inner.parentId ? gazetteer.get(inner.parentId) : undefined;
  if (parent) return isWithin(gazetteer, parent, outer);
  return gazetteer.ancestors(inner.id).some((a) => a.id === outer.id);
}

export function placesRelated(gazetteer: Gazetteer, a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return true;
  if (!a.placeId || !b.placeId) return unlistedRelated(gazetteer, a, b);
  const ea = gazetteer.get(a.placeId);
  const eb = gazetteer.get(b.placeId);
  if (!ea || !eb) return a.placeId === b.placeId;
  return isWithin(gazetteer, ea, eb) || isWithin(gazetteer, eb, ea);
}

/**
 * The most specific place for a claim at `at`: its own range first; when that names nothing finer than a
 * town, context ranges (in order of preference) may supply a more specific place lying within it. `folded` (the
 * report's folded text) is given for a casualty figure: then the place named right after the figure, where its
 * victims were (placeOfVictims), wins over the rest.
 */
export function choosePlace(
  gazetteer: Gazetteer,
  mentions: LocatedMention[],
  own: { start: number; end: number },
  at: number,
  context: Array<{ start: number; end: number }>,
  folded?: string,
): LocatedMention | undefined {
  const inRange = (r: { start: number; end: number }) => mentions.filter((m) => m.start >= r.start && m.end <= r.end);
  const victimsIn = folded === undefined ? undefined : placeOfVictims(folded, inRange(own), at);
  if (victimsIn) return victimsIn;
  const ownBest = best(inRange(own), at);
  if (ownBest && ownBest.rank >= RANK.town) return ownBest;
  let chosen = ownBest;
  // "قصفت القوات مدينة X… وقال إن القوات المتمركزة في معسكر Y قصفت المدينة، ما أدى لإصابة 3": a sentence that names
  // only the attacker's position or the victim's home names no scene, and does not bound the scene the sentences
  // around it name (X does not lie within Y). The hospital's town and a dateline do: the scene lies near them.
  const bound = ownBest?.elsewhere ? undefined : ownBest;
  for (const range of context) {
    // Once a range names a town, a later one may still name a village within it: the headline's "قصف على منبج" and
    // the lead's "قرية X الواقعة شمال منبج".
    const town = chosen && chosen.rank >= RANK.town ? chosen : undefined;
    const candidates = inRange(range).filter((m) =>
      town
        ? isWithin(gazetteer, m.entry, town.entry)
        : !bound || bound.rank === 0 || untied(m) || isWithin(gazetteer, m.entry, bound.entry),
    );
    const b = best(candidates, range.start);
    if (b && (!chosen || b.rank > chosen.rank)) chosen = b;
    if (chosen && chosen.rank >= RANK.village) break;
  }
  return chosen && bound && chosen !== bound && untied(chosen) ? tiedTo(chosen, bound.entry) : chosen;
}

/**
 * "قصفت القوات مدينة X وقرى Y وZ، ما أدى لإصابة 3 أطفال بجروح في مدينة X", "killing two children in the town of
 * X": a sentence that names several places struck and then the place the figure's victims were in names the scene
 * of that figure there. The place must follow the figure closely, in the same clause, after "في" / "in" (with a
 * settlement noun or none), and be a town or finer: "في ريف حلب" after the figure adds a region, not the scene.
 */
const VICTIMS_IN = new RegExp(
  String.raw`^[^.،,؛;:\n]{0,50}?(?:(?<![\p{L}])[وف]?(?:في|ب)\s*(?:مدينه|بلده|قريه|حي|مخيم)?` +
    String.raw`|\bin\s+(?:the\s+)?(?:(?:town|city|village|camp)\s+of\s+)?)\s*#?$`,
  'u',
);
function placeOfVictims(folded: string, mentions: LocatedMention[], at: number): LocatedMention | undefined {
  const after = mentions.filter((m) => m.start > at && m.rank >= TOWN_RANK).sort((a, b) => a.start - b.start)[0];
  return after && VICTIMS_IN.test(folded.slice(at, after.start)) ? after : undefined;
}

/**
 * An unlisted village the text ties to no listed place ("قرية X في منطقة جبل Y قرب مدينة Z": Y is no link word) is
 * not known to lie outside the region the figure names, so it may refine it: "قصف على ريف إدلب" and in the next
 * sentence "استهدف أطراف قرية X" is a strike on X, in Idlib. It is then tied to that region.
 */
const untied = (m: LocatedMention) => m.unlisted === true && m.entry.parentId === undefined && !m.entry.governorate;

function tiedTo(m: LocatedMention, region: GazetteerEntry): LocatedMention {
  if (region.kind === 'country') return m;
  const governorate = region.governorate ? { governorate: region.governorate } : {};
  return { ...m, entry: { ...m.entry, parentId: region.id, ...governorate } };
}

/**
 * A place the gazetteer does not list is the same place under the same name, and lies within its governorate (or
 * the country): "قرية X" and "ريف حلب" may be one event, "قرية X" and "قرية Y" are two.
 */
function unlistedRelated(gazetteer: Gazetteer, a: Place, b: Place): boolean {
  const keys = new Set(a.names.map(nameKey));
  if (b.names.some((n) => keys.has(nameKey(n)))) return true;
  const [listed, unlisted] = a.placeId ? [a, b] : b.placeId ? [b, a] : [undefined, undefined];
  const entry = listed?.placeId ? gazetteer.get(listed.placeId) : undefined;
  if (!entry || !unlisted) return false;
  if (entry.kind === 'country') return true;
  return entry.kind === 'governorate' && (!unlisted.governorate || unlisted.governorate === entry.governorate);
}

function best(list: LocatedMention[], at: number): LocatedMention | undefined {
  let out: LocatedMention | undefined;
  for (const m of list) {
    if (!out || m.rank > out.rank || (m.rank === out.rank && Math.abs(m.start - at) < Math.abs(out.start - at)))
      out = m;
  }
  return out;
}
