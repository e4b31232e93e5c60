// Date expressions in report text, resolved against the publication date: explicit ("16 تشرين الثاني/نوفمبر",
// "October 29, 2016"), weekdays ("أمس الخميس", "on Tuesday", "يوم الثلاثاء الماضي") and relative days (اليوم،
// أمس، خلال اليومين الماضيين, yesterday). A date right after a speaker ("قال المرصد الجمعة إن") dates the
// statement, not the event: it is marked so the caller can treat it as an upper bound.

import { addDays } from '../../domain/dates.ts';
import type { DateRange } from '../../domain/schema.ts';
import {
  LATIN_SCRIPT_MONTHS,
  LATIN_SCRIPT_WEEKDAYS,
  MONTH_FAMILIES,
  WEEKDAYS,
  weekdayNumber,
} from '../../text/calendar-words.ts';
import { readNumbers } from '../../text/numbers.ts';
import { datesIn } from '../published-date.ts';
import { B, type FoldedText } from './folded-text.ts';
import { wordsOfScript } from './lang/registry.ts';

export interface DateMention {
  start: number;
  end: number;
  range: DateRange;
  /** explicit calendar date > weekday > relative day. */
  strength: 3 | 2 | 1;
  /** Dates when something was said rather than when it happened. */
  statement: boolean;
  /**
   * The start of an operation or a count ("since January 20", "the offensive began on 26 April"): never an event's
   * date.
   */
  since?: boolean;
  /**
   * A dateline's date (when the story was filed) or a photo caption's (when the picture was taken, often an archive
   * picture): never an event's date.
   */
  dateline?: boolean;
}

// The Levant's Syriac names with their article and Egypt's Latin ones. The article-less Syriac and the Maghreb names
// are not read here yet: adding them changes which dates are found (a step of its own, with its own tests).
const AR_MONTHS = [
  ...MONTH_FAMILIES.ar.syriacWithArticle,
  ...MONTH_FAMILIES.ar.syriacOneWord,
  ...MONTH_FAMILIES.ar.latin,
  ...MONTH_FAMILIES.ar.latinEgyptian,
];
// English and French months alike: the patterns below read any Latin-script month name.
const EN_MONTHS = LATIN_SCRIPT_MONTHS;
const AR_MONTH = `(?:${AR_MONTHS.map(([m]) => m.replace(/ /g, '\\s+')).join('|')})`;
const EN_MONTH = `(?:${EN_MONTHS.map(([m]) => m).join('|')})\\.?`;

const ORDINALS: Array<[string, number]> = [
  ['الحادي والثلاثين', 31],
  ['الثلاثين', 30],
  ['التاسع والعشرين', 29],
  ['الثامن والعشرين', 28],
  ['السابع والعشرين', 27],
  ['السادس والعشرين', 26],
  ['الخامس والعشرين', 25],
  ['الرابع والعشرين', 24],
  ['الثالث والعشرين', 23],
  ['الثاني والعشرين', 22],
  ['الحادي والعشرين', 21],
  ['العشرين', 20],
  ['التاسع عشر', 19],
  ['الثامن عشر', 18],
  ['السابع عشر', 17],
  ['السادس عشر', 16],
  ['الخامس عشر', 15],
  ['الرابع عشر', 14],
  ['الثالث عشر', 13],
  ['الثاني عشر', 12],
  ['الحادي عشر', 11],
  ['العاشر', 10],
  ['التاسع', 9],
  ['الثامن', 8],
  ['السابع', 7],
  ['السادس', 6],
  ['الخامس', 5],
  ['الرابع', 4],
  ['الثالث', 3],
  ['الثاني', 2],
  ['الاول', 1],
];
const AR_ORDINAL = `(?:${ORDINALS.map(([o]) => o.replace(/ /g, '\\s+')).join('|')})`;

const AR_EXPLICIT = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2}|${AR_ORDINAL})\\s*(?:من\\s+)?(?:شهر\\s+)?(${AR_MONTH})` +
    `(?:\\s*[/\\-]\\s*(?:${AR_MONTH}))?(?:\\s*[،,]?\\s*(?:من\\s+)?(?:عام|العام` +
    `|سنه)?\\s*(\\d{4}))?(?![\\p{L}])`,
  'gu',
);
const AR_THIS_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2}|${AR_ORDINAL})\\s+من\\s+(?:الشهر|شهر)\\s+(الجاري|الحالي|الماضي|الفايت|المنصرم)`,
  'gu',
);
const EN_EXPLICIT_MD = new RegExp(`\\b(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gu');
const EN_EXPLICIT_DM = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH})\\b(?:,?\\s+(\\d{4}))?`,
  'gu',
);

// The weekday names without their article, which the pattern reads apart so a clitic may precede it ("والخميس").
const AR_WEEKDAY_NAMES = WEEKDAYS.ar.map(([name]) => name.replace(/^ال/, ''));
const AR_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?:[وفب]?يوم\s+)?(?:(امس|البارحه)\s+)?[وفب]?ال(${AR_WEEKDAY_NAMES.join('|')})` +
    String.raw`(?:\s+(الماضي|الفايت|المنصرم|الماضيه))?(?![\p{L}])`,
  'gu',
);
/**
 * "اليوم الثلاثاء" (today, Tuesday) is the day the report was written: when that weekday is the day after the
 * publication date, the date is a clock behind (a page stamped in UTC, written after midnight local time), and the
 * day meant is the next one, not the Tuesday six days before.
 */
const TODAY_BEFORE = /(?<![\p{L}])(?:[وفب]?(?:ليله|مساء|صباح|فجر|ظهر|عصر)\s+)?اليوم\s*[،,]?\s*$/u;
/**
 * "ليل الأربعاء - الخميس", "بعد منتصف ليلة الثلاثاء الأربعاء" (the night between two days): Arabic names a night by
 * the two days it joins, so the event is on one of them. The pair must be consecutive days; it may be glued
 * ("الثلاثاءالأربعاء").
 */
const AR_NIGHT_PAIR = new RegExp(
  String.raw`(?<![\p{L}])[وفب]?(?:بعد\s+)?(?:منتصف\s+)?ليل[ه]?\s+(?:يوم\s+)?ال(${AR_WEEKDAY_NAMES.join('|')})` +
    String.raw`\s*[-–/]?\s*(?:و?ال)?(${AR_WEEKDAY_NAMES.join('|')})(?![\p{L}])`,
  'gu',
);
const EN_WEEKDAY = new RegExp(
  String.raw`\b(?:(last|on|this|late|early)\s+)?(${LATIN_SCRIPT_WEEKDAYS.map(([name]) => name).join('|')})` +
    String.raw`(?:\s+(night|morning|evening|afternoon))?\b`,
  'gu',
);

const RELATIVE: Array<[RegExp, number, number]> = [
  [/(?<![\p{L}])[وفب]?(?:يوم\s+)?امس\s+الاول(?![\p{L}])/gu, -2, -2],
  // "أول أمس", "أول من أمس": the day before yesterday, the more common order.
  [/(?<![\p{L}])[وفب]?(?:يوم\s+)?اول\s+(?:من\s+)?امس(?![\p{L}])/gu, -2, -2],
  // "الليلة الماضية" (last night): the evening before publication, or its small hours on the day itself.
  [/(?<![\p{L}])[وفب]?(?:خلال\s+|في\s+)?(?:الليله|الليل)\s+(?:الماضيه|الماضي|المنصرمه|الفايته)(?![\p{L}])/gu, -1, 0],
  [/(?<![\p{L}])(?:خلال|في)\s+(?:ال)?يومين\s+(?:ال)?(?:ماضيين|ماضين|اخيرين|فايتين)(?![\p{L}])/gu, -2, 0],
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:خلال|في)\s+(?:ال)?(?:24|اربع\s+وعشرين)\s+ساعه\s+(?:ال)?(?:ماضيه|اخيره)` +
        String.raw`|خلال\s+الساعات\s+(?:ال)?(?:\d+\s+)?(?:الماضيه|الاخيره)(?![\p{L}])`,
      'gu',
    ),
    -1,
    0,
  ],
  [/(?<![\p{L}])قبل\s+يومين(?![\p{L}])/gu, -2, -2],
  [/(?<![\p{L}])(?:ليله|ليل|مساء|صباح|فجر|ظهر|عصر)\s+(?:يوم\s+)?امس(?![\p{L}])/gu, -1, -1],
  [/(?<![\p{L}])[وفب]?(?:يوم\s+)?(?:امس|البارحه)(?![\p{L}])/gu, -1, -1],
  // "في اليوم التالي" (the next day) and "اليوم نفسه" are not today.
  [
    new RegExp(
      String.raw`(?<![\p{L}])[وفب]?(?:(?:ليله|ليل|مساء|صباح|فجر|ظهر` +
        String.raw`|عصر)\s+)?اليوم(?![\p{L}])(?!\s+(?:التالي|السابق|نفسه|ذاته|الذي|الاول|الثاني|الثالث))`,
      'gu',
    ),
    0,
    0,
  ],
  [/\bthe\s+day\s+before\s+yesterday\b/gu, -2, -2],
  [/\b(?:yesterday|last\s+night)\b/gu, -1, -1],
  [/\b(?:today|this\s+morning|tonight|this\s+afternoon|this\s+evening|earlier\s+today)\b/gu, 0, 0],
  [/\b(?:in|over)\s+the\s+(?:past|last)\s+(?:two\s+days|48\s+hours)\b/gu, -2, 0],
  [/\b(?:in|over)\s+the\s+(?:past|last)\s+24\s+hours\b/gu, -1, 0],
];

/** "قبل N <unit>", "N <unit> ago": a count of one of these units back from publication. */
function agoPattern(arUnits: string, enCounts: string, enUnits: string): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}])قبل\s+(?<arCount>(?:\S+\s+){0,2}?)(?<arUnit>${arUnits})(?![\p{L}])` +
      String.raw`|\b(?<enCount>(?:a|one|${enCounts}|\d{1,2}))\s+(?<enUnit>${enUnits})\s+ago\b`,
    'gu',
  );
}
const EN_COUNTS_TO_TWELVE = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const DAYS_AGO = agoPattern(
  'ايام|يوما|اسبوعين|اسبوع|اسابيع',
  `${EN_COUNTS_TO_TWELVE}|thirteen|fourteen|fifteen`,
  'days?|weeks?',
);
// "قبل شهرين", "قبل عامين", "قبل 3 سنوات", "two years ago": an event months or years back.
const MONTHS_OR_YEARS_AGO = agoPattern(
  'شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات',
  EN_COUNTS_TO_TWELVE,
  'months?|years?',
);

/**
 * How far back "قبل N أيام/أشهر/أعوام", "N days/months/years ago" is: the days back to its middle, and the half-width
 * of its span (none for days and weeks; 15 days a month back; half a year years back, a span over 31 days, which is a
 * period and joins no incident). Undefined for a count that is not a number ("a few days ago") or too large.
 */
function agoSpan(countText: string, unit: string): { back: number; half: number } | undefined {
  const text = countText.trim();
  if (unit === 'اسبوعين') return text === '' ? { back: 14, half: 0 } : undefined;
  const dual = /^(?:شهرين|عامين|سنتين)$/.test(unit);
  const count = dual && text === '' ? 2 : text === '' || /^(?:a|one)$/.test(text) ? 1 : readNumbers(text)[0]?.value;
  if (count == null) return undefined;
  if (/عام|اعوام|سنه|سنتين|سنوات|year/.test(unit))
    return count >= 1 && count <= 30 ? { back: count * 365, half: 182 } : undefined;
  if (/شهر|اشهر|شهور|month/.test(unit)) return count >= 1 && count <= 30 ? { back: count * 30, half: 15 } : undefined;
  return count <= 60 ? { back: count * (/اسبوع|اسابيع|week/.test(unit) ? 7 : 1), half: 0 } : undefined;
}

/** Words that introduce a statement: a date right after them (and before any event word) dates the statement. */
const STATEMENT_BEFORE = new RegExp(
  `(?:${wordsOfScript('arabic', (r) => r.statementOpeners).join('|')}` +
    `|${B}(?:${wordsOfScript('latin', (r) => r.statementOpeners).join('|')}))` +
    String.raw`(?:(?!غار|قصف|قتل|مقتل|ضرب|هجوم|استهدف|\bstrike|\bkill` +
    String.raw`|\battack|\braid|\bshell|\bbomb|\bairstrike)[^.\n])*$`,
  'u',
);

/**
 * Words before a date that make it the start of a campaign or a running count, not the day of an event; Arabic writes
 * "and" onto منذ ("ومنذ 3 آذار").
 */
const SINCE_BEFORE = new RegExp(
  String.raw`\bsince\b[^.;\n]{0,60}$|(?<![\p{L}])[وف]?منذ(?![\p{L}])[^.;\n،]{0,60}$|(?<![\p{L}])(?:انطلاق` +
    String.raw`|بدء|بدايه|اطلاق)\s+(?:ال)?(?:عمليه|حمله|هجوم|معركه)[^.;\n،]{0,40}(?:في|يوم)\s+$` +
    String.raw`|\b(?:offensive|campaign|operation|assault|ceasefire|cease-fire` +
    String.raw`|truce)\b[^.;\n]{0,40}\b(?:began|begun|started|launched|announced)\s+(?:on\s+)?$`,
  'u',
);
/** A dateline ("BEIRUT, March 22 (Reuters) -"): the day the story was filed, not the day of the event. */
const DATELINE_BEFORE = /(?:^|\n)[\p{L} .'-]{2,30},\s*$/u;
const DATELINE_AFTER = /^(?:,?\s*\d{4})?\s*(?:\([^)\n]{2,30}\)\s*)?[-–—:]/u;
/**
 * A photo caption: a line that describes the picture, then a dash, the day the picture was taken and the credit in
 * parentheses ending the line ("دمار في قرية X - 18 تموز 2021 (الوكالة/ المصوّر)", "Rubble in X - March 3, 2020
 * (AFP)"). Pages print it under the headline, where an archive picture's day would date the headline's event.
 */
const CAPTION_BEFORE = /[^\s\n][ \t]*[-–—][ \t]*$/u;
const CAPTION_AFTER = /^[ \t]*\([^()\n]{2,60}\)[ \t]*(?:\n|$)/u;
/** "Two days later", "the next day": counted from the event date named just before. */
const LATER_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const LATER = new RegExp(
  String.raw`\b(?:(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(later|after(?:wards)?|earlier` +
    String.raw`|before)|the\s+(next|following|previous)\s+day|the\s+day\s+(after` +
    String.raw`|before)(?!\s+yesterday))\b`,
  'gu',
);

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function dayOfWeek(dateIso: string): number {
  return new Date(`${dateIso}T00:00:00Z`).getUTCDay();
}

/** The most recent `weekday` on or before publication (strictly before when `strict`). */
function lastWeekday(published: string, weekday: number, strict: boolean): string {
  let back = (dayOfWeek(published) - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(published, -back);
}

function calendarDate(published: string, month: number, day: number, year?: number): string | undefined {
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const pubYear = Number(published.slice(0, 4));
  let y = year ?? pubYear;
  const candidate = () => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // No year stated: a date after publication means last year's.
  if (year === undefined && candidate() > published) y -= 1;
  const out = candidate();
  const check = new Date(`${out}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || iso(check) !== out ? undefined : out;
}

function dayNumber(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const norm = raw.replace(/\s+/g, ' ');
  return ORDINALS.find(([o]) => o === norm)?.[1] ?? 0;
}
function arMonth(raw: string): number {
  const norm = raw.replace(/\s+/g, ' ');
  return AR_MONTHS.find(([m]) => m === norm)?.[1] ?? 0;
}
function enMonth(raw: string): number {
  const norm = raw.replace('.', '');
  return EN_MONTHS.find(([m]) => m === norm)?.[1] ?? 0;
}

/** Every date expression, strongest first where they overlap, in text order. Needs the publication date. */
export function findDates(text: FoldedText, publishedAt: string | undefined): DateMention[] {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return [];
  const f = text.folded;
  const out: DateMention[] = [];
  const push = (start: number, end: number, from: string | undefined, to: string | undefined, strength: 1 | 2 | 3) => {
    if (!from || !to) return;
    const before = f.slice(Math.max(0, start - 60), start);
    const dateline = strength === 3 && DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(f.slice(end, end + 40));
    // A caption's day long before publication is an archive picture's; a caption of the day's event keeps its date.
    const caption =
      strength === 3 &&
      from < addDays(publishedAt, -1) &&
      CAPTION_BEFORE.test(before) &&
      CAPTION_AFTER.test(f.slice(end, end + 70));
    const statement = dateline || STATEMENT_BEFORE.test(before);
    out.push({
      start,
      end,
      range: { from, to },
      strength,
      statement,
      ...(SINCE_BEFORE.test(before) ? { since: true } : {}),
      ...(dateline || caption ? { dateline: true } : {}),
    });
  };
  for (const m of f.matchAll(AR_EXPLICIT)) {
    const d = calendarDate(
      publishedAt,
      arMonth(m[2] as string),
      dayNumber(m[1] as string),
      m[3] ? Number(m[3]) : undefined,
    );
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, d, d, 3);
  }
  // Dates stated whole in the shapes pages print them: day first with digits ("24/11/2021", "5-10-2023"), ISO order
  // ("2023-04-26"), a slash between day and month name ("20/ تشرين الثاني/ 2023"). Where one overlaps a date read
  // above, the longer reading is kept.
  for (const d of datesIn(f)) push(d.start, d.end, d.iso, d.iso, 3);
  for (const m of f.matchAll(AR_THIS_MONTH)) {
    const pubMonth = Number(publishedAt.slice(5, 7));
    const month = /الماضي|الفايت|المنصرم/.test(m[2] as string) ? ((pubMonth + 10) % 12) + 1 : pubMonth;
    const d = calendarDate(publishedAt, month, dayNumber(m[1] as string));
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, d, d, 3);
  }
  for (const m of f.matchAll(EN_EXPLICIT_MD)) {
    const d = calendarDate(publishedAt, enMonth(m[1] as string), Number(m[2]), m[3] ? Number(m[3]) : undefined);
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, d, d, 3);
  }
  for (const m of f.matchAll(EN_EXPLICIT_DM)) {
    const d = calendarDate(publishedAt, enMonth(m[2] as string), Number(m[1]), m[3] ? Number(m[3]) : undefined);
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, d, d, 3);
  }
  for (const m of f.matchAll(AR_WEEKDAY)) {
    const weekday = weekdayNumber(`ال${m[2]}`) ?? 0;
    const today = TODAY_BEFORE.test(f.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0));
    const d = m[1]
      ? addDays(publishedAt, -1)
      : today && dayOfWeek(addDays(publishedAt, 1)) === weekday
        ? addDays(publishedAt, 1)
        : lastWeekday(publishedAt, weekday, Boolean(m[3]));
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, d, d, 2);
  }
  for (const m of f.matchAll(AR_NIGHT_PAIR)) {
    const [first, second] = [weekdayNumber(`ال${m[1]}`) ?? 0, weekdayNumber(`ال${m[2]}`) ?? 0];
    if ((first + 1) % 7 !== second) continue;
    const to = lastWeekday(publishedAt, second, false);
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, addDays(to, -1), to, 2);
  }
  for (const m of f.matchAll(EN_WEEKDAY)) {
    const weekday = weekdayNumber(m[2] as string) ?? 0;
    const d = lastWeekday(publishedAt, weekday, m[1] === 'last');
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, d, d, 2);
  }
  for (const [re, fromDays, toDays] of RELATIVE) {
    re.lastIndex = 0;
    for (const m of f.matchAll(re)) {
      push(m.index ?? 0, (m.index ?? 0) + m[0].length, addDays(publishedAt, fromDays), addDays(publishedAt, toDays), 1);
    }
  }
  // "قبل 10 أيام", "قبل أسبوع", "three days ago": one day counted back; "قبل عامين", "two months ago": a span
  // around that far back, never the day of publication.
  for (const re of [DAYS_AGO, MONTHS_OR_YEARS_AGO]) {
    for (const m of f.matchAll(re)) {
      const ago = agoSpan(m.groups?.arCount ?? m.groups?.enCount ?? '', m.groups?.arUnit ?? m.groups?.enUnit ?? '');
      if (ago === undefined) continue;
      const mid = addDays(publishedAt, -ago.back);
      push(m.index ?? 0, (m.index ?? 0) + m[0].length, addDays(mid, -ago.half), addDays(mid, ago.half), 1);
    }
  }
  // "last week": the Monday-to-Sunday week before the publication's week.
  for (const m of f.matchAll(/\blast\s+week\b/gu)) {
    const monday = addDays(publishedAt, -((dayOfWeek(publishedAt) + 6) % 7) - 7);
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, monday, addDays(monday, 6), 1);
  }
  // Overlaps: keep the strongest, then the longest ("مساء الخميس 8 تشرين الثاني" is one explicit date).
  out.sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  for (const d of out) {
    if (kept.some((k) => d.start < k.end + 2 && d.end > k.start - 2)) continue;
    kept.push(d);
  }
  kept.sort((a, b) => a.start - b.start);
  return withLaterDays(f, kept);
}

/** Adds "two days later" / "the next day" mentions, dated from the last event date named before them. */
function withLaterDays(f: string, dates: DateMention[]): DateMention[] {
  const added: DateMention[] = [];
  for (const m of f.matchAll(LATER)) {
    const at = m.index ?? 0;
    const anchor = [...dates]
      .reverse()
      .find((d) => d.end <= at && !d.statement && !d.since && d.range.from === d.range.to);
    if (!anchor || dates.some((d) => d.start < at + m[0].length && d.end > at)) continue;
    const word = m[1] && /\d/.test(m[1]) ? Number(m[1]) : (LATER_DAYS[m[1] ?? 'a'] ?? 1);
    const back = m[2] ? /earlier|before/.test(m[2]) : m[3] ? m[3] === 'previous' : m[4] === 'before';
    const day = addDays(anchor.range.from, back ? -word : word);
    added.push({ start: at, end: at + m[0].length, range: { from: day, to: day }, strength: 2, statement: false });
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
}

/** A statement date D bounds the event: it happened that day or the day before. */
export function eventRangeFromStatement(d: DateMention): DateRange {
  return { from: addDays(d.range.from, -1), to: d.range.to };
}
