// The gold file format of ../shared/gold/FORMAT.md, validated so a malformed gold file fails loudly.

import { ALERT_TYPES, CLAIM_TYPES, Metric, Qualifier } from '../../shared/domain/schema.ts';
import * as z from '../../shared/domain/zod.ts';

const OneOrMore = z.union([z.number(), z.array(z.number()).check(z.minLength(1))]);
const names = () => z._default(z.array(z.string()), []);

export const GoldIncident = z.object({
  places: z.array(z.string()).check(z.minLength(1)),
  dateFrom: z.string(),
  dateTo: z.string(),
  perpetrators: names(),
});

export const GoldClaim = z.object({
  type: z.enum(CLAIM_TYPES),
  required: z.boolean(),
  claimant: names(),
  incident: z.optional(z.string()),
  counts: z._default(
    z.partialRecord(Metric, z.object({ stated: OneOrMore, qualifier: z._default(Qualifier, 'exact') })),
    {},
  ),
});

export const GoldAlert = z.object({
  type: z.enum(ALERT_TYPES),
  required: z.boolean(),
  incident: z.string(),
  counts: z._default(z.partialRecord(Metric, OneOrMore), {}),
  claimant: names(),
});

export const GoldFile = z.object({
  corpus: z.string(),
  incidents: z.record(z.string(), GoldIncident),
  reports: z.array(
    z.object({
      file: z.string(),
      claims: z._default(z.array(GoldClaim), []),
      alerts: z._default(z.array(GoldAlert), []),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;
export type GoldClaim = z.infer<typeof GoldClaim>;
export type GoldAlert = z.infer<typeof GoldAlert>;
