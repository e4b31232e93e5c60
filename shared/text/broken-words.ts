// Social-media Arabic breaks sensitive words to dodge moderation filters, with marks no Arabic word contains:
// tatweel, one or two marks, tatweel ("استـ*ـشهاد", "فقـ ـد", "تقـ.ـتل"); a dot or an asterisk glued between a
// tatweel and a letter ("وفـ.اة", "إصـ.ابة"); an asterisk between two letters ("أد*انت"). Arabic punctuation never
// sits there: a full stop ends a word, it does not follow a tatweel into the next letter. The folded text and the
// number reader both read such a word whole.

const TATWEEL = '\u0640';
const ARABIC_LETTER = /^[\u0621-\u064A]$/u;
/** A mark that breaks a word: a space, an asterisk, a dot, a dash or an underscore. */
const MARK = String.raw`[ *.\-_]`;
/** Marks between two tatweels: one or two of them. */
const MARKS_BETWEEN_TATWEELS = new RegExp(`^${MARK}{1,2}$`);
/** A candidate gap inside a word: one or two marks between letters or tatweels (isBrokenWordGap decides). */
const GAP_IN_WORD = new RegExp(String.raw`(?<=[\u0621-\u064A\u0640])${MARK}{1,2}(?=[\u0621-\u064A\u0640])`, 'gu');

const isLetterOrTatweel = (ch: string) => ch === TATWEEL || ARABIC_LETTER.test(ch);

/** Whether `gap`, between a piece of text ending in `last` and one starting with `next`, breaks one word. */
export function isBrokenWordGap(last: string, gap: string, next: string): boolean {
  if (last === TATWEEL && next === TATWEEL) return MARKS_BETWEEN_TATWEELS.test(gap);
  // A glued mark without a tatweel on both sides: an asterisk inside a word, or a dot beside a tatweel.
  if (gap === '*') return isLetterOrTatweel(last) && isLetterOrTatweel(next);
  if (gap === '.')
    return (last === TATWEEL && ARABIC_LETTER.test(next)) || (ARABIC_LETTER.test(last) && next === TATWEEL);
  return false;
}

/** Characters a word-breaking gap is made of. */
export const BROKEN_WORD_MARK_CHARS = new RegExp(MARK);

/** The length of the marks at `i` that break one word ("فقـ ـد", "وفـ.اة"), or 0. */
export function brokenWordGapAt(text: string, i: number): number {
  let end = i;
  while (end < text.length && end - i < 3 && BROKEN_WORD_MARK_CHARS.test(text[end] as string)) end++;
  return isBrokenWordGap(text[i - 1] ?? '', text.slice(i, end), text[end] ?? '') ? end - i : 0;
}

/** The text with every word broken so rejoined ("جـ*ـيش" → "جـيش"; the tatweels are left for the caller). */
export function joinBrokenWords(text: string): string {
  return text.replace(GAP_IN_WORD, (gap, at: number) =>
    isBrokenWordGap(text[at - 1] as string, gap, text[at + gap.length] as string) ? '' : gap,
  );
}
