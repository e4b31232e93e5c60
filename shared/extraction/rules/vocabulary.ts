// The words the rules extractor keys on, built from every language record (lang/registry.ts), script by script:
// Arabic-script words take clitic prefixes and are folded (أ→ا, ة→ه, ى→ي, diacritics dropped) by `words`, so they
// match the folded report text; Latin-script words are read whole (see `Script`).
import { B, E, foldText, phraseAlternatives, words } from './folded-text.ts';
import type { LanguageRecord, NounClass, QualifierBefore, QualifierWords, Script } from './lang/record.ts';
import { constructionPattern, SCRIPTS, wordsOfAll, wordsOfScript } from './lang/registry.ts';

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
const phrases = phraseAlternatives;
/** Alternatives with `lead` before them, or none when the list is empty. */
const led = (lead: string, list: readonly string[]) => (list.length > 0 ? [`${lead}(?:${phrases(list)})`] : []);

/** Inclusion: "بينهم 28 مدنيا", "including 28 civilians", "among them". */
export const INCLUSION_BEFORE = new RegExp(
  // Arabic also reads them after a partitive "(و)من" ("ومن بينهم"), and a victim noun after بين ("من بين القتلى").
  String.raw`(?:(?<![\p{L}])(?:و?من\s+)?(?:${arabicAlternatives((r) => r.inclusionWords)})` +
    String.raw`|(?<![\p{L}])(?:و?من\s+)?بين\s+(?:ال)?` +
    `(?:${arabicAlternatives((r) => r.inclusionAmongNouns)})` +
    `|${B}(?:${phrases(wordsOfScript('latin', (r) => r.inclusionWords))}))` +
    String.raw`\s*(?:\S+\s+){0,2}$`,
  'u',
);

/** One qualifier's words in every language, as alternatives. */
function qualifierAlternatives(q: QualifierBefore): string {
  /** The qualifier's words of these prefix kinds, of every record written in `script`. */
  const kinds = (script: Script, ...names: Array<keyof QualifierWords>) =>
    wordsOfScript(script, (r) => names.flatMap((name) => r.qualifiersBefore[q][name]));
  return [
    ...led('', kinds('arabic', 'anywhere')),
    ...led(AR_WORD_START, kinds('arabic', 'fromWordStart')),
    ...led(`${AR_WORD_START}[وبل]?`, kinds('arabic', 'withPreposition')),
    ...led(`${AR_WORD_START}[وف]?`, kinds('arabic', 'withConjunction')),
    // Latin scripts write their prepositions and conjunctions apart: every kind is read from a word's start.
    ...led('', kinds('latin', 'anywhere')),
    ...led(B, kinds('latin', 'fromWordStart', 'withPreposition', 'withConjunction')),
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

/** Arabic-script verbs of a toll that rose (ارتفع، ترتفع), as alternatives. */
export const RISE_VERBS_ARABIC = arabicAlternatives((r) => r.tollRiseVerbs);
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
    String.raw`${B}(?:${alternatives(RISING_LATIN)})\s+(?:\S+\s+){0,2}?` +
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
  `${B}(?:${latinAlternatives((r) => r.denialVerbs)}` +
    String.raw`|(?:${latinAlternatives((r) => r.objectDenialVerbs)})\s+` +
    `(?:${latinAlternatives((r) => r.deniedObjects)})${E})${E}`,
  'iu',
);
/** A denial without a denial verb: the reports called false ("called the reports fake news"). */
export const DISCREDITED = constructionPattern((c) => c.discredited, 'iu');
/** Arabic script: a rejection verb with the accusations or reports as its object, a word or two on. */
const REJECTION_AR = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:${arabicAlternatives((r) => r.objectDenialVerbs)})` +
    String.raw`\s+(?:\S+\s+){0,2}?(?:${arabicAlternatives((r) => r.deniedObjects)})`,
  'u',
);
/** Regex-escaped stems, words apart by any spaces. */
const stems = phraseAlternatives;
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
export const NEGATED_ACTION = constructionPattern((c) => c.negatedAction);

export function hasDenialVerb(folded: string): boolean {
  DENIAL_AR.lastIndex = 0;
  return (
    DENIAL_AR.test(folded) ||
    DENIAL_WITH_CLITIC.test(folded) ||
    DENIAL_LATIN.test(folded) ||
    REJECTION_AR.test(folded) ||
    DISCREDITED.test(folded)
  );
}

/** An acknowledgment: a party admits it may have struck ("may have conducted strikes", ربما نفذت ضربات, أقر). */
export const ACKNOWLEDGMENT = new RegExp(
  `${constructionPattern((c) => c.hedgedAcknowledgment).source}` +
    `|(?<![\\p{L}])[وف]?(?:${arabicAlternatives((r) => r.acknowledgmentVerbs)})(?![\\p{L}])` +
    `|${B}(?:${latinAlternatives((r) => r.acknowledgmentVerbs)})${E}`,
  'iu',
);

/** War- or campaign-wide totals: never one incident. */
const AGGREGATE = constructionPattern((c) => c.aggregate);
/** A count from a start ("since 2011"), a total only with a perfect tense ("have been killed since"). */
const SINCE_START = constructionPattern((c) => c.sinceStart);
const PERFECT_TENSE = constructionPattern((c) => c.perfectTense);
/** No single strike or massacre in these wars approaches this: a larger figure is a total. */
const LARGEST_INCIDENT = 5000;

/** "ارتفعت حصيلة القتلى في الغوطة الشرقية خلال يومين إلى 127": a two-day toll, a total when its place is a region. */
export const TWO_DAY_TOLL = constructionPattern((c) => c.twoDayToll);
export const TWO_REGIONS = constructionPattern((c) => c.twoRegions, 'iu');
export const PAST_PERFECT = constructionPattern((c) => c.pastPerfect);
/** "وتوزعت الحصيلة كما يلي:", "broken down as follows": the toll before it is a round-up's total. */
export const BREAKDOWN_FOLLOWS = constructionPattern((c) => c.breakdownFollows);
/** "قام لصوص بقتل …", "killed in a robbery": a crime's dead, not the conflict's. */
export const CRIMINAL_KILLING = constructionPattern((c) => c.criminalKilling, 'iu');

/** A clause (folded) stating a war- or campaign-wide total rather than one event. */
export function isAggregate(clause: string, largestFigure: number): boolean {
  if (largestFigure > LARGEST_INCIDENT) return true;
  if (AGGREGATE.test(clause)) return true;
  return SINCE_START.test(clause) && PERFECT_TENSE.test(clause);
}

// Latin-script words are read whole on the text as written (any case); Arabic-script stems inside the folded text,
// folded only when the first screen fails.
const ANY_CASUALTY_LATIN = new RegExp(`${B}(?:${stems(wordsOfScript('latin', (r) => r.casualtyScreen))})${E}`, 'iu');
const ANY_CASUALTY_ARABIC = new RegExp(stems(wordsOfScript('arabic', (r) => r.casualtyScreen)), 'u');

/** Cheap check: does the text use any casualty word (any language)? Reports without one need no extraction. */
export function hasCasualtyVocabulary(text: string): boolean {
  if (ANY_CASUALTY_LATIN.test(text)) return true;
  return ANY_CASUALTY_ARABIC.test(foldText(text).folded);
}
