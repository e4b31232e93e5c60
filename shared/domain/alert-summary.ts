// The pieces every alert text is made of, written once: which name of the place to show in which script, the
// short incident reference and link, the figures with their words spelled out, and where sources disagree.

import { type Claim, type Figure, type Incident, METRICS, type Metric } from './schema.ts';
import { isGsm7 } from './sms-segments.ts';
import { httpUrl, plainTextWithoutContacts } from './untrusted-text.ts';

export const PLACE_SCRIPTS = ['latin', 'arabic'] as const;
export type PlaceScript = (typeof PLACE_SCRIPTS)[number];

/** What the operator configures about alert texts (CLAIMWATCH_SMS_PLACE_SCRIPT, CLAIMWATCH_INCIDENT_URL_PATTERN). */
export interface AlertTextOptions {
  /** The one script the SMS names the place in: Latin keeps the message GSM-7 (160 characters a segment). */
  smsPlaceScript: PlaceScript;
  /** An http(s) URL with `{id}` (the incident id) and/or `{ref}` (its short reference), e.g. the analysts' site. */
  incidentUrlPattern?: string;
}
export const DEFAULT_ALERT_TEXT_OPTIONS: AlertTextOptions = { smsPlaceScript: 'latin' };

export const METRIC_WORDS: Record<Metric, string> = {
  killed: 'killed',
  civilians_killed: 'civilians killed',
  children_killed: 'children killed',
  women_killed: 'women killed',
  combatants_killed: 'combatants killed',
  injured: 'injured',
};

/** The words after a count of one: "1 child killed", not "1 children killed". */
const METRIC_WORDS_ONE: Record<Metric, string> = {
  ...METRIC_WORDS,
  civilians_killed: 'civilian killed',
  children_killed: 'child killed',
  women_killed: 'woman killed',
  combatants_killed: 'combatant killed',
};

/** "1 child killed", "3 children killed": a count with its metric's words in the number they agree with. */
export function metricCount(count: number | string, metric: Metric): string {
  return `${count} ${String(count) === '1' ? METRIC_WORDS_ONE[metric] : METRIC_WORDS[metric]}`;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/;
const MAX_NAME = 40;

/** "c19960": six hex digits of the incident id, enough to match an SMS, its email and the incident page. */
export function incidentRef(incidentId: string): string {
  return incidentId.replace(/^inc-/, '').slice(0, 6);
}

/** The configured pattern filled in; undefined when none is set or the result is not an http(s) URL. */
export function incidentLink(options: AlertTextOptions, incidentId: string): string | undefined {
  if (!options.incidentUrlPattern) return undefined;
  const url = options.incidentUrlPattern
    .replaceAll('{id}', encodeURIComponent(incidentId))
    .replaceAll('{ref}', incidentRef(incidentId));
  return httpUrl(url, 200);
}

/** Place names as they may be shown: cleaned, no contacts, no empties, no repeats. */
function cleanNames(names: readonly string[]): string[] {
  const cleaned = names.map((n) => plainTextWithoutContacts(n, MAX_NAME)).filter((n) => n !== '');
  return [...new Set(cleaned)];
}

/** Latin letters with their accents dropped ("Ḥajīn" → "Hajin"), so a Latin name stays in GSM-7. */
function foldToGsm7(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʿʾ‘’`]/g, "'");
}

/** The place in one script: the first name in it (Latin folded to GSM-7), else the first name there is. */
export function placeIn(names: readonly string[], script: PlaceScript): string {
  const cleaned = cleanNames(names);
  if (script === 'arabic') return cleaned.find((n) => ARABIC.test(n)) ?? cleaned[0] ?? 'unknown place';
  const latin = cleaned.filter((n) => !ARABIC.test(n)).map(foldToGsm7);
  return latin.find(isGsm7) ?? latin[0] ?? cleaned[0] ?? 'unknown place';
}

/**
 * "أبو الحسن / Abu al-Hassan" and at most three other spellings. The incident's own place comes first in its
 * names; later ones may be variants of places merged into it, which only confuse, so only the first six count.
 */
export function placeSpellings(names: readonly string[]): { label: string; others: string[] } {
  const cleaned = cleanNames(names).slice(0, 6);
  const arabic = cleaned.find((n) => ARABIC.test(n));
  const latin = cleaned.find((n) => !ARABIC.test(n));
  const shown = [arabic, latin].filter((n): n is string => n !== undefined);
  return {
    label: shown.join(' / ') || 'unknown place',
    others: cleaned.filter((n) => !shown.includes(n)).slice(0, 3),
  };
}

/**
 * A claimant named for a channel: `gsm7` (a Latin SMS or subject) takes the name or an alias that keeps the text
 * in GSM-7, or "a source" (its name is in the email); `any` takes the name as given.
 */
export type NameChannel = 'gsm7' | 'any';
export function claimantIn(name: string, claims: readonly Claim[], channel: NameChannel): string {
  const aliases = claims.find((c) => c.claimant.name === name)?.claimant.aliases ?? [];
  const fits = (n: string) => channel === 'any' || isGsm7(n);
  const chosen = fits(name) ? name : aliases.find((a) => fits(a) && a.length > 3);
  return (chosen && plainTextWithoutContacts(chosen, MAX_NAME)) || 'a source';
}

/**
 * Metrics whose highest figure sits below a narrower one's (10 killed but 20 civilians killed): two sources
 * counting differently. Showing both as totals contradicts itself, so the texts drop the lower broader figure
 * from the headline and say that sources differ.
 */
const NARROWER: Record<Metric, readonly Metric[]> = {
  killed: ['civilians_killed', 'children_killed', 'women_killed', 'combatants_killed'],
  civilians_killed: ['children_killed', 'women_killed'],
  children_killed: [],
  women_killed: [],
  combatants_killed: [],
  injured: [],
};
export function contradicted(counts: Partial<Record<Metric, number>>): Metric[] {
  return METRICS.filter((m) => {
    const own = counts[m];
    return own !== undefined && NARROWER[m].some((n) => (counts[n] ?? -1) > own);
  });
}

/** "43 killed, 17 civilians killed" with contradicted totals left out. */
export function countsPhrase(counts: Partial<Record<Metric, number>>): string {
  const dropped = contradicted(counts);
  return METRICS.filter((m) => counts[m] !== undefined && !dropped.includes(m))
    .map((m) => metricCount(counts[m]!, m))
    .join(', ');
}

function figureValue(f: Figure): string {
  if (f.stated === null) return 'unstated (e.g. "dozens")';
  return f.qualifier === 'exact' ? String(f.stated) : `${f.qualifier.replace('_', ' ')} ${f.stated}`;
}

/**
 * Per metric, its figure or range and who gives what: "civilians killed 28–30: Syrian Observatory 28; SANA about
 * 30". The same claimant repeating a figure in several reports is listed once.
 */
export function figureLines(incident: Pick<Incident, 'figures' | 'counts'>): string[] {
  const lines: string[] = [];
  for (const metric of METRICS) {
    const figures = incident.figures.filter((f) => f.metric === metric);
    if (figures.length === 0) continue;
    const range = incident.counts[metric];
    const head = range ? (range.low === range.high ? `${range.high}` : `${range.low}–${range.high}`) : 'unstated';
    const byClaimant = new Map<string, string[]>();
    for (const f of figures) {
      const name = plainTextWithoutContacts(f.claimant.name, MAX_NAME) || 'a source';
      const values = byClaimant.get(name) ?? [];
      if (!values.includes(figureValue(f))) values.push(figureValue(f));
      byClaimant.set(name, values);
    }
    const who = [...byClaimant].map(([name, values]) => `${name} ${values.join(', ')}`).join('; ');
    const differ = range && range.low !== range.high ? ' (sources differ)' : '';
    lines.push(`${METRIC_WORDS[metric]} ${head}${differ}: ${who}`);
  }
  return lines;
}
