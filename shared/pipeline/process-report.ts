// The processing of one report, the same in Lambda and in `claimwatch run`: fetch, decode, extract, ground,
// group into incidents, decide alerts, and commit it all at once. Every ending is recorded as a report status;
// only retryable failures (a throttled model) are thrown, so the queue delivers the report again.
import { setTimeout as sleep } from 'node:timers/promises';
import { alertsForReport } from '../domain/alert-rules.ts';
import { addDays, dateRangeProblem, spanDays } from '../domain/dates.ts';
import { contentHash } from '../domain/ids.ts';
import {
  type IncidentPlan,
  incidentLockKeys,
  incidentLookupFor,
  MAX_EVENT_SPAN_DAYS,
  planIncidents,
} from '../domain/incidents.ts';
import type { Alert, Claim, Incident, Report } from '../domain/schema.ts';
import { groundClaims } from '../extraction/grounding.ts';
import { publicationDate } from '../extraction/published-date.ts';
import { reportBody } from '../extraction/report-body.ts';
import { resolvePlace } from '../places/resolve-place.ts';
import { type ExtractionResult, RetryableExtractionError } from '../ports/extractor.ts';
import { type ObjectRef, type ReportSource, SourceMissingError } from '../ports/report-source.ts';
import { AlreadyCommittedError, CommitTooLargeError, ConcurrentUpdateError, type LockVersion } from '../ports/store.ts';
import { decodeReport, RejectedReportError } from '../text/decode.ts';
import { normalizeArabic } from '../text/normalize.ts';
import type { PipelineDeps } from './deps.ts';
import { isoDateOrUndefined, type ReportMetadata, readReportMetadata } from './report-metadata.ts';

export interface ProcessOutcome {
  report: Report;
  claims: Claim[];
  incidents: Incident[];
  alerts: Alert[];
  /** True when this exact S3 object had already been handled: nothing was written again. */
  replay: boolean;
  /** Commits cancelled because another writer changed an incident or place lock first (then planned again). */
  commitConflicts?: number;
}

/** A transaction holds at most 100 items; claims beyond this many in one report are dropped (and said so). */
export const MAX_CLAIMS_PER_REPORT = 40;
/**
 * Commit attempts before the report is recorded `failed`. Each conflict means another report committed, so
 * with n reports on one place the last one needs at most n attempts; 30 covers a burst of outlets on one event.
 */
export const COMMIT_ATTEMPTS = 30;
/** Full-jitter exponential backoff between attempts: a random wait up to min(cap, base × 2^attempt). */
const BACKOFF_BASE_MS = 20;
const BACKOFF_CAP_MS = 1_000;
/** A report that takes longer than this (a slow model, a pathological text) ends `over_budget`. */
export const DEFAULT_BUDGET_MS = 120_000;

export async function processReport(deps: PipelineDeps, ref: ObjectRef): Promise<ProcessOutcome> {
  const now = (deps.now?.() ?? new Date()).toISOString();
  const budgetMs = deps.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = Date.now() + budgetMs;
  const refVersion = ref.versionId ?? ref.etag ?? 'unversioned';
  let head: Awaited<ReturnType<ReportSource['head']>>;
  try {
    head = await deps.source.head(ref);
  } catch (error) {
    if (!(error instanceof SourceMissingError)) throw error;
    return sourceMissing(deps, ref, refVersion, now, error);
  }
  const objectVersion = ref.versionId ?? head.versionId ?? ref.etag ?? head.etag ?? 'unversioned';

  const seen = await deps.store.getReportByObject(ref.key, objectVersion);
  if (seen && seen.status !== 'failed') return outcome(seen, { replay: true });

  // Notes on what was ignored or cut, so that the report's reason says so.
  const notes: string[] = [];
  const meta = readReportMetadata(head.metadata);
  const today = now.slice(0, 10);
  const sane = saneDates(meta, ref.eventTime, today, notes);
  // Until the text is read: the uploader's date, else the upload's.
  const publishedAt = sane.metadata ?? sane.uploaded;
  const base: Report = {
    key: ref.key,
    bucket: ref.bucket,
    etag: head.etag ?? ref.etag,
    versionId: head.versionId ?? ref.versionId,
    source: meta.source,
    url: meta.url,
    publishedAt,
    language: meta.language,
    status: 'processed',
    claimCount: 0,
    processedAt: now,
  };
  const finish = async (report: Report) => {
    await deps.store.recordStatus(report, objectVersion);
    return outcome(report);
  };
  const overBudget = (report: Report, stage: string) =>
    finish({
      ...report,
      status: 'over_budget',
      claimCount: 0,
      reason: `over the ${budgetMs / 1000} s budget per report (${stage})`,
    });

  if (head.size > deps.maxReportBytes) {
    return finish({
      ...base,
      status: 'rejected',
      reason: `report is ${head.size} bytes, over the ${deps.maxReportBytes}-byte limit`,
    });
  }
  let object: Awaited<ReturnType<ReportSource['get']>>;
  try {
    object = await deps.source.get(ref);
  } catch (error) {
    if (!(error instanceof SourceMissingError)) throw error;
    return sourceMissing(deps, ref, objectVersion, now, error);
  }
  let text: string;
  let title: string | undefined;
  try {
    ({ text, title } = decodeReport(object.body, { contentType: object.contentType, fileName: ref.key }));
  } catch (error) {
    if (error instanceof RejectedReportError) return finish({ ...base, status: 'rejected', reason: error.reason });
    throw error;
  }
  if (Date.now() > deadline) return overBudget(base, 'while decoding');

  const hash = contentHash(normalizeArabic(text));
  // A capture's date is often only in its text ("June 10, 2025 · Shared with Public"): read before the upload time.
  // Only dates that passed the calendar check above count: the metadata's, else the text's, then the upload's.
  // Both extractors read, and claims are grounded on, the post or article body only: never a reader's comment.
  const body = reportBody(text).text;
  const dated = publicationDate({
    metadata: sane.metadata,
    url: meta.url,
    text,
    body,
    uploadedAt: sane.uploaded,
    now,
  });
  const withHash: Report = { ...base, ...dated, contentHash: hash, title };
  const original = await deps.store.getReportByHash(hash);
  if (original) {
    return finish({
      ...withHash,
      status: 'duplicate',
      duplicateOf: original.key,
      reason: `same content as ${original.key}`,
    });
  }

  const input = { reportKey: ref.key, text: body, ...meta, publishedAt: withHash.publishedAt };
  let extraction: ExtractionResult | undefined;
  try {
    extraction = await beforeDeadline(deps.extractor.extract(input), deadline);
  } catch (error) {
    if (error instanceof RetryableExtractionError) throw error;
    return finish({ ...withHash, status: 'failed', reason: `extraction failed: ${(error as Error).message}` });
  }
  if (!extraction || Date.now() > deadline) return overBudget(withHash, 'while extracting');

  const crossCheck = deps.crossCheck
    ? await beforeDeadline(deps.crossCheck.extract(input), deadline).catch(() => undefined)
    : undefined;
  const grounded = groundClaims(body, extraction.claims, {
    crossCheck: crossCheck?.claims,
    publishedAt: withHash.publishedAt,
    source: meta.source,
  });
  if (grounded.length > MAX_CLAIMS_PER_REPORT)
    notes.push(`only the first ${MAX_CLAIMS_PER_REPORT} of ${grounded.length} claims were kept`);
  const latest = addDays(publishedAt ?? today, 1);
  const claims: Claim[] = grounded.slice(0, MAX_CLAIMS_PER_REPORT).map((claim, i) =>
    saneClaimDate(
      {
        ...claim,
        ...(claim.place ? { place: resolvePlace(claim.place, deps.gazetteer) } : {}),
        id: `${hash.slice(0, 16)}-${String(i).padStart(3, '0')}`,
        reportKey: ref.key,
      },
      i,
      latest,
      notes,
    ),
  );
  let report: Report = {
    ...withHash,
    title: extraction.title ?? title,
    summary: extraction.summary,
    language: extraction.language ?? withHash.language,
    extractor: deps.extractor.name,
    promptVersion: extraction.promptVersion,
    usage: extraction.usage,
    claimCount: claims.length,
    reason: notes.length > 0 ? notes.join('; ') : undefined,
  };

  let conflicts = 0;
  // Claims grouped into incidents: all, unless the commit would not fit one transaction (then fewer).
  let grouped = claims.length;
  for (let attempt = 1; attempt <= COMMIT_ATTEMPTS; ) {
    if (Date.now() > deadline) return { ...(await overBudget(report, 'while committing')), commitConflicts: conflicts };
    const { plan, lockVersions } = await planReport(deps, report, claims, grouped, now);
    const alerts = alertsForReport(report, plan.claims, plan.changes, now, deps.alertText);
    try {
      await deps.store.commit(
        {
          report,
          claims: plan.claims,
          incidents: plan.changes.map((c) => ({
            incident: c.after,
            expectedVersion: c.before?.version,
            lockKeys: incidentLockKeys(c.after, deps.gazetteer),
            contribution: c.contribution,
          })),
          alerts,
          lockVersions,
        },
        objectVersion,
      );
      const incidents = plan.changes.map((c) => c.after);
      return { report, claims: plan.claims, incidents, alerts, replay: false, commitConflicts: conflicts };
    } catch (error) {
      if (error instanceof AlreadyCommittedError) return alreadyCommitted(deps, report, objectVersion);
      if (error instanceof CommitTooLargeError && grouped > 0) {
        grouped = Math.floor(grouped * 0.7);
        const trimmed =
          `only ${grouped} of ${claims.length} claims were grouped into incidents: ` +
          'more would not fit one transaction';
        report = { ...report, reason: [...notes, trimmed].join('; ') };
        continue;
      }
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      conflicts++;
      attempt++;
      await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
    }
  }
  const gaveUp: Report = {
    ...report,
    status: 'failed',
    claimCount: 0,
    reason: `gave up after ${COMMIT_ATTEMPTS} commits that conflicted with concurrent writers`,
  };
  await deps.store.recordStatus(gaveUp, objectVersion);
  return { ...outcome(gaveUp), commitConflicts: conflicts };
}

/**
 * The uploader's date and the upload date, each kept only when it is a real day from 1990 to tomorrow (a
 * 9999-12-31 would have every undated claim looked up in a place for 8,000 years of months). The upload date is
 * looked at only when the uploader's is unusable, since it is not used otherwise.
 */
function saneDates(
  meta: ReportMetadata,
  eventTime: string | undefined,
  today: string,
  notes: string[],
): { metadata?: string; uploaded?: string } {
  const latest = addDays(today, 1);
  if (meta.unreadablePublishedAt !== undefined)
    notes.push(`publication date "${meta.unreadablePublishedAt}" ignored: not a calendar date`);
  const checked = (what: string, date: string | undefined): string | undefined => {
    if (date === undefined) return undefined;
    const problem = dateRangeProblem({ from: date, to: date }, latest);
    if (!problem) return date;
    notes.push(`${what} ignored: ${problem}`);
    return undefined;
  };
  const metadata = checked('publication date', meta.publishedAt);
  if (metadata) return { metadata };
  const uploaded = checked('upload date', isoDateOrUndefined(eventTime));
  return uploaded ? { uploaded } : {};
}

/** A claim's days must lie from 1990 to the day after publication; otherwise the claim keeps no date. */
function saneClaimDate(claim: Claim, index: number, latest: string, notes: string[]): Claim {
  if (!claim.date) return claim;
  const problem = dateRangeProblem(claim.date, latest);
  if (problem) {
    notes.push(`claim ${index + 1}: date ignored (${problem})`);
    const { date: _ignored, ...undated } = claim;
    return undated;
  }
  if (spanDays(claim.date) > MAX_EVENT_SPAN_DAYS) {
    notes.push(
      `claim ${index + 1}: ${claim.date.from}..${claim.date.to} spans over ${MAX_EVENT_SPAN_DAYS} days, ` +
        'a period rather than one event: not grouped into an incident',
    );
  }
  return claim;
}

/** The promise's value, or undefined once the deadline has passed (the work itself is left to finish). */
async function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** The object was deleted before it could be read: recorded as such (never a processed report overwritten). */
async function sourceMissing(
  deps: PipelineDeps,
  ref: ObjectRef,
  objectVersion: string,
  now: string,
  error: Error,
): Promise<ProcessOutcome> {
  const seen = await deps.store.getReportByObject(ref.key, objectVersion);
  if (seen && seen.status !== 'failed') return outcome(seen, { replay: true });
  const report: Report = {
    key: ref.key,
    bucket: ref.bucket,
    etag: ref.etag,
    versionId: ref.versionId,
    status: 'source_missing',
    reason: error.message,
    claimCount: 0,
    processedAt: now,
  };
  await deps.store.recordStatus(report, objectVersion);
  return outcome(report);
}

/** Plans the first `grouped` claims into incidents; the rest are kept without one. */
async function planReport(
  deps: PipelineDeps,
  report: Report,
  claims: Claim[],
  grouped: number,
  now: string,
): Promise<{ plan: IncidentPlan; lockVersions: LockVersion[] }> {
  const joining = claims.slice(0, grouped);
  const lookup = incidentLookupFor(joining, report.publishedAt, deps.gazetteer);
  const found = lookup ? await deps.store.findIncidents(lookup) : { incidents: [], lockVersions: [] };
  const plan = planIncidents({ report, claims: joining, candidates: found.incidents, places: deps.gazetteer, now });
  return { plan: { ...plan, claims: [...plan.claims, ...claims.slice(grouped)] }, lockVersions: found.lockVersions };
}

/** Another delivery of the same object, or the same content under another key, committed first. */
async function alreadyCommitted(deps: PipelineDeps, report: Report, objectVersion: string): Promise<ProcessOutcome> {
  const committed = await deps.store.getReportByObject(report.key, objectVersion);
  if (committed) return outcome(committed, { replay: true });
  const original = report.contentHash ? await deps.store.getReportByHash(report.contentHash) : undefined;
  const duplicate: Report = {
    ...report,
    status: 'duplicate',
    claimCount: 0,
    duplicateOf: original?.key,
    reason: `same content as ${original?.key ?? 'an earlier report'}`,
  };
  await deps.store.recordStatus(duplicate, objectVersion);
  return outcome(duplicate);
}

function outcome(report: Report, options: { replay?: boolean } = {}): ProcessOutcome {
  return { report, claims: [], incidents: [], alerts: [], replay: options.replay ?? false };
}
