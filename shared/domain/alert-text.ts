// The words analysts read, one text per channel. The SMS fits one segment where it can: the place in the one
// script the operator chose, figures in plain words, old → new for a raise, what is denied, the incident's
// short reference and configured link. The email subject names the place and the change, whole words only;
// the body starts with one line saying what changed, then the figures by source with their disagreements.
// Every part taken from a report passes through untrusted-text.ts first.
import type { AlertFacts } from './alert-facts.ts';
import {
  type AlertTextOptions,
  claimantIn,
  contradicted,
  countsPhrase,
  DEFAULT_ALERT_TEXT_OPTIONS,
  figureLines,
  incidentLink,
  incidentRef,
  METRIC_WORDS,
  type NameChannel,
  placeIn,
  placeSpellings,
} from './alert-summary.ts';
import { type Corroboration, corroboration, sourcesLabel } from './corroboration.ts';
import { reportCountOf } from './incidents.ts';
import { perpetratorLabel } from './perpetrators.ts';
import type { Claim, Incident, Report } from './schema.ts';
import { smsSegments } from './sms-segments.ts';
import { capWords, httpUrl, plainText, plainTextWithoutContacts } from './untrusted-text.ts';

const TYPE_LABELS = { NEW_INCIDENT: 'New incident', COUNT_RAISED: 'Toll raised', DENIAL: 'Denial' } as const;
/** SNS email subjects hold at most 100 characters; sanitizeSubject (sns/subject.ts) keeps under that. */
export const SUBJECT_MAX = 99;

export interface AlertTexts {
  subject: string;
  sms: string;
  email: string;
}

function dateLabel(facts: AlertFacts): string {
  const { from, to } = facts.date;
  if (from === to) return from;
  return from.slice(0, 8) === to.slice(0, 8) ? `${from}/${to.slice(8)}` : `${from}/${to}`;
}

/**
 * What changed, in the words of one script, as pieces each carrying its separator, so a short line keeps whole
 * pieces only: ["civilians killed 7->11", ", children killed 3->4", " (SOHR)"], ["US-led coalition denies",
 * " killing 17 civilians"], ["43 killed", ", 17 civilians killed"].
 */
function changePieces(facts: AlertFacts, claims: readonly Claim[], names: NameChannel, arrow: string): string[] {
  if (facts.type === 'COUNT_RAISED') {
    const changes = facts.changes ?? [];
    const byWhom = [...new Set(changes.map((c) => claimantIn(c.claimant, claims, names)))];
    const raised = changes.map(
      (c, i) => `${i > 0 ? ', ' : ''}${METRIC_WORDS[c.metric]} ${c.previous ?? 'none'}${arrow}${c.current}`,
    );
    return [...raised, ` (${byWhom.join(', ')})`];
  }
  if (facts.type === 'DENIAL') {
    const who = claimantIn(facts.claimant?.name ?? 'A party', claims, names);
    const { civilians_killed: civilians, killed } = facts.counts;
    if (civilians !== undefined)
      return [`${who} denies`, ` killing ${civilians} ${civilians === 1 ? 'civilian' : 'civilians'}`];
    if (killed !== undefined) return [`${who} denies`, ` killing ${killed} ${killed === 1 ? 'person' : 'people'}`];
    return [`${who} denies`, ' causing harm there'];
  }
  const counts = countsPhrase(facts.counts);
  return counts ? counts.split(', ').map((p, i) => (i > 0 ? `, ${p}` : p)) : ['casualties reported, no figure'];
}

function change(facts: AlertFacts, claims: readonly Claim[], names: NameChannel, arrow: string): string {
  return changePieces(facts, claims, names, arrow).join('');
}

export function renderAlertText(
  facts: AlertFacts,
  incident: Incident,
  claims: readonly Claim[],
  report: Report,
  options: AlertTextOptions = DEFAULT_ALERT_TEXT_OPTIONS,
): AlertTexts {
  const sources = corroboration(incident);
  return {
    subject: subjectLine(facts, claims),
    sms: smsText(facts, claims, options, sourcesLabel(sources)),
    email: emailBody(facts, incident, claims, report, options),
  };
}

/** Whole pieces only, added while they fit: the type, the place, the change, then the date and reference. */
function subjectLine(facts: AlertFacts, claims: readonly Claim[]): string {
  const head = capWords(`[claimwatch] ${TYPE_LABELS[facts.type]} in ${placeIn(facts.place.names, 'latin')}`, 80);
  let subject = head;
  for (const [i, piece] of changePieces(facts, claims, 'gsm7', '->').entries()) {
    const next = `${subject}${i === 0 ? ': ' : ''}${piece}`;
    if (next.length > SUBJECT_MAX) break;
    subject = next;
  }
  for (const tail of [
    ` (${dateLabel(facts)}, ref ${incidentRef(facts.incidentId)})`,
    ` (ref ${incidentRef(facts.incidentId)})`,
  ]) {
    if (subject.length + tail.length <= SUBJECT_MAX) return subject + tail;
  }
  return subject;
}

/**
 * The SMS: the richest variant within the segment budget (1 for Latin, 2 for Arabic, which is UCS-2), dropping
 * the source count, then the date, then shortening the change, then the name and reference, before going over.
 */
function smsText(facts: AlertFacts, claims: readonly Claim[], options: AlertTextOptions, sources: string): string {
  const script = options.smsPlaceScript;
  const place = placeIn(facts.place.names, script);
  const link = incidentLink(options, facts.incidentId);
  const ref = `ref ${incidentRef(facts.incidentId)}`;
  const what = change(facts, claims, script === 'latin' ? 'gsm7' : 'any', '->');
  const differ = contradicted(facts.counts).length > 0 ? ' Sources differ.' : '';
  const toll = `${facts.type === 'DENIAL' ? 'Toll: ' : ''}${sources}.${differ}`;
  const budget = script === 'latin' ? 1 : 2;
  const variant = (parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');
  const head = `claimwatch ${TYPE_LABELS[facts.type]} in ${place}`;
  const candidates = [
    variant([`${head} ${dateLabel(facts)}: ${what}.`, toll, ref, link]),
    variant([`${head} ${dateLabel(facts)}: ${what}.`, ref, link]),
    variant([`${head}: ${what}.`, ref, link]),
    variant([`${head}: ${capWords(what, 60)}`, ref, link]),
    // The link names the incident too: the reference is the one part left to drop.
    variant([`${TYPE_LABELS[facts.type]} in ${place}: ${capWords(what, 60)}`, link ?? ref]),
  ];
  return candidates.find((text) => smsSegments(text).segments <= budget) ?? candidates[candidates.length - 1]!;
}

function sourceNames(c: Corroboration): string {
  return c.sources.map((s) => plainTextWithoutContacts(s.name, 40)).join('; ');
}

function emailBody(
  facts: AlertFacts,
  incident: Incident,
  claims: readonly Claim[],
  report: Report,
  options: AlertTextOptions,
): string {
  const place = placeSpellings(facts.place.names);
  const governorate = facts.governorate ? ` (${plainText(facts.governorate, 40)})` : '';
  const sources = corroboration(incident);
  const link = incidentLink(options, facts.incidentId);
  const lines = [
    `What changed: ${TYPE_LABELS[facts.type]} in ${placeIn(facts.place.names, 'latin')}${governorate}, ` +
      `${dateLabel(facts)}: ${change(facts, claims, 'any', ' → ')}.`,
    '',
    `Incident: ref ${incidentRef(facts.incidentId)} (${facts.incidentId})${link ? ` — ${link}` : ''}`,
    `Place: ${place.label}${governorate}${place.others.length > 0 ? `; also written ${place.others.join(', ')}` : ''}`,
    `Date: ${dateLabel(facts)}${incident.dateEstimated ? ' (estimated from publication date)' : ''}`,
    `Alleged perpetrator(s): ${incident.perpetrators.map(perpetratorLabel).join(', ') || 'not stated'}`,
    `Sources: ${sourcesLabel(sources).toLowerCase()} (${sourceNames(sources)})` +
      ` in ${reportCountOf(incident)} report(s)`,
    `Incident: ${facts.incidentId} — figures from ${reportCountOf(incident)} report(s)`,
    '',
  ];
  if (sources.singleSource.length > 0) {
    lines.push(`Single-source figures: ${sources.singleSource.map((m) => METRIC_WORDS[m]).join(', ')}`);
  }
  lines.push('', 'Figures by source (range where sources differ):');
  lines.push(...figureLines(incident).map((line) => `  ${line}`));
  for (const metric of contradicted(facts.counts)) {
    lines.push(
      `  Note: ${METRIC_WORDS[metric]} ${facts.counts[metric]} is below a narrower figure from another source;` +
        ' the sources count differently.',
    );
  }
  for (const d of incident.denials) lines.push(`  Denial by ${plainTextWithoutContacts(d.claimant.name, 40)}`);
  for (const a of incident.acknowledgments) {
    lines.push(`  Acknowledgment by ${plainTextWithoutContacts(a.claimant.name, 40)}`);
  }
  lines.push('', 'Evidence in this report:');
  for (const c of claims) {
    const who = plainTextWithoutContacts(c.claimant.name, 40);
    lines.push(`  [${c.type}] ${who}: “${plainTextWithoutContacts(c.evidence, 400)}”`);
  }
  const stored = `${report.bucket ? `s3://${report.bucket}/` : ''}${plainTextWithoutContacts(report.key, 200)}`;
  lines.push('', `Report: ${httpUrl(report.url) ?? stored}`);
  if (report.source) lines.push(`Source: ${plainTextWithoutContacts(report.source, 80)}`);
  if (report.publishedAt) lines.push(`Published: ${report.publishedAt}`);
  if (report.summary) lines.push('', `Summary: ${plainTextWithoutContacts(report.summary, 600)}`);
  return lines.join('\n');
}
