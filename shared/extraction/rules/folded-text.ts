// A folded copy of report text for pattern matching (Arabic letter variants unified, diacritics and tatweel
// dropped, digits ASCII, Latin lower-cased) with a map back to the original offsets, so every match can be
// quoted verbatim from the original text.

import { BROKEN_WORD_MARK_CHARS, brokenWordGapAt } from '../../text/broken-words.ts';
import { gluedOpenerStart, headingTagEnd, isGluedBoundary } from '../../text/glued-words.ts';

const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069]/;
const LETTER_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  '٫': '.',
  '٬': ',',
  '\u00a0': ' ',
};

function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return String(code & 0xf);
  const mapped = LETTER_FOLDS[ch];
  if (mapped) return mapped;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

export interface FoldedText {
  original: string;
  folded: string;
  /** toOriginal[i] = offset in the original text of folded[i]; toOriginal[folded.length] = original.length. */
  toOriginal: number[];
}

export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  const toOriginal: number[] = [];
  // "#عاجلفقد", "#ريف_حلباستشهاد": where a word glued to a hashtag starts (after a heading tag, or a report's opener).
  let headingEnd = -1;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === 0x23) {
      headingEnd = headingTagEnd(original, i + 1);
      if (headingEnd < 0) headingEnd = gluedOpenerStart(original, i + 1);
    }
    // A word broken to dodge moderation ("استـ*ـشهاد", "وفـ.اة"): the marks are dropped, rejoining the word (the
    // tatweels around them are dropped as any tatweel is).
    const markAfterTatweel = original.charCodeAt(i - 1) === 0x640 && BROKEN_WORD_MARK_CHARS.test(original[i] as string);
    if (i > 0 && (markAfterTatweel || code === 0x2a || code === 0x2e)) {
      const gap = brokenWordGapAt(original, i);
      if (gap > 0) {
        i += gap - 1;
        continue;
      }
    }
    // "Publicاستشهد", "عيسىفقدت": a word boundary the capture lost is put back as a space, mapped to the character
    // before it (so the original offset of the next word finds that word, not the space).
    if (i > 0 && (i === headingEnd || isGluedBoundary(original.charCodeAt(i - 1), code))) {
      parts.push(' ');
      toOriginal.push(i - 1);
    }
    // Fast path: ASCII and unfolded Arabic letters map to themselves (ASCII lower-cased).
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (original[i] as string));
      toOriginal.push(i);
      continue;
    }
    const ch = original[i] as string;
    if (DROPPED.test(ch)) continue;
    const out = foldChar(ch);
    for (let k = 0; k < out.length; k++) toOriginal.push(i);
    parts.push(out);
  }
  toOriginal.push(original.length);
  return { original, folded: parts.join(''), toOriginal };
}

/** The folded offset of an original offset (the first folded character at or after it). */
export function foldedOffset(text: FoldedText, originalOffset: number): number {
  const map = text.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as number) < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps a folded range to the original text's range (end exclusive). */
export function originalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = text.toOriginal[start] ?? text.original.length;
  const lastChar = end > start ? text.toOriginal[end - 1] : undefined;
  const e = lastChar === undefined ? s : lastChar + 1;
  return { start: s, end: e };
}

/** Folds an Arabic regex source the same way as the text (letters only: regex escapes are left alone). */
export function foldPattern(source: string): string {
  let out = '';
  for (const ch of source) {
    if (DROPPED.test(ch)) continue;
    out += LETTER_FOLDS[ch] && /[\u0600-\u06FF]/.test(ch) ? LETTER_FOLDS[ch] : ch;
  }
  return out;
}

/** Word-boundary helpers for Unicode text (JS \b only knows ASCII letters). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
/** Arabic clitics that may sit in front of a word: و ف ب ل ك, then the article. */
export const AR_PREFIX = '(?:[وف]?[بلك]?(?:ال|لل)?)';

/** A whole-word regex over folded text; Arabic words may take clitic prefixes when `prefixes` is set. */
export function words(alternatives: readonly string[], opts: { prefixes?: boolean; flags?: string } = {}): RegExp {
  return new RegExp(wordsSource(alternatives, opts.prefixes ?? false), `gu${opts.flags ?? ''}`);
}

/** The source of `words`: longest alternatives first; after ل the article's alef drops (للتحالف). */
export function wordsSource(alternatives: readonly string[], prefixes: boolean, lead = '', capture = ''): string {
  const folded = [
    ...new Set(
      alternatives.map((a) => escapeRegex(foldPattern(a).toLowerCase()).replace(/ /g, '\\s+').replace(/-/g, '[-\\s]?')),
    ),
  ].sort((a, b) => b.length - a.length);
  const body = folded.join('|');
  // With `capture` (a group-name suffix), the phrase itself is group "p…" (after clitics) or "l…" (after ل, whose
  // article drops).
  const p = capture ? `?<p${capture}>` : '?:';
  const l = capture ? `?<l${capture}>` : '?:';
  if (!prefixes) return `${B}${lead}(${p}${body})${E}`;
  const withArticle = folded.filter((a) => a.startsWith('ال')).map((a) => a.slice(2));
  const lam = withArticle.length > 0 ? `|[وف]?لل(${l}${withArticle.join('|')})` : '';
  return `${B}(?:${AR_PREFIX}(${p}${body})${lam})${E}`;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Phrases as regex alternatives, each escaped, its words apart by any run of spaces. */
export function phraseAlternatives(list: readonly string[]): string {
  return list.map((p) => escapeRegex(p).replaceAll(' ', String.raw`\s+`)).join('|');
}
