// Grouping claims into incidents: a claim joins an incident when the place (or a parent/child of it) and the
// days agree and the alleged perpetrators do not conflict; otherwise it opens one. Pure: the caller looks the
// candidate incidents up by key and writes the result.
import { nameKey } from '../text/normalize.ts';
import { addDays, gapDays, overlaps, spanDays, union, widen } from './dates.ts';
import { stableId } from './ids.ts';
import { perpetratorsConflict } from './perpetrators.ts';
import type { PlaceHierarchy } from './place-hierarchy.ts';
import {
  type Claim,
  type DateRange,
  type Figure,
  type Incident,
  type IncidentReport,
  METRICS,
  type Metric,
  type Place,
  type Report,
  type Statement,
} from './schema.ts';

/**
 * Bounds of the incident summary, so that its item stays far below DynamoDB's 400 KB whatever the number of
 * reports (measured in test/pipeline/incident-size.test.ts); the full record is in the IncidentReport items.
 */
export const SUMMARY_LIMITS = {
  figuresPerMetric: 5,
  statements: 10,
  reportKeys: 20,
  placeNames: 20,
  evidenceChars: 300,
} as const;
/** A contribution keeps quotes up to this long (the claim items keep them whole). */
export const CONTRIBUTION_EVIDENCE_CHARS = 1_000;

export interface IncidentPolicy {
  /** Days of slack when comparing a claim's days with an incident's (reports disagree on the day by one). */
  dateSlackDays: number;
  /** An undated claim is taken to be about this many days before publication, up to publication. */
  undatedWindowDays: number;
  /**
   * How far back an undated claim may still join an incident at the same place when none is nearer: a
   * follow-up ("the toll of the Hajin strikes rose to 50") often names no day.
   */
  undatedLookbackDays: number;
}

/** The key lookup that finds the incidents a report's claims may join (the store answers it by key, never by scan). */
export interface IncidentLookup {
  /** Place ids (or normalised names for places the gazetteer does not know). */
  placeKeys: string[];
  /**
   * The place locks (placeLockKey of every place key) whose versions the store reads with the candidates and
   * checks at commit, so that two reports that could join one incident never both commit unseen by the other.
   */
  lockKeys: string[];
  from: string;
  to: string;
}

export const DEFAULT_INCIDENT_POLICY: IncidentPolicy = {
  dateSlackDays: 1,
  undatedWindowDays: 3,
  undatedLookbackDays: 7,
};

/** The days an incident may lie in for this claim to join it. */
function joinWindow(claim: Claim, window: DateRange, policy: IncidentPolicy): DateRange {
  const slack = widen(window, policy.dateSlackDays);
  return claim.date ? slack : { from: addDays(window.to, -policy.undatedLookbackDays), to: slack.to };
}

/** Places this coarse name a region, not the scene of one event: such claims never open an incident. */
const COARSE_KINDS = new Set(['country', 'governorate', 'district']);
/** Places that hold many scenes: a claim placed there may sum several events (a regional toll). */
const BROAD_KINDS = new Set([...COARSE_KINDS, 'area']);

/** The keys a place is indexed under: its gazetteer id, or a name key for places the gazetteer lacks. */
export function ownPlaceKeys(place: Place): string[] {
  if (place.placeId) return [place.placeId];
  return [...new Set(place.names.map((n) => `name:${nameKey(n)}`))];
}

/** The keys an incident is indexed under: its placeIds, or with none the keys of its place. */
export function incidentPlaceKeys(incident: Incident): string[] {
  const keys = incident.placeIds.length > 0 ? incident.placeIds : ownPlaceKeys(incident.place);
  return [...new Set(keys.filter((key) => key !== ''))];
}

/** Kinds whose places serialise incident writes for everything inside them (a town, its villages, its quarters). */
const LOCK_KINDS = new Set(['subdistrict', 'area']);

/**
 * The lock a place key's incident writes take: its nearest subdistrict or area (itself included), else itself.
 * Any deterministic mapping keeps writers apart (the store's header comment argues it); a coarse one lets a
 * report take one or two locks where its lookup names a town, its parent and a dozen neighbourhoods.
 */
export function placeLockKey(placeKey: string, places: PlaceHierarchy): string {
  const node = places.get(placeKey);
  if (!node) return placeKey;
  if (LOCK_KINDS.has(node.kind)) return node.id;
  return places.ancestors(placeKey).find((a) => LOCK_KINDS.has(a.kind))?.id ?? placeKey;
}

export function placeLockKeys(placeKeys: readonly string[], places: PlaceHierarchy): string[] {
  return [...new Set(placeKeys.map((key) => placeLockKey(key, places)))];
}

/** The locks a write of this incident takes (placeLockKey of every key it is indexed under). */
export function incidentLockKeys(incident: Incident, places: PlaceHierarchy): string[] {
  return placeLockKeys(incidentPlaceKeys(incident), places);
}

/** Keys to look incidents up under for a claim at this place: the place, its parent and its children. */
export function lookupPlaceKeys(place: Place, places: PlaceHierarchy): string[] {
  if (!place.placeId) return ownPlaceKeys(place);
  const parent = places.parentOf(place.placeId);
  const children = places.childrenOf(place.placeId).map((c) => c.id);
  return [place.placeId, ...(parent ? [parent.id] : []), ...children];
}

export function claimWindow(
  claim: Claim,
  publishedAt: string | undefined,
  policy: IncidentPolicy,
): DateRange | undefined {
  if (claim.date) return claim.date;
  if (!publishedAt) return undefined;
  return { from: addDays(publishedAt, -policy.undatedWindowDays), to: publishedAt };
}

function kindOf(place: Place, places: PlaceHierarchy): string | undefined {
  return place.placeId ? places.get(place.placeId)?.kind : undefined;
}

function isCoarse(place: Place, places: PlaceHierarchy): boolean {
  const kind = kindOf(place, places);
  return kind !== undefined && COARSE_KINDS.has(kind);
}

function isBroad(place: Place, places: PlaceHierarchy): boolean {
  const kind = kindOf(place, places);
  return kind !== undefined && BROAD_KINDS.has(kind);
}

function liesInside(incident: Incident, regionId: string, places: PlaceHierarchy): boolean {
  return incident.placeIds.some((id) => places.ancestors(id).some((a) => a.id === regionId));
}

/**
 * Days a claim may span and still be about one event; a longer span (a month's or a war's toll) is a period
 * total, and grouping it would also make the lookup read a place for every month of the span.
 */
export const MAX_EVENT_SPAN_DAYS = 31;

/** Claims that take part in incidents: located, not aggregates, not failed grounding, not a long period. */
export function joinsIncidents(claim: Claim): boolean {
  return (
    claim.type !== 'aggregate' &&
    claim.place !== undefined &&
    claim.verification?.status !== 'unverified' &&
    (!claim.date || spanDays(claim.date) <= MAX_EVENT_SPAN_DAYS)
  );
}

/** One key lookup covering every claim of a report; undefined when no claim can join an incident. */
export function incidentLookupFor(
  claims: readonly Claim[],
  publishedAt: string | undefined,
  places: PlaceHierarchy,
  policy: IncidentPolicy = DEFAULT_INCIDENT_POLICY,
): IncidentLookup | undefined {
  const keys = new Set<string>();
  let range: DateRange | undefined;
  for (const claim of claims) {
    const window = claimWindow(claim, publishedAt, policy);
    if (!joinsIncidents(claim) || !claim.place || !window) continue;
    for (const key of lookupPlaceKeys(claim.place, places)) keys.add(key);
    const wide = joinWindow(claim, window, policy);
    range = range ? union(range, wide) : wide;
  }
  if (!range || keys.size === 0) return undefined;
  const placeKeys = [...keys];
  return { placeKeys, lockKeys: placeLockKeys(placeKeys, places), from: range.from, to: range.to };
}

export interface IncidentChange {
  /** The incident as it was before this report; undefined when this report opened it. */
  before?: Incident;
  after: Incident;
  /** What this report adds to it, in full (the summary in `after` is capped). */
  contribution: IncidentReport;
}

export interface IncidentPlan {
  /** The report's claims, with `incidentId` set on those that joined or opened an incident. */
  claims: Claim[];
  changes: IncidentChange[];
}

export interface PlanInput {
  report: Report;
  claims: readonly Claim[];
  /** Incidents found by the key lookup (incidentLookupFor). */
  candidates: readonly Incident[];
  places: PlaceHierarchy;
  now: string;
  policy?: IncidentPolicy;
}

/** Casualty claims first, so that a denial in the same report finds the incident it denies. */
const PLANNING_ORDER: Record<Claim['type'], number> = { casualty: 0, denial: 1, acknowledgment: 1, aggregate: 2 };

export function planIncidents(input: PlanInput): IncidentPlan {
  const policy = input.policy ?? DEFAULT_INCIDENT_POLICY;
  const { report, places, now } = input;
  const before = new Map(input.candidates.map((i) => [i.id, i]));
  const working = new Map(input.candidates.map((i) => [i.id, structuredClone(i)]));
  const touched = new Set<string>();
  const contributions = new Map<string, IncidentReport>();
  const join = (incident: Incident, claim: Claim, regionOnly = false) =>
    joinIncident(incident, contributionTo(contributions, incident, report), claim, report, now, regionOnly);
  const claims = input.claims.map((c) => ({ ...c }));

  // Region-level claims after the located ones, so they find the scenes their report names.
  const broad = (i: number) => Number(claims[i]!.place !== undefined && isBroad(claims[i]!.place!, places));
  const order = claims
    .map((_, i) => i)
    .sort((a, b) => PLANNING_ORDER[claims[a]!.type] - PLANNING_ORDER[claims[b]!.type] || broad(a) - broad(b) || a - b);
  for (const index of order) {
    const claim = claims[index]!;
    const window = claimWindow(claim, report.publishedAt, policy);
    if (!joinsIncidents(claim) || !claim.place || !window) continue;
    if (isBroad(claim.place, places)) {
      // A region's figure belongs to the one scene inside it this report describes (SANA's "about 30 in Deir
      // ez-Zor" after the monitor's town); with several scenes it is a regional toll that belongs to none.
      const regionId = claim.place.placeId!;
      const scenes = [...touched]
        .map((id) => working.get(id)!)
        .filter(
          (i) =>
            liesInside(i, regionId, places) &&
            overlaps(joinWindow(claim, window, policy), i.date) &&
            !perpetratorsConflict(claim.perpetrator, i.perpetrators),
        );
      if (scenes.length === 1) {
        join(scenes[0]!, claim, true);
        claim.incidentId = scenes[0]!.id;
        continue;
      }
      // A governorate is no scene; an area named on its own ("strikes on Eastern Ghouta") may be one.
      if (scenes.length > 1 || isCoarse(claim.place, places)) continue;
    }
    const match = bestMatch(claim, window, [...working.values()], touched, places, policy);
    if (match) {
      join(match, claim);
      claim.incidentId = match.id;
      touched.add(match.id);
    } else {
      const opened = openIncident(claim, window, report, index, now);
      join(opened, claim);
      working.set(opened.id, opened);
      claim.incidentId = opened.id;
      touched.add(opened.id);
    }
  }

  const changes = [...touched].map((id) => {
    const after = working.get(id)!;
    const previous = before.get(id);
    const contribution = contributions.get(id)!;
    return {
      before: previous,
      after: { ...after, version: previous ? previous.version + 1 : 0, updatedAt: now },
      contribution,
    };
  });
  return { claims, changes };
}

function placeRelation(place: Place, incident: Incident, places: PlaceHierarchy): number {
  if (place.placeId) {
    if (incident.placeIds.includes(place.placeId)) return 3;
    // An area's own incidents only: reaching into its towns is the region rule's (planIncidents).
    if (isBroad(place, places)) return 0;
    return incident.placeIds.some((id) => places.areRelated(id, place.placeId!)) ? 2 : 0;
  }
  const keys = new Set(place.names.map(nameKey));
  return incident.place.names.some((n) => keys.has(nameKey(n))) ? 3 : 0;
}

function bestMatch(
  claim: Claim,
  window: DateRange,
  incidents: Incident[],
  touchedByThisReport: ReadonlySet<string>,
  places: PlaceHierarchy,
  policy: IncidentPolicy,
): Incident | undefined {
  // An undated claim is most likely about the day it was published: of the incidents its window reaches, the one
  // nearest that day wins (a place struck day after day has one incident a day, and the oldest is the least likely).
  const nearest = claim.date ? window : { from: window.to, to: window.to };
  let best: { incident: Incident; score: number } | undefined;
  for (const incident of incidents) {
    const relation = placeRelation(claim.place!, incident, places);
    if (relation === 0) continue;
    if (!overlaps(joinWindow(claim, window, policy), incident.date)) continue;
    if (perpetratorsConflict(claim.perpetrator, incident.perpetrators)) continue;
    const score =
      relation * 100 + (touchedByThisReport.has(incident.id) ? 50 : 0) - gapDays(nearest, incident.date) * 10;
    const better =
      !best ||
      score > best.score ||
      (score === best.score &&
        (incident.createdAt < best.incident.createdAt ||
          (incident.createdAt === best.incident.createdAt && incident.id < best.incident.id)));
    if (better) best = { incident, score };
  }
  return best?.incident;
}

function openIncident(claim: Claim, window: DateRange, report: Report, claimIndex: number, now: string): Incident {
  const incident: Incident = {
    id: stableId('inc', report.contentHash ?? report.key, String(claimIndex)),
    place: { ...claim.place!, names: [...claim.place!.names] },
    placeIds: [],
    date: window,
    dateEstimated: !claim.date,
    perpetrators: [],
    counts: {},
    figures: [],
    denials: [],
    acknowledgments: [],
    reportKeys: [],
    reportCount: 0,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
  return incident;
}

function contributionTo(contributions: Map<string, IncidentReport>, incident: Incident, report: Report) {
  let contribution = contributions.get(incident.id);
  if (!contribution) {
    contribution = { incidentId: incident.id, reportKey: report.key, figures: [], denials: [], acknowledgments: [] };
    contributions.set(incident.id, contribution);
    // The first claim of this report on this incident: one more report (each report is committed once).
    incident.reportCount = reportCountOf(incident) + 1;
    if (incident.reportKeys.length < SUMMARY_LIMITS.reportKeys && !incident.reportKeys.includes(report.key))
      incident.reportKeys.push(report.key);
  }
  return contribution;
}

/** Reports that joined the incident (older items carry no reportCount: their reportKeys were complete). */
export function reportCountOf(incident: Incident): number {
  return incident.reportCount ?? incident.reportKeys.length;
}

/**
 * Mutates the working copy and this report's contribution: adds the claim's place, days, perpetrator, figures or
 * statement. A region (the governorate a report also names) adds nothing to where the incident is.
 */
function joinIncident(
  incident: Incident,
  contribution: IncidentReport,
  claim: Claim,
  report: Report,
  now: string,
  regionOnly: boolean,
): void {
  const place = claim.place!;
  if (!regionOnly) {
    for (const key of ownPlaceKeys(place)) if (!incident.placeIds.includes(key)) incident.placeIds.push(key);
    for (const name of place.names) {
      if (incident.place.names.length >= SUMMARY_LIMITS.placeNames) break;
      if (!incident.place.names.includes(name)) incident.place.names.push(name);
    }
  }
  incident.place.governorate ??= place.governorate;
  if (claim.date) {
    incident.date = incident.dateEstimated ? claim.date : union(incident.date, claim.date);
    incident.dateEstimated = false;
  }
  if (claim.perpetrator && !incident.perpetrators.includes(claim.perpetrator))
    incident.perpetrators.push(claim.perpetrator);
  incident.updatedAt = now;

  const statement = { claimant: claim.claimant, reportKey: report.key, evidence: claim.evidence };
  for (const kind of ['denials', 'acknowledgments'] as const) {
    if (claim.type !== (kind === 'denials' ? 'denial' : 'acknowledgment')) continue;
    contribution[kind].push(clipped(statement, CONTRIBUTION_EVIDENCE_CHARS));
    incident[kind] = cappedStatements(incident[kind], statement);
  }
  for (const metric of METRICS) {
    const count = claim.counts[metric];
    if (!count) continue;
    const figure: Figure = {
      claimant: claim.claimant,
      metric,
      stated: count.stated,
      qualifier: count.qualifier,
      reportKey: report.key,
      evidence: claim.evidence,
    };
    contribution.figures.push(clipped(figure, CONTRIBUTION_EVIDENCE_CHARS));
    addToCounts(incident.counts, figure);
    incident.figures = topFigures([...incident.figures, clipped(figure, SUMMARY_LIMITS.evidenceChars)]);
  }
}

function clipped<T extends { evidence: string }>(item: T, chars: number): T {
  return item.evidence.length <= chars ? item : { ...item, evidence: `${item.evidence.slice(0, chars - 1)}…` };
}

/** The first statements, one per claimant, up to the summary's bound. */
function cappedStatements(statements: Statement[], statement: Statement): Statement[] {
  if (statements.length >= SUMMARY_LIMITS.statements) return statements;
  if (statements.some((s) => s.claimant.name === statement.claimant.name)) return statements;
  return [...statements, clipped(statement, SUMMARY_LIMITS.evidenceChars)];
}

/**
 * The summary's figures: per metric, each claimant's highest (a stated number above a vague one; the earlier on a
 * tie), then the highest figuresPerMetric of those, in the order they came. Counts are kept apart (addToCounts), so
 * nothing is lost there.
 */
export function topFigures(figures: readonly Figure[]): Figure[] {
  const rank = (f: Figure) => f.stated ?? -1;
  const best = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.metric}\u0000${f.claimant.name}`;
    const held = best.get(key);
    if (!held || rank(f) > rank(held)) best.set(key, f);
  }
  const byMetric = new Map<Metric, Figure[]>();
  for (const f of best.values()) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
  const kept = new Set(
    [...byMetric.values()].flatMap((list) =>
      list
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(b.f) - rank(a.f) || a.i - b.i)
        .slice(0, SUMMARY_LIMITS.figuresPerMetric)
        .map(({ f }) => f),
    ),
  );
  return figures.filter((f) => kept.has(f));
}

function addToCounts(counts: Incident['counts'], f: Figure): void {
  if (f.stated === null) return;
  const range = counts[f.metric];
  counts[f.metric] = range
    ? { low: Math.min(range.low, f.stated), high: Math.max(range.high, f.stated) }
    : { low: f.stated, high: f.stated };
}

/** Per metric, the lowest and highest figure any claimant stated (vague amounts state none). */
export function countsFrom(figures: readonly Figure[]): Incident['counts'] {
  const counts: Incident['counts'] = {};
  for (const f of figures) addToCounts(counts, f);
  return counts;
}

/** True when any claimant reported people killed or injured (a vague "dozens" counts; a stated 0 does not). */
export function hasCasualties(incident: Incident): boolean {
  return incident.figures.some((f) => f.stated === null || f.stated > 0);
}
