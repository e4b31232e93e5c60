// Match keys: a place name and a stretch of text compare equal when their keys are equal. A key is the
// tokens' folded text joined without spaces ("ديرالزور" = "دير الزور"), with the Arabic article of the first
// word and Latin article words (al-, el-, ez-, ar-…) left out, so "al-Bukamal", "Al Bukamal" and "Bukamal",
// or "Deir ez-Zor" and "Deir al-Zor", share a key.
import { type Token, tokenize } from './match-text.ts';

/** Latin article words that are never ordinary words in these texts. */
const ALWAYS_ARTICLE = new Set(['al', 'el', 'ul', 'ez', 'esh', 'ash', 'az', 'adh', 'ath']);
/** Assimilated article forms that are also English words ("as", "at", "an"): an article only before a hyphen. */
const HYPHEN_ARTICLE = new Set(['ad', 'ar', 'as', 'at', 'an', 'ed', 'er', 'es', 'et', 'en', 'ed', 'ud']);

export function isLatinArticle(token: Token, next: Token | undefined, loose = false): boolean {
  if (token.script !== 'lat' || next === undefined || !next.joinsPrev || next.script !== 'lat') return false;
  if (ALWAYS_ARTICLE.has(token.folded)) return true;
  return HYPHEN_ARTICLE.has(token.folded) && (token.hyphenAfter || loose);
}

/** The Arabic article at the start of a word, when what remains is still a name (2+ letters). */
export function stripArabicArticle(word: string): string {
  return word.startsWith('ال') && word.length >= 4 ? word.slice(2) : word;
}

/** Tokens of a span with article words removed (never the last token). */
export function contentTokens(tokens: readonly Token[], loose = false): Token[] {
  return tokens.filter((token, i) => !isLatinArticle(token, tokens[i + 1], loose));
}

/** Key of a run of content tokens, the first one given as a (possibly clitic-stripped) folded form. */
export function joinKey(first: Token, firstForm: string, rest: readonly Token[]): string {
  const head = first.script === 'lat' ? firstForm : stripArabicArticle(firstForm);
  return head + rest.map((t) => t.key).join('');
}

/** All keys a place name is indexed under (one, or two when a hyphen-less "An Nabk" may drop its article). */
export function nameMatchKeys(name: string): string[] {
  const tokens = tokenize(name);
  const keys = new Set<string>();
  for (const loose of [false, true]) {
    const content = contentTokens(tokens, loose);
    const first = content[0];
    if (!first) continue;
    keys.add(joinKey(first, first.key, content.slice(1)));
  }
  return [...keys].filter((k) => k.length >= 2);
}
