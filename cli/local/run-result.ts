// The JSON a local run writes (`claimwatch run --out`). Outside tools read it: fields may be added, never removed.

import {
  Alert,
  Claim,
  ExtractedClaim,
  Incident,
  PublishedAtSource,
  type Report,
  ReportStatus,
  TokenUsage,
} from '../../shared/domain/schema.ts';
import * as z from '../../shared/domain/zod.ts';

export const RunResultClaim = z.extend(ExtractedClaim, {
  incidentId: z.optional(z.string()),
  verification: Claim.shape.verification,
});
export type RunResultClaim = z.infer<typeof RunResultClaim>;

export const RunResultReport = z.object({
  key: z.string(),
  status: ReportStatus,
  reason: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  /** Where publishedAt came from: the uploader's metadata (its date or its link's), the text, or the upload time. */
  publishedAtSource: z.optional(PublishedAtSource),
  /** Publisher and link from the report's metadata, as given (untrusted text). */
  source: z.optional(z.string()),
  url: z.optional(z.string()),
  language: z.optional(z.string()),
  title: z.optional(z.string()),
  summary: z.optional(z.string()),
  duplicateOf: z.optional(z.string()),
  extractor: z.optional(z.string()),
  usage: z.optional(TokenUsage),
  /** True when this exact object had been processed before (a re-run into the same --data): nothing was redone. */
  replay: z.optional(z.boolean()),
  claims: z.array(RunResultClaim),
});
export type RunResultReport = z.infer<typeof RunResultReport>;

export const RunResultIncident = z.pick(Incident, {
  id: true,
  place: true,
  date: true,
  counts: true,
  denials: true,
  acknowledgments: true,
  figures: true,
  perpetrators: true,
  reportKeys: true,
});
export type RunResultIncident = z.infer<typeof RunResultIncident>;

export const RunResultAlert = z.pick(Alert, {
  id: true,
  type: true,
  reportKey: true,
  incidentId: true,
  place: true,
  date: true,
  counts: true,
  changes: true,
  claimant: true,
  severity: true,
  combatantsOnly: true,
  governorate: true,
  subject: true,
  sms: true,
  email: true,
});
export type RunResultAlert = z.infer<typeof RunResultAlert>;

export const RunResult = z.object({
  extractor: z.string(),
  reports: z.array(RunResultReport),
  incidents: z.array(RunResultIncident),
  alerts: z.array(RunResultAlert),
  totals: TokenUsage,
});
export type RunResult = z.infer<typeof RunResult>;

export interface RunResultInput {
  extractor: string;
  /** This run's reports, in upload order (replay: already processed by an earlier run). */
  reports: Array<Report & { replay?: boolean }>;
  /** Stored claims; each processed report gets those stored for it. */
  claims: Claim[];
  incidents: Incident[];
  /** The alerts this run published, in publishing order. */
  alerts: Alert[];
}

export function buildRunResult(input: RunResultInput): RunResult {
  const claimsByReport = new Map<string, Claim[]>();
  for (const claim of input.claims) {
    const list = claimsByReport.get(claim.reportKey) ?? [];
    list.push(claim);
    claimsByReport.set(claim.reportKey, list);
  }
  const reports = input.reports.map((report) => {
    const claims = report.status === 'processed' ? (claimsByReport.get(report.key) ?? []) : [];
    return RunResultReport.parse({
      key: report.key,
      status: report.status,
      reason: report.reason,
      publishedAt: report.publishedAt,
      publishedAtSource: report.publishedAtSource,
      source: report.source,
      url: report.url,
      language: report.language,
      title: report.title,
      summary: report.summary,
      duplicateOf: report.duplicateOf,
      extractor: report.extractor,
      usage: report.usage,
      replay: report.replay || undefined,
      claims: claims.map(({ id: _id, reportKey: _key, ...claim }) => claim),
    });
  });
  const totals = input.reports.reduce(
    (sum, r) => ({
      inputTokens: sum.inputTokens + (r.usage?.inputTokens ?? 0),
      outputTokens: sum.outputTokens + (r.usage?.outputTokens ?? 0),
    }),
    { inputTokens: 0, outputTokens: 0 },
  );
  return RunResult.parse({
    extractor: input.extractor,
    reports,
    incidents: input.incidents.map((incident) => RunResultIncident.parse(incident)),
    alerts: input.alerts.map((alert) => RunResultAlert.parse(alert)),
    totals,
  });
}
