// Captured pages lose the space or line break between two pieces of text ("Shared with Publicاستشهد",
// "ريف عين عيسىفقدت طفلة", "#عاجلفقد مدني حياته"). Where the join is certain, a word boundary is put back: where
// Arabic script meets Latin (no word mixes them), after ى or ة before another letter (Arabic writes both only at a
// word's end; hamza on the line after ى, "لاجىء", is an older spelling), after the hashtag that heads a post, and
// before a report's opening word glued to the end of a hashtag.
import { brokenWordGapAt } from './broken-words.ts';
import { normalizeArabic } from './normalize.ts';

/**
 * Hashtags that head a news post on a line of their own, per language (as written, without tatweel): breaking news,
 * follow-ups, obituaries. A capture that loses the line break glues the post's first word to them.
 */
export const HEADING_TAGS: Readonly<Record<string, readonly string[]>> = {
  ar: ['عاجل', 'متابعات', 'وفيات'],
};
const TAGS = Object.values(HEADING_TAGS).flat();
const TATWEEL = 0x640;

/**
 * Words that open a casualty report, per language, folded (ا for أ/إ/آ, ه for ة, ي for ى): a capture that loses the
 * line break after a post's last hashtag glues the next sentence's first word onto the tag ("#ريف_حلباستشهاد طفل").
 */
export const GLUED_REPORT_OPENERS: Readonly<Record<string, readonly string[]>> = {
  ar: ['استشهاد', 'استشهد', 'استشهدت', 'مقتل', 'اصابه', 'اصيب', 'اصيبت', 'وفاه', 'ارتقاء', 'ارتقي'],
};
const OPENERS = Object.values(GLUED_REPORT_OPENERS).flat();
/**
 * The fewest letters of the tag's word before a glued opener: fewer may be the opener's own clitics ("#بمقتل"), as is
 * a head that ends in the article ("#الاستشهاد", "#والاستشهاد": one word, nothing glued).
 */
const MIN_WORD_BEFORE_OPENER = 3;

/**
 * After a "#" at `start`: where a heading tag glued to the next word ends (its tatweels skipped), or -1 when the
 * hashtag is no heading tag or nothing is glued to it.
 */
export function headingTagEnd(text: string, start: number): number {
  for (const tag of TAGS) {
    let at = start;
    let k = 0;
    while (k < tag.length && at < text.length) {
      if (text.charCodeAt(at) === TATWEEL) at++;
      else if (text[at] === tag[k]) {
        at++;
        k++;
      } else break;
    }
    while (at < text.length && text.charCodeAt(at) === TATWEEL) at++;
    if (k === tag.length && isArabicLetter(text.charCodeAt(at))) return at;
  }
  return -1;
}

/**
 * After a "#" at `start`: where a report's opening word glued to the end of the hashtag starts ("#سد_تشرين|استشهاد"),
 * or -1. The tag's words are split at "_"; tatweels and the marks of a word broken to dodge moderation are skipped.
 */
export function gluedOpenerStart(text: string, start: number): number {
  let letters = '';
  let offsets: number[] = [];
  for (let i = start; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (code === TATWEEL) continue;
    if (ch === '_') {
      letters = '';
      offsets = [];
    } else if (isArabicLetter(code)) {
      letters += normalizeArabic(ch);
      offsets.push(i);
    } else {
      const gap = brokenWordGapAt(text, i);
      if (gap === 0) break;
      i += gap - 1;
    }
  }
  for (const opener of OPENERS) {
    const before = letters.length - opener.length;
    if (before >= MIN_WORD_BEFORE_OPENER && letters.endsWith(opener) && !letters.slice(0, before).endsWith('ال')) {
      return offsets[before] as number;
    }
  }
  return -1;
}

/** Every offset of the text where a report's opening word glued to a hashtag starts (see `gluedOpenerStart`). */
export function gluedOpenerStarts(text: string): number[] {
  const starts: number[] = [];
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    const start = gluedOpenerStart(text, hash + 1);
    if (start >= 0) starts.push(start);
  }
  return starts;
}

const isArabicLetter = (code: number) => code >= 0x622 && code <= 0x64a;
const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const ALEF_MAQSURA = 0x649;
const TA_MARBUTA = 0x629;

/** Whether a word boundary was lost between the characters `prev` and `next` (char codes). */
export function isGluedBoundary(prev: number, next: number): boolean {
  if (isArabicLetter(next)) return prev === ALEF_MAQSURA || prev === TA_MARBUTA || isLatinLetter(prev);
  return isLatinLetter(next) && (isArabicLetter(prev) || prev === 0x621);
}
