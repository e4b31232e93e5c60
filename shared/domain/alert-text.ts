// The words analysts read: a subject line, an SMS short enough for one or two segments, and an email with
// what changed, who says what, the quotes behind it and where the report is.
import type { AlertFacts } from './alert-facts.ts';
import { perpetratorLabel } from './perpetrators.ts';
import { type Claim, type Incident, METRICS, type Metric, type Report } from './schema.ts';

const METRIC_LABELS: Record<Metric, string> = {
  killed: 'killed',
  civilians_killed: 'civilians killed',
  children_killed: 'children killed',
  women_killed: 'women killed',
  combatants_killed: 'combatants killed',
  injured: 'injured',
};
const SHORT_LABELS: Record<Metric, string> = {
  killed: 'killed',
  civilians_killed: 'civ',
  children_killed: 'children',
  women_killed: 'women',
  combatants_killed: 'combatants',
  injured: 'injured',
};
const TYPE_LABELS = { NEW_INCIDENT: 'New incident', COUNT_RAISED: 'Toll raised', DENIAL: 'Denial' } as const;
const ARABIC = /[\u0600-\u06FF]/;

/** "هجين / Hajin": the first Arabic and the first Latin-script name, so both readers recognise the place. */
export function placeLabel(names: readonly string[]): string {
  const arabic = names.find((n) => ARABIC.test(n));
  const latin = names.find((n) => !ARABIC.test(n));
  return [arabic, latin].filter(Boolean).join(' / ') || 'unknown place';
}

function dateLabel(facts: AlertFacts): string {
  return facts.date.from === facts.date.to ? facts.date.from : `${facts.date.from}…${facts.date.to}`;
}

function countsLine(counts: AlertFacts['counts'], labels: Record<Metric, string>): string {
  return METRICS.filter((m) => counts[m] !== undefined)
    .map((m) => `${counts[m]} ${labels[m]}`)
    .join(', ');
}

function headline(facts: AlertFacts): string {
  if (facts.type === 'DENIAL') return `${facts.claimant?.name ?? 'A party'} denies`;
  if (facts.type === 'COUNT_RAISED') {
    return (facts.changes ?? []).map((c) => `${METRIC_LABELS[c.metric]} ${c.previous ?? '–'}→${c.current}`).join(', ');
  }
  return countsLine(facts.counts, METRIC_LABELS) || 'casualties reported';
}

export function renderAlertText(facts: AlertFacts, incident: Incident, claims: readonly Claim[], report: Report) {
  const place = placeLabel(facts.place.names);
  const subject = truncate(`[claimwatch] ${TYPE_LABELS[facts.type]}: ${headline(facts)} (${dateLabel(facts)})`, 100);
  const smsCounts =
    facts.type === 'DENIAL' ? `${facts.claimant?.name ?? ''} denies` : countsLine(facts.counts, SHORT_LABELS);
  const sms = truncate(`claimwatch ${TYPE_LABELS[facts.type]} ${place} ${dateLabel(facts)}: ${smsCounts}`, 300);
  return { subject, sms, email: emailBody(facts, incident, claims, report, place) };
}

function emailBody(
  facts: AlertFacts,
  incident: Incident,
  claims: readonly Claim[],
  report: Report,
  place: string,
): string {
  const lines = [
    `${TYPE_LABELS[facts.type]}: ${headline(facts)}`,
    '',
    `Place: ${place}${facts.governorate ? ` (${facts.governorate})` : ''}`,
    `All names: ${facts.place.names.join(', ')}`,
    `Date: ${dateLabel(facts)}${incident.dateEstimated ? ' (estimated from publication date)' : ''}`,
    `Alleged perpetrator(s): ${incident.perpetrators.map(perpetratorLabel).join(', ') || 'not stated'}`,
    `Incident: ${facts.incidentId} — figures from ${incident.reportKeys.length} report(s)`,
    '',
  ];
  for (const change of facts.changes ?? []) {
    lines.push(
      `Changed: ${METRIC_LABELS[change.metric]} ${change.previous ?? 'none'} → ${change.current} (${change.claimant})`,
    );
  }
  lines.push(
    'Highest figures now:',
    ...METRICS.filter((m) => facts.counts[m] !== undefined).map((m) => `  ${METRIC_LABELS[m]}: ${facts.counts[m]}`),
  );
  lines.push('', 'Figures by source:');
  for (const f of incident.figures) {
    const value =
      f.stated === null
        ? 'unstated (e.g. "dozens")'
        : `${f.stated}${f.qualifier === 'exact' ? '' : ` (${f.qualifier.replace('_', ' ')})`}`;
    lines.push(`  ${f.claimant.name}: ${METRIC_LABELS[f.metric]} ${value} — ${f.reportKey}`);
  }
  for (const d of incident.denials) lines.push(`  Denial by ${d.claimant.name} — ${d.reportKey}`);
  for (const a of incident.acknowledgments) lines.push(`  Acknowledgment by ${a.claimant.name} — ${a.reportKey}`);
  lines.push('', 'Evidence in this report:');
  for (const c of claims) lines.push(`  [${c.type}] ${c.claimant.name}: “${truncate(c.evidence, 400)}”`);
  lines.push('', `Report: ${report.url ?? (report.bucket ? `s3://${report.bucket}/${report.key}` : report.key)}`);
  if (report.source) lines.push(`Source: ${report.source}`);
  if (report.publishedAt) lines.push(`Published: ${report.publishedAt}`);
  if (report.summary) lines.push('', `Summary: ${report.summary}`);
  return lines.join('\n');
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
