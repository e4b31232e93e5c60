// Captured pages lose the space or line break between two pieces of text ("Shared with Publicاستشهد",
// "ريف عين عيسىفقدت طفلة", "#عاجلفقد مدني حياته"). Where the join is certain, a word boundary is put back: where
// Arabic script meets Latin (no word mixes them), after ى or ة before another letter (Arabic writes both only at a
// word's end; hamza on the line after ى, "لاجىء", is an older spelling), and after the hashtag that heads a post.

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

const isArabicLetter = (code: number) => code >= 0x622 && code <= 0x64a;
const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const ALEF_MAQSURA = 0x649;
const TA_MARBUTA = 0x629;

/** Whether a word boundary was lost between the characters `prev` and `next` (char codes). */
export function isGluedBoundary(prev: number, next: number): boolean {
  if (isArabicLetter(next)) return prev === ALEF_MAQSURA || prev === TA_MARBUTA || isLatinLetter(prev);
  return isLatinLetter(next) && (isArabicLetter(prev) || prev === 0x621);
}
