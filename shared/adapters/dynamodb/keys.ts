// Key layout of the main table. Every item also carries `kind`, so scans for run results can filter by type.
//   report by object   pk OBJECT#<key>                 sk <objectVersion>
//   content hash       pk HASH#<contentHash>           sk HASH
//   claim              pk REPORT#<key>                 sk CLAIM#<objectVersion>#<nnn>
//   incident           pk INCIDENT#<id>                sk INCIDENT      (a capped summary)
//   incident report    pk INCIDENT#<id>                sk REPORT#<key>  (one report's full contribution)
//   incident index     pk PLACE#<placeKey>#<YYYY-MM>   sk INCIDENT#<id>
//   place lock         pk LOCK#<lockKey>#<YYYY-MM>     sk LOCK          (a version number; see store.ts)
import { addDays } from '../../domain/dates.ts';
import { incidentPlaceKeys } from '../../domain/incidents.ts';
import type { Incident } from '../../domain/schema.ts';

export type ItemKind = 'report' | 'hash' | 'claim' | 'incident' | 'incident-report' | 'place-index' | 'lock';

export interface ItemKey {
  pk: string;
  sk: string;
}

/** How far an incident's index reaches beyond its date range, so a report dated a little off still finds it. */
export const INDEX_WIDEN_DAYS = 3;

export function reportObjectKey(key: string, objectVersion: string): ItemKey {
  if (objectVersion === '') throw new Error(`report ${key}: the object version (etag or versionId) must not be empty`);
  return { pk: `OBJECT#${key}`, sk: objectVersion };
}

export function contentHashKey(contentHash: string): ItemKey {
  return { pk: `HASH#${contentHash}`, sk: 'HASH' };
}

/**
 * Claims sit under the report key; the object version is part of the sort key so that a new version of the same
 * S3 object never overwrites (or leaves a mix with) the claims of the previous version.
 */
export function claimKey(reportKey: string, objectVersion: string, index: number): ItemKey {
  return { pk: `REPORT#${reportKey}`, sk: `CLAIM#${objectVersion}#${String(index).padStart(3, '0')}` };
}

export function incidentKey(id: string): ItemKey {
  return { pk: `INCIDENT#${id}`, sk: 'INCIDENT' };
}

export const INCIDENT_REPORT_SK_PREFIX = 'REPORT#';

export function incidentReportKey(incidentId: string, reportKey: string): ItemKey {
  return { pk: incidentKey(incidentId).pk, sk: `${INCIDENT_REPORT_SK_PREFIX}${reportKey}` };
}

export function placeIndexPk(placeKey: string, month: string): string {
  return `PLACE#${placeKey}#${month}`;
}

export function placeLockKey(lockKey: string, month: string): ItemKey {
  return { pk: `LOCK#${lockKey}#${month}`, sk: 'LOCK' };
}

/** The months an incident is indexed (and locked) under: its date range, widened by INDEX_WIDEN_DAYS. */
export function incidentMonths(incident: Incident): string[] {
  return monthsBetween(addDays(incident.date.from, -INDEX_WIDEN_DAYS), addDays(incident.date.to, INDEX_WIDEN_DAYS));
}

/** The incident id from an index item's sort key. */
export function incidentIdFromIndexSk(sk: string): string {
  return sk.slice('INCIDENT#'.length);
}

export { incidentPlaceKeys };

/** Every index key of an incident: each place key × each month its widened date range touches. */
export function incidentIndexKeys(incident: Incident): ItemKey[] {
  const months = incidentMonths(incident);
  const sk = `INCIDENT#${incident.id}`;
  return incidentPlaceKeys(incident).flatMap((placeKey) =>
    months.map((month) => ({ pk: placeIndexPk(placeKey, month), sk })),
  );
}

/** Inclusive list of YYYY-MM months from the month of `from` to the month of `to` (empty when to < from). */
export function monthsBetween(from: string, to: string): string[] {
  let [year, month] = parseMonth(from);
  const [endYear, endMonth] = parseMonth(to);
  const months: string[] = [];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function parseMonth(date: string): [number, number] {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2])];
}
