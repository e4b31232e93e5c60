// Small readers of extracted claims shared by the extractor's unit tests.
import type { ExtractedClaim } from '../../../shared/domain/schema.ts';
import { nameKey } from '../../../shared/text/normalize.ts';

export const ofType = (claims: ExtractedClaim[], type: ExtractedClaim['type']) => claims.filter((c) => c.type === type);
export const casualties = (claims: ExtractedClaim[]) => ofType(claims, 'casualty');

/** The stated number per metric, e.g. { killed: 54, civilians_killed: 28 }. */
export const stated = (c: ExtractedClaim | undefined) => Object.fromEntries(Object.entries(c?.counts ?? {}).map(([k, v]) => [k, v?.stated]));

/** The claimant's name and aliases as name keys. */
export const names = (c: ExtractedClaim | undefined) => [c?.claimant.name ?? '', ...(c?.claimant.aliases ?? [])].map(nameKey);

/** True when the claimant's name or an alias is this name (after normalisation). */
export const namedAs = (c: ExtractedClaim | undefined, name: string) => names(c).includes(nameKey(name));
