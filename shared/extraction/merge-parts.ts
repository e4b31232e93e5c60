// Claims extracted from overlapping parts of one report (see text/split-text.ts), merged so a claim stated in
// an overlap is kept once.
import type { ExtractedClaim } from '../domain/schema.ts';
import { nameKey, normalizeArabic } from '../text/normalize.ts';

/**
 * Claims from all parts, without duplicates: two claims are the same when type, claimant and figures are
 * equal and one quote contains the other (the overlap repeats a passage). The longer quote is kept.
 */
export function mergeClaims(parts: ReadonlyArray<readonly ExtractedClaim[]>): ExtractedClaim[] {
  const kept: Array<{ claim: ExtractedClaim; quote: string }> = [];
  // Only claims of the same identity can be twins: looking among those keeps a report of thousands of claims
  // from comparing every pair.
  const byIdentity = new Map<string, Array<{ claim: ExtractedClaim; quote: string }>>();
  for (const claim of parts.flat()) {
    const key = identity(claim);
    const quote = looseQuote(claim.evidence);
    const same = byIdentity.get(key) ?? [];
    const twin = same.find((k) => k.quote.includes(quote) || quote.includes(k.quote));
    if (!twin) {
      const entry = { claim, quote };
      kept.push(entry);
      byIdentity.set(key, [...same, entry]);
    } else if (quote.length > twin.quote.length) Object.assign(twin, { claim, quote });
  }
  return kept.map((k) => k.claim);
}

function identity(claim: ExtractedClaim): string {
  const counts = Object.entries(claim.counts)
    .filter(([, c]) => c)
    .map(([metric, c]) => `${metric}:${c?.stated ?? 'null'}:${c?.qualifier}`)
    .sort()
    .join(',');
  return `${claim.type}|${nameKey(claim.claimant.name)}|${counts}`;
}

function looseQuote(text: string): string {
  return normalizeArabic(text)
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}
