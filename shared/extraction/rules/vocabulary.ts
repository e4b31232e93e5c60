// The words the rules extractor keys on, built from every language record (lang/registry.ts), script by script:
// Arabic-script words take clitic prefixes and are folded (أ→ا, ة→ه, ى→ي, diacritics dropped) by `words`, so they
// match the folded report text; Latin-script words are read whole (see `Script`).
import { MONTH_FAMILIES, WEEKDAYS } from '../../text/calendar-words.ts';
import { foldText, words } from './folded-text.ts';
import type { LanguageRecord, NounClass, QualifierBefore, Script } from './lang/record.ts';
import { SCRIPTS, wordsOfAll, wordsOfScript } from './lang/registry.ts';

/** Where a Latin-script word starts and ends (JS `\b` knows ASCII letters only: "été", "nié"). */
const LATIN_START = String.raw`(?<![\p{L}\p{N}])`;
const LATIN_END = String.raw`(?![\p{L}\p{N}])`;
const AR_WORD_START = String.raw`(?<![\p{L}])`;

/** A whole-word pattern of one script's words: Arabic ones after their clitics, Latin ones in any case. */
function scriptWords(script: Script, list: readonly string[]): RegExp {
  return script === 'arabic' ? words(list, { prefixes: true }) : words(list, { flags: 'i' });
}
/** One pattern per script that has words in the picked list, in registry order. */
function perScript(pick: (record: LanguageRecord) => readonly string[]): RegExp[] {
  return SCRIPTS.flatMap((script) => {
    const list = wordsOfScript(script, pick);
    return list.length > 0 ? [scriptWords(script, list)] : [];
  });
}
/** A list as regex alternatives (the words are letters and spaces: see language-records.test.ts). */
const alternatives = (list: readonly string[]) => list.join('|');
/** Every Arabic-script (Latin-script) record's words of one list, as alternatives. */
const arabicAlternatives = (pick: (r: LanguageRecord) => readonly string[]) =>
  alternatives(wordsOfScript('arabic', pick));
const latinAlternatives = (pick: (r: LanguageRecord) => readonly string[]) =>
  alternatives(wordsOfScript('latin', pick));

/** Killing: verbs, nouns and idioms (مقتل، لقوا حتفهم، أودى بحياة، killed, death toll…), one pattern per script. */
export const KILL_WORDS = perScript((r) => r.killWords);
export const INJURY_WORDS = perScript((r) => r.injuryWords);
/** Latin-script killing or injury words (a word that ends an English noun phrase's modifiers). */
export const LATIN_EVENT_WORDS = words(
  wordsOfScript('latin', (r) => [...r.killWords, ...r.injuryWords]),
  { flags: 'i' },
);

export type { NounClass };

/** What a noun right after a number counts, tried in this order, each class script by script. */
export const NOUN_CLASSES: Array<[NounClass, RegExp]> = (
  ['civilians', 'children', 'women', 'injured', 'dead', 'people', 'combatants', 'thing'] as const
).flatMap((cls): Array<[NounClass, RegExp]> => perScript((r) => r.countedNouns[cls]).map((re) => [cls, re]));

/** A record's phrases as alternatives: words apart by any run of spaces. */
const phrases = (list: readonly string[]) => list.map((p) => p.replaceAll(' ', String.raw`\s+`)).join('|');
/** Alternatives with `lead` before them, or none when the list is empty. */
const led = (lead: string, list: readonly string[]) => (list.length > 0 ? [`${lead}(?:${phrases(list)})`] : []);

/** Inclusion: "بينهم 28 مدنيا", "including 28 civilians", "among them". */
export const INCLUSION_BEFORE = new RegExp(
  // Arabic also reads them after a partitive "(و)من" ("ومن بينهم"), and a victim noun after بين ("من بين القتلى").
  String.raw`(?:(?<![\p{L}])(?:و?من\s+)?(?:${arabicAlternatives((r) => r.inclusionWords)})` +
    String.raw`|(?<![\p{L}])(?:و?من\s+)?بين\s+(?:ال)?` +
    `(?:${arabicAlternatives((r) => r.inclusionAmongNouns)})` +
    `|${LATIN_START}(?:${phrases(wordsOfScript('latin', (r) => r.inclusionWords))}))` +
    String.raw`\s*(?:\S+\s+){0,2}$`,
  'u',
);

/** One qualifier's words in every language, as alternatives. */
function qualifierAlternatives(q: QualifierBefore): string {
  const a = (pick: (r: LanguageRecord) => readonly string[]) => wordsOfScript('arabic', (r) => pick(r));
  const l = (pick: (r: LanguageRecord) => readonly string[]) => wordsOfScript('latin', (r) => pick(r));
  const words = (r: LanguageRecord) => r.qualifiersBefore[q];
  return [
    ...led(
      '',
      a((r) => words(r).anywhere),
    ),
    ...led(
      AR_WORD_START,
      a((r) => words(r).fromWordStart),
    ),
    ...led(
      `${AR_WORD_START}[وبل]?`,
      a((r) => words(r).withPreposition),
    ),
    ...led(
      `${AR_WORD_START}[وف]?`,
      a((r) => words(r).withConjunction),
    ),
    // Latin scripts write their prepositions and conjunctions apart: every kind is read from a word's start.
    ...led(
      '',
      l((r) => words(r).anywhere),
    ),
    ...led(
      LATIN_START,
      l((r) => [...words(r).fromWordStart, ...words(r).withPreposition, ...words(r).withConjunction]),
    ),
  ].join('|');
}
/**
 * The qualifier a number's preceding words give it, in the order they are tried. "بـ/لـ" may join the number
 * ("بأكثر من لـ20"), but not after "up to", whose Arabic phrases end in their preposition ("يصل إلى").
 */
export const QUALIFIERS_BEFORE: Array<[QualifierBefore, RegExp]> = (
  ['at_least', 'more_than', 'about', 'up_to'] as const
).map((q) => [q, new RegExp(`(?:${qualifierAlternatives(q)})\\s*${q === 'up_to' ? '' : '(?:ل|ب)?'}$`, 'u')]);
const after = (q: 'at_least' | 'about') => phrases(wordsOfAll((r) => r.qualifiersAfter[q]));
export const AT_LEAST_AFTER = new RegExp(String.raw`^\s*(?:\S+\s+){0,2}?(?:${after('at_least')})`, 'u');
export const ABOUT_AFTER = new RegExp(String.raw`^\s*(?:\S+\s+){0,1}?(?:${after('about')})`, 'u');

const RISING_AR = wordsOfScript('arabic', (r) => [...r.tollRiseNouns, ...r.tollRiseVerbs]);
const RAISING_AR = wordsOfScript('arabic', (r) => r.tollRaiseVerbs);
const RISE_TO_AR = wordsOfScript('arabic', (r) => r.tollRiseTo);
const RISING_LATIN = wordsOfScript('latin', (r) => [...r.tollRiseNouns, ...r.tollRiseVerbs, ...r.tollRaiseVerbs]);
const RISE_TO_LATIN = wordsOfScript('latin', (r) => r.tollRiseTo);
/**
 * A rising toll, whose new figure replaces the old one: a toll that rose (ارتفعت الحصيلة إلى, "toll rose to 30")
 * or that an event raised (ما رفع عدد الضحايا إلى, raising the toll to). Arabic may write "to" as ل onto the number.
 */
export const RISING_TOLL = new RegExp(
  `(?:${alternatives(RISING_AR)}|(?<![\\p{L}])[لف]?(?:${alternatives(RAISING_AR)}))` +
    String.raw`\s+(?:[^\s\d]+\s+){0,12}?(?:${alternatives(RISE_TO_AR)}|ل)\s*$|` +
    String.raw`${LATIN_START}(?:${alternatives(RISING_LATIN)})\s+(?:\S+\s+){0,2}?` +
    String.raw`(?:${alternatives(RISE_TO_LATIN)})\s+$`,
  'u',
);
/** "ارتفعت الحصيلة من 20 إلى 30": the old figure, which a rising toll replaces. */
export const OLD_TOLL_AFTER = new RegExp(
  String.raw`^\s*(?:\S+\s+){0,2}?(?:${alternatives(wordsOfAll((r) => r.tollRiseTo))})\s`,
  'u',
);

/** A denial verb (whole word: تنفيذ/نفذ "carried out" are not denials), Arabic script. */
const DENIAL_AR = words(
  wordsOfScript('arabic', (r) => r.denialVerbs),
  { prefixes: false },
);
const DENIAL_WITH_CLITIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[وف](?:${arabicAlternatives((r) => r.denialVerbsWithConjunction)})` +
    String.raw`(?![\p{L}\p{N}])`,
  'u',
);
// Latin script: "disputed" only as a verb with an object ("disputed the toll"), not "a disputed raid".
const DENIAL_LATIN = new RegExp(
  `${LATIN_START}(?:${latinAlternatives((r) => r.denialVerbs)}` +
    String.raw`|(?:${latinAlternatives((r) => r.objectDenialVerbs)})\s+` +
    `(?:${latinAlternatives((r) => r.deniedObjects)})${LATIN_END})${LATIN_END}`,
  'iu',
);
/**
 * A denial without a denial verb: the reports called false ("assessed the allegation as non-credible", "called the
 * reports fake news", "no evidence that civilians were present").
 */
export const DISCREDITED_EN = new RegExp(
  String.raw`\b(?:reports?|claims?|allegations?|accusations?|accounts?)\b[^.;]{0,40}?\b(?:fake` +
    String.raw`|fabricated|false|baseless|groundless|unfounded|non-credible|not\s+credible|lies` +
    String.raw`|a\s+provocation|a\s+fabrication|staged)\b|\b(?:fake|fabricated|false|baseless|groundless` +
    String.raw`|unfounded|non-credible)\s+(?:news|reports?|claims?|allegations?|accusations?)\b` +
    String.raw`|\bno\s+evidence\s+(?:that\s+|of\s+)(?:any\s+)?civilians?\b`,
  'iu',
);
/** Arabic script: a rejection verb with the accusations or reports as its object, a word or two on. */
const REJECTION_AR = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:${arabicAlternatives((r) => r.objectDenialVerbs)})` +
    String.raw`\s+(?:\S+\s+){0,2}?(?:${arabicAlternatives((r) => r.deniedObjects)})`,
  'u',
);
/** Regex-escaped stems, words apart by any spaces. */
const stems = (list: readonly string[]) =>
  list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', String.raw`\s+`)).join('|');
/**
 * Cheap screens before the statement patterns: any stem of an acknowledgment, or of one or of a denial. Arabic
 * admits with a verb (اعترف، أقر) or with the verbal noun and a possessive ("أعلن اعترافه بمقتل…", its admission
 * of), so the records list the noun's stem too.
 */
export const ACK_SCREEN = new RegExp(stems(wordsOfAll((r) => r.acknowledgmentStems)), 'u');
export const STATEMENT_SCREEN = new RegExp(stems(wordsOfAll((r) => [...r.acknowledgmentStems, ...r.denialStems])), 'u');
/** What a denial must be about: harm, strikes, responsibility or the reports of them. */
export const DENIAL_TOPIC = new RegExp(stems(wordsOfAll((r) => r.denialTopics)), 'iu');

/** "لم تنفذ أي غارات", "did not carry out any strikes": a denial without a denial verb. */
export const NEGATED_ACTION = new RegExp(
  String.raw`(?<![\p{L}])(?:لم|لا)\s+(?:تنفذ|ينفذ|تشن|يشن|تستهدف|يستهدف|تقصف|يقصف|تكن\s+مسوول` +
    String.raw`|يكن\s+مسوول)(?![\p{L}])|\b(?:did\s+not|didn't|never|was\s+not|were\s+not|had\s+not|hadn't` +
    String.raw`|have\s+not|has\s+not)\s+(?:carry\s+out|carried\s+out|conduct|conducted|strike|struck` +
    String.raw`|target|targeted|bomb|bombed|involved|responsible)\b|\bno\s+(?:involvement` +
    String.raw`|responsibility)\b`,
  'u',
);

export function hasDenialVerb(folded: string): boolean {
  DENIAL_AR.lastIndex = 0;
  return (
    DENIAL_AR.test(folded) ||
    DENIAL_WITH_CLITIC.test(folded) ||
    DENIAL_LATIN.test(folded) ||
    REJECTION_AR.test(folded) ||
    DISCREDITED_EN.test(folded)
  );
}

/** An acknowledgment: a party admits it may have struck ("may have conducted strikes", ربما نفذت ضربات, أقر). */
export const ACKNOWLEDGMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:ربما\s+(?:\S+\s+){0,3}?(?:نفذ|نفذت|شن|شنت|قصف|قصفت|استهدف|استهدفت|قتل|قتلت` +
    String.raw`|تسبب|تسببت)|قد\s+(?:تكون|يكون)\s+(?:\S+\s+){0,3}?(?:نفذ|نفذت|شن|شنت|قصف|قتل|تسبب|تسببت)` +
    String.raw`|[وف]?(?:${arabicAlternatives((r) => r.acknowledgmentVerbs)})(?![\p{L}])|(?:بشكل` +
    String.raw`|بصوره)\s+غير\s+مقصود(?![\p{L}])|(?:عن|من)\s+غير\s+قصد|دون\s+قصد)|\b(?:may|might` +
    String.raw`|could)\s+have\s+(?:\w+\s+){0,2}?(?:conducted|carried|struck|killed|caused|hit` +
    String.raw`|been\s+responsible|resulted)` +
    `|${LATIN_START}(?:${latinAlternatives((r) => r.acknowledgmentVerbs)})${LATIN_END}` +
    String.raw`|\bassessed\s+(?:\w+\s+){0,6}?credible|\bdeemed\s+credible` +
    String.raw`|\bunintentionally\s+killed`,
  'iu',
);

/** A month's first word, as "منذ 15 كانون" starts a count: the Levant's Syriac names and Egypt's Latin ones. */
const AR_MONTH_WORDS = [
  ...new Set(
    [...MONTH_FAMILIES.ar.syriacWithArticle, ...MONTH_FAMILIES.ar.syriacOneWord, ...MONTH_FAMILIES.ar.latin].map(
      ([name]) => name.split(' ')[0],
    ),
  ),
];
/** War- or campaign-wide totals: never one incident. Arabic markers. */
const AGGREGATE_AR = new RegExp(
  String.raw`(?<![\p{L}])(?:منذ\s+(?:\S+\s+){0,2}?` +
    String.raw`(?:${arabicAlternatives((r) => r.aggregateWords.sinceStarts)}|\d{4})` +
    String.raw`|خلال\s+(?:ال)?(?:${arabicAlternatives((r) => r.aggregateWords.duringSpans)})` +
    String.raw`|(?:الحصيله|حصيله)\s+(?:ال)?(?:${arabicAlternatives((r) => r.aggregateWords.totalAdjectives)})` +
    // A war or conflict that "took the lives of" (أودى/أودت بحياة), resulted in or reaped N: a war-long total. The
    // text read here is folded (ى → ي), so the masculine verb is written اودي.
    `|(?:${arabicAlternatives((r) => r.aggregateWords.conflicts)})` +
    String.raw`\s+(?:\S+\s+){0,4}?(?:اودي|اودت|اسفر|اسفرت|تسبب|تسببت|حصد|حصدت|خلف|خلفت)` +
    String.raw`|حصيله\s+(?:\S+\s+){0,2}?(?:شهر|الشهر|العام|عام|الحرب|النزاع)|(?:في|خلال)\s+شهر(?![\p{L}])` +
    // "وبذلك يرتفع/يبلغ…" (with that it rises to / reaches): a running total.
    String.raw`|وبذلك[،,]?\s+(?:\S+\s+){0,1}?` +
    `(?:${arabicAlternatives((r) => [...r.tollRiseVerbs, ...r.tollReachVerbs])})` +
    String.raw`(?![\p{L}])|خلال\s+(?:ال)?(?:ايام|الايام|اسبوعين|الاسبوعين|شهرين|الشهرين)(?![\p{L}])` +
    String.raw`|(?:ال)?عدد\s+(?:ال)?اجمالي|اجمالي\s+(?:عدد|حصيله)|(?:خلال|منذ)\s+(?:ال)?(?:(?:[3-9]` +
    String.raw`|[1-9]\d+)\s+(?:ايام|يوما|اسابيع|اسبوعا|اشهر|شهور|شهرا|سنوات|عاما|اعوام)|(?:ثلاثه|اربعه` +
    String.raw`|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+(?:ايام|اسابيع|اشهر))(?![\p{L}])|منذ\s+(?:اسبوعين|شهرين` +
    String.raw`|عامين|اسابيع|اشهر|شهور|سنوات|اعوام)(?![\p{L}])|منذ\s+(?:مطلع\s+|بدايه\s+|منتصف\s+` +
    String.raw`|اواخر\s+)?\d{1,2}\s+(?:${AR_MONTH_WORDS.join('|')})(?![\p{L}])` +
    String.raw`|منذ\s+(?:ان\s+)?(?:\S+\s+){0,4}?(?:حملت|حمله|الحمله|هجوم|الهجوم|تصعيد|التصعيد|عمليه` +
    '|العمليه|عمليت))',
  'u',
);
const MONTH_EN = `(?:${MONTH_FAMILIES.en.full.map(([name]) => name).join('|')})`;
/** English markers that are totals by themselves ("in recent weeks", "between 21 and 26 September"). */
const AGGREGATE_EN = new RegExp(
  String.raw`\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months|years` +
    String.raw`|week|month|year)\b|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:three|four` +
    String.raw`|five|six|seven|eight|nine|ten|several|few|\d+)\s+days\b|\b(?:over|in|during)\s+(?:that` +
    String.raw`|the\s+same|this)\s+period\b|\bacross\s+(?:syria|syrian\s+territory|the\s+country)\b` +
    String.raw`|\bdaily\s+toll\b|\bthis\s+month\b|\bin\s+${MONTH_EN}(?!\s+\d{1,2}\b)(?:\s+\d{4})?\b` +
    String.raw`|\bthis\s+year\b|\bso\s+far\s+this\b|\blast\s+year\b|\b(?:war|conflict|uprising|crisis` +
    String.raw`|fighting|campaign|offensive|bombardment|violence)\s+(?:\w+\s+){0,3}?(?:has|have` +
    String.raw`|had)\s+(?:\w+\s+)?(?:killed|claimed|left|cost)\b|\b(?:war` +
    String.raw`|conflict)(?:'s)?\s+(?:death\s+)?toll\b|\bin\s+total\b|\bmonthly\s+toll\b` +
    String.raw`|\b\w+-year(?:-long|-old)?\s+(?:civil\s+)?(?:war|conflict)\b` +
    String.raw`|\byear-long\s+(?:civil\s+)?(?:war|conflict)\b` +
    String.raw`|\bsince\s+(?:\w+\s+){0,2}?(?:${latinAlternatives((r) => r.aggregateWords.conflicts)})` +
    String.raw`\s+(?:began|started|erupted|broke)` +
    String.raw`|\bin\s+recent\s+(?:days|weeks|months)\b|\bbetween\s+(?:the\s+)?\d{1,2}(?:st|nd|rd` +
    String.raw`|th)?\s+(?:and|to|-)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_EN}` +
    String.raw`|\bbetween\s+${MONTH_EN}\s+\d{1,2}\s+and\s+(?:${MONTH_EN}\s+)?\d{1,2}\b`,
  'u',
);
/** "since 2011", "since the start of…": a total only with a perfect tense ("have been killed since"). */
const SINCE_EN = new RegExp(
  String.raw`\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|launch|early|late|mid|last` +
    // A campaign, too, counts from its start.
    String.raw`|march\s+2011|\d{4}|then|the\s+(?:${latinAlternatives((r) => r.aggregateWords.conflicts)}|campaign))` +
    // "since Thursday", "since September", "since the army began its offensive": a multi-day total.
    String.raw`|\bsince\s+(?:${WEEKDAYS.en.map(([name]) => name).join('|')}|${MONTH_EN})\b` +
    String.raw`|\bsince\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_EN}` +
    String.raw`|\bsince\s+(?:\w+\s+){0,3}?(?:offensive|campaign|operation|assault|bombardment|siege|truce` +
    String.raw`|ceasefire|escalation)\b` +
    String.raw`|\bsince\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:army|regime|government|military|coalition` +
    String.raw`|forces)\s+(?:\w+\s+){0,4}?(?:began|launched|started)\b`,
  'u',
);
// "have reportedly been killed"; "the number … has risen to 213" (a running total since a start date).
const PERFECT_KILLED = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:(?:now|been|reportedly|reported(?:ly)?|so\s+far|already` +
    String.raw`|admitted\s+to|acknowledged|confirmed)\s+){0,3}(?:killed|killing|died|lost\s+their\s+lives` +
    String.raw`|left|claimed)\b|\b(?:has|have)\s+(?:now\s+)?(?:risen|rose|reached|climbed|increased)\b`,
  'u',
);
/** No single strike or massacre in these wars approaches this: a larger figure is a total. */
const LARGEST_INCIDENT = 5000;

/** "ارتفعت حصيلة القتلى في الغوطة الشرقية خلال يومين إلى 127": a two-day toll, a total when its place is a region. */
export const TWO_DAY_TOLL = new RegExp(
  String.raw`(?<![\p{L}])(?:حصيله|عدد)\s+(?:\S+\s+){0,6}?(?:خلال|في)\s+(?:ال)?يومين(?![\p{L}])` +
    String.raw`|\b(?:toll|number)\b[^.;]{0,60}\b(?:over|in)\s+(?:the\s+past\s+)?two\s+days\b`,
  'u',
);

/** A clause (folded) stating a war- or campaign-wide total rather than one event. */
export function isAggregate(clause: string, largestFigure: number): boolean {
  if (largestFigure > LARGEST_INCIDENT) return true;
  if (AGGREGATE_AR.test(clause) || AGGREGATE_EN.test(clause)) return true;
  return SINCE_EN.test(clause) && PERFECT_KILLED.test(clause);
}

// Latin-script words are read whole on the text as written (any case); Arabic-script stems inside the folded text,
// folded only when the first screen fails.
const ANY_CASUALTY_LATIN = new RegExp(
  `${LATIN_START}(?:${stems(wordsOfScript('latin', (r) => r.casualtyScreen))})${LATIN_END}`,
  'iu',
);
const ANY_CASUALTY_ARABIC = new RegExp(stems(wordsOfScript('arabic', (r) => r.casualtyScreen)), 'u');

/** Cheap check: does the text use any casualty word (any language)? Reports without one need no extraction. */
export function hasCasualtyVocabulary(text: string): boolean {
  if (ANY_CASUALTY_LATIN.test(text)) return true;
  return ANY_CASUALTY_ARABIC.test(foldText(text).folded);
}
