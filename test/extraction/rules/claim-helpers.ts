// What the extractor's unit tests share: a checked extraction and small readers of its claims.
// Every sentence in the unit tests of this folder was written for its test, not taken from a corpus or news page.
import { expect } from 'vitest';
import { type ExtractedClaim, ExtractedClaim as ExtractedClaimSchema } from '../../../shared/domain/schema.ts';
import { RulesExtractor } from '../../../shared/extraction/rules/rules-extractor.ts';
import type { ExtractionInput, ExtractionResult } from '../../../shared/ports/extractor.ts';
import { nameKey } from '../../../shared/text/normalize.ts';
import { testGazetteer } from '../../support/test-gazetteer.ts';

export const ofType = (claims: ExtractedClaim[], type: ExtractedClaim['type']) => claims.filter((c) => c.type === type);
export const casualties = (claims: ExtractedClaim[]) => ofType(claims, 'casualty');

/** The stated number per metric, e.g. { killed: 54, civilians_killed: 28 }. */
export const stated = (c: ExtractedClaim | undefined) =>
  Object.fromEntries(Object.entries(c?.counts ?? {}).map(([k, v]) => [k, v?.stated]));

/** The claimant's name and aliases as name keys. */
export const names = (c: ExtractedClaim | undefined) =>
  [c?.claimant.name ?? '', ...(c?.claimant.aliases ?? [])].map(nameKey);

/** True when the claimant's name or an alias is this name (after normalisation). */
export const namedAs = (c: ExtractedClaim | undefined, name: string) => names(c).includes(nameKey(name));

const extractor = new RulesExtractor(testGazetteer());

/** The rules extractor over the test gazetteer; every claim must fit the schema and quote the text verbatim. */
export async function extractChecked(input: Omit<ExtractionInput, 'reportKey'>): Promise<ExtractionResult> {
  const result = await extractor.extract({ reportKey: 'k', ...input });
  for (const claim of result.claims) {
    expect(() => ExtractedClaimSchema.parse(claim)).not.toThrow();
    expect(input.text).toContain(claim.evidence);
  }
  return result;
}

/** What a group of tests gives the extractor besides the text: the publication date, which anchors "yesterday" and
 * weekdays, and optionally the language and the outlet. */
export type ReadingDefaults = Omit<ExtractionInput, 'reportKey' | 'text'>;

/** Extracts a sentence written for a test, checked; a call may give its own publication date or outlet. */
export const resultReader =
  ({ publishedAt: defaultPublishedAt, source: defaultSource, ...defaults }: ReadingDefaults) =>
  (text: string, publishedAt = defaultPublishedAt, source = defaultSource) =>
    extractChecked({ ...defaults, text, publishedAt, ...(source ? { source } : {}) });

/** Reads the claims of a sentence written for a test; a call may give its own publication date or outlet. */
export const claimsReader = (defaults: ReadingDefaults) => {
  const extract = resultReader(defaults);
  return async (text: string, publishedAt?: string, source?: string) =>
    (await extract(text, publishedAt, source)).claims;
};

/** Reads only the casualty claims of a sentence written for a test. */
export const casualtiesReader = (defaults: ReadingDefaults) => {
  const claimsOf = claimsReader(defaults);
  return async (text: string) => casualties(await claimsOf(text));
};

/** Reads the stated figures of each casualty claim of a sentence written for a test. */
export const statedReader = (defaults: ReadingDefaults) => {
  const casualtiesOf = casualtiesReader(defaults);
  return async (text: string) => (await casualtiesOf(text)).map(stated);
};

/** A date range of one day. */
export const day = (d: string) => ({ from: d, to: d });
