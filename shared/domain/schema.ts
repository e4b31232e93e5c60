// The one source of truth for claimwatch's data: types, runtime validation and the JSON schema the LLM is
// given are all derived from these zod schemas. Nothing here may import AWS code.

import { PERPETRATOR_IDS } from './perpetrators.ts';
import * as z from './zod.ts';

/** A whole number, never negative: a count of people or tokens, a version, a size. */
export const wholeNumber = () => z.int().check(z.nonnegative());

/**
 * What a figure counts: a victim category and an outcome. A figure is recorded under the metric its text gives
 * it, never under one it could be added up or inferred to. Civilians never include combatants: fighters,
 * soldiers and members of an armed group of any side are `combatants_killed`. `killed` is all the dead the text
 * counts, fighters included (as ../shared/gold/FORMAT.md defines it): "22 fighters were killed" is killed 22 and
 * combatants_killed 22. A lump of killed and wounded together ("12 killed and wounded") is neither
 * a death toll nor a count of injured: it is dropped rather than given a metric of its own, because no alert,
 * incident range or score could compare it with either.
 */
export const METRICS = [
  'killed',
  'civilians_killed',
  'children_killed',
  'women_killed',
  'combatants_killed',
  'injured',
] as const;
export type Metric = (typeof METRICS)[number];

/** What each metric counts, in words: the one text the schema, the LLM's tool schema and its prompt all show. */
export const METRIC_MEANINGS: Readonly<Record<Metric, string>> = {
  killed: 'all people killed that the figure counts, combatants included',
  civilians_killed: 'dead said to be civilians (never fighters or soldiers)',
  children_killed: 'dead children',
  women_killed: 'dead women',
  combatants_killed: 'dead fighters, soldiers or members of an armed group, of any side',
  injured: 'wounded (a lump of "killed and wounded" together is neither killed nor injured: leave it out)',
};

export const Metric = z
  .enum(METRICS)
  .check(z.describe(`What is counted. ${METRICS.map((m) => `${m}: ${METRIC_MEANINGS[m]}`).join('; ')}.`));

export const QUALIFIERS = ['exact', 'about', 'at_least', 'more_than', 'up_to'] as const;
export const Qualifier = z
  .enum(QUALIFIERS)
  .check(
    z.describe(
      'How the figure is hedged: "about 30" → about, "at least 54" → at_least, "more than" → more_than, ' +
        '"up to" → up_to.',
    ),
  );
export type Qualifier = z.infer<typeof Qualifier>;

export const CLAIM_TYPES = ['casualty', 'denial', 'acknowledgment', 'aggregate'] as const;
export const ClaimType = z
  .enum(CLAIM_TYPES)
  .check(
    z.describe(
      'casualty: people killed/injured in one event; denial: a party denies causing harm; ' +
        'acknowledgment: a party admits it may have struck; ' +
        'aggregate: a campaign- or war-wide total (never one incident).',
    ),
  );
export type ClaimType = z.infer<typeof ClaimType>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD'));

export const Count = z.object({
  stated: z
    .nullable(wholeNumber())
    .check(
      z.describe('The number as the text gives it ("about thirty" → 30); null for a vague amount such as "dozens".'),
    ),
  qualifier: Qualifier,
  min: z.optional(wholeNumber()).check(z.describe('Lowest value the wording allows, when known.')),
  max: z.optional(wholeNumber()).check(z.describe('Highest value the wording allows, when known.')),
});
export type Count = z.infer<typeof Count>;

export const Counts = z.partialRecord(Metric, Count);
export type Counts = z.infer<typeof Counts>;

export const Claimant = z.object({
  name: z
    .string()
    .check(
      z.minLength(1),
      z.describe('Who makes the claim, as named in the text (e.g. "المرصد السوري لحقوق الإنسان").'),
    ),
  aliases: z
    .optional(z.array(z.string()))
    .check(z.describe('Other names of the same claimant, e.g. an English name or acronym.')),
});
export type Claimant = z.infer<typeof Claimant>;

export const Place = z.object({
  names: z
    .array(z.string().check(z.minLength(1)))
    .check(
      z.minLength(1),
      z.describe('The place as written in the text first, then transliterations / other-script names.'),
    ),
  placeId: z.optional(z.string()).check(z.describe('Gazetteer id, when the place is known to the gazetteer.')),
  governorate: z.optional(z.string()).check(z.describe('First-level admin area (English), when known.')),
});
export type Place = z.infer<typeof Place>;

export const Perpetrator = z
  .enum(PERPETRATOR_IDS)
  .check(z.describe('Alleged perpetrator: who the report says caused the harm.'));

export const DateRange = z.object({ from: isoDate, to: isoDate });
export type DateRange = z.infer<typeof DateRange>;

export const Verification = z.object({
  status: z.enum(['grounded', 'unverified']),
  reason: z.optional(z.string()),
  /** Set when another extractor reads the same evidence differently. */
  disagreement: z.optional(z.string()),
});
export type Verification = z.infer<typeof Verification>;

/** What an extractor (rules or LLM) produces for one claim. */
export const ExtractedClaim = z.object({
  type: ClaimType,
  claimant: Claimant,
  place: z.optional(Place),
  date: z.optional(DateRange).check(z.describe('When the event happened, resolved against the publication date.')),
  perpetrator: z.optional(Perpetrator),
  counts: Counts.check(z.describe('Figures per metric. Empty for denials and acknowledgments without numbers.')),
  evidence: z.string().check(z.minLength(1), z.describe('A verbatim quote from the report that supports this claim.')),
});
export type ExtractedClaim = z.infer<typeof ExtractedClaim>;

/** A claim as stored: extracted, checked against the text, and attached to an incident. */
export const Claim = z.extend(ExtractedClaim, {
  id: z.string(),
  reportKey: z.string(),
  verification: z.optional(Verification),
  incidentId: z.optional(z.string()),
});
export type Claim = z.infer<typeof Claim>;

/**
 * processed; duplicate (same content as another report); rejected (not a readable report); failed (the model
 * failed, or commits kept conflicting); source_missing (the object was gone when processed); over_budget
 * (processing took longer than the per-report budget).
 */
export const REPORT_STATUSES = [
  'processed',
  'duplicate',
  'rejected',
  'failed',
  'source_missing',
  'over_budget',
] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const TokenUsage = z.object({
  inputTokens: wholeNumber(),
  outputTokens: wholeNumber(),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

/**
 * Where a report's publication date came from: the uploader's metadata (a date, or the day its link holds), the
 * report's text, or the upload time.
 */
export const PUBLISHED_AT_SOURCES = ['metadata', 'text', 'upload'] as const;
export const PublishedAtSource = z.enum(PUBLISHED_AT_SOURCES);
export type PublishedAtSource = z.infer<typeof PublishedAtSource>;

export const Report = z.object({
  key: z.string(),
  bucket: z.optional(z.string()),
  etag: z.optional(z.string()),
  versionId: z.optional(z.string()),
  contentHash: z.optional(z.string()),
  source: z.optional(z.string()),
  url: z.optional(z.string()),
  publishedAt: z.optional(isoDate),
  publishedAtSource: z.optional(PublishedAtSource),
  language: z.optional(z.string()),
  title: z.optional(z.string()),
  summary: z.optional(z.string()),
  status: ReportStatus,
  reason: z.optional(z.string()),
  /** For duplicates: the report whose content this one repeats. */
  duplicateOf: z.optional(z.string()),
  extractor: z.optional(z.string()),
  promptVersion: z.optional(z.string()),
  usage: z.optional(TokenUsage),
  claimCount: z._default(wholeNumber(), 0),
  processedAt: z.string(),
});
export type Report = z.infer<typeof Report>;

export const Figure = z.object({
  claimant: Claimant,
  metric: Metric,
  stated: z.nullable(wholeNumber()),
  qualifier: Qualifier,
  reportKey: z.string(),
  evidence: z.string(),
});
export type Figure = z.infer<typeof Figure>;

export const Statement = z.object({ claimant: Claimant, reportKey: z.string(), evidence: z.string() });
export type Statement = z.infer<typeof Statement>;

export const Range = z.object({ low: wholeNumber(), high: wholeNumber() });

export const Incident = z.object({
  id: z.string(),
  place: Place,
  /** Every gazetteer id the incident's claims named: the keys it is indexed under. */
  placeIds: z.array(z.string()),
  date: DateRange,
  /** True while no claim gave a date and the range is the days before publication. */
  dateEstimated: z._default(z.boolean(), false),
  perpetrators: z.array(z.string()),
  /** Per metric, the lowest and highest figure any claimant stated, over every report. */
  counts: z.partialRecord(Metric, Range),
  /**
   * The incident item is a bounded summary (an incident may take thousands of reports): per metric the highest
   * figures, one per claimant; the first denials, acknowledgments and report keys. Every report's full
   * contribution is an IncidentReport of its own (the store's getIncidentDetail assembles them).
   */
  figures: z.array(Figure),
  denials: z.array(Statement),
  acknowledgments: z.array(Statement),
  reportKeys: z.array(z.string()),
  /** How many reports joined the incident (reportKeys holds only the first ones); absent on older items. */
  reportCount: z.optional(wholeNumber()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Optimistic-locking version: a write that read version n must find n still there. */
  version: wholeNumber(),
});
export type Incident = z.infer<typeof Incident>;

/** One report's contribution to one incident: its figures and statements about it, in full. */
export const IncidentReport = z.object({
  incidentId: z.string(),
  reportKey: z.string(),
  figures: z.array(Figure),
  denials: z.array(Statement),
  acknowledgments: z.array(Statement),
});
export type IncidentReport = z.infer<typeof IncidentReport>;

export const ALERT_TYPES = ['NEW_INCIDENT', 'COUNT_RAISED', 'DENIAL'] as const;
export const AlertType = z.enum(ALERT_TYPES);
export type AlertType = z.infer<typeof AlertType>;

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

export const Change = z.object({
  metric: Metric,
  previous: z.nullable(wholeNumber()),
  current: wholeNumber(),
  claimant: z.string(),
});
export type Change = z.infer<typeof Change>;

export const Alert = z.object({
  id: z.string(),
  type: AlertType,
  reportKey: z.string(),
  incidentId: z.string(),
  place: z.object({ names: z.array(z.string()) }),
  date: DateRange,
  /** The incident's highest figure per metric after this report. */
  counts: z.partialRecord(Metric, wholeNumber()),
  changes: z.optional(z.array(Change)),
  claimant: z.optional(z.object({ name: z.string() })),
  severity: Severity,
  /**
   * True when the alert is about combatants' deaths alone (an incident whose only deaths are fighters, or a raise
   * of their count only): low severity, and sent only to subscribers who opt in.
   */
  combatantsOnly: z.optional(z.boolean()),
  governorate: z.optional(z.string()),
  subject: z.string(),
  sms: z.string(),
  email: z.string(),
  createdAt: z.string(),
});
export type Alert = z.infer<typeof Alert>;
