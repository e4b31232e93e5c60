// Builders for domain fixtures: a claim or report with only the fields a test cares about.
import type { Claim, Count, Metric, Report } from '../../shared/domain/schema.ts';
import { testGazetteer } from './test-gazetteer.ts';

const gazetteer = testGazetteer();

export function placeOf(id: string) {
  return gazetteer.toPlace(gazetteer.get(id)!);
}

export function counts(values: Partial<Record<Metric, number | [number, Count['qualifier']]>>): Claim['counts'] {
  const out: Claim['counts'] = {};
  for (const [metric, value] of Object.entries(values) as [Metric, number | [number, Count['qualifier']]][]) {
    const [stated, qualifier] = Array.isArray(value) ? value : [value, 'exact' as const];
    out[metric] = { stated, qualifier };
  }
  return out;
}

let n = 0;
export function claim(fields: Partial<Claim> & { placeId?: string }): Claim {
  const { placeId, ...rest } = fields;
  n += 1;
  return {
    id: `c${n}`,
    reportKey: 'r1',
    type: 'casualty',
    claimant: { name: 'SOHR' },
    counts: {},
    evidence: 'quote',
    ...(placeId ? { place: placeOf(placeId) } : {}),
    ...rest,
  };
}

export function report(key: string, publishedAt: string): Report {
  return {
    key,
    contentHash: `hash-${key}`,
    publishedAt,
    status: 'processed',
    claimCount: 0,
    processedAt: `${publishedAt}T12:00:00Z`,
  };
}
