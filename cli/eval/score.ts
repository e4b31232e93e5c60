// Scores a run against a gold file exactly as ../shared/gold/FORMAT.md defines: one-to-one matching per report,
// names compared after normalisation, alert dates overlapping the gold dates widened by a day.
import { overlaps, widen } from '../../shared/domain/dates.ts';
import type { Alert, Claim, DateRange, Metric } from '../../shared/domain/schema.ts';
import { nameKey } from '../../shared/text/normalize.ts';
import type { GoldAlert, GoldClaim, GoldFile } from './gold.ts';

export interface ScoredRun {
  reports: Array<{ key: string; claims: Array<Pick<Claim, 'type' | 'claimant' | 'counts'>> }>;
  alerts: Array<Pick<Alert, 'type' | 'reportKey' | 'place' | 'counts' | 'claimant'> & { date?: DateRange }>;
}

export interface Score {
  alertRecall: number;
  alertPrecision: number;
  countAccuracy: number;
  claimRecall: number;
  claimPrecision: number;
  tallies: Record<string, number>;
  misses: string[];
}

const asList = (v: number | number[]) => (Array.isArray(v) ? v : [v]);
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Names match (FORMAT.md) when any name of one list has the same key as any name of the other. */
export function namesMatch(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(nameKey));
  return b.some((name) => keys.has(nameKey(name)));
}

function claimMatches(system: ScoredRun['reports'][number]['claims'][number], gold: GoldClaim): boolean {
  if (system.type !== gold.type) return false;
  if (
    gold.claimant.length > 0 &&
    !namesMatch([system.claimant.name, ...(system.claimant.aliases ?? [])], gold.claimant)
  )
    return false;
  return Object.entries(gold.counts).every(([metric, count]) => {
    const stated = system.counts[metric as Metric]?.stated;
    return stated != null && asList(count!.stated).includes(stated);
  });
}

function alertMatches(system: ScoredRun['alerts'][number], gold: GoldAlert, goldFile: GoldFile): boolean {
  const incident = goldFile.incidents[gold.incident];
  if (!incident || system.type !== gold.type) return false;
  if (!namesMatch(system.place.names, incident.places)) return false;
  return !system.date || overlaps(system.date, widen({ from: incident.dateFrom, to: incident.dateTo }, 1));
}

function countsRight(system: ScoredRun['alerts'][number], gold: GoldAlert): boolean {
  return Object.entries(gold.counts).every(([metric, value]) => {
    const got = system.counts[metric as Metric];
    return got !== undefined && asList(value!).includes(got);
  });
}

/** Greedy one-to-one pairing: each gold item takes the first unused system item that matches it. */
function pair<S, G>(systems: S[], golds: G[], matches: (s: S, g: G) => boolean): Map<G, S> {
  const used = new Set<S>();
  const pairs = new Map<G, S>();
  for (const g of golds) {
    const s = systems.find((candidate) => !used.has(candidate) && matches(candidate, g));
    if (s) {
      used.add(s);
      pairs.set(g, s);
    }
  }
  return pairs;
}

export function scoreRun(gold: GoldFile, run: ScoredRun): Score {
  const t = {
    requiredAlerts: 0,
    matchedRequiredAlerts: 0,
    systemAlerts: 0,
    optionalAlertMatches: 0,
    countedAlerts: 0,
    rightCounts: 0,
    requiredClaims: 0,
    matchedRequiredClaims: 0,
    systemClaims: 0,
    optionalClaimMatches: 0,
    matchedSystemClaims: 0,
  };
  const misses: string[] = [];
  const describeCounts = (c: object) => JSON.stringify(c);

  for (const goldReport of gold.reports) {
    const key = goldReport.file;
    const alerts = run.alerts.filter((a) => a.reportKey === key);
    const claims = run.reports.find((r) => r.key === key)?.claims ?? [];

    // Required gold items are paired first, so an optional one never takes a system item a required one needs.
    const requiredAlerts = goldReport.alerts.filter((a) => a.required);
    const alertPairs = pair(alerts, [...requiredAlerts, ...goldReport.alerts.filter((a) => !a.required)], (s, g) =>
      alertMatches(s, g, gold),
    );
    t.requiredAlerts += requiredAlerts.length;
    t.systemAlerts += alerts.length;
    for (const g of goldReport.alerts) {
      const s = alertPairs.get(g);
      if (!g.required) {
        if (s) t.optionalAlertMatches += 1;
        continue;
      }
      if (!s) {
        misses.push(`${key}: missed ${g.type} for ${g.incident} ${describeCounts(g.counts)}`);
        continue;
      }
      t.matchedRequiredAlerts += 1;
      if (Object.keys(g.counts).length > 0) {
        t.countedAlerts += 1;
        if (countsRight(s, g)) t.rightCounts += 1;
        else
          misses.push(
            `${key}: ${g.type} for ${g.incident} has counts ${describeCounts(s.counts)}, ` +
              `gold ${describeCounts(g.counts)}`,
          );
      }
    }
    const pairedAlerts = new Set(alertPairs.values());
    for (const s of alerts) {
      if (!pairedAlerts.has(s))
        misses.push(
          `${key}: false alert ${s.type} at ${s.place.names.slice(0, 3).join(' / ')} ${describeCounts(s.counts)}`,
        );
    }

    const requiredClaims = goldReport.claims.filter((c) => c.required);
    const claimPairs = pair(claims, [...requiredClaims, ...goldReport.claims.filter((c) => !c.required)], claimMatches);
    t.requiredClaims += requiredClaims.length;
    for (const g of goldReport.claims) {
      const s = claimPairs.get(g);
      if (g.required && s) t.matchedRequiredClaims += 1;
      if (g.required && s && (s.type === 'casualty' || s.type === 'denial')) t.matchedSystemClaims += 1;
      if (g.required && !s)
        misses.push(`${key}: missed ${g.type} claim by ${g.claimant[0] ?? 'anyone'} ${describeCounts(g.counts)}`);
      if (!g.required && s && (s.type === 'casualty' || s.type === 'denial')) t.optionalClaimMatches += 1;
    }
    const pairedClaims = new Set(claimPairs.values());
    for (const s of claims) {
      if (s.type !== 'casualty' && s.type !== 'denial') continue;
      t.systemClaims += 1;
      if (!pairedClaims.has(s))
        misses.push(`${key}: unmatched ${s.type} claim by ${s.claimant.name} ${describeCounts(s.counts)}`);
    }
  }

  return {
    alertRecall: ratio(t.matchedRequiredAlerts, t.requiredAlerts),
    alertPrecision: ratio(t.matchedRequiredAlerts, t.systemAlerts - t.optionalAlertMatches),
    countAccuracy: ratio(t.rightCounts, t.countedAlerts),
    claimRecall: ratio(t.matchedRequiredClaims, t.requiredClaims),
    claimPrecision: ratio(t.matchedSystemClaims, t.systemClaims - t.optionalClaimMatches),
    tallies: t,
    misses,
  };
}
