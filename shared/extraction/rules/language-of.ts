// Which language a report is written in, from the language records: the script with the most letters, then, among
// that script's languages, the one whose common words the text uses most (the first registered on a tie).
import type { LanguageRecord, Script } from './lang/record.ts';
import { LANGUAGES } from './lang/registry.ts';

/** Enough text to tell languages of one script apart; a long report is not read whole. */
const SAMPLE_CHARS = 20_000;

/** The script most of the text's letters are in (Latin when it has none). */
function scriptOf(text: string): Script {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > latin ? 'arabic' : 'latin';
}

/** The ISO 639-1 code of the report's language. */
export function languageOf(text: string): string {
  const script = scriptOf(text);
  const candidates = LANGUAGES.filter((r) => r.script === script);
  const first = candidates[0] ?? (LANGUAGES[0] as LanguageRecord);
  if (candidates.length < 2) return first.code;
  const counts = new Map<string, number>();
  for (const word of text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  let best = first;
  let bestScore = -1;
  for (const record of candidates) {
    const score = record.commonWords.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = record;
      bestScore = score;
    }
  }
  return best.code;
}
