// When analysts are told: a pure function of each incident before and after one report's claims.
import type { AlertFacts } from './alert-facts.ts';
import type { AlertTextOptions } from './alert-summary.ts';
import { renderAlertText } from './alert-text.ts';
import { stableId } from './ids.ts';
import { hasCasualties, type IncidentChange } from './incidents.ts';
import {
  type Alert,
  type AlertType,
  type Change,
  type Claim,
  type Incident,
  METRICS,
  type Metric,
  type Report,
  type Severity,
} from './schema.ts';
import { onlyCombatantsKilled } from './victims.ts';

export function alertsForReport(
  report: Report,
  claims: readonly Claim[],
  changes: readonly IncidentChange[],
  now: string,
  textOptions?: AlertTextOptions,
): Alert[] {
  return changes.flatMap((change) => {
    const own = claims.filter((c) => c.incidentId === change.after.id && c.verification?.status !== 'unverified');
    return factsFor(report, own, change, now).map((facts) => ({
      ...facts,
      ...renderAlertText(facts, change.after, own, report, textOptions),
    }));
  });
}

function factsFor(
  report: Report,
  claims: readonly Claim[],
  { before, after }: IncidentChange,
  now: string,
): AlertFacts[] {
  const base = (type: AlertType) => ({
    id: stableId('alert', type, after.id, report.contentHash ?? report.key, report.key),
    type,
    reportKey: report.key,
    incidentId: after.id,
    place: { names: after.place.names },
    date: after.date,
    counts: highs(after),
    governorate: after.place.governorate,
    createdAt: now,
  });
  const alerts: AlertFacts[] = [];

  const opened = !before;
  if (opened && hasCasualties(after)) {
    alerts.push({ ...base('NEW_INCIDENT'), ...civilianOrCombatants(onlyCombatantsKilled(after.figures), after) });
  }
  if (!opened) {
    const changes = raisedFigures(before, claims);
    // A higher count of fighters is not a higher civilian toll: alone, it is news only for who opted in to it.
    const combatantsOnly = changes.every((c) => c.metric === 'combatants_killed');
    if (changes.length > 0)
      alerts.push({ ...base('COUNT_RAISED'), changes, ...civilianOrCombatants(combatantsOnly, after) });
  }
  const denial = claims.find((c) => c.type === 'denial');
  if (denial) alerts.push({ ...base('DENIAL'), claimant: { name: denial.claimant.name }, severity: 'medium' });
  return alerts;
}

/**
 * Severity and the combatants-only mark. An alert about combatants' deaths alone is low and marked, so that
 * subscribers get it only when they opt in (the SNS attribute `combatantsOnly` and their filter policy).
 */
function civilianOrCombatants(
  combatantsOnly: boolean,
  incident: Incident,
): Pick<AlertFacts, 'severity' | 'combatantsOnly'> {
  return combatantsOnly ? { severity: 'low', combatantsOnly: true } : { severity: severityOf(incident) };
}

/**
 * The metrics that include this one: children and women killed are civilians; civilians and combatants are among
 * the killed.
 */
const BROADER: Record<Metric, readonly Metric[]> = {
  killed: [],
  civilians_killed: ['killed'],
  children_killed: ['civilians_killed', 'killed'],
  women_killed: ['civilians_killed', 'killed'],
  combatants_killed: ['killed'],
  injured: [],
};

/**
 * Per metric, the report's highest stated figure where it exceeds the incident's highest so far. A metric the
 * incident has no figure for yet raises only what is known to rise: more civilians than anyone counted dead, or
 * a first figure for an incident that had none (only "dozens", or only a denial). A first injured count next to
 * known deaths is new detail, not a higher toll. Combatants' deaths are no civilian toll: while an incident's
 * only deaths are fighters, a first civilians, children or women figure raises whatever its size, and its
 * killed figure raises only above the fighters counted; a first count of fighters next to civilian figures is
 * new detail.
 */
export function raisedFigures(before: Incident, claims: readonly Claim[]): Change[] {
  const changes: Change[] = [];
  const hadFigures = METRICS.some((m) => before.counts[m] !== undefined);
  const fightersOnly = onlyCombatantsKilled(before.figures);
  for (const metric of METRICS) {
    let top: { value: number; claimant: string } | undefined;
    for (const claim of claims) {
      const stated = claim.type === 'casualty' ? claim.counts[metric]?.stated : undefined;
      if (stated != null && (!top || stated > top.value)) top = { value: stated, claimant: claim.claimant.name };
    }
    if (!top || top.value === 0) continue;
    const previous = before.counts[metric]?.high ?? null;
    const bound = previous ?? firstFigureBound(before, metric, fightersOnly);
    const firstRaises = !hadFigures || (fightersOnly && CIVILIAN_DEATHS.includes(metric));
    if (bound === undefined ? firstRaises : top.value > bound) {
      changes.push({ metric, previous, current: top.value, claimant: top.claimant });
    }
  }
  return changes;
}

const CIVILIAN_DEATHS: readonly Metric[] = ['civilians_killed', 'children_killed', 'women_killed'];

/** What a metric's first figure must exceed to raise: the broader metrics' highs; those of the dead are fighters. */
function firstFigureBound(before: Incident, metric: Metric, fightersOnly: boolean): number | undefined {
  if (fightersOnly && metric === 'killed') return before.counts.combatants_killed?.high;
  const broader = BROADER[metric]
    .filter((m) => !(fightersOnly && m === 'killed'))
    .map((m) => before.counts[m]?.high)
    .filter((v): v is number => v !== undefined);
  return broader.length > 0 ? Math.max(...broader) : undefined;
}

function highs(incident: Incident): Alert['counts'] {
  const counts: Alert['counts'] = {};
  for (const metric of METRICS) {
    const range = incident.counts[metric];
    if (range) counts[metric] = range.high;
  }
  return counts;
}

/**
 * High when civilians, children or many people are reported killed; subscribers can filter on it. Combatants'
 * deaths add nothing: killed counts them too, so only the dead beyond the fighters counted may be civilians.
 */
export function severityOf(incident: Incident): Severity {
  const high = (m: (typeof METRICS)[number]) => incident.counts[m]?.high ?? 0;
  const killed = Math.max(0, high('killed') - high('combatants_killed'));
  if (high('children_killed') > 0 || high('women_killed') > 0 || high('civilians_killed') >= 10 || killed >= 20)
    return 'high';
  return high('civilians_killed') > 0 || killed > 0 ? 'medium' : 'low';
}
