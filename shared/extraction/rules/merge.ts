// One claim per claimant and event: a report restates its figures (headline, lead, body), and a rising toll
// replaces the earlier figure rather than adding to it. Unattributed restatements of an attributed figure
// (a headline's "مقتل 54") are dropped, and so are "victims" that restate the dead and wounded together.
import { overlaps, widen } from '../../domain/dates.ts';
import type { Count, Counts, DateRange, ExtractedClaim, Metric } from '../../domain/schema.ts';
import type { Gazetteer } from '../../places/gazetteer.ts';
import { nameKey } from '../../text/normalize.ts';
import { readNumbers } from '../../text/numbers.ts';
import { placesRelated, TOWN_RANK } from './place-choice.ts';

export interface DraftClaim {
  claim: ExtractedClaim;
  /** The claimant was named in the text (not taken from metadata). */
  explicitClaimant: boolean;
  risingToll: boolean;
  additional: boolean;
  /** Only a breakdown ("من بين القتلى 3 أطفال") of a toll the same claimant gave before. */
  breakdown?: boolean;
  /** An earlier event the report recalls: the past perfect with a date of its own ("وكانت … قد … في 9 أيار"). */
  background?: boolean;
  /** Its dead are counted only as "victims" (ضحايا): the number of that figure (see lumpedVictims below). */
  victimsOnly?: number;
  /** "The two men were civilians" said of dead a toll counted as fighters: never merged into a fighters' count. */
  civilianStatus?: boolean;
  inTitle: boolean;
  order: number;
  /** How specific the claim's place is (place-choice ranks; -1 = none): town level and finer is 5+. */
  placeRank: number;
}

/** Reports disagree on the day by one: ranges a day apart may be the same event. */
function datesCompatible(a: DateRange | undefined, b: DateRange | undefined): boolean {
  if (!a || !b) return true;
  return overlaps(widen(a, 1), b);
}

/** A place the gazetteer does not list (a village named after "قرية") is as specific as a listed village. */
const UNLISTED_SPECIFICITY = 4;

function placeSpecificity(gazetteer: Gazetteer, claim: ExtractedClaim): number {
  const id = claim.place?.placeId;
  if (!claim.place) return -1;
  return id ? gazetteer.ancestors(id).length : UNLISTED_SPECIFICITY;
}

function mergeCount(a: Count | undefined, b: Count, bRising: boolean, aRising: boolean): Count {
  if (!a) return b;
  if (bRising && !aRising && b.stated !== null) return b;
  if (aRising && !bRising && a.stated !== null) return a;
  if (a.stated === null) return b.stated !== null || (b.min ?? 0) > (a.min ?? 0) ? b : a;
  if (b.stated === null) return a;
  return b.stated > a.stated ? b : a;
}

/** A quote of the report covering both quotes (they may be sentences apart), when one is short enough. */
export type JoinEvidence = (a: string, b: string) => string | undefined;

/** Every stated number can be read from the quote (as grounding will check). */
function quotesCounts(evidence: string, counts: Counts): boolean {
  const readable = new Set(readNumbers(evidence).map((n) => n.value));
  return Object.values(counts).every((c) => !c || c.stated === null || readable.has(c.stated));
}

/** Merges `other` into `target`; false (and `target` unchanged) when no quote of the report supports the result. */
function mergeInto(gazetteer: Gazetteer, target: DraftClaim, other: DraftClaim, joinEvidence?: JoinEvidence): boolean {
  const counts: Counts = { ...target.claim.counts };
  for (const [metric, count] of Object.entries(other.claim.counts) as Array<[Metric, Count]>) {
    counts[metric] = mergeCount(counts[metric], count, other.risingToll, target.risingToll);
  }
  const t = target.claim;
  const o = other.claim;
  // A headline's date is the publication's; the body's sentence says when the event was, and quotes it whole.
  const bodyOverHeadline = target.inTitle && !other.inTitle;
  // The evidence of the richer statement supports the merged claim best.
  const richer =
    numericMetrics(o) > numericMetrics(t) || (bodyOverHeadline && numericMetrics(o) === numericMetrics(t)) ? o : t;
  let evidence = richer.evidence;
  // Figures from two sentences ("13 مدنياً قتلوا …" then "من بين القتلى 4 أطفال"): quote the passage with both.
  if (joinEvidence && !quotesCounts(evidence, counts)) {
    const joined = joinEvidence(t.evidence, o.evidence);
    if (!joined || !quotesCounts(joined, counts)) return false;
    evidence = joined;
  }
  target.claim = {
    ...t,
    counts,
    evidence,
    ...(placeSpecificity(gazetteer, o) > placeSpecificity(gazetteer, t) && o.place ? { place: o.place } : {}),
    ...((!t.date || bodyOverHeadline) && o.date ? { date: o.date } : {}),
    ...(!t.perpetrator && o.perpetrator ? { perpetrator: o.perpetrator } : {}),
  };
  if (placeSpecificity(gazetteer, o) > placeSpecificity(gazetteer, t) && o.place)
    target.placeRank = Math.max(target.placeRank, other.placeRank);
  target.inTitle &&= other.inTitle;
  target.risingToll ||= other.risingToll;
  target.explicitClaimant ||= other.explicitClaimant;
  return true;
}

/** Denials and acknowledgments: what a party says about an event, without figures. */
function isStatement(c: ExtractedClaim): boolean {
  return c.type === 'denial' || c.type === 'acknowledgment';
}

function numericMetrics(c: ExtractedClaim): number {
  return Object.values(c.counts).filter((x) => x && x.stated !== null).length;
}

const KEYS = new Map<string, string>();
function sameClaimant(a: ExtractedClaim, b: ExtractedClaim): boolean {
  const key = (name: string) => {
    let k = KEYS.get(name);
    if (k === undefined) {
      k = nameKey(name);
      if (KEYS.size > 10_000) KEYS.clear();
      KEYS.set(name, k);
    }
    return k;
  };
  return key(a.claimant.name) === key(b.claimant.name);
}

/** "Moscow denied" and "Russia's Defence Ministry denied": one belligerent's statement. */
function sameParty(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return (
    isStatement(a) &&
    isStatement(b) &&
    a.type === b.type &&
    a.perpetrator !== undefined &&
    a.perpetrator === b.perpetrator
  );
}

/** The other claim that restates every value of `claim` (equal number, or vague where the other has one). */
function subsumedBy(
  gazetteer: Gazetteer,
  claim: ExtractedClaim,
  others: ExtractedClaim[],
  anyPlace: boolean,
): ExtractedClaim | undefined {
  const entries = Object.entries(claim.counts) as Array<[Metric, Count]>;
  if (entries.length === 0) return undefined;
  return others.find(
    (o) =>
      o !== claim &&
      o.type === claim.type &&
      // "two children in Talbiseh" does not echo "8 civilians, among them 2 children, in Qamishli"; a headline
      // restates the body's figure under a wider (or another) place name.
      (anyPlace || placesRelated(gazetteer, o.place, claim.place)) &&
      entries.every(([metric, count]) => {
        // A headline's "toll rises to 11" restates the body's "11 civilians" (even when the body has a killed figure
        // too).
        const candidates = [o.counts[metric], metric === 'killed' ? o.counts.civilians_killed : undefined];
        return candidates.some(
          (other) => other !== undefined && (count.stated === null || other.stated === count.stated),
        );
      }),
  );
}

export function mergeClaims(gazetteer: Gazetteer, drafts: DraftClaim[], joinEvidence?: JoinEvidence): ExtractedClaim[] {
  const merged: DraftClaim[] = [];
  for (const d of lumpedVictims(drafts)) {
    // A vague figure alone ("dozens of wounded") belongs to the nearest claim read before it, not the headline's.
    const vagueOnly = d.claim.type === 'casualty' && numericMetrics(d.claim) === 0;
    const target = (vagueOnly ? [...merged].reverse() : merged).find(
      (m) =>
        m.claim.type === d.claim.type &&
        (sameClaimant(m.claim, d.claim) || sameParty(m.claim, d.claim)) &&
        // "… and 30 others were injured" adds a metric; "10 other civilians were killed" is a further figure.
        !(d.additional && Object.keys(d.claim.counts).some((metric) => metric in m.claim.counts)) &&
        (d.claim.type !== 'aggregate' || sameCounts(m.claim.counts, d.claim.counts)) &&
        placesRelated(gazetteer, m.claim.place, d.claim.place) &&
        // The same dead called fighters and civilians are two statements, even by one claimant.
        !(d.civilianStatus && m.claim.counts.combatants_killed) &&
        !(m.civilianStatus && d.claim.counts.combatants_killed) &&
        // One party's denials (or acknowledgments) about one place in one report are one statement, whatever day a
        // later sentence seems to give it ("that day", the day it spoke).
        (datesCompatible(m.claim.date, d.claim.date) || isStatement(d.claim)) &&
        // A recalled earlier event is the same as another figure only when both are dated (and the days agree).
        (Boolean(m.background) === Boolean(d.background) || (m.claim.date && d.claim.date)) &&
        sameEvent(m, d),
    );
    if (!target || !mergeInto(gazetteer, target, d, joinEvidence)) merged.push({ ...d, claim: { ...d.claim } });
  }
  // Headline restatements and unattributed echoes of an attributed figure: drop them (headlines first), but
  // only in favour of a claim that stays.
  const dropped = new Set<DraftClaim>();
  const droppable = merged
    .filter((m) => (m.claim.type === 'casualty' || m.claim.type === 'aggregate') && (!m.explicitClaimant || m.inTitle))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle));
  for (const m of droppable) {
    const others = merged.filter((o) => o !== m && !dropped.has(o));
    const claims = others.map((o) => o.claim);
    const by = subsumedBy(gazetteer, m.claim, claims, m.inTitle);
    if (!by) continue;
    dropped.add(m);
    // "قتل مدني في قرية X" then "…ما أدى إلى مقتل مدني" under the region: the restatement keeps the village.
    const keeper = others[claims.indexOf(by)];
    if (keeper && !m.inTitle && m.claim.place && placeSpecificity(gazetteer, m.claim) > placeSpecificity(gazetteer, by))
      keeper.claim = { ...by, place: m.claim.place };
  }
  // A headline denial whose denier the headline does not name ("… تنفي قصف …") is the body's denial restated.
  for (const m of merged) {
    if (!isStatement(m.claim) || !m.inTitle || m.explicitClaimant) continue;
    const body = merged.find(
      (o) =>
        o !== m &&
        !dropped.has(o) &&
        o.claim.type === m.claim.type &&
        !o.inTitle &&
        placesRelated(gazetteer, o.claim.place, m.claim.place),
    );
    if (body) dropped.add(m);
  }
  return merged.filter((m) => !dropped.has(m)).map((m) => m.claim);
}

/**
 * Two statements by one claimant are about the same event when both name the same specific place, or one
 * restates a figure of the other, is vague, or is a rising toll. Denials and acknowledgments merge freely.
 */
function sameEvent(a: DraftClaim, b: DraftClaim): boolean {
  if (a.claim.type === 'denial' || a.claim.type === 'acknowledgment') return true;
  if (a.placeRank >= TOWN_RANK && b.placeRank >= TOWN_RANK) return true;
  // "killed four civilians in Tal Rifaat … another 11 people were wounded": one place, figures that do not overlap.
  const samePlace = a.claim.place?.placeId !== undefined && a.claim.place.placeId === b.claim.place?.placeId;
  if (samePlace && !Object.keys(b.claim.counts).some((metric) => metric in a.claim.counts)) return true;
  if (a.risingToll || b.risingToll || b.breakdown) return true;
  const entries = (c: ExtractedClaim) => Object.entries(c.counts) as Array<[Metric, Count]>;
  const numeric = (c: ExtractedClaim) => entries(c).filter(([, x]) => x.stated !== null);
  if (numeric(a.claim).length === 0 || numeric(b.claim).length === 0) return true;
  // A restatement: some metric carries the same number in both.
  if (numeric(a.claim).some(([metric, x]) => b.claim.counts[metric]?.stated === x.stated)) return true;
  // A headline's figure restated in the body under another metric ("28 قتيلا" → "54 بينهم 28 مدنيا").
  const headline = a.inTitle ? a : b.inTitle ? b : undefined;
  const body = headline === a ? b : a;
  if (!headline) return false;
  const bodyValues = new Set(numeric(body.claim).map(([, x]) => x.stated));
  return numeric(headline.claim).every(([, x]) => bodyValues.has(x.stated));
}

function sameCounts(a: Counts, b: Counts): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<Metric>;
  return [...keys].every((k) => a[k]?.stated === b[k]?.stated);
}

const DEAD_METRICS = ['killed', 'civilians_killed', 'children_killed', 'women_killed'] as const;

/**
 * "خمسة أطفال ضحايا الغارة" over "قتل طفلان وأصيب ثلاثة من أشقائهما": news counts the dead and the wounded together
 * as victims (ضحايا). A victims figure that is exactly the dead plus the wounded another statement of the report
 * gives is that lump, so it is nobody's dead: its dead figures go, and the claim with them when nothing is left.
 */
function lumpedVictims(drafts: DraftClaim[]): DraftClaim[] {
  const sums = new Set(
    drafts
      .filter((d) => d.claim.type === 'casualty' && d.victimsOnly === undefined)
      .flatMap((d) => {
        const c = d.claim.counts;
        const dead = c.killed?.stated ?? c.civilians_killed?.stated;
        const wounded = c.injured?.stated;
        return dead != null && wounded != null && wounded > 0 ? [dead + wounded] : [];
      }),
  );
  return drafts.flatMap((d) => {
    if (d.victimsOnly === undefined || !sums.has(d.victimsOnly)) return [d];
    const counts = { ...d.claim.counts };
    for (const metric of DEAD_METRICS) if (counts[metric]?.stated === d.victimsOnly) delete counts[metric];
    return Object.keys(counts).length > 0 ? [{ ...d, claim: { ...d.claim, counts } }] : [];
  });
}
