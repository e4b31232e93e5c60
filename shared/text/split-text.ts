// Long texts: a cheap token estimate, and splitting into overlapping parts that each fit a budget. Both
// extractors use it: Bedrock to fit a model's context, the rules extractor to stay linear in the text.

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/**
 * Tokens a model will count for this text, erring high: Arabic script costs about one token per two
 * characters in current tokenizers, other text about one per four (measured tokenizers vary by ±30%).
 */
export function estimateTokens(text: string): number {
  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  return Math.ceil(arabic / 2 + (text.length - arabic) / 4);
}

export const MIN_PART_TOKENS = 64;

/**
 * Splits text into parts of at most `maxTokens` (estimated), cutting between paragraphs, else between
 * sentences, else inside a sentence; each part after the first starts with the end of the previous one
 * (up to `overlapTokens`), so a claim cut by a boundary is whole in at least one part.
 */
export function splitReport(text: string, maxTokens: number, overlapTokens = Math.floor(maxTokens / 10)): string[] {
  if (!(maxTokens >= MIN_PART_TOKENS)) throw new RangeError(`a part budget must be at least ${MIN_PART_TOKENS} tokens`);
  if (estimateTokens(text) <= maxTokens) return [text];
  const units = sentences(text).flatMap((s) =>
    estimateTokens(s) > maxTokens / 2 ? hardCut(s, Math.floor(maxTokens / 2)) : [s],
  );
  const parts: string[] = [];
  let current: string[] = [];
  let tokens = 0;
  for (const unit of units) {
    const size = estimateTokens(unit);
    if (current.length > 0 && tokens + size > maxTokens) {
      parts.push(current.join(''));
      current = tail(current, overlapTokens);
      tokens = current.reduce((sum, u) => sum + estimateTokens(u), 0);
    }
    current.push(unit);
    tokens += size;
  }
  if (current.length > 0) parts.push(current.join(''));
  return parts;
}

/** Sentences with their trailing punctuation and white space, so joining them gives the text back. */
function sentences(text: string): string[] {
  return text.match(/[^.!?؟।\n]*(?:[.!?؟।]+|\n+|$)\s*/gu)?.filter((s) => s.length > 0) ?? [text];
}

function hardCut(sentence: string, maxTokens: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  // The estimate is at least one token per four characters, so a longer rest is over budget without
  // counting it: counting only short rests keeps a megabyte-long "sentence" linear.
  while (rest.length > maxTokens * 4 || estimateTokens(rest) > maxTokens) {
    // Characters per token is at least 2, so maxTokens * 2 characters never exceeds the budget.
    let cut = maxTokens * 2;
    const space = rest.lastIndexOf(' ', cut);
    if (space > cut / 2) cut = space + 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) out.push(rest);
  return out;
}

/** The last units of a part, up to the overlap budget (at least one unit when the budget allows any). */
function tail(units: string[], overlapTokens: number): string[] {
  const out: string[] = [];
  let tokens = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i] as string;
    const size = estimateTokens(unit);
    if (tokens + size > overlapTokens) break;
    out.unshift(unit);
    tokens += size;
  }
  return out;
}
