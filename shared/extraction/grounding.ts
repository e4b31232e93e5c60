// Checks each extracted claim against the report it came from: its evidence must be a quote of the report,
// every stated number must be readable from that quote and plausible, and the claimant and place must be
// named in the report. An LLM can paraphrase, translate or invent figures and names (or be steered to by the
// report itself); a claim that fails these checks is kept (analysts can see it) but marked unverified, and
// never alerts. A date outside 1990 … publication + 1 day, or not on the calendar, is dropped from the claim
// with a reason: the claim still counts, undated.
import { addDays, EARLIEST_EVENT_DATE, isCalendarDate } from '../domain/dates.ts';
import type { DateRange, ExtractedClaim, Metric, Verification } from '../domain/schema.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { readNumbers, victimNames } from '../text/numbers.ts';
import { NamedInText } from './named-in-text.ts';
import { allPhrases, CLAIMANTS, UNATTRIBUTED } from './rules/claimant-table.ts';
import { claimantOfSource } from './rules/claimants.ts';

export type GroundedClaim = ExtractedClaim & { verification: Verification };

export interface GroundingOptions {
  /** The rules extractor's claims on the same text: a different figure for the same quote is flagged. */
  crossCheck?: readonly ExtractedClaim[];
  /** The report's publication date (YYYY-MM-DD): claim dates after the next day are dropped. */
  publishedAt?: string;
  /** Who published the report (metadata): a claimant may be the publisher speaking in its own voice. */
  source?: string;
}

export const EVIDENCE_NOT_FOUND = 'evidence quote not found in the report';
/** No single incident or war in the data kills more people than this: a larger figure is a typo or an attack. */
export const MAX_PLAUSIBLE_COUNT = 5_000_000;

export function groundClaims(
  text: string,
  claims: readonly ExtractedClaim[],
  opts: GroundingOptions = {},
): GroundedClaim[] {
  const report = new QuotableText(text);
  const named = new NamedInText(text);
  // A victim the report named earlier ("المواطن فلان") counts as one where the quote names them again.
  const victims = victimNames(text);
  const rules = (opts.crossCheck ?? []).map((claim) => ({ claim, span: report.locate(claim.evidence) }));
  return claims.map((original) => {
    const { claim, dateNote } = checkDate(original, opts.publishedAt);
    const span = report.locate(claim.evidence);
    const verification: Verification = !span
      ? { status: 'unverified', reason: EVIDENCE_NOT_FOUND }
      : (implausibleCount(claim) ?? unnamed(claim, named, opts.source) ?? checkNumbers(claim, victims));
    if (dateNote) verification.reason = verification.reason ? `${verification.reason}; ${dateNote}` : dateNote;
    const disagreement = disagreementWith(claim, span, rules);
    if (disagreement) verification.disagreement = disagreement;
    return { ...claim, verification };
  });
}

/** A figure no report can mean ("99999999999 killed"): recorded, flagged, never counted. */
function implausibleCount(claim: ExtractedClaim): Verification | undefined {
  for (const [metric, count] of countEntries(claim)) {
    const largest = Math.max(count.stated ?? 0, count.min ?? 0, count.max ?? 0);
    if (largest > MAX_PLAUSIBLE_COUNT) {
      return {
        status: 'unverified',
        reason: `implausible figure: ${metric} = ${largest} is more than ${MAX_PLAUSIBLE_COUNT.toLocaleString('en')}`,
      };
    }
  }
  return undefined;
}

/**
 * The claimant must be named in the report under its name, an alias, or any name the claimant table knows it
 * by ("المرصد" for the Syrian Observatory), or be the report's publisher; the place under one of its names.
 */
function unnamed(claim: ExtractedClaim, named: NamedInText, source: string | undefined): Verification | undefined {
  const claimantNames = [claim.claimant.name, ...(claim.claimant.aliases ?? [])];
  // The publisher as the extractor names it from the metadata: "SOHR website" is the Syrian Observatory.
  const publisher =
    source !== undefined &&
    (claimantNames.some((n) => nameKeyEq(n, source)) || claimantOfSource(source).name === claim.claimant.name);
  if (
    claim.claimant.name !== UNATTRIBUTED &&
    !publisher &&
    !named.has([...claimantNames, ...knownNamesOf(claimantNames)])
  ) {
    return { status: 'unverified', reason: `claimant "${claim.claimant.name}" is not named in the report` };
  }
  if (claim.place && !named.has(claim.place.names)) {
    return { status: 'unverified', reason: `place "${claim.place.names[0]}" is not named in the report` };
  }
  return undefined;
}

const nameKeyEq = (a: string, b: string): boolean => normalizeArabic(a) === normalizeArabic(b);

/** Every name and phrase of the claimant-table entries that one of these names is the name or an alias of. */
function knownNamesOf(names: readonly string[]): string[] {
  const keys = new Set(names.map((n) => normalizeArabic(n)));
  return CLAIMANTS.filter((e) => [e.name, ...e.aliases].some((n) => keys.has(normalizeArabic(n)))).flatMap(allPhrases);
}

/** Keeps a claim date that is a real calendar date from 1990 to the day after publication; else drops it. */
function checkDate(
  claim: ExtractedClaim,
  publishedAt: string | undefined,
): { claim: ExtractedClaim; dateNote?: string } {
  if (!claim.date) return { claim };
  const problem = dateProblem(claim.date, publishedAt);
  if (!problem) return { claim };
  const { date: _dropped, ...undated } = claim;
  return { claim: undated, dateNote: `date ${claim.date.from}…${claim.date.to} dropped: ${problem}` };
}

function dateProblem(range: DateRange, publishedAt: string | undefined): string | undefined {
  for (const day of [range.from, range.to]) if (!isCalendarDate(day)) return `${day} is not a calendar date`;
  if (range.from > range.to) return 'it ends before it starts';
  if (range.from < EARLIEST_EVENT_DATE) return `it starts before ${EARLIEST_EVENT_DATE}`;
  if (publishedAt && isCalendarDate(publishedAt) && range.to > addDays(publishedAt, 1)) {
    return `it ends after the publication date ${publishedAt}`;
  }
  return undefined;
}

/**
 * Every stated figure must be readable from the claim's own quote (digits or words, Arabic included), or be the
 * sum of two or three figures in it ("two dozen soldiers and 17 militants" → 41 killed): a total the reader can
 * check on the quote, unlike a number from nowhere.
 */
function checkNumbers(claim: ExtractedClaim, victims: ReadonlyMap<string, string>): Verification {
  const values = readNumbers(claim.evidence, victims).map((n) => n.value);
  const readable = new Set(values);
  const sums: string[] = [];
  for (const [metric, count] of countEntries(claim)) {
    if (count.stated === null || readable.has(count.stated)) continue;
    const parts = sumOf(count.stated, values);
    if (!parts)
      return { status: 'unverified', reason: `${metric} = ${count.stated} cannot be read from the evidence quote` };
    sums.push(`${metric} = ${parts.join(' + ')}`);
  }
  return sums.length > 0
    ? { status: 'grounded', reason: `sums of figures in the quote: ${sums.join('; ')}` }
    : { status: 'grounded' };
}

/** Two or three of the quote's figures (each used once) that add up to the total, if any. */
function sumOf(total: number, values: readonly number[]): number[] | undefined {
  const v = values.slice(0, 12);
  for (let i = 0; i < v.length; i++) {
    for (let j = i + 1; j < v.length; j++) {
      if (v[i]! + v[j]! === total) return [v[i]!, v[j]!];
      for (let k = j + 1; k < v.length; k++) if (v[i]! + v[j]! + v[k]! === total) return [v[i]!, v[j]!, v[k]!];
    }
  }
  return undefined;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A rules claim "covers the same evidence" when the two quotes overlap in the report. For each metric both
 * state, the LLM's figure is questioned only when no overlapping rules claim reads the same number.
 */
function disagreementWith(
  claim: ExtractedClaim,
  span: Span | undefined,
  rules: ReadonlyArray<{ claim: ExtractedClaim; span: Span | undefined }>,
): string | undefined {
  const overlapping = rules.filter((r) => quotesOverlap(claim.evidence, span, r.claim.evidence, r.span));
  if (overlapping.length === 0) return undefined;
  const notes: string[] = [];
  for (const [metric, count] of countEntries(claim)) {
    if (count.stated === null) continue;
    const readings = overlapping
      .map((r) => r.claim.counts[metric]?.stated)
      .filter((n): n is number => typeof n === 'number');
    if (readings.length === 0 || readings.includes(count.stated)) continue;
    const unique = [...new Set(readings)];
    notes.push(`rules extractor reads ${metric} = ${unique.join(' or ')} here`);
  }
  return notes.length > 0 ? notes.join('; ') : undefined;
}

function quotesOverlap(a: string, spanA: Span | undefined, b: string, spanB: Span | undefined): boolean {
  if (spanA && spanB) return spanA.start < spanB.end && spanB.start < spanA.end;
  // A quote we could not place can still be the same passage: compare the quotes themselves.
  const la = looseForm(a);
  const lb = looseForm(b);
  return la.length > 0 && lb.length > 0 && (la.includes(lb) || lb.includes(la));
}

function countEntries(claim: ExtractedClaim): Array<[Metric, NonNullable<ExtractedClaim['counts'][Metric]>]> {
  return Object.entries(claim.counts).filter(
    (e): e is [Metric, NonNullable<ExtractedClaim['counts'][Metric]>] => !!e[1],
  );
}

/**
 * The report in a form quotes are searched in: Arabic-normalised, with punctuation (quotes, commas, brackets,
 * dashes, full stops) treated as white space and white space collapsed, so a quote that differs from the
 * text only in those is still found. Positions are in that form, which is enough to compare two quotes.
 */
class QuotableText {
  private readonly loose: string;
  constructor(text: string) {
    this.loose = looseForm(text);
  }

  locate(evidence: string): Span | undefined {
    // Models mark omissions with an ellipsis: each fragment must appear, in order.
    const fragments = evidence
      .split(/\s*(?:\.{3,}|…)\s*/u)
      .map(looseForm)
      .filter((f) => f.length > 0);
    if (fragments.length === 0) return undefined;
    let from = 0;
    let start = -1;
    for (const fragment of fragments) {
      const at = this.findWord(fragment, from);
      if (at < 0) return undefined;
      if (start < 0) start = at;
      from = at + fragment.length;
    }
    return { start, end: from };
  }

  /**
   * Short fragments must match whole words, so "30" is not found inside "300" nor "قتل" inside "مقتل"; a
   * single clitic letter (و ف ب ل ك) before the first word is allowed ("قتل" in "وقتل"). A fragment of
   * four words or more is specific enough to be found anywhere, even if the model trimmed a word's edges.
   */
  private findWord(fragment: string, from: number): number {
    const strict = fragment.split(' ').length < 4;
    let at = this.loose.indexOf(fragment, from);
    while (at >= 0) {
      if (!strict || (this.startsWord(at) && this.endsWord(at + fragment.length))) return at;
      at = this.loose.indexOf(fragment, at + 1);
    }
    return -1;
  }

  private startsWord(at: number): boolean {
    if (at === 0 || this.loose[at - 1] === ' ') return true;
    return 'وفبلك'.includes(this.loose[at - 1] ?? '') && (at === 1 || this.loose[at - 2] === ' ');
  }

  private endsWord(end: number): boolean {
    return end === this.loose.length || this.loose[end] === ' ';
  }
}

function looseForm(text: string): string {
  return normalizeArabic(text)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
