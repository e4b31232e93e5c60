// Very long reports for extractors whose cost grows faster than the text (the rules extractor compares
// mentions, sentences and figures across the report): the text is read in windows of a fixed size that overlap
// by a few sentences, so a claim cut by a boundary is whole in the next window, and the windows' claims are
// merged so one stated in an overlap is kept once. Fixed-size windows make the total time linear in the text.
import type { ExtractionInput, ExtractionResult } from '../ports/extractor.ts';
import { splitReport } from '../text/split-text.ts';
import { mergeClaims } from './merge-parts.ts';

/**
 * Windows of this many (estimated) tokens: ~16 KB of Arabic, ~32 KB of English, longer than almost every real
 * report (measured on claim-dense Arabic: 4,000 to 16,000 cost about the same per MB; 2,000 a third more).
 */
export const WINDOW_TOKENS = 8_000;
/** Each window repeats this much of the end of the previous one: several sentences. */
export const WINDOW_OVERLAP_TOKENS = 500;

/**
 * Extracts a report window by window when it is longer than one window; else in one call. The first window's
 * title, summary and language stand for the report (the headline and lead are at its start).
 */
export async function extractInWindows(
  input: ExtractionInput,
  extract: (input: ExtractionInput) => Promise<ExtractionResult>,
  windowTokens = WINDOW_TOKENS,
  overlapTokens = WINDOW_OVERLAP_TOKENS,
): Promise<ExtractionResult> {
  const windows = splitReport(input.text, windowTokens, overlapTokens);
  if (windows.length === 1) return extract(input);
  const results: ExtractionResult[] = [];
  for (const text of windows) results.push(await extract({ ...input, text }));
  const first = results[0] as ExtractionResult;
  return { ...first, claims: mergeClaims(results.map((r) => r.claims)) };
}
