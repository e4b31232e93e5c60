// Reads numbers out of Arabic and English report text, with offsets into the original text: digits (ASCII,
// Eastern Arabic, thousands separators, "350 ألف"), Arabic number words in every gender/case form and their
// compounds, dual nouns ("طفلين" = 2), English number words, and English victims counted without a number
// (english-victims.ts: "killing a civilian", "a father and his three children"). Vague amounts ("عشرات",
// "dozens") are not numbers: the rules read them from the language records (extraction/rules/vague-amounts.ts).
// Both extractors and the grounding of LLM claims read numbers through this one reader, so a figure grounds
// exactly when the rules could have read it.

import { BROKEN_WORD_MARK_CHARS, isBrokenWordGap } from './broken-words.ts';
import { AR_COMPASS_WORDS } from './compass-words.ts';
import { EN_TEENS, EN_TENS, EN_UNITS } from './english-number-words.ts';
import { addEnglishVictims } from './english-victims.ts';
import { gluedOpenerStarts, headingTagEnd, isGluedBoundary } from './glued-words.ts';
import { BULLET_MARKS } from './list-bullets.ts';
import { normalizeArabic } from './normalize.ts';
import { ADULT_AGE, type NumberMention } from './number-mention.ts';

export type { NumberMention } from './number-mention.ts';

type Piece =
  | { kind: 'unit' | 'ten' | 'teen'; value: number }
  | { kind: 'teenTail' } // عشر / عشرة after a unit: ثلاثة عشر
  | { kind: 'hundreds'; value: number } // a fixed amount of hundreds: مئتين, ثلاثمائة
  | { kind: 'hundred' } // multiplier: مئة, hundred
  | { kind: 'thousand' } // multiplier: ألف, آلاف (after a count), thousand
  | { kind: 'thousands'; value: number } // fixed: ألفين
  | { kind: 'million' }
  | { kind: 'dozen' }
  | { kind: 'digits'; value: number };

/** Lexicon keys are compared with normalizeArabic'd tokens (ة→ه, أ→ا, ى→ي, ئ→ي): fold them the same way. */
function folded<T>(table: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [normalizeArabic(k), v]));
}
function foldedSet(words: string[]): Set<string> {
  return new Set(words.map((w) => normalizeArabic(w)));
}

const AR_UNITS: Record<string, number> = {};
function addAr(value: number, ...forms: string[]): void {
  for (const form of forms) AR_UNITS[normalizeArabic(form)] = value;
}
// "أحد" alone is not 1 (it is "one of" / Sunday); it only counts in أحد عشر.
addAr(1, 'واحد', 'واحده', 'واحدا');
addAr(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي', 'ثنتين', 'ثنتان');
addAr(3, 'ثلاث', 'ثلاثه');
addAr(4, 'اربع', 'اربعه');
addAr(5, 'خمس', 'خمسه');
addAr(6, 'ست', 'سته');
addAr(7, 'سبع', 'سبعه');
addAr(8, 'ثمان', 'ثماني', 'ثمانيه');
addAr(9, 'تسع', 'تسعه');
const AR_ONE_IN_TEENS = foldedSet(['أحد', 'إحدى', 'احدي']); // أحد عشر, إحدى عشرة

const AR_TENS: Record<string, number> = folded({
  عشره: 10,
  عشر: 10,
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
});

const AR_HUNDREDS: Record<string, number> = folded({
  مئتان: 200,
  مئتين: 200,
  مئتي: 200,
  مائتان: 200,
  مائتين: 200,
  مائتي: 200,
});
const HUNDRED_STEMS: Array<[string, number]> = [
  ['ثلاث', 3],
  ['ثلث', 3],
  ['اربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['تسع', 9],
];
for (const [stem, n] of HUNDRED_STEMS) {
  for (const h of ['مائة', 'مئة']) AR_HUNDREDS[normalizeArabic(stem + h)] = n * 100;
}
const AR_HUNDRED = foldedSet(['مئة', 'مائة', 'مئه', 'مائه']);
const AR_THOUSAND = foldedSet(['ألف', 'ألفا', 'آلاف', 'الاف']);
const AR_THOUSANDS: Record<string, number> = folded({ ألفان: 2000, ألفين: 2000, ألفي: 2000 });
const AR_MILLION = foldedSet(['مليون', 'مليونا', 'ملايين']);
// Plural multipliers are vague on their own ("آلاف الأشخاص"); after a count they multiply ("ثلاثة آلاف").
const AR_PLURAL_MULTIPLIERS = foldedSet(['آلاف', 'ملايين']);

// Dual nouns for people (their plural is a broken plural, so -ين/-ان can only be the dual).
const DUAL_STEMS = [
  'طفل',
  'طفلت',
  'شخص',
  'رجل',
  'امرات',
  'سيدت',
  'فتات',
  'شاب',
  'قتيل',
  'جريح',
  'شقيق',
  'شقيقت',
  'ابن',
  'ولد',
  'عنصر',
  'جندي',
  'صبي',
  'شهيد',
  'ضحيت',
  'طبيب',
  'حفيد',
  'اخو',
  'زوج',
];
/** A person named by the decade of their age, folded: عشريني (in their twenties) … تسعيني; the feminine adds ه. */
export const AGE_DECADE_NOUNS = ['عشريني', 'ثلاثيني', 'اربعيني', 'خمسيني', 'ستيني', 'سبعيني', 'ثمانيني', 'تسعيني'];
/** Singular victims that itemise a toll (women and children: what tolls break down). */
const SINGULAR_VICTIM_RE = /^و?(طفل|طفله|رضيع|رضيعه|صبي|سيده|امراه|مسنه)$/;
/**
 * A singular victim noun, indefinite or definite (مدني، المدني، شخصا): one person of its class. Arabic states a
 * lone victim with the bare singular, never with "واحد" ("قتل مدني", "استشهاد الطفل فلان", "يقتل شخصاً").
 */
const SINGULAR_OBJECT_RE = new RegExp(
  '^(?:ال)?(مدني|مواطن|طفل|طفله|رضيع|سيده|امراه|مسنه|شخص|شاب|رجل|فتي|فتاه|عنصر|جندي|عسكري|مقاتل|مسلح|شهيد' +
    // The feminine of a person noun is one person too (مواطنة، مدنية، شابة، شهيدة), and so is one of a trade or
    // calling named by its singular (استشهاد الصحفي فلان، مقتل مسعف).
    '|قتيل|مدنيه|مواطنه|شابه|شهيده|قتيله|مسن|صحفي|صحفيه|ناشط|ناشطه|مسعف|مسعفه|طبيب|طبيبه|ممرض|ممرضه' +
    '|معلم|معلمه|مزارع|مزارعه|راعي|فنان|فنانه|مهندس|مهندسه|محامي|مدرس|مدرسه|طالب|طالبه|سايق|متطوع' +
    '|متطوعه|قيادي|مراسل|مراسله|مصور|مصوره|اعلامي|اعلاميه' +
    // A cadre (كادر), of an administration or a party: one of its staff.
    '|كادر' +
    // A person named by the decade of their age, as Arabic news names an unnamed victim ("مقتل ثلاثيني", "وفاة
    // سبعينية"): a man or woman in their twenties … nineties.
    `|(?:${AGE_DECADE_NOUNS.join('|')})ه?)ا?$`,
);
/**
 * "أحد المدنيين", "إحدى النساء", "أحد عناصر الفصيل" (one of the …) after a casualty word: one person of the plural's
 * class. Each plural maps to the singular the figure readers know.
 */
const ONE_OF_RE = /^(?:احد|احدي)$/;
const ONE_OF_PLURALS: Record<string, string> = {
  مدنيين: 'مدني',
  مواطنين: 'مواطن',
  اطفال: 'طفل',
  نساء: 'امراه',
  سيدات: 'سيده',
  مواطنات: 'مواطنه',
  شبان: 'شاب',
  اشخاص: 'شخص',
  رجال: 'رجل',
  صحفيين: 'صحفي',
  كوادر: 'كادر',
  عناصر: 'عنصر',
  جنود: 'جندي',
  مقاتلين: 'مقاتل',
  مسلحين: 'مسلح',
  عسكريين: 'جندي',
  سكان: 'مدني',
  اهالي: 'مدني',
};
const ONE_OF_PLURAL_RE = new RegExp(`^(?:ال)?(${Object.keys(ONE_OF_PLURALS).join('|')})$`);
/**
 * Verbs a singular victim can be the subject of: "شخصاً مدنياً لقي مصرعه", "فقد مدني حياته", "أن الشاب فارق الحياة"
 * (فارق الحياة "left life").
 */
const SUBJECT_VERB_RE = /^(?:لقي|لقيت|قتل|قتلت|استشهد|استشهدت|توفي|توفيت|فقد|فقدت|اصيب|اصيبت|فارق|فارقت)$/;
/** "إن/أن" (that) before a clause: a definite noun right after it is its subject ("أن الطفلة توفيت"). */
const THAT_RE = /^[وف]?(?:ان|انه)$/;
/** Casualty nouns and verbs a singular victim can follow as its object or subject ("مقتل مدني", "استشهدت امرأة"). */
const CASUALTY_WORDS = [
  ...['مقتل', 'استشهاد', 'مصرع', 'اصابه', 'وفاه', 'ارتقاء', 'سقوط', 'وقوع', 'اغتيال', 'اغتال', 'اغتالت'],
  ...['قتل', 'قتلت', 'يقتل', 'تقتل', 'استشهد', 'استشهدت', 'يستشهد', 'تستشهد', 'ارتقي', 'ارتقت', 'يرتقي', 'ترتقي'],
  ...[
    'فقد',
    'فقدت',
    'توفي',
    'توفيت',
    'اصيب',
    'اصيبت',
    'يصاب',
    'تصاب',
    'جرح',
    'جرحت',
    'سقط',
    // Not قضى: "قضى طفل حياته في المخيم" (spent) as often as "died".
    'فقدنا',
    'نفقد',
  ],
  // The verb before its subject in the idioms of dying: لقي (مصرعه/حتفه) "met (his death)", فارق (الحياة) "left
  // (life)"; the verbal noun فقدان (لحياته) "the loss (of his life)"; جثة/جثمان "the body (of)".
  ...['لقي', 'لقيت', 'فارق', 'فارقت', 'فقدان', 'جثه', 'جثمان'],
];
/**
 * Whether token `i` comes right after an obituary idiom, "في ذمة الله" (in God's keeping) or "انتقل إلى رحمة الله
 * (تعالى)" (passed to God's mercy), whose last word a victim follows ("في ذمة الله الشاب فلان"): the two tokens
 * before "الله". The callers say what may stand between the idiom and the victim.
 */
const OBITUARY_HEAD_RE = /^(?:ذمه|رحمه)$/;
function afterObituaryIdiom(text: string, tokens: Token[], i: number): boolean {
  let at = i - 1;
  if ((tokens[at] as Token | undefined)?.norm === 'تعالي' && tokens[at - 1]?.norm === 'الله') at--;
  const god = tokens[at];
  const head = tokens[at - 1];
  return (
    god !== undefined &&
    head !== undefined &&
    god.norm === 'الله' &&
    OBITUARY_HEAD_RE.test(head.norm) &&
    gapIsSpace(text, head.end, god.start)
  );
}
const CASUALTY_NOUN_RE = new RegExp(`^[وبلف]?(?:${CASUALTY_WORDS.join('|')})$`);

/** A cause of death right after a name: جراء، نتيجة، إثر، بسبب (as a result of, after, because of). */
const CAUSE_RE = /^(?:جراء|نتيجه|اثر|باثر|بسبب)$/;
/** Violence as that cause: shelling, a strike, a targeting, an explosion, a shell, a missile, bullets, a mine. */
const VIOLENCE_RE = /^(?:ال)?(?:قصف|غاره|غارات|استهداف|انفجار|قذيفه|قذايف|صاروخ|رصاص|رصاصه|شظايا|لغم)$/;

/**
 * "انتقل إلى رحمة الله (فلان الفلاني) نتيجة القصف", "في ذمة الله الحاج فلان إثر غارة": an obituary idiom, a name
 * (in parentheses or quotes, or bare; honorifics are words of it), then a violent cause right after the name is
 * one dead. Without the cause an obituary is no war death. The name's last token, or undefined.
 */
function nameKilledAfterObituary(text: string, tokens: Token[], i: number): number | undefined {
  const previous = tokens[i - 1];
  if (!previous || !/^\s*[("“«]?\s*$/u.test(text.slice(previous.end, (tokens[i] as Token).start))) return undefined;
  if (!afterObituaryIdiom(text, tokens, i)) return undefined;
  for (let j = i; j < Math.min(tokens.length, i + MAX_NAME_TOKENS); j++) {
    const token = tokens[j] as Token;
    if (
      token.isDigits ||
      CASUALTY_NOUN_RE.test(token.norm) ||
      /[.:\n؛;!?؟]/u.test(text.slice(token.end, tokens[j + 1]?.start))
    )
      return undefined;
    const cause = tokens[j + 1];
    const violence = tokens[j + 2];
    if (cause && violence && CAUSE_RE.test(cause.norm) && VIOLENCE_RE.test(violence.norm)) return j;
  }
  return undefined;
}

/** A family (عائلة، أسرة), and the adjectives after it: whole, one (كاملة، بأكملها، واحدة). */
const FAMILY_RE = /^(?:ال)?(?:عايله|اسره)$/;
const FAMILY_ADJECTIVE_RE = /^(?:كامله|باكملها|واحده)$/;
/** "ضحية", "ضحيتها": the victim of it ("ذهبت ضحيتها أسرة", a family fell victim to it). */
const VICTIM_OF_RE = /^(?:ضحيه|ضحيتها|ضحيته|ضحايا)$/;
/**
 * "مقتل عائلة بأكملها (أب وزوجته و5 من أطفالهما)", "ذهبت ضحيتها أسرة (أم وطفلاها)": the members of a family killed,
 * listed in parentheses right after it, are its victims, so the list is read as if it followed the casualty word.
 */
function inFamilyOfVictims(text: string, tokens: Token[], i: number): boolean {
  const open = tokens[i - 1];
  if (!open || !/^\s*\(\s*$/u.test(text.slice(open.end, (tokens[i] as Token).start))) return false;
  let at = i - 1;
  if (FAMILY_ADJECTIVE_RE.test((tokens[at] as Token).norm)) at--;
  const family = tokens[at];
  const before = tokens[at - 1];
  return (
    family !== undefined &&
    before !== undefined &&
    FAMILY_RE.test(family.norm) &&
    (CASUALTY_NOUN_RE.test(before.norm) || VICTIM_OF_RE.test(before.norm)) &&
    gapIsSpace(text, before.end, family.start)
  );
}
/** "المدني الذي استشهد", "الطفلة التي قتلت": a singular victim, a relative pronoun, then the casualty verb. */
const RELATIVE_RE = /^(?:الذي|التي)$/;
/**
 * A casualty noun with the dual pronoun (استشهادهما، مقتلهما، إصابتهما): two people, whoever "they two" are.
 * Arabic marks the dual on the pronoun, so this is a count as sure as a dual noun.
 */
const DUAL_PRONOUN_RE = /^[وبلف]?(?:ل)?(?:مقتل|استشهاد|مصرع|حتف|اصابت|وفات|جرح|قتل)هما$/;
const INCLUSION_TOKEN_RE = /^و?(?:بينهم|بينهن|منهم|منهن|بينها)$/;
const DUAL_RE = new RegExp(`^[وف]?[بل]?(?:ال|ل)?(${DUAL_STEMS.join('|')})(?:ين|ان|يه|يها|يهما)$`);
// Nouns with a sound plural in -ين ("مدنيين" is plural or dual): only the nominative dual -ان is sure ("مدنيان").
const DUAL_AN_STEMS = ['مدني', 'مواطن', 'عسكري', 'مقاتل', 'مسلح', 'مصاب', 'صحفي', 'مسعف'];
const DUAL_AN_RE = new RegExp(`^[وف]?(?:ال)?(${DUAL_AN_STEMS.join('|')})ان$`);

// A digit of any of the three systems (ASCII, Arabic-Indic, Persian); thousands groups after , ٬ or ، and an optional
// decimal part after . or ٫.
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const DIGIT_RE = new RegExp(`${DIGIT}+(?:[,\\u066C\\u060C]${DIGIT}{3}(?!${DIGIT}))*(?:[.\\u066B]${DIGIT}+)?`, 'y');
const WORD_RE = /[\p{L}\p{M}\u0640]+/uy;

interface Token {
  start: number;
  end: number;
  norm: string;
  isDigits: boolean;
}

/** Where the first word of a run of letters ends: at a lost word boundary inside it, or at the run's end. */
function gluedWordEnd(run: string): number {
  for (let k = 1; k < run.length; k++) if (isGluedBoundary(run.charCodeAt(k - 1), run.charCodeAt(k))) return k;
  return run.length;
}

const BROKEN_WORD_MARKS = new RegExp(BROKEN_WORD_MARK_CHARS.source, 'g');

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const openers = gluedOpenerStarts(text);
  let i = 0;
  while (i < text.length) {
    DIGIT_RE.lastIndex = i;
    const digits = DIGIT_RE.exec(text);
    if (digits) {
      tokens.push({ start: i, end: i + digits[0].length, norm: digits[0], isDigits: true });
      i += digits[0].length;
      continue;
    }
    WORD_RE.lastIndex = i;
    const run = WORD_RE.exec(text);
    // "عيسىفقدت": a run of letters the capture glued together is read as the words it was.
    // "#ريف_حلباستشهاد": a report's first word glued to a hashtag is a word of its own.
    const heading = run && text[i - 1] === '#' ? headingTagEnd(text, i) : -1;
    const opener = run ? (openers.find((at) => at > i && at < i + run[0].length) ?? -1) : -1;
    const end = heading > i ? heading : opener;
    const word = run ? run[0].slice(0, end > i ? end - i : gluedWordEnd(run[0])) : undefined;
    if (word) {
      const last = tokens.at(-1);
      const gap = last ? text.slice(last.end, i) : '';
      // A word broken to dodge moderation ("استـ*ـشهاد", "فقـ ـد", "وفـ.اة") is one token.
      if (last && !last.isDigits && isBrokenWordGap(text[last.end - 1] as string, gap, word[0] as string)) {
        last.end = i + word.length;
        last.norm = normalizedWord(text.slice(last.start, last.end).replace(BROKEN_WORD_MARKS, ''));
      } else {
        tokens.push({ start: i, end: i + word.length, norm: normalizedWord(word), isDigits: false });
      }
      i += word.length;
      continue;
    }
    i++;
  }
  return tokens;
}

// Reports repeat their words: normalising each distinct word once keeps readNumbers fast on long texts.
const WORD_CACHE = new Map<string, string>();
function normalizedWord(word: string): string {
  let norm = WORD_CACHE.get(word);
  if (norm === undefined) {
    norm = normalizeArabic(word);
    if (WORD_CACHE.size > 50_000) WORD_CACHE.clear();
    WORD_CACHE.set(word, norm);
  }
  return norm;
}

function digitsValue(raw: string): number {
  const ascii = normalizeArabic(raw).replace(/[,،]/g, '');
  return Number(ascii);
}

/** The number word a token is, ignoring a clitic و/ف/ب/ل; `waw` says whether it was joined by "and". */
function arabicPiece(norm: string): { piece: Piece; waw: boolean } | undefined {
  const direct = arabicWord(norm);
  if (direct) return { piece: direct, waw: false };
  // Definite tens: "تجاوز عدد الجرحى الخمسين" (units with ال are "the three", not a count).
  if (norm.startsWith('ال') && (AR_TENS[norm.slice(2)] ?? 0) >= 20) {
    return { piece: { kind: 'ten', value: AR_TENS[norm.slice(2)] as number }, waw: false };
  }
  const first = norm[0];
  if (first && 'وفبل'.includes(first) && norm.length > 3) {
    const rest = norm.slice(1);
    // "لست" is "I am not", not "for six"; only و joins short unit words.
    if (first !== 'و' && rest.length <= 3 && AR_UNITS[rest] !== undefined) return undefined;
    const inner = arabicWord(rest);
    if (inner) return { piece: inner, waw: first === 'و' };
    if (first === 'و' && rest.length > 3 && 'بل'.includes(rest[0] ?? '')) {
      const inner2 = arabicWord(rest.slice(1));
      if (inner2 && AR_UNITS[rest.slice(1)] === undefined) return { piece: inner2, waw: false };
    }
  }
  return undefined;
}

function arabicWord(w: string): Piece | undefined {
  const unit = AR_UNITS[w];
  if (unit !== undefined) return { kind: 'unit', value: unit };
  if (AR_ONE_IN_TEENS.has(w)) return { kind: 'unit', value: 1 };
  if (w === 'عشر' || w === 'عشره') return { kind: 'teenTail' };
  const ten = AR_TENS[w];
  if (ten !== undefined) return { kind: 'ten', value: ten };
  const hundreds = AR_HUNDREDS[w];
  if (hundreds !== undefined) return { kind: 'hundreds', value: hundreds };
  if (AR_HUNDRED.has(w)) return { kind: 'hundred' };
  const thousands = AR_THOUSANDS[w];
  if (thousands !== undefined) return { kind: 'thousands', value: thousands };
  if (AR_THOUSAND.has(w)) return { kind: 'thousand' };
  if (AR_MILLION.has(w)) return { kind: 'million' };
  return undefined;
}

function englishPiece(w: string): Piece | undefined {
  if (EN_UNITS[w] !== undefined) return { kind: 'unit', value: EN_UNITS[w] };
  if (EN_TEENS[w] !== undefined) return { kind: 'teen', value: EN_TEENS[w] };
  if (EN_TENS[w] !== undefined) return { kind: 'ten', value: EN_TENS[w] };
  if (w === 'hundred') return { kind: 'hundred' };
  if (w === 'thousand') return { kind: 'thousand' };
  if (w === 'million') return { kind: 'million' };
  if (w === 'dozen') return { kind: 'dozen' };
  return undefined;
}

function pieceOf(token: Token): { piece: Piece; waw: boolean } | undefined {
  if (token.isDigits) {
    const value = digitsValue(token.norm);
    return Number.isFinite(value) ? { piece: { kind: 'digits', value }, waw: false } : undefined;
  }
  if (/^[a-z]+$/.test(token.norm)) {
    const piece = englishPiece(token.norm);
    return piece ? { piece, waw: false } : undefined;
  }
  return arabicPiece(token.norm);
}

/** Accumulates one number phrase; `accepts` says whether the next piece continues it. */
class Phrase {
  total = 0;
  current = 0;
  last: Piece['kind'];
  /** Magnitude already filled below a thousand: 100 after hundreds, 10 after tens, 1 after units. */
  filled = 0;
  constructor(first: Piece) {
    this.last = first.kind;
    this.add(first);
  }

  accepts(next: Piece, joined: boolean, gapIsAnd: boolean, latin: boolean): boolean {
    const prev = this.last;
    // English runs bigger-to-smaller without "and": "two thousand five hundred", "one hundred twenty".
    if (latin && !joined && !gapIsAnd && this.afterBig(prev) && ['unit', 'teen', 'ten'].includes(next.kind))
      return true;
    if (prev === 'digits') return !joined && ['thousand', 'million', 'hundred', 'dozen'].includes(next.kind);
    if (next.kind === 'digits') return false;
    const connector = joined || gapIsAnd;
    switch (next.kind) {
      case 'teenTail':
        return !connector && prev === 'unit' && this.current < 10;
      case 'hundred':
        return !connector && (prev === 'unit' || prev === 'ten' || prev === 'teen') && this.current < 10;
      case 'thousand':
      case 'million':
      case 'dozen':
        return !connector && prev !== 'thousand' && prev !== 'million' && prev !== 'thousands';
      case 'unit':
      case 'teen':
        // After hundreds/thousands with "and" (مئة وخمسة, a hundred and five); English "twenty-five" has none.
        if (connector) return this.filled === 0 || this.filled >= 100 ? this.afterBig(prev) : false;
        return prev === 'ten' && this.current % 10 === 0 && next.kind === 'unit' && !joined;
      case 'ten':
        if (!connector) return false;
        // خمسة وعشرون: a unit then its ten; مئة وعشرون.
        return (prev === 'unit' && this.current % 100 < 10) || this.afterBig(prev);
      case 'hundreds':
        return connector && (prev === 'thousand' || prev === 'thousands' || prev === 'million');
      default:
        return false;
    }
  }

  private afterBig(prev: Piece['kind']): boolean {
    return (
      prev === 'hundred' || prev === 'hundreds' || prev === 'thousand' || prev === 'thousands' || prev === 'million'
    );
  }

  add(piece: Piece): void {
    switch (piece.kind) {
      case 'digits':
        this.current = piece.value;
        break;
      case 'unit':
      case 'ten':
      case 'teen':
        this.current += piece.value;
        break;
      case 'teenTail':
        this.current += 10;
        break;
      case 'hundreds':
        this.current += piece.value;
        break;
      case 'hundred':
        this.current = (this.current || 1) * 100;
        break;
      case 'thousand':
        this.total += (this.current || 1) * 1000;
        this.current = 0;
        break;
      case 'thousands':
        this.total += piece.value;
        break;
      case 'million':
        this.total = (this.total + (this.current || 1)) * 1_000_000;
        this.current = 0;
        break;
      case 'dozen':
        this.current = (this.current || 1) * 12;
        break;
    }
    this.last = piece.kind;
    this.filled = piece.kind === 'unit' ? 1 : piece.kind === 'ten' || piece.kind === 'teen' ? 10 : 100;
  }

  get value(): number {
    return this.total + this.current;
  }
}

/** Plural victim nouns a list of names can follow: "استشهاد المدنيين خالد حنيفة وبشار بركات", "شهداء: أحمد، بلال". */
const LIST_HEAD_RE =
  /^[وبل]?(?:ال)?(مدنيين|مدنيون|اطفال|شهداء|ضحايا|قتلي|شبان|عناصر|جنود|مقاتلين|نساء|سيدات|شهيدين|مدنيين|اشخاص)$/;
/** Words that end a list of names: prepositions and the words that start the clause's next part. */
const LIST_STOP = new Set(
  [
    'في',
    'على',
    'علي',
    'من',
    'الى',
    'إلى',
    'عن',
    'جراء',
    'اثر',
    'إثر',
    'بعد',
    'قبل',
    'خلال',
    'اثناء',
    'بسبب',
    'نتيجه',
    'بقصف',
    'برصاص',
    'بغاره',
    'اليوم',
    'امس',
    'الذي',
    'التي',
    'الذين',
    'وهم',
    'هم',
    'بينهم',
    'منهم',
    'كما',
    'وقد',
    'قد',
    'بجروح',
    'واصابه',
    'وجرح',
    'واصيب',
    // Place words: a list of names never runs into a place ("شرق ديرالزور", "في ريف إدلب").
    ...AR_COMPASS_WORDS,
    'ريف',
    'مدينه',
    'بلده',
    'قريه',
    'حي',
    'مخيم',
  ].map((w) => normalizeArabic(w)),
);
/**
 * A word that ends a name. Folded, the preposition على and the name علي (Ali) are one word; as written, the
 * preposition ends in ى, so "علي" spelt with ي is the name ("فلان شيخ علي").
 */
function endsName(text: string, token: Token, word = token.norm): boolean {
  if (!LIST_STOP.has(word) && !LIST_STOP.has(token.norm)) return false;
  return !/^و?علي$/u.test(text.slice(token.start, token.end));
}
/**
 * Particles, adverbs and kinds of victims: "بين القتلى نساء وأطفالاً، وإن …" lists no names, and neither does "تصيب
 * الغارات المدنيين أيضاً، فقد قتل …" (also; for indeed; only), so no count is read.
 */
const NOT_A_NAME = new Set(
  [
    'ان',
    'انه',
    'كان',
    'كانوا',
    'ايضا',
    'فقط',
    'فقد',
    'بين',
    'قد',
    'لقد',
    'عدد',
    'عددا',
    'نساء',
    'اطفال',
    'اطفالا',
    'رجال',
    'رجالا',
    'شبان',
    'مدنيين',
    'مدنيون',
    'عناصر',
    'جنود',
    'اشخاص',
  ].map((w) => normalizeArabic(w)),
);
/** Fighters' nouns without the article, which name the group they belong to right after them. */
const MEMBERS_OF_RE = /^[وبل]?(?:عناصر|جنود|مقاتلي|مقاتلين)$/;
const LIST_SEPARATOR = /^(?:\s*[،,]\s*(?:و\s*)?|\s+و)$/;
const MAX_NAME_WORDS = 4;
/**
 * A list set out one name per line after a colon ("أسماء القتلى هم:" then "- فلان", "2- فلان"): each line is a name,
 * however long (a kunya, a nickname after a dash: "فلان الفلاني - أبو محمد").
 */
const LINE_ITEM_GAP = new RegExp(String.raw`\n\s*[${BULLET_MARKS}ـ]\s*$`, 'u');
const NEW_LINE = /\n\s*$/u;
const NUMBERED_BULLET_AFTER = /^\s*[-_.)]/u;
const MAX_LINE_NAME_WORDS = 8;

/**
 * A list of the dead by name after a plural victim noun (optionally after a colon): the count is the number of
 * names. Names are runs of one to four words between "،" or "و", ending at punctuation or a preposition.
 */
function namedListAfter(
  text: string,
  tokens: Token[],
  head: number,
): { count: number; end: number; children: ListChildren[] } | undefined {
  let i = head + 1;
  // "شهداء القصف على كفرنبل: أحمد، …": up to six words may stand between the noun and a colon before the names.
  const colonGap = text.slice((tokens[head] as Token).end, (tokens[head] as Token).end + 80);
  const colon = /^[^.:\n؛\d]{0,60}?[:]\s*/u.exec(colonGap);
  if (colon) {
    const at = (tokens[head] as Token).end + colon[0].length;
    while (i < tokens.length && (tokens[i] as Token).start < at) i++;
  } else {
    // Without a colon, names follow the definite noun ("المدنيين خالد وبشار") or open in quotes; an indefinite
    // noun is followed by the rest of its sentence ("ينفي قتل مدنيين شرق …").
    const gap = text.slice((tokens[head] as Token).end, tokens[i]?.start ?? 0);
    if (!/^\s*["“«]?\s*$/u.test(gap)) return undefined;
    if (!/["“«]/u.test(gap) && !/^[وبل]?ال/u.test((tokens[head] as Token).norm)) return undefined;
    // "عناصر "حركة التحرير والبناء"": an indefinite fighters' noun before quotes is in construct with the group's
    // name (members of "…"), not followed by the names of the dead.
    if (/["“«]/u.test(gap) && MEMBERS_OF_RE.test((tokens[head] as Token).norm)) return undefined;
  }
  let count = 0;
  let words = 0;
  let end = (tokens[head] as Token).end;
  const children: ListChildren[] = [];
  // After a colon, the names may stand one per line.
  let byLine = false;
  let restOfLine = false;
  // Names opened by a quote end at its closing quote ("“فلان، فلان”، مشيرة إلى …").
  let quoted = false;
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const rawGap = text.slice(tokens[i - 1]?.end ?? 0, token.start);
    if (count + words === 0) quoted = /["“«]/u.test(rawGap);
    else if (quoted && /["”»]/u.test(rawGap)) break;
    const gap = rawGap.replace(/["“”«»]/g, '');
    const opensLine = colon !== null && (byLine || count + words === 0);
    const lineItem = opensLine && LINE_ITEM_GAP.test(gap);
    // "2- فلان": the number of a numbered line is no name.
    if (
      opensLine &&
      NEW_LINE.test(gap) &&
      token.isDigits &&
      NUMBERED_BULLET_AFTER.test(text.slice(token.end, token.end + 3))
    ) {
      const next = tokens[i + 1];
      if (!next || !/^\s*[-_.)]\s*$/u.test(text.slice(token.end, next.start))) break;
      byLine = true;
      if (words > 0) count += 1;
      words = 0;
      restOfLine = false;
      continue;
    }
    if (lineItem && (words > 0 || count === 0 || restOfLine)) {
      byLine = true;
      if (words > 0) count += 1;
      words = 0;
      restOfLine = false;
    } else if ((words > 0 || restOfLine) && /[.\n؛;:()[\]]/u.test(gap)) break;
    // A line's name ends where words about the victim begin ("فلان من بنش"); the next line is the next name.
    if (restOfLine) continue;
    // "…، و وليد": "and" written apart from the last name is no name of its own.
    if (token.norm === 'و' && (words > 0 || count > 0)) {
      if (words > 0) count += 1;
      words = 0;
      continue;
    }
    const joined = token.norm.startsWith('و') && (words > 0 || count > 0) && /^\s+$/.test(gap);
    const word = joined ? token.norm.slice(1) : token.norm;
    if (NOT_A_NAME.has(word)) return undefined;
    if (token.isDigits || endsName(text, token, word) || /^[a-z]/.test(word)) {
      if (!byLine || words === 0) break;
      restOfLine = true;
      continue;
    }
    const separated = words > 0 && (LIST_SEPARATOR.test(gap) || (word !== token.norm && /^\s+$/.test(gap)));
    if (separated) {
      count += 1;
      words = 0;
    }
    // "…، والطفلان فلان وفلان": a child noun opening a name says the names it heads are children's.
    const child = words === 0 ? CHILD_IN_LIST_RE.exec(word.replace(/^و/u, '')) : null;
    if (child) children.push({ start: token.start, end: token.end, count: child[1] || child[2] ? 2 : 1 });
    words += 1;
    if (words > (byLine ? MAX_LINE_NAME_WORDS : MAX_NAME_WORDS)) return undefined;
    end = token.end;
  }
  if (words > 0) count += 1;
  return count >= 2 ? { count, end, children } : undefined;
}

/** A child noun with the article heading names in a list of the dead: one child, or two with the dual. */
const CHILD_IN_LIST_RE = /^ال(?:طفل|طفله|رضيع|رضيعه|طفلت(ان|ين)|طفل(ان|ين))$/;
/** The children a list of the dead names, by the child noun heading their names ("والطفلان", "والطفلة"). */
interface ListChildren {
  start: number;
  end: number;
  count: number;
}

/**
 * The victims a text names with a definite victim noun ("المواطن محمد صادق", "الطفلة ريم العمر"): the first two words
 * of each name (folded), with the noun. `readNumbers` reads a later mention of the name after a casualty word as
 * that victim.
 */
export function victimNames(text: string): ReadonlyMap<string, string> {
  const tokens = tokenize(text);
  const names = new Map<string, string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    const victim = noun.norm.startsWith('ال') ? SINGULAR_OBJECT_RE.exec(noun.norm) : null;
    if (!victim) continue;
    const first = tokens[i + 1] as Token;
    const second = tokens[i + 2] as Token;
    const isName = (t: Token) =>
      !t.isDigits && !endsName(text, t) && !CASUALTY_NOUN_RE.test(t.norm) && !SINGULAR_OBJECT_RE.test(t.norm);
    if (!gapIsSpace(text, noun.end, first.start) || !gapIsSpace(text, first.end, second.start)) continue;
    if (isName(first) && isName(second) && !first.norm.startsWith('ال'))
      names.set(`${first.norm} ${second.norm}`, victim[1] as string);
  }
  return names;
}

/**
 * Every number in the text, in text order, with its offsets; `victims` (from `victimNames` of the whole report)
 * lets a victim named again be read as one.
 */
export function readNumbers(text: string, victims?: ReadonlyMap<string, string>): NumberMention[] {
  const tokens = tokenize(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const dual = !token.isDigits ? (DUAL_RE.exec(token.norm) ?? DUAL_AN_RE.exec(token.norm)) : null;
    if (dual) {
      const next = tokens[i + 1];
      const nextPiece = next && gapIsSpace(text, token.end, next.start) ? pieceOf(next) : undefined;
      // "طفلين اثنين", "مدنيان اثنان": one figure of 2 whose noun is the dual, spanning the emphatic number word.
      const emphatic =
        nextPiece && nextPiece.piece.kind === 'unit' && nextPiece.piece.value === 2 && next ? next : undefined;
      const end = emphatic?.end ?? token.end;
      const joined = joinsVictim(text, tokens, i, out);
      out.push({
        value: 2,
        start: token.start,
        end,
        raw: text.slice(token.start, end),
        dualNoun: dual[1],
        ...(joined ? { joinedVictim: true } : {}),
      });
      i += emphatic ? 2 : 1;
      continue;
    }
    // "مدنيين اثنين", "شخصين اثنين": "two" follows its noun as an adjective, so a noun in -ين/-ان before it is a
    // dual, whatever its plural looks like; "استشهاد مدنيين، وهما: …": so does the dual pronoun after it.
    const next = tokens[i + 1];
    const byTwo =
      !token.isDigits &&
      next !== undefined &&
      TWO_AFTER_NOUN_RE.test(next.norm) &&
      gapIsSpace(text, token.end, next.start);
    const byPronoun =
      !byTwo &&
      !token.isDigits &&
      next !== undefined &&
      /^و?هما$/.test(next.norm) &&
      /^[\s،,]*$/u.test(text.slice(token.end, next.start));
    const nounDual = byTwo || byPronoun ? NOUN_BEFORE_TWO_RE.exec(token.norm) : null;
    if (next && nounDual) {
      // "two" belongs to the figure; the pronoun does not.
      const end = byTwo ? next.end : token.end;
      out.push({ value: 2, start: token.start, end, raw: text.slice(token.start, end), dualNoun: nounDual[1] });
      i += byTwo ? 2 : 1;
      continue;
    }
    if (!token.isDigits && DUAL_PRONOUN_RE.test(token.norm)) {
      const raw = text.slice(token.start, token.end);
      out.push({ value: 2, start: token.start, end: token.end, raw, selfGoverned: true });
      i++;
      continue;
    }
    // "شهيد و3 جرحى", "قتيلة وعدة إصابات": an indefinite singular of the dead opening a headline or a sentence is
    // the count itself, one dead.
    const loneDead = !token.isDigits ? LONE_DEAD_RE.exec(token.norm) : null;
    if (loneDead && opensSentence(text, tokens[i - 1], token)) {
      const raw = text.slice(token.start, token.end);
      out.push({
        value: 1,
        start: token.start,
        end: token.end,
        raw,
        singularNoun: loneDead[1] as string,
        eventObject: true,
      });
      i++;
      continue;
    }
    // "مقتل مدني وإصابة 3", "استشهدت امرأة", "المدني الذي استشهد": one victim, the object or subject of a
    // casualty word beside it.
    const victim = !token.isDigits ? SINGULAR_OBJECT_RE.exec(token.norm) : null;
    const prevToken = tokens[i - 1];
    const nextToken = tokens[i + 1];
    const afterCasualty =
      (prevToken !== undefined &&
        CASUALTY_NOUN_RE.test(prevToken.norm) &&
        gapIsSpace(text, prevToken.end, token.start)) ||
      (victim !== null &&
        afterObituaryIdiom(text, tokens, i) &&
        gapIsSpace(text, (tokens[i - 1] as Token).end, token.start)) ||
      inFamilyOfVictims(text, tokens, i) ||
      (victim !== null && !token.norm.startsWith('و') && afterKillerAgent(text, tokens, i));
    // "أن شخصاً مدنياً لقي مصرعه": an indefinite victim (with its adjective) right before its verb.
    const adjective = nextToken && SINGULAR_OBJECT_RE.exec(nextToken.norm) ? 1 : 0;
    const verbAfter = tokens[i + 1 + adjective];
    const subject =
      (!token.norm.startsWith('ال') || (prevToken !== undefined && THAT_RE.test(prevToken.norm))) &&
      verbAfter !== undefined &&
      SUBJECT_VERB_RE.test(verbAfter.norm);
    const relativeSubject =
      token.norm.startsWith('ال') &&
      nextToken !== undefined &&
      RELATIVE_RE.test(nextToken.norm) &&
      tokens[i + 2] !== undefined &&
      CASUALTY_NOUN_RE.test((tokens[i + 2] as Token).norm);
    // "استشهاد أم وابنها", "مقتل رجل وزوجته وابنهما", "استشهاد أب وابنتين له": a victim and the kin who died with
    // them, each named by a noun with its possessive pronoun (or a dual), are counted together.
    const kinHead = afterCasualty && (victim !== null || KIN_HEAD_RE.test(token.norm));
    const kin = kinHead ? kinAfter(text, tokens, i + 1) : undefined;
    if (kin) {
      const end = (tokens[kin.last] as Token).end;
      const children = victim && CHILD_NOUN_RE.test(victim[1] as string) && kin.allChildren;
      // "استشهاد سيدة وطفلها": an adult and their children are two victims of two kinds, joined.
      if (victim && kin.allChildren && !children) {
        const kinStart = (tokens[i + 1] as Token).start;
        out.push({
          value: 1,
          start: token.start,
          end: token.end,
          raw: text.slice(token.start, token.end),
          singularNoun: victim[1] as string,
          eventObject: true,
        });
        out.push({
          value: kin.count,
          start: kinStart,
          end,
          raw: text.slice(kinStart, end),
          singularNoun: 'طفل',
          eventObject: true,
          joinedVictim: true,
        });
        i = kin.last + 1;
        continue;
      }
      // "أب وزوجته و5 من أطفالهما": the family's toll, and the children it ends with as its breakdown.
      const tail = !children && kin.childTail ? kin.childTail : undefined;
      const totalEnd = tail ? (tokens[tail.from - 1] as Token).end : end;
      out.push({
        value: 1 + kin.count,
        start: token.start,
        end: totalEnd,
        raw: text.slice(token.start, totalEnd),
        singularNoun: children ? (victim?.[1] as string) : 'شخص',
        eventObject: true,
      });
      if (tail) out.push(childrenOfToll(text, (tokens[tail.from] as Token).start, end, tail.count));
      i = kin.last + 1;
      continue;
    }
    // "مقتل شقيقه", "قتلت الغارة ابنه", "أقدم على قتل جاره": one person named by kinship or by a tie (neighbour,
    // friend) with a possessive pronoun, as the object of a casualty word or after the killer.
    const ownPerson = victim === null ? OWN_PERSON_RE.exec(token.norm) : null;
    if (ownPerson && (afterCasualty || afterKillerAgent(text, tokens, i))) {
      out.push({
        value: 1,
        start: token.start,
        end: token.end,
        raw: text.slice(token.start, token.end),
        singularNoun: CHILD_NOUN_RE.test(ownPerson[1] as string) ? 'طفل' : 'شخص',
        eventObject: true,
      });
      i++;
      continue;
    }
    // "انتقل إلى رحمة الله (فلان الفلاني) نتيجة القصف": a name after an obituary idiom, then a violent cause.
    const obituaryName = victim === null ? nameKilledAfterObituary(text, tokens, i) : undefined;
    if (obituaryName !== undefined) {
      const end = (tokens[obituaryName] as Token).end;
      out.push({ value: 1, start: token.start, end, raw: text.slice(token.start, end), eventObject: true });
      i = obituaryName + 1;
      continue;
    }
    // "استشهاد المواطن فلان (25 عاماً) والطفلة فلانة": named victims, each introduced by its own definite noun, are
    // counted together; so is a first victim named by an indefinite noun in construct ("استشهدت مراسلة إذاعة
    // فلان فلانة والمصور فلان").
    const named = victim && afterCasualty ? namedVictimsAfter(text, tokens, i) : undefined;
    if (victim && named) {
      const end = (tokens[named.last] as Token).end;
      const kinds = [victim[1] as string, ...named.classes];
      const oneKind = sameKind(kinds);
      out.push({
        value: 1 + named.count,
        start: token.start,
        end,
        raw: text.slice(token.start, end),
        singularNoun: oneKind ? (victim[1] as string) : 'شخص',
        eventObject: true,
      });
      // Children among victims of several kinds are the toll's breakdown, as in a named list.
      const children = kinds.filter((kind) => CHILD_NOUN_RE.test(kind)).length;
      if (children > 0 && !oneKind) {
        out.push(childrenOfToll(text, (tokens[named.firstChild ?? named.last] as Token).start, end, children));
      }
      i = named.last + 1;
      continue;
    }
    if (victim && (afterCasualty || relativeSubject || subject)) {
      // "شخصاً مدنياً": the adjective says more about the victim than the noun.
      const specific = subject && adjective ? SINGULAR_OBJECT_RE.exec((nextToken as Token).norm) : null;
      const end = specific ? (nextToken as Token).end : token.end;
      const noun = (specific?.[1] ?? victim[1]) as string;
      // "استشهاد فتاة تبلغ من العمر 15 عاماً", "الشاب فلان (16 عاماً)": a victim under eighteen is a child.
      const age = ADULT_OR_UNKNOWN_RE.test(noun) ? ageAfter(text, tokens, specific ? i + 1 : i) : undefined;
      out.push({
        value: 1,
        start: token.start,
        end,
        raw: text.slice(token.start, end),
        singularNoun: age !== undefined && age < ADULT_AGE ? 'طفل' : noun,
        eventObject: true,
      });
      i += specific ? 2 : 1;
      continue;
    }
    // "قتلت مدفعية النظام فاطمة التي …": a person named right after the weapon or force that killed them, the name
    // marked as a person's by the relative pronoun after it.
    if (!token.isDigits && !victim && namedAfterKillerAgent(text, tokens, i)) {
      out.push({
        value: 1,
        start: token.start,
        end: token.end,
        raw: text.slice(token.start, token.end),
        singularNoun: 'شخص',
        eventObject: true,
      });
      i++;
      continue;
    }
    // "مقتل "محمد العلي"": one person named in quotes right after a casualty word (not a definite name, which is
    // a group's: "مقتل "التنظيم"").
    const quoted =
      !token.isDigits && prevToken && CASUALTY_NOUN_RE.test(prevToken.norm) ? quotedNameAt(text, tokens, i) : undefined;
    if (quoted !== undefined) {
      const end = (tokens[quoted] as Token).end;
      out.push({
        value: 1,
        start: token.start,
        end,
        raw: text.slice(token.start, end),
        singularNoun: 'شخص',
        eventObject: true,
      });
      i = quoted + 1;
      continue;
    }
    // "… إصابة المواطن محمد صادق … استشهد محمد صادق في المشفى": a victim the report named earlier with a noun,
    // named again after a casualty word, is one person of that noun.
    const knownVictim =
      victims && afterCasualty && nextToken && gapIsSpace(text, token.end, nextToken.start)
        ? victims.get(`${token.norm} ${nextToken.norm}`)
        : undefined;
    if (knownVictim && nextToken) {
      const raw = text.slice(token.start, nextToken.end);
      out.push({ value: 1, start: token.start, end: nextToken.end, raw, singularNoun: knownVictim, eventObject: true });
      i += 2;
      continue;
    }
    // "استشهاد مدني وإصابة آخر", "أصيبت أخرى": "another" (singular) after an injury word is one more injured.
    if (
      ANOTHER_RE.test(token.norm) &&
      prevToken &&
      INJURY_WORD_RE.test(prevToken.norm) &&
      gapIsSpace(text, prevToken.end, token.start)
    ) {
      const raw = text.slice(token.start, token.end);
      out.push({ value: 1, start: token.start, end: token.end, raw, singularNoun: 'شخص', eventObject: true });
      i++;
      continue;
    }
    // "استشهاد أحد المدنيين", "مقتل إحدى النساء": one of the plural after it.
    const oneOf =
      afterCasualty && ONE_OF_RE.test(token.norm) && nextToken && gapIsSpace(text, token.end, nextToken.start)
        ? ONE_OF_PLURAL_RE.exec(nextToken.norm)
        : null;
    if (oneOf && nextToken) {
      out.push({
        value: 1,
        start: token.start,
        end: nextToken.end,
        raw: text.slice(token.start, nextToken.end),
        singularNoun: ONE_OF_PLURALS[oneOf[1] as string] as string,
        eventObject: true,
      });
      i += 2;
      continue;
    }
    const listHead = !token.isDigits ? LIST_HEAD_RE.exec(token.norm) : null;
    const list = listHead ? namedListAfter(text, tokens, i) : undefined;
    if (list && listHead) {
      const raw = text.slice(token.start, token.end);
      out.push({ value: list.count, start: token.start, end: token.end, raw, namedList: listHead[1] as string });
      // The children among the names are the list's breakdown, one figure per child noun.
      for (const child of list.children) out.push(childrenOfToll(text, child.start, child.end, child.count));
      i++;
      while (i < tokens.length && (tokens[i] as Token).end <= list.end) i++;
      continue;
    }
    // "مقتل رجل وامرأة وطفل", "استشهاد سيدة وشاب": an indefinite victim joined by و to the victim before it.
    const joinedNoun =
      !token.isDigits && !token.norm.startsWith('وال') && joinsVictim(text, tokens, i, out)
        ? SINGULAR_OBJECT_RE.exec(token.norm.slice(1))
        : null;
    if (joinedNoun) {
      out.push({
        value: 1,
        start: token.start,
        end: token.end,
        raw: text.slice(token.start, token.end),
        singularNoun: joinedNoun[1] as string,
        eventObject: true,
        joinedVictim: true,
      });
      i++;
      continue;
    }
    // "بينهم سيدة", "بينهم امرأة وطفلان", "طفلان وامرأة": one, when it itemises a toll.
    const single = !token.isDigits ? SINGULAR_VICTIM_RE.exec(token.norm) : null;
    if (single) {
      const prev = tokens[i - 1];
      const last = out.at(-1);
      const afterInclusion =
        prev !== undefined && INCLUSION_TOKEN_RE.test(prev.norm) && gapIsSpace(text, prev.end, token.start);
      const enumerated =
        token.norm.startsWith('و') && last !== undefined && (last.end === prev?.end || last.end === tokens[i - 2]?.end);
      if (afterInclusion || enumerated) {
        out.push({
          value: 1,
          start: token.start,
          end: token.end,
          raw: text.slice(token.start, token.end),
          singularNoun: single[1] as string,
        });
      }
      i++;
      continue;
    }
    const first = startPiece(tokens, i, text);
    if (!first) {
      i++;
      continue;
    }
    const phrase = new Phrase(first.piece);
    const start = first.start;
    let end = tokens[first.lastIndex]?.end ?? token.end;
    let j = first.lastIndex + 1;
    while (j < tokens.length) {
      const prevEnd = (tokens[j - 1] as Token).end;
      const next = tokens[j] as Token;
      const gap = text.slice(prevEnd, next.start);
      let gapIsAnd = false;
      let target = next;
      let k = j;
      if (/^\s*$/.test(gap) && (next.norm === 'and' || next.norm === 'و') && phrase.last !== 'digits') {
        const after = tokens[j + 1];
        if (!after || !/^\s+$/.test(text.slice(next.end, after.start))) break;
        gapIsAnd = true;
        target = after;
        k = j + 1;
      } else if (!/^[ \t\u00a0]*-?[ \t\u00a0]*$/.test(gap) || (gap.includes('-') && phrase.last === 'digits')) {
        break;
      }
      const piece = pieceOf(target);
      if (!piece) break;
      if (!phrase.accepts(piece.piece, piece.waw, gapIsAnd, /^[a-z]+$/.test(target.norm))) break;
      phrase.add(piece.piece);
      end = target.end;
      j = k + 1;
    }
    out.push({ value: phrase.value, start, end, raw: text.slice(start, end) });
    i = j;
  }
  addEnglishVictims(text, out);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** "two" after its noun, masculine and feminine, nominative and oblique. */
const TWO_AFTER_NOUN_RE = /^(?:اثنين|اثنان|اثنتين|اثنتان)$/;
/** A person noun with the dual (or sound plural) ending; the stem is what the figure readers look up. */
const NOUN_BEFORE_TWO_RE = new RegExp(`^[وف]?[بل]?(?:ال|ل)?(${[...DUAL_STEMS, ...DUAL_AN_STEMS].join('|')})(?:ين|ان)$`);

/** Victim nouns all of one kind (all children, or one noun throughout): the group keeps the first noun. */
function sameKind(nouns: string[]): boolean {
  return nouns.every((n) => CHILD_NOUN_RE.test(n)) || nouns.every((n) => n === nouns[0]);
}

/** "another" (آخر، أخرى), singular, masculine and feminine. */
const ANOTHER_RE = /^(?:اخر|اخري)$/;
/** An injury noun or verb, with its clitics: إصابة، أصيب، أصيبت، جرح. */
const INJURY_WORD_RE = /^[وبلف]?(?:اصابه|اصيب|اصيبت|جرح|جرحت)$/;

/** Victims whose noun does not say they are a child, and who may be one by their age. */
const ADULT_OR_UNKNOWN_RE = /^(?:مدني|مواطن|مدنيه|مواطنه|شخص|شاب|شابه|فتي|فتاه)$/;
const ASCII_OR_EASTERN_DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}$/;

/** The age given within a few words after a victim ("تبلغ من العمر 15 عاماً", "(16 عاماً)"), if any. */
function ageAfter(text: string, tokens: Token[], victim: number): number | undefined {
  for (let j = victim + 1; j < Math.min(tokens.length - 1, victim + 9); j++) {
    const token = tokens[j] as Token;
    if (/[.:\n؛;!?؟]/u.test(text.slice((tokens[j - 1] as Token).end, token.start))) return undefined;
    if (CASUALTY_NOUN_RE.test(token.norm)) return undefined;
    if (token.isDigits && ASCII_OR_EASTERN_DIGITS.test(token.norm) && AGE_WORD_RE.test((tokens[j + 1] as Token).norm))
      return digitsValue(token.norm);
  }
  return undefined;
}

/** Age after a name: "(25 عاماً)", "12 سنة". */
const AGE_WORD_RE = /^(?:عام|عاما|سنه|سنوات|سنين|اعوام)$/;
const MAX_NAME_TOKENS = 6;

/**
 * The further victims after a definite victim noun and its name, each one opening with و and its own definite
 * noun ("والطفلة", "والمواطن"): how many, their nouns, and the last token read. Names and ages may stand between;
 * a full stop, a preposition or a casualty word ends the list.
 */
function namedVictimsAfter(
  text: string,
  tokens: Token[],
  head: number,
): { count: number; classes: string[]; last: number; firstChild?: number } | undefined {
  const classes: string[] = [];
  let last = head;
  let firstChild: number | undefined;
  let nameTokens = 0;
  // The name just read closed with an age ("فلان 25 عاماً").
  let aged = false;
  for (let j = head + 1; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (/[.:\n؛;!?؟]/u.test(text.slice((tokens[j - 1] as Token).end, token.start))) break;
    const next = tokens[j + 1];
    const another = /^وال/.test(token.norm) ? SINGULAR_OBJECT_RE.exec(token.norm.slice(1)) : null;
    if (another && nameTokens > 0) {
      if (CHILD_NOUN_RE.test(another[1] as string)) firstChild ??= j;
      classes.push(another[1] as string);
      last = j;
      nameTokens = 0;
      continue;
    }
    // "المواطن فلان (40 عاماً)، وطفلتيه فلانة وفلانة": the named victim's kin, one or two, named after it in turn.
    const kin = nameTokens > 0 ? kinAt(text, token) : undefined;
    if (kin) {
      if (kin.child) firstChild ??= j;
      classes.push(...Array<string>(kin.count).fill(kin.child ? 'طفل' : 'شخص'));
      last = j;
      nameTokens = 0;
      continue;
    }
    if (token.isDigits && next && AGE_WORD_RE.test(next.norm)) {
      j++;
      aged = true;
      continue;
    }
    // "استشهاد الطفلة فلانة 12 عاماً وفلان 25 عاماً": after a victim named with their age, a name joined by و and
    // closed by an age of its own is one more victim (the age is what makes the name a person's).
    const agedName = aged ? agedNameAt(text, tokens, j) : undefined;
    if (agedName !== undefined) {
      classes.push('شخص');
      last = agedName;
      j = agedName;
      continue;
    }
    if (token.isDigits || endsName(text, token) || CASUALTY_NOUN_RE.test(token.norm) || /^[a-z]/.test(token.norm))
      break;
    aged = false;
    nameTokens += 1;
    if (nameTokens > MAX_NAME_TOKENS) break;
  }
  return classes.length > 0
    ? { count: classes.length, classes, last, ...(firstChild !== undefined ? { firstChild } : {}) }
    : undefined;
}

/**
 * "وفلان الفلاني 25 عاماً", "وفلان (25 عاماً)": a name of one to six words joined by و at token `j`, then an age.
 * The index of the age's word, or undefined when the tokens are not so.
 */
function agedNameAt(text: string, tokens: Token[], j: number): number | undefined {
  const first = tokens[j] as Token;
  if (!first.norm.startsWith('و') || first.norm.startsWith('وال') || first.norm.length < 3) return undefined;
  for (let k = j; k < Math.min(tokens.length - 1, j + MAX_NAME_TOKENS + 1); k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (k > j && /[.:\n؛;!?؟،,]/u.test(text.slice((tokens[k - 1] as Token).end, token.start))) return undefined;
    if (token.isDigits) return k > j && AGE_WORD_RE.test(next.norm) ? k + 1 : undefined;
    if (endsName(text, token, k === j ? token.norm.slice(1) : token.norm) || CASUALTY_NOUN_RE.test(token.norm))
      return undefined;
  }
  return undefined;
}

/** An active verb of killing with the killer after it: قتل "killed", اغتال "assassinated", past and present. */
const ACTIVE_KILL_VERB_RE = /^[وف]?(?:قتل|قتلت|يقتل|تقتل|اغتال|اغتالت|يغتال|تغتال)$/;
/**
 * The weapon or force that is the subject of a verb of killing: a strike, shell, artillery, forces, aircraft, drone,
 * missile, bullets, sniper, mine, bomb or gunmen (singular or plural, with or without the article).
 */
const KILLER_AGENT_RE = new RegExp(
  '^(?:ال)?(?:غاره|غارات|قذيفه|قذايف|مدفعيه|قوات|طايره|طايرات|مسيره|مسيرات|صاروخ|صواريخ|قصف|رصاص|رصاصه' +
    '|قناص|لغم|عبوه|مسلحون|مسلحين|مسلح)$',
);
const MAX_AGENT_TOKENS = 3;

/**
 * "قتلت غارة روسية طفلاً", "قتلت قوات النظام الشاب فلان": Arabic puts the verb first, then its subject (the weapon
 * or force, up to three words), then the victim, its object. True when token `i` stands where that object does.
 */
function afterKillerAgent(text: string, tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 1 - MAX_AGENT_TOKENS); k--) {
    const verb = tokens[k] as Token;
    const agent = tokens[k + 1] as Token;
    if (!ACTIVE_KILL_VERB_RE.test(verb.norm) || !KILLER_AGENT_RE.test(agent.norm)) continue;
    for (let j = k + 1; j <= i; j++) {
      if (!gapIsSpace(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)) return false;
      if ((tokens[j] as Token).isDigits) return false;
    }
    return true;
  }
  return false;
}

/** The relative pronoun after a person: الذي، التي. */
const PERSON_RELATIVE_RE = /^(?:الذي|التي)$/;

/** "قتلت مدفعية النظام فاطمة التي …": a name of one or two words after the killer, then الذي/التي. */
function namedAfterKillerAgent(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.norm.startsWith('ال') || token.norm.startsWith('و') || NOT_A_NAME.has(token.norm)) return false;
  const relative = [tokens[i + 1], tokens[i + 2]].findIndex((t) => t !== undefined && PERSON_RELATIVE_RE.test(t.norm));
  if (relative < 0) return false;
  const name = tokens.slice(i, i + relative + 1);
  if (name.some((t) => t.isDigits || t.norm.startsWith('ال') || CASUALTY_NOUN_RE.test(t.norm))) return false;
  return afterKillerAgent(text, tokens, i);
}

/** Kin who can head a family of victims: father, mother, husband, wife, brother, sister, son, daughter. */
const KIN_HEAD_RE = /^(?:ال)?(?:اب|ام|والد|والده|زوج|زوجه|شقيق|شقيقه|اخ|اخت|ابن|ابنه)$/;
const KIN_STEMS = ['ابن', 'ابنت', 'زوج', 'زوجت', 'شقيق', 'شقيقت', 'اخ', 'اخت', 'اخو', 'اخي', 'ابو', 'ابي', 'ام'];
/** One of kin by the stem a possessive pronoun is written onto. */
const ONE_OF_KIN_STEMS = [...KIN_STEMS, 'والد', 'والدت', 'طفل', 'طفلت', 'رضيع', 'رضيعت', 'حفيد', 'حفيدت'];
const POSSESSIVE = '(?:ه|ها|هما|هم)';
/** "وابنها", "وزوجته", "ووالدته", "وطفلها": one of kin, named with a possessive pronoun. */
const KIN_ONE_RE = new RegExp(`^و(${ONE_OF_KIN_STEMS.join('|')})${POSSESSIVE}$`);
/** "شقيقه", "ابنتها", "جاره", "صديقتها": one person, kin or neighbour or friend, named with a possessive pronoun. */
const OWN_PERSON_RE = new RegExp(`^(${[...ONE_OF_KIN_STEMS, 'جار', 'جارت', 'صديق', 'صديقت'].join('|')})${POSSESSIVE}$`);
/**
 * "وابنتين", "وطفليها", "ووالديه": two of kin, the dual (its ن drops before a pronoun), in the nominative too
 * ("رجل وزوجته وطفلاهما"). A child is kin only with the pronoun: "امرأة وطفلين" are a woman and two children.
 */
const KIN_TWO_RE =
  /^و(?:(ابن|ابنت|شقيق|شقيقت|حفيد|حفيدت|والد)(?:ين|ان|يه|يها|يهما|اه|اها|اهما)|(طفل|طفلت)(?:يه|يها|يهما|اه|اها|اهما))$/;
const CHILD_NOUN_RE = /^(?:طفل|طفله|طفلت|رضيع|رضيعه|رضيعت)$/;

/**
 * Whether token `i` opens with و right after a victim the reader has just counted as a casualty word's object
 * ("مقتل رجل وامرأة": امرأة joins رجل). Only a victim read as an object (or joined to one) starts a chain, so a
 * toll's breakdown ("بينهم امرأة وطفل") is left to its own reading.
 */
function joinsVictim(text: string, tokens: Token[], i: number, out: readonly NumberMention[]): boolean {
  const token = tokens[i] as Token;
  const prev = tokens[i - 1];
  const last = out.at(-1);
  if (!prev || !last || !token.norm.startsWith('و') || !gapIsSpace(text, prev.end, token.start)) return false;
  return last.end === prev.end && (last.eventObject === true || last.joinedVictim === true) && !last.namedList;
}

/**
 * Kin counted in the plural with a possessive pronoun: "أطفالهما" (their children), "أبنائه"/"أبناؤه" (his sons),
 * "بناتها" (her daughters).
 */
const KIN_PLURAL_RE = /^(اطفال|ابناء|ابناي|ابناو|بنات|اولاد|احفاد)(?:ه|ها|هما|هم)$/;

/**
 * "و4 من أطفالهما", "وثلاثة من أبنائه": a number of one's kin joined by و, counted with من before the kin's plural
 * and its pronoun; or the plural first, the number after it as a definite adjective ("وأطفاله الثلاثة"). Only
 * أطفال are children for certain; sons and daughters may be grown.
 */
function countedKinAt(
  text: string,
  tokens: Token[],
  j: number,
): { count: number; last: number; children: boolean } | undefined {
  const token = tokens[j] as Token;
  // "وأطفاله الثلاثة": the kin's plural, then the number as a definite adjective.
  const pluralFirst = KIN_PLURAL_RE.exec(token.norm.startsWith('و') ? token.norm.slice(1) : '');
  const adjective = tokens[j + 1];
  if (pluralFirst && adjective?.norm.startsWith('ال') && gapIsSpace(text, token.end, adjective.start)) {
    const value = AR_UNITS[adjective.norm.slice(2)];
    if (value !== undefined && value >= 2) return { count: value, last: j + 1, children: pluralFirst[1] === 'اطفال' };
  }
  let count: number | undefined;
  let of = j + 1;
  // و is written onto the digits: "و4".
  if (token.norm === 'و' && tokens[j + 1]?.isDigits && token.end === (tokens[j + 1] as Token).start) {
    count = digitsValue((tokens[j + 1] as Token).norm);
    of = j + 2;
  } else {
    const word = token.isDigits ? undefined : arabicPiece(token.norm);
    if (word?.waw && word.piece.kind === 'unit') count = word.piece.value;
  }
  const from = tokens[of];
  const kin = tokens[of + 1];
  if (count === undefined || count < 2 || !from || !kin || from.norm !== 'من') return undefined;
  const plural = KIN_PLURAL_RE.exec(kin.norm);
  if (!plural || !gapIsSpace(text, from.end, kin.start)) return undefined;
  return { count, last: of + 1, children: plural[1] === 'اطفال' };
}

/** "وطفلاهما", "والطفلان فلان وفلان": the children among a toll's victims, its breakdown in a mention of their own. */
function childrenOfToll(text: string, start: number, end: number, count: number): NumberMention {
  return { value: count, start, end, raw: text.slice(start, end), singularNoun: 'طفل', inNamedList: true };
}

/** One or two of kin joined by و ("وزوجته", "وطفليها"), and whether they are children; undefined when not kin. */
function kinAt(text: string, token: Token): { count: 1 | 2; child: boolean } | undefined {
  // "وطفلة" (and a girl) ends in ta marbuta, not in the pronoun of "وطفله" (and his child), which folding merges.
  if (text[token.end - 1] === 'ة') return undefined;
  const one = KIN_ONE_RE.exec(token.norm);
  const kin = one ?? KIN_TWO_RE.exec(token.norm);
  if (!kin) return undefined;
  return { count: one ? 1 : 2, child: CHILD_NOUN_RE.test((kin[1] ?? kin[2]) as string) };
}

/** The kin joined by و after a victim, with how many they are; undefined when none follows. */
function kinAfter(
  text: string,
  tokens: Token[],
  from: number,
): { count: number; last: number; allChildren: boolean; childTail?: { count: number; from: number } } | undefined {
  let count = 0;
  let last = from - 1;
  let allChildren = true;
  // The children the chain ends with ("رجل وزوجته وطفلاهما", "… و5 من أطفالهما"), counted from token `from`.
  let childTail: { count: number; from: number } | undefined;
  const addKin = (n: number, child: boolean, at: number) => {
    count += n;
    allChildren &&= child;
    childTail = child ? { count: (childTail?.count ?? 0) + n, from: childTail?.from ?? at } : undefined;
  };
  for (let j = from; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (!gapIsSpace(text, (tokens[j - 1] as Token).end, token.start)) break;
    const counted = countedKinAt(text, tokens, j);
    if (counted) {
      addKin(counted.count, counted.children, j);
      last = counted.last;
      j = counted.last;
      continue;
    }
    const kin = kinAt(text, token);
    if (!kin) break;
    addKin(kin.count, kin.child, j);
    last = j;
    // "وابنتين له": the pronoun written apart.
    const after = tokens[j + 1];
    if (kin.count === 2 && after && /^(?:له|لها|لهما)$/.test(after.norm) && gapIsSpace(text, token.end, after.start)) {
      last = j + 1;
      j++;
    }
  }
  return count > 0 ? { count, last, allChildren, ...(childTail ? { childTail } : {}) } : undefined;
}

/** The last token of a name of one to four words in quotes opening at token `i`; undefined when there is none. */
function quotedNameAt(text: string, tokens: Token[], i: number): number | undefined {
  const token = tokens[i] as Token;
  if (!/^\s*["“«]$/u.test(text.slice((tokens[i - 1] as Token).end, token.start))) return undefined;
  if (token.norm.startsWith('ال') || NOT_A_NAME.has(token.norm)) return undefined;
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    const t = tokens[j] as Token;
    if (t.isDigits || /^[a-z]/.test(t.norm)) return undefined;
    const next = tokens[j + 1];
    const gap = text.slice(t.end, next?.start ?? text.length);
    if (/^["”»]/u.test(gap)) return j;
    if (!/^\s+$/.test(gap)) return undefined;
  }
  return undefined;
}

/** The singular of the dead, which can stand alone as a count: شهيد/شهيدة (martyr), قتيل/قتيلة (one killed). */
const LONE_DEAD_RE = /^(شهيد|شهيده|قتيل|قتيله)$/;

/** A token at the start of the text, a line or a sentence (after a full stop, colon, bar or hashtag run). */
function opensSentence(text: string, previous: Token | undefined, token: Token): boolean {
  if (!previous) return true;
  return /[\n.!?؟:|#]|[^\p{L}\p{N}\s"'«»“”()،,-]/u.test(text.slice(previous.end, token.start));
}

/** Two words apart by spaces, or by a word boundary the capture lost ("تعالىالشهيد"). */
function gapIsSpace(text: string, from: number, to: number): boolean {
  if (from === to) return isGluedBoundary(text.charCodeAt(from - 1), text.charCodeAt(to));
  return /^[ \t\u00a0]+$/.test(text.slice(from, to));
}

/** A phrase may begin with a number word, digits, or English "a" before hundred/thousand/dozen. */
function startPiece(
  tokens: Token[],
  i: number,
  text: string,
): { piece: Piece; start: number; lastIndex: number } | undefined {
  const token = tokens[i] as Token;
  if (token.norm === 'a' || token.norm === 'one') {
    const next = tokens[i + 1];
    if (next && gapIsSpace(text, token.end, next.start)) {
      const p = englishPiece(next.norm);
      if (p && (p.kind === 'hundred' || p.kind === 'thousand' || p.kind === 'dozen' || p.kind === 'million')) {
        const value = p.kind === 'hundred' ? 100 : p.kind === 'thousand' ? 1000 : p.kind === 'dozen' ? 12 : 1_000_000;
        const piece: Piece = p.kind === 'dozen' ? { kind: 'teen', value } : { kind: 'hundreds', value };
        if (p.kind === 'thousand') return { piece: { kind: 'thousands', value }, start: token.start, lastIndex: i + 1 };
        if (p.kind === 'million') return { piece: { kind: 'thousands', value }, start: token.start, lastIndex: i + 1 };
        return { piece, start: token.start, lastIndex: i + 1 };
      }
    }
    if (token.norm === 'a') return undefined;
  }
  const found = pieceOf(token);
  if (!found) return undefined;
  const { piece } = found;
  // Plural multipliers alone are vague ("آلاف"), and a bare multiplier word needs no count before it.
  if (piece.kind === 'thousand' && AR_PLURAL_MULTIPLIERS.has(stripClitic(token.norm))) return undefined;
  if (piece.kind === 'million' && stripClitic(token.norm) === 'ملايين') return undefined;
  if (piece.kind === 'dozen') return undefined;
  // English "hundred"/"thousand" need a count ("a hundred", "two thousand"); "several hundred" is vague.
  if (
    (piece.kind === 'hundred' || piece.kind === 'thousand' || piece.kind === 'million') &&
    /^[a-z]+$/.test(token.norm)
  )
    return undefined;
  if (piece.kind === 'teenTail') return { piece: { kind: 'ten', value: 10 }, start: token.start, lastIndex: i };
  // "أحد"/"إحدى" only count when a teen follows (أحد عشر).
  if (piece.kind === 'unit' && AR_ONE_IN_TEENS.has(stripClitic(token.norm))) {
    const next = tokens[i + 1];
    const nextPiece = next && gapIsSpace(text, token.end, next.start) ? pieceOf(next) : undefined;
    if (nextPiece?.piece.kind !== 'teenTail') return undefined;
  }
  return { piece, start: token.start, lastIndex: i };
}

function stripClitic(norm: string): string {
  return AR_THOUSAND.has(norm) || AR_MILLION.has(norm) || AR_ONE_IN_TEENS.has(norm) ? norm : norm.slice(1);
}
