// Tokenises text for place matching. Unlike normalizeArabic, it keeps, for every normalised character, the
// index of the character it came from, so a mention found in normalised tokens can be sliced out of the
// ORIGINAL text. The folding rules are the same as normalizeArabic's (hamza/alef forms, ى/ي, ة/ه, ؤ, ئ,
// diacritics, tatweel, digits, case), plus a light Latin transliteration fold (see latinFold).

export type Script = 'ar' | 'lat' | 'num';

export interface Token {
  /** Folded text (Arabic letters folded, Latin lower-cased and transliteration-folded). */
  key: string;
  /** Folded text before the Latin transliteration fold (lower-cased, apostrophes removed). */
  folded: string;
  script: Script;
  /** Original index of each character of `folded`. */
  origin: number[];
  /** Original end offset (exclusive). */
  end: number;
  /** True when only spaces (no line break) or a hyphen separate it from the previous token. */
  joinsPrev: boolean;
  /** True when a hyphen directly follows it (al-, ez-, ar-…). */
  hyphenAfter: boolean;
  /** True when the original text starts with an upper-case letter. */
  capitalised: boolean;
}

/** Arabic letter variants folded as normalizeArabic does (أ إ آ ٱ → ا, ى ی ئ → ي, ة → ه, ؤ → و, ک → ك). */
function foldArabic(c: number): number {
  switch (c) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
      return 0x0627;
    case 0x0649:
    case 0x06cc:
    case 0x0626:
      return 0x064a;
    case 0x0629:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    case 0x06a9:
      return 0x0643;
    default:
      return c;
  }
}

const LATIN_LETTER = /\p{Script=Latin}/u;
/** Apostrophes and ayn/hamza signs written inside transliterations (besides ' and `): Sha’fa, Daraʿa. */
const WORD_APOSTROPHE = /[’‘ʿʾʼ]/;

/** Marks that vanish in normalised text: Arabic diacritics, tatweel, zero-width and bidi controls, soft hyphen. */
function isIgnored(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0640 ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x00ad
  );
}

function isEasternDigit(c: number): boolean {
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function latinBase(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Folds spelling variants of Latin transliterations so "Baghouz"/"Baghuz", "Hajeen"/"Hajin",
 * "Raqqa"/"Raqa", "Hasakeh"/"Hasakah"/"Hasaka" and "Sha'afa"/"Shafa" share a key.
 */
export function latinFold(word: string): string {
  return word
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=^.{3,})[ae]h$/, 'a');
}

function scriptOf(ch: string, c: number): Script | undefined {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'lat';
  if (c >= 0x30 && c <= 0x39) return 'num';
  if (c < 0xc0) return undefined;
  if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) return 'ar';
  if (isEasternDigit(c)) return 'num';
  if (c < 0x0250 || (c >= 0x1e00 && c <= 0x1eff)) return LATIN_LETTER.test(ch) ? 'lat' : undefined;
  return undefined;
}

const SPACE = 0x20;
const TAB = 0x09;
const NBSP = 0xa0;
const HYPHEN = 0x2d;
/**
 * A hashtag writes a name's words with underscores between them and its sign before them ("#رأس_العين",
 * "#Ras_al_Ain"): both keep the words of a name together, as a space does.
 */
const UNDERSCORE = 0x5f;
const HASH = 0x23;

function isLatinCode(text: string, i: number): boolean {
  if (i >= text.length) return false;
  return scriptOf(text[i] as string, text.charCodeAt(i)) === 'lat';
}

/** Splits text into word tokens (a change of script also splits: "بHajin" is two tokens). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let codes: number[] = []; // folded characters of the current word
  let origin: number[] = [];
  let script: Script | undefined; // of the current word; undefined between words
  let capitalised = false;
  let lastEnd = 0;
  // What separates the current word from the previous one.
  let gapBreaks = false;
  let gapHyphens = 0;
  let gapStartsWithHyphen = false;
  let gapEmpty = true;

  const close = (): void => {
    if (script === undefined) return;
    const prev = tokens[tokens.length - 1];
    if (prev && gapStartsWithHyphen) prev.hyphenAfter = true;
    const folded = String.fromCharCode(...codes);
    tokens.push({
      key: script === 'lat' ? latinFold(folded) : folded,
      folded,
      script,
      origin,
      end: lastEnd,
      joinsPrev: prev !== undefined && !gapBreaks && gapHyphens <= 1,
      hyphenAfter: false,
      capitalised,
    });
    script = undefined;
    codes = [];
    origin = [];
    gapBreaks = false;
    gapHyphens = 0;
    gapStartsWithHyphen = false;
    gapEmpty = true;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnored(code)) {
      if (script !== undefined) lastEnd = i + 1; // a trailing diacritic belongs to the word
      continue;
    }
    const ch = code < 0x80 ? '' : (text[i] as string); // only needed beyond ASCII
    if (script === 'lat' && (code === 0x27 || code === 0x60 || (ch !== '' && WORD_APOSTROPHE.test(ch)))) {
      // Inside a Latin word an apostrophe marks an ayn or hamza: drop it, keep the word whole ("Sha'fa").
      // An English possessive ("Raqqa's") ends the word instead.
      const next = text.charCodeAt(i + 1);
      const possessive = (next === 0x73 || next === 0x53) && !isLatinCode(text, i + 2);
      if (!possessive && isLatinCode(text, i + 1)) continue;
    }
    const charScript = scriptOf(ch, code);
    if (charScript === undefined) {
      close();
      if (code === HYPHEN) {
        if (gapEmpty) gapStartsWithHyphen = true;
        gapHyphens++;
      } else if (code !== SPACE && code !== TAB && code !== NBSP && code !== UNDERSCORE && code !== HASH) {
        gapBreaks = true;
      }
      gapEmpty = false;
      continue;
    }
    if (script !== undefined && script !== charScript) close();
    if (script === undefined) {
      script = charScript;
      capitalised =
        charScript === 'lat' && ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && ch !== ch.toLowerCase()));
    }
    if (charScript === 'ar') {
      codes.push(foldArabic(code));
      origin.push(i);
    } else if (charScript === 'num') {
      codes.push(isEasternDigit(code) ? 0x30 + (code & 0xf) : code);
      origin.push(i);
    } else if (code < 0x80) {
      codes.push(code <= 0x5a ? code + 32 : code);
      origin.push(i);
    } else {
      for (const f of latinBase(ch)) {
        codes.push(f.charCodeAt(0));
        origin.push(i);
      }
    }
    lastEnd = i + 1;
  }
  close();
  return tokens;
}
