// The gold file format of ../shared/gold/FORMAT.md, validated so a malformed gold file fails loudly.
import * as z from 'zod';
import { ALERT_TYPES, CLAIM_TYPES, Metric, Qualifier } from '../../shared/domain/schema.ts';

const OneOrMore = z.union([z.number(), z.array(z.number()).min(1)]);

export const GoldIncident = z.object({
  places: z.array(z.string()).min(1),
  dateFrom: z.string(),
  dateTo: z.string(),
  perpetrators: z.array(z.string()).default([]),
});

export const GoldClaim = z.object({
  type: z.enum(CLAIM_TYPES),
  required: z.boolean(),
  claimant: z.array(z.string()).default([]),
  incident: z.string().optional(),
  counts: z.partialRecord(Metric, z.object({ stated: OneOrMore, qualifier: Qualifier.default('exact') })).default({}),
});

export const GoldAlert = z.object({
  type: z.enum(ALERT_TYPES),
  required: z.boolean(),
  incident: z.string(),
  counts: z.partialRecord(Metric, OneOrMore).default({}),
  claimant: z.array(z.string()).default([]),
});

export const GoldFile = z.object({
  corpus: z.string(),
  incidents: z.record(z.string(), GoldIncident),
  reports: z.array(
    z.object({ file: z.string(), claims: z.array(GoldClaim).default([]), alerts: z.array(GoldAlert).default([]) }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;
export type GoldClaim = z.infer<typeof GoldClaim>;
export type GoldAlert = z.infer<typeof GoldAlert>;
