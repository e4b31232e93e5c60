// Casualty figures: numbers (and vague amounts) that a killing or injury word governs, with what they count
// (people, civilians, children, women, combatants, injured), their qualifier, and whether they are a subset
// ("بينهم 28 مدنيا"), a rising toll ("ارتفعت الحصيلة إلى 30") or an old toll being replaced.
import { type FoldedText, foldedOffset } from './folded-text.ts';
import { readNumbers, readVagueAmounts } from './numbers.ts';
import {
  ABOUT_AFTER,
  AT_LEAST_AFTER,
  INCLUSION_BEFORE,
  INJURY_WORDS,
  INJURY_WORDS_EN,
  KILL_WORDS,
  KILL_WORDS_EN,
  NOUN_CLASSES,
  type NounClass,
  OLD_TOLL_AFTER,
  QUALIFIERS_BEFORE,
  RISING_TOLL,
} from './vocabulary.ts';
import type { Qualifier } from '../../domain/schema.ts';

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
}

export interface Keyword {
  start: number;
  end: number;
  event: Event;
}

const ANCHORED_NOUNS: Array<[NounClass, RegExp]> = NOUN_CLASSES.map(([cls, re]) => [cls, new RegExp(re.source, `${re.flags.replace('g', '')}y`)]);

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
};

function nounAt(f: string, pos: number): { cls: NounClass; end: number } | undefined {
  for (const [cls, re] of ANCHORED_NOUNS) {
    re.lastIndex = pos;
    const m = re.exec(f);
    if (m && m.index === pos) return { cls, end: pos + m[0].length };
  }
  return undefined;
}

/** The noun a figure counts: "54 شخصا", "17 قتيلا مدنيا" (the more specific wins), "10 من المدنيين", "dozens of civilians". */
function nounAfter(f: string, end: number): { cls: NounClass; end: number } | undefined {
  let pos = end;
  const skip = /^\s*(?:(?:من|of|من\s+بين)\s+)?(?:(?:other|more|additional|further|innocent|unarmed)\s+)?/u.exec(f.slice(pos, pos + 24));
  pos += skip?.[0].length ?? 0;
  const first = nounAt(f, pos);
  if (!first) return undefined;
  if (first.cls === 'dead' || first.cls === 'people') {
    const gap = /^\s+/.exec(f.slice(first.end, first.end + 4));
    if (gap) {
      const second = nounAt(f, first.end + gap[0].length);
      if (second && (second.cls === 'civilians' || second.cls === 'children' || second.cls === 'women')) return second;
    }
  }
  return first;
}

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
    [KILL_WORDS, 'kill'],
    [KILL_WORDS_EN, 'kill'],
    [INJURY_WORDS, 'injury'],
    [INJURY_WORDS_EN, 'injury'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, event });
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordsBetween(f: string, a: number, b: number): number {
  if (b <= a) return 0;
  return (f.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

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
  let best: { kw: Keyword; d: number } | undefined;
  for (const kw of kws) {
    const after = kw.start >= end;
    let d = kw.end <= start ? wordsBetween(f, kw.end, start) : after ? wordsBetween(f, end, kw.start) : 0;
    // A verb before "and"/a comma belongs to the previous figure ("two killed and 10 other people injured").
    if (kw.end <= start && /\band\b|[,،]/u.test(f.slice(kw.end, start))) d += 3;
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

function isNotACount(f: string, start: number, end: number, value: number, hasNoun: boolean): boolean {
  const before = f[start - 1] ?? ' ';
  const after = f[end] ?? ' ';
  // F-16, URLs, ids, hashtags; but an Arabic clitic may sit on digits ("و28 مدنيا", "ب50 غارة").
  const cliticBefore = /[وبلف]/u.test(before) && !/[\p{L}]/u.test(f[start - 2] ?? ' ');
  if ((/[\p{L}/#@_]/u.test(before) && !cliticBefore) || /[\p{L}/_@]/u.test(after)) return true;
  if (before === '-' && /[\p{L}]/u.test(f[start - 2] ?? '')) return true;
  if (/^:\d/.test(f.slice(end, end + 2))) return true; // 10:30
  if (/(?:الساعه|ساعه|رقم|عام|العام|سنه|منذ|\bin|\bsince|\bsurah|\bresolution|\bno\.)\s*$/u.test(f.slice(Math.max(0, start - 10), start)) && !hasNoun) return true;
  if (!hasNoun && value >= 1900 && value <= 2100 && Number.isInteger(value)) return true; // years
  if (value > 5_000_000 || !Number.isInteger(value)) return true;
  return false;
}

/** Casualty figures inside [from, to) (a clause), in text order. */
export function findFigures(
  text: FoldedText,
  from: number,
  to: number,
  skip: Array<{ start: number; end: number }>,
  allKeywords?: Keyword[],
): Figure[] {
  const f = text.folded;
  const kws = allKeywords ? keywordsIn(allKeywords, from, to) : keywords(f, from, to);
  if (kws.length === 0) return [];
  const clauseOriginal = { start: text.toOriginal[from] ?? 0, end: text.toOriginal[to] ?? text.original.length };
  const slice = text.original.slice(clauseOriginal.start, clauseOriginal.end);
  const found: Array<{ start: number; end: number; value: number | null; min?: number; dual?: string }> = [];
  const numbers = readNumbers(slice);
  for (const n of numbers) {
    found.push({
      start: foldedOffset(text, clauseOriginal.start + n.start),
      end: foldedOffset(text, clauseOriginal.start + n.end),
      value: n.value,
      dual: n.dualNoun,
    });
  }
  for (const v of readVagueAmounts(slice, numbers)) {
    found.push({ start: foldedOffset(text, clauseOriginal.start + v.start), end: foldedOffset(text, clauseOriginal.start + v.end), value: null, min: v.min });
  }
  found.sort((a, b) => a.start - b.start);
  const figures: Figure[] = [];
  for (const n of found) {
    if (skip.some((s) => n.start < s.end && n.end > s.start)) continue; // part of a date
    const noun = n.dual ? { cls: DUAL_CLASSES[n.dual] ?? ('people' as NounClass), end: n.end } : nounAfter(f, n.end);
    if (noun?.cls === 'thing') continue;
    if (n.value !== null && isNotACount(f, n.start, n.end, n.value, Boolean(noun))) continue;
    let event: Event | undefined;
    if (noun?.cls === 'dead') event = 'kill';
    else if (noun?.cls === 'injured') event = 'injury';
    else {
      const others = /^\s*(?:اخرين|اخرون|others|more|other)(?![\p{L}])/u.exec(f.slice(noun?.end ?? n.end, (noun?.end ?? n.end) + 12));
      const companions = /(?:برفقه|رفقه|بصحبه|along\s+with|together\s+with)\s*$/u.test(f.slice(Math.max(0, n.start - 20), n.start));
      event = governingEvent(f, kws, n.start, (noun?.end ?? n.end) + (others?.[0].length ?? 0), Boolean(noun), companions ? 16 : 9);
    }
    // A bare number needs its casualty word right beside it ("مقتل 54", "54 killed").
    if (!noun && event && !bareNumberGoverned(f, kws, n.start, n.end)) {
      const others = /^\s*(?:اخرين|اخرون|others|more)(?![\p{L}])/u.exec(f.slice(n.end, n.end + 12));
      if (!others || !bareNumberGoverned(f, kws, n.start, n.end + others[0].length)) event = undefined;
    }
    const inclusion = INCLUSION_BEFORE.test(f.slice(Math.max(0, n.start - 40), n.start));
    const risingToll = RISING_TOLL.test(f.slice(Math.max(0, n.start - 60), n.start));
    // "بينهم 17 مدنيا" far from the verb still counts what the figure before it counts; "the toll rose to 30".
    if (!event && inclusion && noun && figures.length > 0) event = figures[figures.length - 1]?.event;
    if (!event && risingToll) event = 'kill';
    if (!event) continue;
    const afterNoun = noun?.end ?? n.end;
    const before = f.slice(Math.max(0, n.start - 70), n.start);
    const after = f.slice(afterNoun, afterNoun + 40);
    // "ارتفعت الحصيلة من 20 إلى 30": 20 is the old toll.
    if (/(?:من|from)\s*$/u.test(f.slice(Math.max(0, n.start - 6), n.start)) && OLD_TOLL_AFTER.test(f.slice(afterNoun, afterNoun + 20))) {
      if (RISING_TOLL.test(`${before} `) || /ارتفع|rose|risen|climbed/u.test(before)) continue;
    }
    let value = n.value;
    // "قُتل القيادي … برفقة ستة من عناصره": the leader and six of his men.
    if (value !== null && /(?:برفقه|رفقه|بصحبه|along\s+with|together\s+with)\s*$/u.test(before) && /^\s*(?:من\s+)?(?:عناصره|مرافقيه|مقاتليه|رفاقه|اتباعه|of\s+his)/u.test(f.slice(n.end, n.end + 20))) {
      value += 1;
    }
    figures.push({
      start: n.start,
      end: n.end,
      value,
      ...(n.min !== undefined ? { min: n.min } : {}),
      noun: noun?.cls ?? 'bare',
      event,
      qualifier: value === null ? 'at_least' : qualifierOf(f, n.start, afterNoun),
      inclusion,
      risingToll,
      additional: /^\s*(?:اخرين|اخرون|اخريات|others|more|other|additional)(?![\p{L}])/u.test(after),
      partial: /^\s*(?:\S+\s+){0,2}?(?:من\s+عايله\s+واحده|من\s+(?:نفس\s+)?العايله|من\s+اسره\s+واحده|of\s+(?:one|the\s+same)\s+family|from\s+(?:one|the\s+same)\s+family)/u.test(after),
    });
  }
  return figures;
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
