// Casualty figures: numbers (and vague amounts) that a killing or injury word governs, with what they count
// (people, civilians, children, women, combatants, injured), their qualifier, and whether they are a subset
// ("بينهم 28 مدنيا"), a rising toll ("ارتفعت الحصيلة إلى 30") or an old toll being replaced.

import type { Qualifier } from '../../domain/schema.ts';
import { AGE_DECADE_NOUNS, readNumbers } from '../../text/numbers.ts';
import { lumpedWithWounded, NOT_A_COUNT, NOT_A_TOLL, type NumberShape, type TollCandidate } from './figure-filters.ts';
import { type FoldedText, foldedOffset } from './folded-text.ts';
import type { LanguageRecord } from './lang/record.ts';
import { constructionPattern, wordsOfScript } from './lang/registry.ts';
import { readVagueAmounts } from './vague-amounts.ts';
import {
  ABOUT_AFTER,
  AT_LEAST_AFTER,
  hasDenialVerb,
  INCLUSION_BEFORE,
  INJURY_WORDS,
  KILL_WORDS,
  LATIN_EVENT_WORDS,
  NOUN_CLASSES,
  type NounClass,
  QUALIFIERS_BEFORE,
  RISE_VERBS_ARABIC,
  RISING_TOLL,
} from './vocabulary.ts';

export type Event = 'kill' | 'injury';

export interface Figure {
  /** Folded offsets of the number. */
  start: number;
  end: number;
  value: number | null;
  min?: number;
  noun: NounClass | 'bare';
  event: Event;
  qualifier: Qualifier;
  inclusion: boolean;
  risingToll: boolean;
  /** "مقتل 10 مدنيين آخرين": a further figure, not the same one restated. */
  additional: boolean;
  /** "17 مدنيا من عائلة واحدة": a part of the group the figure names. */
  partial: boolean;
  /** "انتشال 8 جثث": bodies recovered, which restate or add to a toll rather than state one. */
  recovered?: boolean;
  /**
   * "خمسة أطفال ضحايا الغارة": the dead are named only as victims (ضحايا، ضحية), a word news also uses for the dead
   * and the wounded together; no word of death stands by the figure.
   */
  victimsOnly?: boolean;
}

export interface Keyword {
  start: number;
  end: number;
  event: Event;
}

const RECOVERED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])[وب]?(?:ال)?(?:انتشال|انتشلت|انتشل|استخراج|اخراج|العثور\s+علي|عثر\s+علي` +
    String.raw`|عثرت\s+علي|انتشلوا)\s+(?:\S+\s+){0,2}$|\b(?:pulled|recovered|retrieved|unearthed|exhumed` +
    String.raw`|found)\s+(?:\S+\s+){0,2}$`,
  'u',
);
/** Armed bodies after "من" ("من قوات النظام", "من الجيش"): the ones counted are their members. */
const ARMED_BODIES = 'قوات|جيش|ميليشيا|ميليشيات|مليشيا|مليشيات|فصايل';
/**
 * Armed sides, folded, as written after ل ("للنظام", "لقوات الأسد", "لقسد") or من ("من تنظيم الدولة"): their dead
 * are their fighters.
 */
const ARMED_SIDES = `${ARMED_BODIES}|نظام|تنظيم|حزب|حرس|قسد|داعش`;
const SIDE_OF_THE_DEAD = new RegExp(String.raw`^\s+(?:لل|ل)(?:${ARMED_SIDES})(?![\p{L}])`, 'u');
/** "3 من تنظيم الدولة", "5 من الأسايش", "2 من قسد": members of an armed body or side. */
const MEMBERS_OF = new RegExp(String.raw`^\s+من\s+(?:ال)?(?:${ARMED_SIDES}|اسايش|وحدات)(?![\p{L}])`, 'u');

/**
 * "3 قتلى للنظام", "قتيلان لقوات الأسد": the dead (or people) of an armed side, with ل, are that side's own men,
 * not civilians; so are "3 من قوات النظام" and "3 قتلى من الجيش", members of an armed body. Other nouns keep
 * their class ("3 مدنيين من قرية", "5 قتلى لعائلة واحدة").
 */
function sideOfTheDead(
  f: string,
  end: number,
  noun: { cls: NounClass; end: number } | undefined,
): { cls: NounClass; end: number } | undefined {
  if (noun && noun.cls !== 'dead' && noun.cls !== 'people') return noun;
  const after = f.slice(noun?.end ?? end, (noun?.end ?? end) + 30);
  if ((noun && SIDE_OF_THE_DEAD.test(after)) || MEMBERS_OF.test(after))
    return { cls: 'combatants', end: noun?.end ?? end };
  return noun;
}

/** Singular victims readNumbers reads as one ("بينهم سيدة", "امرأة وطفلان"): what they count. */
const SINGULAR_CLASSES: Record<string, NounClass> = {
  طفل: 'children',
  طفله: 'children',
  رضيع: 'children',
  رضيعه: 'children',
  صبي: 'children',
  فتي: 'children',
  سيده: 'women',
  امراه: 'women',
  مسنه: 'women',
  فتاه: 'women',
  مدني: 'civilians',
  مواطن: 'civilians',
  مدنيه: 'civilians',
  مواطنه: 'women',
  // A woman named by the decade of her age ("ثلاثينية", "سبعينية").
  ...Object.fromEntries(AGE_DECADE_NOUNS.map((noun): [string, NounClass] => [`${noun}ه`, 'women'])),
  عنصر: 'combatants',
  جندي: 'combatants',
  عسكري: 'combatants',
  مقاتل: 'combatants',
  مسلح: 'combatants',
  قيادي: 'combatants',
  شهيد: 'dead',
  قتيل: 'dead',
  شهيده: 'dead',
  قتيله: 'dead',
};
/** What a named list of the dead counts, by the plural noun before the names. */
const NAMED_LIST_CLASSES: Record<string, NounClass> = {
  مدنيين: 'civilians',
  مدنيون: 'civilians',
  اطفال: 'children',
  نساء: 'women',
  سيدات: 'women',
  عناصر: 'combatants',
  جنود: 'combatants',
  مقاتلين: 'combatants',
  شهداء: 'dead',
  ضحايا: 'dead',
  قتلي: 'dead',
  شهيدين: 'dead',
};
const PARTITIVE_AFTER = /^\s*(?:منهم|منهن)(?![\p{L}])/u;

const ANCHORED_NOUNS: Array<[NounClass, RegExp]> = NOUN_CLASSES.map(([cls, re]) => [
  cls,
  new RegExp(re.source, `${re.flags.replace('g', '')}y`),
]);

const DUAL_CLASSES: Record<string, NounClass> = {
  طفل: 'children',
  طفلت: 'children',
  صبي: 'children',
  امرات: 'women',
  سيدت: 'women',
  فتات: 'women',
  قتيل: 'dead',
  شهيد: 'dead',
  ضحيت: 'dead',
  جريح: 'injured',
  عنصر: 'combatants',
  جندي: 'combatants',
  مدني: 'civilians',
  مواطن: 'civilians',
  عسكري: 'combatants',
  مقاتل: 'combatants',
  مسلح: 'combatants',
  مصاب: 'injured',
};

function nounAt(f: string, pos: number): { cls: NounClass; end: number } | undefined {
  for (const [cls, re] of ANCHORED_NOUNS) {
    re.lastIndex = pos;
    const m = re.exec(f);
    if (m && m.index === pos) return { cls, end: pos + m[0].length };
  }
  return undefined;
}

// What may stand between a figure and its noun: "of", "من بين", "of its", "other", "innocent".
const NOUN_LEAD_IN = new RegExp(
  String.raw`^\s*(?:(?:من|of|من\s+بين)\s+(?:(?:its|their|his|our)\s+)?)?(?:(?:other|more|additional` +
    String.raw`|further|innocent|unarmed)\s+)?`,
  'u',
);

/**
 * The noun a figure counts: "54 شخصا", "17 قتيلا مدنيا" (the more specific wins), "10 من المدنيين", "dozens of
 * civilians".
 */
function nounAfter(f: string, end: number): { cls: NounClass; end: number } | undefined {
  let pos = end;
  // "two of its fighters": a party's own men.
  const skip = NOUN_LEAD_IN.exec(f.slice(pos, pos + 30));
  pos += skip?.[0].length ?? 0;
  const first = nounAt(f, pos) ?? englishNounAfterModifiers(f, pos);
  if (!first) return undefined;
  let noun = first;
  if (first.cls === 'dead' || first.cls === 'people') {
    // "20 شهيدا مدنيا", "20 شهيدا من المدنيين", "12 قتيلا من العسكريين": the victims' class.
    const gap = /^\s+(?:من\s+)?/u.exec(f.slice(first.end, first.end + 8));
    const second = gap ? nounAt(f, first.end + gap[0].length) : undefined;
    if (second && VICTIM_CLASSES.has(second.cls)) noun = second;
  }
  return mixedWithOtherSide(f, noun) ?? noun;
}

// The records' victims nouns and deathless casualty words, as Arabic writes them: after a clitic (و، ب، ل before a
// victims noun; و، ب before "سقوط" or "حصيلة"), with or without the article.
const arabicWordOf = (clitics: string, pick: (r: LanguageRecord) => readonly string[]) =>
  new RegExp(`^[${clitics}]?(?:ال)?(?:${wordsOfScript('arabic', pick).join('|')})$`, 'u');
const VICTIMS_WORD = arabicWordOf('وبل', (r) => r.victimWords);
const NEUTRAL_CASUALTY_WORD = arabicWordOf('وب', (r) => r.deathlessCasualtyWords);

/** A kill figure that only a victims word makes one: no casualty word of death near it, nor a dead noun. */
function victimsOnly(f: string, kws: readonly Keyword[], start: number, nounEnd: number, noun?: NounClass): boolean {
  const word = (kw: Keyword) => f.slice(kw.start, kw.end).trim();
  const near = kws.filter((kw) => kw.event === 'kill' && kw.end > start - 30 && kw.start < nounEnd + 30);
  if (near.some((kw) => !VICTIMS_WORD.test(word(kw)) && !NEUTRAL_CASUALTY_WORD.test(word(kw)))) return false;
  if (noun === 'dead') return VICTIMS_WORD.test(f.slice(start, nounEnd).split(/\s+/u).at(-1) ?? '');
  return near.some((kw) => VICTIMS_WORD.test(word(kw)));
}

/** Classes that say who the dead were: a dead or people noun followed by one of them takes its class. */
const VICTIM_CLASSES: ReadonlySet<NounClass> = new Set(['civilians', 'children', 'women', 'combatants']);

/**
 * "20 من العسكريين والمدنيين", "تعداد المدنيين والعسكريين": civilians and combatants, both definite and joined by
 * و, are one count of both sides, so people, neither side's. An indefinite noun after و is a further figure of its
 * own ("7 مدنيين وعسكري": seven civilians and one soldier).
 */
function mixedWithOtherSide(
  f: string,
  noun: { cls: NounClass; end: number },
): { cls: NounClass; end: number } | undefined {
  if (noun.cls !== 'civilians' && noun.cls !== 'combatants') return undefined;
  // The noun patterns read the conjunction as part of the word ("والمدنيين").
  const and = /^\s*(?=وال)/u.exec(f.slice(noun.end, noun.end + 6));
  const other = and ? nounAt(f, noun.end + and[0].length) : undefined;
  if (!other || (other.cls !== 'civilians' && other.cls !== 'combatants') || other.cls === noun.cls) return undefined;
  return { cls: 'people', end: other.end };
}

/** Words that end an English noun phrase: a modifier is never one of them. */
const NOT_A_MODIFIER = new RegExp(
  '^(?:and|or|but|of|in|on|at|to|from|by|with|for|near|after|before|during|when|while|who' +
    '|which|that|as|were|was|are|have|has|had|been|be|also|including|among|mostly|most|nearly' +
    '|almost|all|about|around|some|many|several|tags|related|topic|said|says|say|told|reported' +
    '|according|added|network|others?|more|the|a|an|its|their|his|her|this|these|those|people' +
    String.raw`|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty` +
    '|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores?)$',
  '',
);

/** "Fifteen SARC volunteers", "287 IS fighters", "six young men": up to three modifiers before the noun. */
function englishNounAfterModifiers(f: string, pos: number): { cls: NounClass; end: number } | undefined {
  let at = pos;
  for (let i = 0; i < 3; i++) {
    const word = /^([a-z][a-z'-]*)[ \t]+/.exec(f.slice(at, at + 30));
    if (!word?.[1] || NOT_A_MODIFIER.test(word[1]) || KILL_OR_INJURY_EN.test(word[1])) return undefined;
    at += word[0].length;
    const noun = nounAt(f, at);
    if (noun) return noun;
  }
  return undefined;
}
const KILL_OR_INJURY_EN = new RegExp(`^(?:${LATIN_EVENT_WORDS.source})$`, 'u');
const ANY_EVENT_EN = new RegExp(LATIN_EVENT_WORDS.source, 'u');

/** A word of loss read as a killing where its phrase says a death (the records' `lossAsDeath`). */
const LOSS_AS_DEATH = constructionPattern((c) => c.lossAsDeath, 'gu');

/** Killing and injury words of the whole text, in order: computed once, then sliced per clause. */
export function findKeywords(f: string): Keyword[] {
  return keywords(f, 0, f.length);
}

function keywordsIn(all: Keyword[], from: number, to: number): Keyword[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as Keyword).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Keyword[] = [];
  for (let i = lo; i < all.length && (all[i] as Keyword).end <= to; i++) out.push(all[i] as Keyword);
  return out;
}

function keywords(f: string, from: number, to: number): Keyword[] {
  const out: Keyword[] = [];
  const slice = f.slice(from, to);
  for (const [re, event] of [
    ...KILL_WORDS.map((re) => [re, 'kill'] as const),
    [LOSS_AS_DEATH, 'kill'] as const,
    ...INJURY_WORDS.map((re) => [re, 'injury'] as const),
  ]) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re))
      out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, event });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Arabic "and", written onto the next word. */
const ARABIC_AND = wordsOfScript('arabic', (r) => r.and);
const WHOLE_EVENT_WORDS = [...KILL_WORDS, ...INJURY_WORDS].map(
  (re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')),
);
/** A casualty word with Arabic "and" written onto it ("وأصيب", "وقتل"; not "وفاة", whose و is its own). */
function joinedByAnd(f: string, kw: Keyword): boolean {
  const word = f.slice(kw.start, kw.end);
  return ARABIC_AND.some(
    (and) => word.startsWith(and) && WHOLE_EVENT_WORDS.some((re) => re.test(word.slice(and.length))),
  );
}

function wordsBetween(f: string, a: number, b: number): number {
  if (b <= a) return 0;
  return (f.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Between an English noun phrase and its verb: an optional "including …"/parenthesis, then the auxiliary. */
const PASSIVE_PREDICATE = new RegExp(
  String.raw`^\s*,?\s*(?:\([^)]{0,40}\)\s*)?(?:,?\s*(?:including|among\s+them|among\s+whom` +
    String.raw`|most\s+of\s+them|mostly)\s+[^.;:"()]{0,80}?(?:\s*\([^)]{0,40}\))?\s*,?\s*)?(?:who\s+)?` +
    String.raw`(?:were|was|are|is|have\s+been|has\s+been|had\s+been|had|have|has)\s+(?:(?:also|reportedly` +
    String.raw`|all|later|then|allegedly|now|been|either|critically|seriously|badly|slightly)\s+){0,2}$`,
  'u',
);

const PASSIVE_AUX = /\b(?:were|was|are|is|been|had|have|has)\s+(?:\w+\s+)?$/u;

/** Right after a casualty verb, a number of its own: "injured 90", "wounding at least 12", "killing dozens". */
const VERB_WITH_OWN_NUMBER = new RegExp(
  String.raw`^\s+(?:(?:at\s+least|more\s+than|about|nearly|some|over|another)\s+)?(?:\d|(?:two|three|four|five|six` +
    String.raw`|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety` +
    String.raw`|dozens|scores|hundreds)\b)`,
  'u',
);

/** The nearest killing/injury word in the clause, within a few words of the figure. */
function governingEvent(
  f: string,
  kws: Keyword[],
  start: number,
  end: number,
  hasNoun: boolean,
  maxWords = 9,
): Event | undefined {
  // Ties: Arabic and bare English numbers take the word before ("مقتل 54 وإصابة 10", "kills 30 injures 90");
  // an English noun phrase takes the verb after it ("11 people were killed and 25 others injured").
  const preferAfter = hasNoun && /[a-z]/.test(f.slice(Math.max(0, start - 20), start));
  const verbRightBefore = kws.some((kw) => kw.end <= start && wordsBetween(f, kw.end, start) <= 1);
  let best: { kw: Keyword; d: number } | undefined;
  for (const kw of kws) {
    const after = kw.start >= end;
    let d = kw.end <= start ? wordsBetween(f, kw.end, start) : after ? wordsBetween(f, end, kw.start) : 0;
    // A verb before "and"/a comma belongs to the previous figure ("two killed and 10 other people injured").
    if (kw.end <= start && /\band\b|[,،]/u.test(f.slice(kw.end, start))) d += 3;
    if (after) {
      const between = f.slice(end, kw.start);
      // "… six civilians including three children (5-8 years) were injured": the figure's own passive verb.
      if (
        hasNoun &&
        between.length < 160 &&
        PASSIVE_AUX.test(between) &&
        PASSIVE_PREDICATE.test(between) &&
        !ANY_EVENT_EN.test(between)
      )
        d = 0;
      // "killing three women and injuring dozens": a verb after "and" belongs to the next figure.
      else if (/\band\s+(?:also\s+)?$/u.test(between)) d += 3;
      // "killed 30 people injured 90": after a verb whose object the figure is, a verb with a number of its own
      // right after it is that number's ("10 civilians killed 15 injured" has no verb before: there it is not).
      else if (hasNoun && verbRightBefore && VERB_WITH_OWN_NUMBER.test(f.slice(kw.end, kw.end + 24))) continue;
      // So does an Arabic verb or noun with "and" written onto it ("استشهد حتى الآن 6 مدنيين وأصيب العشرات"): Arabic
      // puts the verb before its subject, so it never governs the figure before it.
      else if (/^[\s،,]*$/u.test(between) && joinedByAnd(f, kw)) continue;
    }
    if (d > maxWords) continue;
    if (!best || d < best.d || (d === best.d && after === preferAfter)) best = { kw, d };
  }
  return best?.kw.event;
}

function qualifierOf(f: string, start: number, afterNoun: number): Qualifier {
  const before = f.slice(Math.max(0, start - 36), start);
  for (const [q, re] of QUALIFIERS_BEFORE) if (re.test(before)) return q;
  const after = f.slice(afterNoun, afterNoun + 30);
  if (AT_LEAST_AFTER.test(after)) return 'at_least';
  if (ABOUT_AFTER.test(after)) return 'about';
  return 'exact';
}

/** "the number of civilians killed … has risen to 14", "the civilian death toll rose to 14": the noun comes first. */
const EN_TOLL_REACHES = new RegExp(
  String.raw`\b(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|reached|increased|jumped|stands|stood` +
    String.raw`|grown|grew)\s+(?:to\s+|at\s+)?(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?$`,
  'u',
);
const EN_COUNTED = new RegExp(
  String.raw`\b(?:number\s+of\s+([a-z]+)(?:\s+([a-z]+))?|(civilian|child` +
    String.raw`|children's)\s+(?:death\s+)?toll|toll\s+(?:of` +
    String.raw`|among)\s+([a-z]+))\b(?![^.;]*\b(?:number\s+of|toll)\b)`,
  'u',
);
function englishCountedNoun(
  f: string,
  from: number,
  start: number,
  end: number,
): { cls: NounClass; end: number; event?: Event } | undefined {
  const before = f.slice(Math.max(from, start - 160), start);
  if (!/[a-z]\s*$/.test(before) || !EN_TOLL_REACHES.test(before.slice(-40))) return undefined;
  const m = EN_COUNTED.exec(before);
  const words = m ? [m[1], m[2], m[3] === 'civilian' ? 'civilians' : m[3] ? 'children' : undefined, m[4]] : [];
  // "the number of people killed … has risen to 48, with 171 wounded": the counted participle says what 48 counts,
  // whatever casualty word sits nearer the number.
  const participle = m?.[2] ?? '';
  const event: Event | undefined =
    m?.[3] || m?.[4] || /^(?:killed|dead)$/.test(participle)
      ? 'kill'
      : /^(?:wounded|injured)$/.test(participle)
        ? 'injury'
        : undefined;
  for (const word of words) {
    const noun = word ? nounAt(word, 0) : undefined;
    if (noun) return noun.cls === 'thing' ? undefined : { cls: noun.cls, end, ...(event ? { event } : {}) };
  }
  return undefined;
}

/** "21, seven of them children": a part of the figure before, its noun after "of them". */
const OF_THEM_AFTER = /^\s+of\s+(?:them|whom)\s+(?:(?:were|are|being)\s+)?/u;
function ofThemNoun(f: string, end: number): { cls: NounClass; end: number } | undefined {
  const m = OF_THEM_AFTER.exec(f.slice(end, end + 24));
  const noun = m ? nounAt(f, end + m[0].length) : undefined;
  return noun && noun.cls !== 'thing' ? noun : undefined;
}

/** "raising to 44 the number of civilians killed": the counted noun after the number. */
function englishCountAfter(f: string, end: number): { cls: NounClass; end: number } | undefined {
  const m = /^\s+the\s+(?:death\s+)?(?:toll|number)\s+of\s+/u.exec(f.slice(end, end + 30));
  const noun = m ? nounAfter(f, end + m[0].length) : undefined;
  return noun && noun.cls !== 'thing' ? noun : undefined;
}

/** "between 500 and 1,300 people": one figure, up to the higher number and at least the lower (in `min`). */
function mergeRanges(
  f: string,
  found: Array<{ start: number; end: number; value: number | null; min?: number; rangeMin?: number }>,
): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const low = found[i] as (typeof found)[number];
    const high = found[i + 1] as (typeof found)[number];
    if (low.value === null || high.value === null || high.value <= low.value) continue;
    // "between 33 and 40", "33–40", "33 - 40": one range.
    const dashed = /^\s*[-–—]\s*$/u.test(f.slice(low.end, high.start));
    const between =
      /\bbetween\s+$/u.test(f.slice(Math.max(0, low.start - 9), low.start)) &&
      /^\s+and\s+$/u.test(f.slice(low.end, high.start));
    if (!dashed && !between) continue;
    found.splice(i, 2, { start: low.start, end: high.end, value: high.value, rangeMin: low.value });
  }
}

// "من عائلة واحدة", "of the same family" right after a figure.
const ONE_FAMILY_AFTER = new RegExp(
  String.raw`^\s*(?:\S+\s+){0,2}?(?:من\s+عايله\s+واحده|من\s+(?:نفس\s+)?العايله|من\s+اسره\s+واحده` +
    String.raw`|of\s+(?:one|the\s+same)\s+family|from\s+(?:one|the\s+same)\s+family)`,
  'u',
);

const CASUALTY_PLURALS = 'قتلي|شهداء|ضحايا|جرحي|مصابين|اصابات';
/**
 * "أسفر عن وقوع إصابات", "سقوط قتلى وجرحى", "خلفت ضحايا بين المدنيين": an indefinite plural of the dead or the
 * wounded, with no number, as what occurred or what an event caused is a casualty figure of unstated size. The
 * verb of occurrence or outcome comes right before it (Arabic puts the verb first); a plural alone (a headline
 * list, "أضرحة الشهداء") or with the article ("الضحايا", those already counted) is not one.
 */
const BARE_CASUALTIES = new RegExp(
  String.raw`(?<![\p{L}])[وفل]?(?:وقوع|سقوط|سقط|سقطت|وقع|وقعت|اوقع|اوقعت|خلف|خلفت|يخلف|تخلف|اسفر\s+عن` +
    String.raw`|اسفرت\s+عن|ادي\s+(?:الي\s+|ل)|ادت\s+(?:الي\s+|ل))\s*(?:(?:وقوع|سقوط)\s+)?` +
    String.raw`(${CASUALTY_PLURALS})(?:\s+و\s*(${CASUALTY_PLURALS}))?(?![\p{L}])`,
  'gu',
);
/**
 * What keeps such a plural from being a claim, a few words before it: a negation ("دون وقوع إصابات", "لم يسفر عن
 * ضحايا"), or a report it is the subject of ("التقارير التي تشير إلى سقوط ضحايا", "أنباء عن وقوع ضحايا"), which
 * mentions someone else's claim rather than makes one.
 */
const NEGATED_OR_REPORTED_BEFORE_BARE = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:دون|بدون|لم|لا|عدم|غير|(?:ال)?(?:تقرير|تقارير|انباء|معلومات|ادعاءات|مزاعم))` +
    String.raw`(?![\p{L}])(?:\s+\S+){0,3}\s*$`,
  'u',
);

function bareCasualties(
  f: string,
  from: number,
  to: number,
): Array<{ start: number; end: number; value: null; selfGoverned: true }> {
  const out: Array<{ start: number; end: number; value: null; selfGoverned: true }> = [];
  const slice = f.slice(from, to);
  for (const m of slice.matchAll(BARE_CASUALTIES)) {
    const at = from + (m.index ?? 0);
    if (NEGATED_OR_REPORTED_BEFORE_BARE.test(f.slice(Math.max(0, at - 50), at))) continue;
    // A denial verb earlier in the clause governs it: "نفى التحالف أن تكون غارته قد أوقعت ضحايا" names the
    // casualties denied, which nobody in the clause claims.
    if (hasDenialVerb(f.slice(from, at))) continue;
    // The nouns' own offsets: the first plural, and the one joined to it by و.
    let search = at;
    for (const noun of [m[1], m[2]]) {
      if (!noun) continue;
      const start = f.indexOf(noun, search);
      out.push({ start, end: start + noun.length, value: null, selfGoverned: true });
      search = start + noun.length;
    }
  }
  return out;
}

/**
 * "وجرح آخرون", "وإصابة آخرين بجروح": "others" as the subject or object of a casualty verb or noun, with no number,
 * are a figure of unstated size of that word's event, so a breakdown after them ("بينهم طفلان") is theirs.
 */
const OTHERS_OF_CASUALTY = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:اصيب|اصيبت|اصيبوا|جرح|جرحت|اصابه|قتل|قتلت|استشهد|استشهدت|مقتل|استشهاد)` +
    String.raw`\s+(اخرون|اخرين)(?![\p{L}])`,
  'gu',
);

function othersOfCasualty(f: string, from: number, to: number): Array<{ start: number; end: number; value: null }> {
  return [...f.slice(from, to).matchAll(OTHERS_OF_CASUALTY)].map((m) => {
    const end = from + (m.index ?? 0) + m[0].length;
    return { start: end - (m[1] as string).length, end, value: null };
  });
}

/** Casualty figures inside [from, to) (a clause), in text order. */
export function findFigures(
  text: FoldedText,
  from: number,
  to: number,
  skip: Array<{ start: number; end: number }>,
  allKeywords?: Keyword[],
  victims?: ReadonlyMap<string, string>,
): Figure[] {
  const f = text.folded;
  const kws = allKeywords ? keywordsIn(allKeywords, from, to) : keywords(f, from, to);
  if (kws.length === 0) return [];
  const clauseOriginal = { start: text.toOriginal[from] ?? 0, end: text.toOriginal[to] ?? text.original.length };
  const slice = text.original.slice(clauseOriginal.start, clauseOriginal.end);
  const found: Array<{
    start: number;
    end: number;
    value: number | null;
    min?: number;
    dual?: string;
    singular?: NounClass;
    eventObject?: boolean;
    selfGoverned?: boolean;
    rangeMin?: number;
    joined?: boolean;
    inNamedList?: boolean;
  }> = [];
  const numbers = readNumbers(slice, victims);
  for (const n of numbers) {
    found.push({
      start: foldedOffset(text, clauseOriginal.start + n.start),
      end: foldedOffset(text, clauseOriginal.start + n.end),
      value: n.value,
      dual: n.dualNoun,
      ...(n.singularNoun ? { singular: SINGULAR_CLASSES[n.singularNoun] ?? ('people' as NounClass) } : {}),
      ...(n.namedList ? { singular: NAMED_LIST_CLASSES[n.namedList] ?? ('people' as NounClass) } : {}),
      ...(n.eventObject || n.namedList ? { eventObject: true } : {}),
      ...(n.selfGoverned ? { selfGoverned: true } : {}),
      ...(n.joinedVictim ? { joined: true } : {}),
      ...(n.inNamedList ? { inNamedList: true } : {}),
    });
  }
  for (const v of readVagueAmounts(slice, numbers)) {
    found.push({
      start: foldedOffset(text, clauseOriginal.start + v.start),
      end: foldedOffset(text, clauseOriginal.start + v.end),
      value: null,
      min: v.min,
    });
  }
  for (const bare of [...bareCasualties(f, from, to), ...othersOfCasualty(f, from, to)]) {
    if (!found.some((x) => bare.start < x.end && bare.end > x.start)) found.push(bare);
  }
  found.sort((a, b) => a.start - b.start);
  mergeRanges(f, found);
  const figures: Figure[] = [];
  const lone = new Set<Figure>();
  // A victim joined by و to the figure just before it ("مقتل رجل وامرأة"): the figure it joins.
  const joinedTo = new Map<Figure, Figure>();
  let lastPushed: (typeof found)[number] | undefined;
  for (const [k, n] of found.entries()) {
    if (skip.some((s) => n.start < s.end && n.end > s.start)) continue; // part of a date
    const counted = !n.dual && !nounAfter(f, n.end) ? countedNoun(f, from, n.start, n.end) : undefined;
    const read = n.singular
      ? { cls: n.singular, end: n.end }
      : n.dual
        ? { cls: DUAL_CLASSES[n.dual] ?? ('people' as NounClass), end: n.end }
        : (nounAfter(f, n.end) ??
          counted?.noun ??
          ofThemNoun(f, n.end) ??
          englishCountedNoun(f, from, n.start, n.end) ??
          englishCountAfter(f, n.end));
    const noun = sideOfTheDead(f, n.end, read);
    const shape: NumberShape = {
      f,
      start: n.start,
      end: n.end,
      value: n.value,
      noun: noun?.cls,
      wordless: !!n.singular,
    };
    if (NOT_A_COUNT.some((filter) => filter.drops(shape))) continue;
    let event: Event | undefined;
    const countedEvent = (noun as { event?: Event } | undefined)?.event;
    // "استشهادهما": the casualty word is the figure, and says what it counts.
    const itself = n.selfGoverned ? kws.find((kw) => kw.start < n.end && kw.end > n.start) : undefined;
    if (itself) event = itself.event;
    else if (countedEvent) event = countedEvent;
    else if (noun?.cls === 'dead') event = 'kill';
    else if (noun?.cls === 'injured') event = 'injury';
    else {
      const others = /^\s*(?:اخرين|اخرون|others|more|other)(?![\p{L}])/u.exec(
        f.slice(noun?.end ?? n.end, (noun?.end ?? n.end) + 12),
      );
      const companions = /(?:برفقه|رفقه|بصحبه|along\s+with|together\s+with)\s*$/u.test(
        f.slice(Math.max(0, n.start - 20), n.start),
      );
      event = governingEvent(
        f,
        kws,
        n.start,
        (noun?.end ?? n.end) + (others?.[0].length ?? 0),
        Boolean(noun),
        companions ? 16 : 9,
      );
    }
    // A bare number needs its casualty word right beside it ("مقتل 54", "54 killed").
    if (!noun && event && !itself && !bareNumberGoverned(f, kws, n.start, n.end)) {
      const others = /^\s*(?:اخرين|اخرون|others|more)(?![\p{L}])/u.exec(f.slice(n.end, n.end + 12));
      if (!others || !bareNumberGoverned(f, kws, n.start, n.end + others[0].length)) event = undefined;
    }
    // "15 شخصا منهم" (of them): a part of the figure before, like "بينهم 15".
    const partitive =
      noun !== undefined &&
      figures.length > 0 &&
      (PARTITIVE_AFTER.test(f.slice(noun.end, noun.end + 12)) || OF_THEM_AFTER.test(f.slice(n.end, n.end + 24)));
    const previous = figures[figures.length - 1];
    // "بينهم 6 أطفال و3 نساء", "هم: 12 من تنظيم الدولة و5 …": the next item of an enumeration is included too.
    const enumerated =
      previous?.inclusion === true && /^\s*(?:\S+\s+){0,3}?و\s*$/u.test(f.slice(previous.end, n.start));
    const inclusionWord = INCLUSION_BEFORE.exec(f.slice(Math.max(0, n.start - 40), n.start));
    // The inclusion phrase itself ("بينهم", "من بين القتلى", "including") ends where its words after it begin.
    const inclusionLead = inclusionWord
      ? (/^(?:و?من\s+)?(?:بين\s+\S+|\S+)/u.exec(inclusionWord[0])?.[0].length ?? 0)
      : 0;
    const inclusionEnd = n.start - (inclusionWord ? inclusionWord[0].length : 0) + inclusionLead;
    // "بينهم طفلان وإصابة 17": a casualty word after بينهم starts a new figure.
    const included = inclusionWord !== null && !kws.some((kw) => kw.start >= inclusionEnd && kw.end <= n.start);
    // "12 شهيداً بينهم مسعف وسبعة جرحى": wounded named after the dead's breakdown are a figure of their own, not a
    // part of the dead (a part of an injured toll stays its part).
    const ownInjury = noun?.cls === 'injured' && previous !== undefined && previous.event !== 'injury';
    const inclusion = (partitive || enumerated || included || n.inNamedList === true) && !ownInjury;
    // A lone "طفل" or "سيدة" is a count of one only inside a toll's breakdown ("3 مدنيين بينهم سيدة").
    if (n.singular && !(included || enumerated || n.eventObject || n.inNamedList)) continue;
    const risingToll = RISING_TOLL.test(f.slice(Math.max(0, n.start - 120), n.start)) || (counted?.rising ?? false);
    // "بينهم 17 مدنيا" counts what the figure before it counts, whatever verb is nearer ("12 استشهدوا، بينهم
    // 5 أطفال، وأصيب 25": the children were killed); "the toll rose to 30".
    if (inclusion && noun && figures.length > 0) event = figures[figures.length - 1]?.event;
    if (ownInjury) event = 'injury';
    // A joined victim shares the casualty word of the victim it joins, unless it names the injured ("شهيد وجريحان").
    const joins = n.joined && lastPushed === found[k - 1] ? figures.at(-1) : undefined;
    if (joins && noun?.cls !== 'injured') event = joins.event;
    if (!event && risingToll) event = 'kill';
    if (!event) continue;
    const afterNoun = noun?.end ?? n.end;
    const before = f.slice(Math.max(0, n.start - 70), n.start);
    const after = f.slice(afterNoun, afterNoun + 40);
    const candidate: TollCandidate = {
      f,
      start: n.start,
      end: n.end,
      nounEnd: afterNoun,
      noun: noun?.cls,
      value: n.value,
      figures,
    };
    if (NOT_A_TOLL.some((filter) => filter.drops(candidate))) continue;
    // "مقتل وإصابة عدد من المدنيين", "سقوط عدد من الشهداء والجرحى": a vague amount of killed and wounded together
    // says there were both, each of unstated size; a lumped number is dropped above, as it counts neither.
    const lumped = n.value === null && lumpedWithWounded(candidate);
    if (lumped) event = 'kill';
    let value = n.value;
    // "قُتل القيادي … برفقة ستة من عناصره": the leader and six of his men.
    if (
      value !== null &&
      /(?:برفقه|رفقه|بصحبه|along\s+with|together\s+with)\s*$/u.test(before) &&
      /^\s*(?:من\s+)?(?:عناصره|مرافقيه|مقاتليه|رفاقه|اتباعه|of\s+his)/u.test(f.slice(n.end, n.end + 20))
    ) {
      value += 1;
    }
    figures.push({
      start: n.start,
      end: n.end,
      value,
      ...(n.min !== undefined ? { min: n.min } : n.rangeMin !== undefined ? { min: n.rangeMin } : {}),
      noun: noun?.cls ?? 'bare',
      event,
      qualifier: value === null ? 'at_least' : n.rangeMin !== undefined ? 'up_to' : qualifierOf(f, n.start, afterNoun),
      inclusion,
      risingToll,
      // "قتل 13 وأصيب 30 آخرون": "others" than the dead just counted, not a further toll.
      additional:
        /^\s*(?:اخرين|اخرون|اخريات|others|more|other|additional)(?![\p{L}])/u.test(after) &&
        !(previous && previous.event !== event),
      ...(RECOVERED_BEFORE.test(f.slice(Math.max(0, n.start - 40), n.start)) &&
      (noun?.cls === 'dead' || noun?.cls === 'people')
        ? { recovered: true }
        : {}),
      // Only a breakdown item is a part ("بينهم 17 مدنيا من عائلة واحدة"); "قتل 4 مدنيين من عائلة واحدة" is the toll.
      partial: inclusion && ONE_FAMILY_AFTER.test(after),
      ...(event === 'kill' && victimsOnly(f, kws, n.start, afterNoun, noun?.cls) ? { victimsOnly: true } : {}),
    });
    if (lumped) {
      // Each part of a lump is at least one: the lump's least ("عشرات") bounds the two together, not either.
      const { min: _lumpMin, ...kill } = figures.pop() as Figure;
      figures.push(kill, { ...kill, event: 'injury' });
    }
    if (n.eventObject && n.value === 1 && !inclusion) lone.add(figures.at(-1) as Figure);
    // Fighters are never added to the civilians they are listed with; their side keeps its own count.
    const fighters = noun?.cls === 'combatants' || joins?.noun === 'combatants';
    if (joins && joins.event === event && !inclusion && noun?.cls !== 'injured' && !fighters)
      joinedTo.set(figures.at(-1) as Figure, joins);
    lastPushed = n;
  }
  addUpJoinedVictims(figures, joinedTo, lone);
  // "A woman died of her wounds, raising to 31 the number of civilians killed": a lone death that raises a
  // toll is counted in the toll it raises.
  if (lone.size > 0 && figures.some((x) => x.risingToll)) return figures.filter((x) => !lone.has(x));
  return figures;
}

/**
 * "مقتل رجل وامرأة وطفل": victims joined by و after one casualty word are one toll, their sum (3), with the women
 * and children among them as its breakdown (1 and 1); a man and a woman side by side are not two tolls.
 */
function addUpJoinedVictims(figures: Figure[], joinedTo: ReadonlyMap<Figure, Figure>, lone: Set<Figure>): void {
  for (let i = figures.length - 1; i > 0; i--) {
    if (joinedTo.get(figures[i] as Figure) !== figures[i - 1]) continue;
    let first = i - 1;
    while (first > 0 && joinedTo.get(figures[first] as Figure) === figures[first - 1]) first--;
    const run = figures.slice(first, i + 1);
    i = first;
    if (run.some((f) => f.value === null)) continue;
    const head = run[0] as Figure;
    const sameNoun = run.every((f) => f.noun === head.noun);
    const total: Figure = {
      ...head,
      end: (run.at(-1) as Figure).end,
      value: run.reduce((sum, f) => sum + (f.value ?? 0), 0),
      noun: sameNoun ? head.noun : 'people',
    };
    // The women and children of the run are its breakdown; the men and civilians are only in the total.
    const breakdown = sameNoun
      ? []
      : run.filter((f) => f.noun === 'women' || f.noun === 'children').map((f) => ({ ...f, inclusion: true }));
    if (run.some((f) => lone.has(f))) lone.add(total);
    figures.splice(first, run.length, total, ...breakdown);
  }
}

// "عدد" and "تعداد" (the number, the count of) and "حصيلة" (the toll of) name what a count counts.
const COUNT_NOUN_AFTER = /^\s*(?:عدد|تعداد|حصيله)\s+/u;
const COUNT_NOUN_BEFORE = /(?<![\p{L}])(?:عدد|تعداد|حصيله)\s+/gu;
/** The words that bring a count to its number: "… إلى 13", "بلغ 20", "تجاوز الخمسين", "إلى نحو 20". */
const REACH_OR_EXCEED = wordsOfScript('arabic', (r) => [...r.tollReachVerbs, ...r.tollExceedVerbs]).join('|');
const REACHES = new RegExp(
  String.raw`(?<![\p{L}])(?:الي|ل|[وف]?(?:${REACH_OR_EXCEED}))\s+(?:\S+\s+){0,3}?$|(?<![\p{L}])ل$`,
  'u',
);
/** A verb of a count that rose to, reached or exceeded its number. */
const COUNT_VERB = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:${RISE_VERBS_ARABIC}|${REACH_OR_EXCEED})(?![\p{L}])`, 'u');
const RISING_VERB = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:${RISE_VERBS_ARABIC})(?![\p{L}])`, 'u');

/**
 * A number whose noun is named by "عدد"/"حصيلة" rather than after it: SOHR's "ارتفع إلى 17 عدد المدنيين الذين…",
 * "يرتفع إلى 30 تعداد الغارات" (thirty raids, no one's death),
 * "ارتفع عدد الشهداء المدنيين الذين سقطوا … إلى 13", "عدد الجرحى تجاوز الخمسين". `rising` when the count rose.
 */
function countedNoun(
  f: string,
  from: number,
  start: number,
  end: number,
): { noun: { cls: NounClass; end: number }; rising: boolean } | undefined {
  const after = COUNT_NOUN_AFTER.exec(f.slice(end, end + 14));
  if (after) {
    // A count of things (raids, shells) is read as one, so no casualty word makes it a toll.
    const noun = nounAfter(f, end + after[0].length);
    return noun ? { noun: { cls: noun.cls, end }, rising: false } : undefined;
  }
  const windowStart = Math.max(from, start - 180);
  const before = f.slice(windowStart, start);
  if (!REACHES.test(before)) return undefined;
  let last: RegExpExecArray | undefined;
  COUNT_NOUN_BEFORE.lastIndex = 0;
  for (let m = COUNT_NOUN_BEFORE.exec(before); m; m = COUNT_NOUN_BEFORE.exec(before)) last = m;
  if (!last) return undefined;
  const nounStart = windowStart + last.index + last[0].length;
  const noun = nounAfter(f, nounStart);
  if (!noun) return undefined;
  // Another figure between the count and this number: the count is that figure's.
  if (/\d/.test(f.slice(noun.end, start))) return undefined;
  const verbWindow = f.slice(Math.max(from, windowStart + last.index - 24), start);
  if (!COUNT_VERB.test(verbWindow)) return undefined;
  return { noun: { cls: noun.cls, end }, rising: RISING_VERB.test(verbWindow) };
}

function bareNumberGoverned(f: string, kws: Keyword[], start: number, end: number): boolean {
  return kws.some((kw) => {
    if (kw.end <= start) {
      // "مقتل 54", "killed 54", "toll to 30", "toll of 30", "مقتل قتل 28": at most two words between.
      return wordsBetween(f, kw.end, start) <= 2;
    }
    return kw.start >= end && wordsBetween(f, end, kw.start) <= 2;
  });
}
