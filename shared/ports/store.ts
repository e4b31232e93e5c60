import type { IncidentLookup } from '../domain/incidents.ts';
import type { Alert, Claim, Incident, IncidentReport, Report } from '../domain/schema.ts';

/** A place lock (placeLockKey × month) and the version read with the candidates (0: never written). */
export interface LockVersion {
  lockKey: string;
  month: string;
  version: number;
}

/** What findIncidents answers: the candidate incidents and the versions of the locks read before them. */
export interface IncidentCandidates {
  incidents: Incident[];
  lockVersions: LockVersion[];
}

/** Everything one report changes, written at once (a DynamoDB transaction) or not at all. */
export interface ReportCommit {
  report: Report;
  claims: Claim[];
  /**
   * New incidents (version 0, expectedVersion undefined) and updated ones (expectedVersion = version read), each
   * with the place locks its index keys fall under (incidentLockKeys): the commit bumps them, so a concurrent
   * reader of any of them re-reads. The pipeline always gives them; without them no lock moves.
   */
  incidents: Array<{
    incident: Incident;
    expectedVersion?: number;
    lockKeys?: string[];
    /** This report's full contribution, stored in an item of its own (the incident item is a capped summary). */
    contribution?: IncidentReport;
  }>;
  alerts: Alert[];
  /** The lock versions findIncidents read: each must be unchanged at commit (else ConcurrentUpdateError). */
  lockVersions?: LockVersion[];
}

/** Raised when another writer changed an incident between our read and our write: recompute and retry. */
export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
}

/** Raised when a commit needs more writes than one transaction holds: group fewer claims into incidents. */
export class CommitTooLargeError extends Error {
  override readonly name = 'CommitTooLargeError';
}

/** Raised when this object (same bucket/key/etag) or this content was already committed. */
export class AlreadyCommittedError extends Error {
  override readonly name = 'AlreadyCommittedError';
}

export interface PipelineStore {
  /** The report already committed for this S3 object version (key + etag/versionId), if any. */
  getReportByObject(key: string, objectVersion: string): Promise<Report | undefined>;
  /** The report already committed with this content hash, if any. */
  getReportByHash(contentHash: string): Promise<Report | undefined>;
  /**
   * Incidents indexed under any of the place keys whose date range overlaps [from, to], and the versions of the
   * lookup's place locks over those months, read first. Key lookups only.
   */
  findIncidents(lookup: IncidentLookup): Promise<IncidentCandidates>;
  /**
   * Writes everything for one report atomically. The object identity and the content hash are claimed
   * with conditional writes, so a second commit of either throws AlreadyCommittedError and writes nothing.
   */
  commit(commit: ReportCommit, objectVersion: string): Promise<void>;
  /** A report that ends without claims (rejected, failed, duplicate): recorded, never overwriting a processed one. */
  recordStatus(report: Report, objectVersion: string): Promise<void>;

  /**
   * The incident with every report's contribution assembled (all figures, statements and report keys), for
   * analysts and tools; the processing path reads only the capped summary. Undefined when there is none.
   */
  getIncidentDetail(id: string): Promise<Incident | undefined>;

  /** Alerts written but not yet published (outbox drain for local runs). */
  listUnpublishedAlerts(): Promise<Alert[]>;
  /** Marks an alert published; false when it already was (so a replay publishes nothing twice). */
  markAlertPublished(alertId: string, at: string): Promise<boolean>;
  isAlertPublished(alertId: string): Promise<boolean>;

  /** For run results and eval: whole-store listings (scans; never used on the processing path). */
  listReports(): Promise<Report[]>;
  listClaims(): Promise<Claim[]>;
  listIncidents(): Promise<Incident[]>;
  listAlerts(): Promise<Alert[]>;
}
