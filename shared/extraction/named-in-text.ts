// Whether a name (a claimant, a place) is written in a report. Both are reduced to words: Arabic-normalised,
// lower-cased, punctuation as space, and each Arabic word without its clitics and article (و ف + ب ك ل + ال,
// or لل), since "للمرصد السوري" names "المرصد السوري" and "وبدير الزور" names "دير الزور". A name is present
// when its words appear in a row in the report, or in a second reading with one clitic letter (و ف ب ك ل)
// taken off each longer word ("بسرمين" → "سرمين"): a second reading, because "بنش" is also a name itself. A name
// of two words or more may also carry one clitic letter on its first word whatever its length ("لسد تشرين").
import { joinBrokenWords } from '../text/broken-words.ts';
import { normalizeArabic } from '../text/normalize.ts';

/** Clitics and the article at the front of an Arabic word, kept when fewer than two letters would remain. */
const ARABIC_FRONT = /^[وف]?(?:[بكل]?ال|لل)(?=\p{L}{2})/u;
/** One clitic letter in front of an Arabic word of four letters or more. */
const ARABIC_CLITIC = /^[وفبكل](?=\p{L}{3})/u;

function nameWords(text: string): string[] {
  // A word broken to dodge moderation ("قـ*ـوات سوريا الديمقراطية") still names: its marks are no word break.
  return normalizeArabic(joinBrokenWords(text))
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(ARABIC_FRONT, ''));
}

export class NamedInText {
  /** The report's words, space-separated with a space at each end, so names match whole words only. */
  private readonly spaced: string;
  /** The same words, each without one clitic letter. */
  private readonly unclitic: string;

  constructor(text: string) {
    const words = nameWords(text);
    this.spaced = ` ${words.join(' ')} `;
    this.unclitic = ` ${words.map((w) => w.replace(ARABIC_CLITIC, '')).join(' ')} `;
  }

  /** True when any of the names is written in the report. */
  has(names: readonly string[]): boolean {
    return names.some((name) => {
      const words = nameWords(name);
      const phrase = ` ${words.join(' ')} `;
      if (words.length === 0) return false;
      if (this.spaced.includes(phrase) || this.unclitic.includes(phrase)) return true;
      // Two words in a row are specific enough to read a clitic on a short first word ("لسد تشرين").
      return words.length > 1 && [...'وفبكل'].some((c) => this.spaced.includes(` ${c}${phrase.slice(1)}`));
    });
  }
}
