// The processing of one report, the same in Lambda and in `claimwatch run`: fetch, decode, extract, ground,
// group into incidents, decide alerts, and commit it all at once. Every ending is recorded as a report status;
// only retryable failures (a throttled model) are thrown, so the queue delivers the report again.
import { setTimeout as sleep } from 'node:timers/promises';
import { alertsForReport } from '../domain/alert-rules.ts';
import { contentHash } from '../domain/ids.ts';
import { type IncidentPlan, incidentLockKeys, incidentLookupFor, planIncidents } from '../domain/incidents.ts';
import type { Alert, Claim, Incident, Report } from '../domain/schema.ts';
import { groundClaims } from '../extraction/grounding.ts';
import { resolvePlace } from '../places/resolve-place.ts';
import { type ExtractionResult, RetryableExtractionError } from '../ports/extractor.ts';
import type { ObjectRef } from '../ports/report-source.ts';
import { AlreadyCommittedError, ConcurrentUpdateError, type LockVersion } from '../ports/store.ts';
import { decodeReport, RejectedReportError } from '../text/decode.ts';
import { normalizeArabic } from '../text/normalize.ts';
import type { PipelineDeps } from './deps.ts';
import { isoDateOrUndefined, readReportMetadata } from './report-metadata.ts';

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

export async function processReport(deps: PipelineDeps, ref: ObjectRef): Promise<ProcessOutcome> {
  const now = (deps.now?.() ?? new Date()).toISOString();
  const head = await deps.source.head(ref);
  const objectVersion = ref.versionId ?? head.versionId ?? ref.etag ?? head.etag ?? 'unversioned';

  const seen = await deps.store.getReportByObject(ref.key, objectVersion);
  if (seen && seen.status !== 'failed') return outcome(seen, { replay: true });

  const meta = readReportMetadata(head.metadata);
  const base: Report = {
    key: ref.key,
    bucket: ref.bucket,
    etag: head.etag ?? ref.etag,
    versionId: head.versionId ?? ref.versionId,
    source: meta.source,
    url: meta.url,
    publishedAt: meta.publishedAt ?? isoDateOrUndefined(ref.eventTime),
    language: meta.language,
    status: 'processed',
    claimCount: 0,
    processedAt: now,
  };
  const finish = async (report: Report) => {
    await deps.store.recordStatus(report, objectVersion);
    return outcome(report);
  };

  if (head.size > deps.maxReportBytes) {
    return finish({
      ...base,
      status: 'rejected',
      reason: `report is ${head.size} bytes, over the ${deps.maxReportBytes}-byte limit`,
    });
  }
  const object = await deps.source.get(ref);
  let text: string;
  let title: string | undefined;
  try {
    ({ text, title } = decodeReport(object.body, { contentType: object.contentType, fileName: ref.key }));
  } catch (error) {
    if (error instanceof RejectedReportError) return finish({ ...base, status: 'rejected', reason: error.reason });
    throw error;
  }

  const hash = contentHash(normalizeArabic(text));
  const withHash: Report = { ...base, contentHash: hash, title };
  const original = await deps.store.getReportByHash(hash);
  if (original) {
    return finish({
      ...withHash,
      status: 'duplicate',
      duplicateOf: original.key,
      reason: `same content as ${original.key}`,
    });
  }

  const input = { reportKey: ref.key, text, ...meta, publishedAt: withHash.publishedAt };
  let extraction: ExtractionResult;
  try {
    extraction = await deps.extractor.extract(input);
  } catch (error) {
    if (error instanceof RetryableExtractionError) throw error;
    return finish({ ...withHash, status: 'failed', reason: `extraction failed: ${(error as Error).message}` });
  }

  const crossCheck = deps.crossCheck ? await deps.crossCheck.extract(input).catch(() => undefined) : undefined;
  const grounded = groundClaims(text, extraction.claims, {
    crossCheck: crossCheck?.claims,
    publishedAt: withHash.publishedAt,
    source: meta.source,
  });
  const claims: Claim[] = grounded.slice(0, MAX_CLAIMS_PER_REPORT).map((claim, i) => ({
    ...claim,
    ...(claim.place ? { place: resolvePlace(claim.place, deps.gazetteer) } : {}),
    id: `${hash.slice(0, 16)}-${String(i).padStart(3, '0')}`,
    reportKey: ref.key,
  }));
  const report: Report = {
    ...withHash,
    title: extraction.title ?? title,
    summary: extraction.summary,
    language: extraction.language ?? withHash.language,
    extractor: deps.extractor.name,
    promptVersion: extraction.promptVersion,
    usage: extraction.usage,
    claimCount: claims.length,
    reason:
      grounded.length > MAX_CLAIMS_PER_REPORT
        ? `only the first ${MAX_CLAIMS_PER_REPORT} of ${grounded.length} claims were kept`
        : undefined,
  };

  let conflicts = 0;
  for (let attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt++) {
    if (attempt > 1) await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
    const { plan, lockVersions } = await planReport(deps, report, claims, now);
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
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      conflicts++;
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

async function planReport(
  deps: PipelineDeps,
  report: Report,
  claims: Claim[],
  now: string,
): Promise<{ plan: IncidentPlan; lockVersions: LockVersion[] }> {
  const lookup = incidentLookupFor(claims, report.publishedAt, deps.gazetteer);
  const found = lookup ? await deps.store.findIncidents(lookup) : { incidents: [], lockVersions: [] };
  const plan = planIncidents({ report, claims, candidates: found.incidents, places: deps.gazetteer, now });
  return { plan, lockVersions: found.lockVersions };
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
