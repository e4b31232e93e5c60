// Scores a run over Airwars source texts (../shared/data/airwars-ar-dev.jsonl): each text is tied to one Airwars
// incident whose civilian and child tolls are expert ranges over all its sources, so a text is right when its
// highest civilians (else killed) figure lies in the civilians range, and grouping is judged on pairs of texts.

import { gapDays } from '../../shared/domain/dates.ts';
// Not only types: loading the schema module gives zod/mini its English messages (a bad line's error quotes them).
import { type ExtractedClaim, type Place, wholeNumber } from '../../shared/domain/schema.ts';
import * as z from '../../shared/domain/zod.ts';
import { foldText, originalRange } from '../../shared/extraction/rules/folded-text.ts';
import { findUnlistedPlaces } from '../../shared/extraction/rules/unlisted-places.ts';
import type { Gazetteer } from '../../shared/places/gazetteer.ts';
import { type FigureMiss, figureMiss, headlineFigure, highestFigure, rangeSide } from './figures.ts';
import { namesMatch } from './score.ts';

const nullableText = z.optional(z.nullable(z.string()));

export const AirwarsIncident = z.object({
  code: z.string().check(z.minLength(1)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD')),
  location_en: nullableText,
  location_ar: nullableText,
  region_en: nullableText,
  governorate_en: nullableText,
  civ_killed_min: wholeNumber(),
  civ_killed_max: wholeNumber(),
  children_killed_min: z.optional(z.nullable(wholeNumber())),
  children_killed_max: z.optional(z.nullable(wholeNumber())),
});
export type AirwarsIncident = z.infer<typeof AirwarsIncident>;

export const AirwarsText = z.object({
  id: z.string().check(z.minLength(1)),
  publisher: nullableText,
  publishedAt: nullableText,
  url: nullableText,
  title: nullableText,
  text: z.string(),
  incident: AirwarsIncident,
});
export type AirwarsText = z.infer<typeof AirwarsText>;

export function parseAirwars(jsonl: string): AirwarsText[] {
  const texts = jsonl
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      try {
        return AirwarsText.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`Airwars line ${number} is not a valid source text: ${(error as Error).message}`);
      }
    });
  const seen = new Set<string>();
  for (const { id } of texts) {
    if (seen.has(id)) throw new Error(`Airwars id ${id} appears twice`);
    seen.add(id);
  }
  return texts;
}

/** What the scorer reads of a run: each report's claims, with the incident the pipeline put them in. */
export type AirwarsClaim = Pick<ExtractedClaim, 'type' | 'counts' | 'place' | 'date'> & { incidentId?: string };
export interface AirwarsRun {
  reports: ReadonlyArray<{ key: string; claims: readonly AirwarsClaim[] }>;
}

export const CHILDREN_MISSES = {
  'no children figure': 'no casualty claim of the text gives children killed',
  'below range': 'the highest children figure is lower than the range',
  'above range': 'the highest children figure is above the range, at most 10 times its top',
  'far above range': 'over 10 times the top of the range',
} as const;
export type ChildrenMiss = keyof typeof CHILDREN_MISSES;

/** Misses beside the figure; a text can have several. Place and date are judged on texts with casualty claims. */
export const TEXT_MISSES = {
  'no place': 'casualty claims, none with a place',
  'region only': "no claim's place is the incident's (or its parent or child); one contains it",
  'another place': "claims have places, none is the incident's, its parent or child, or contains it",
  'no date': 'casualty claims, none dated (the incident takes the days before publication)',
  'date off': "claims have dates, none within a day of the incident's",
  'in no incident': 'casualty claims, none joined an incident (no place, or not grounded)',
  'grouped with another incident': 'shares an incident with a text of another Airwars incident',
  'split from its incident': 'in an incident, but another text of its Airwars incident is in another',
} as const;
export type TextMiss = keyof typeof TEXT_MISSES;

export interface AirwarsTextScore {
  id: string;
  incident: string;
  figure?: number;
  figureMiss?: FigureMiss;
  children?: number;
  childrenMiss?: ChildrenMiss;
  misses: TextMiss[];
}

export interface AirwarsScore {
  texts: number;
  incidents: number;
  figureInRange: number;
  childrenTexts: number;
  childrenInRange: number;
  pairs: { grouped: number; same: number; groupedSame: number; precision: number; recall: number };
  figureMisses: Partial<Record<FigureMiss, number>>;
  childrenMisses: Partial<Record<ChildrenMiss, number>>;
  textMisses: Partial<Record<TextMiss, number>>;
  rows: AirwarsTextScore[];
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const tally = <K extends string>(counts: Partial<Record<K, number>>, key: K | undefined) => {
  if (key !== undefined) counts[key] = (counts[key] ?? 0) + 1;
};

export interface AirwarsScoring {
  /** The report each text was uploaded as. */
  keyOf: (text: AirwarsText) => string;
  /** The run's gazetteer: it reads Airwars' free-text locations ("village of X", "X dam, Y") into places. */
  gazetteer: Gazetteer;
}

export function scoreAirwars(
  texts: readonly AirwarsText[],
  run: AirwarsRun,
  { keyOf, gazetteer }: AirwarsScoring,
): AirwarsScore {
  const reports = new Map(run.reports.map((r) => [r.key, r]));
  const casualtyClaims = texts.map((text) => {
    const report = reports.get(keyOf(text));
    if (!report) throw new Error(`the run has no report for Airwars text ${text.id} (key ${keyOf(text)})`);
    return report.claims.filter((c) => c.type === 'casualty');
  });
  const incidentsOf = casualtyClaims.map(
    (claims) => new Set(claims.map((c) => c.incidentId).filter((id): id is string => id !== undefined)),
  );
  const groupedPair = (i: number, j: number) => [...(incidentsOf[i] ?? [])].some((id) => incidentsOf[j]?.has(id));

  const pairs = { grouped: 0, same: 0, groupedSame: 0 };
  const groupedElsewhere = new Set<number>();
  const split = new Set<number>();
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const grouped = groupedPair(i, j);
      const same = texts[i]!.incident.code === texts[j]!.incident.code;
      pairs.grouped += Number(grouped);
      pairs.same += Number(same);
      pairs.groupedSame += Number(grouped && same);
      if (grouped && !same) groupedElsewhere.add(i).add(j);
      if (same && !grouped && incidentsOf[i]!.size > 0 && incidentsOf[j]!.size > 0) split.add(i).add(j);
    }
  }

  const score: AirwarsScore = {
    texts: texts.length,
    incidents: new Set(texts.map((t) => t.incident.code)).size,
    figureInRange: 0,
    childrenTexts: 0,
    childrenInRange: 0,
    pairs: {
      ...pairs,
      precision: ratio(pairs.groupedSame, pairs.grouped),
      recall: ratio(pairs.groupedSame, pairs.same),
    },
    figureMisses: {},
    childrenMisses: {},
    textMisses: {},
    rows: [],
  };
  texts.forEach((text, i) => {
    const claims = casualtyClaims[i]!;
    const { incident } = text;
    const row: AirwarsTextScore = { id: text.id, incident: incident.code, misses: [] };
    const figure = figureMiss(claims, { min: incident.civ_killed_min, max: incident.civ_killed_max });
    row.figureMiss = figure;
    row.figure = headlineFigure(claims)?.value;
    if (figure === undefined) score.figureInRange += 1;
    tally(score.figureMisses, figure);

    if (incident.children_killed_min != null && incident.children_killed_max != null) {
      score.childrenTexts += 1;
      row.children = highestFigure(claims, 'children_killed');
      const side =
        row.children === undefined
          ? 'no children figure'
          : rangeSide(row.children, { min: incident.children_killed_min, max: incident.children_killed_max });
      if (side === 'in range') score.childrenInRange += 1;
      else row.childrenMiss = side;
      tally(score.childrenMisses, row.childrenMiss);
    }

    if (claims.length > 0) {
      row.misses.push(...placeMisses(claims, incident, gazetteer), ...dateMisses(claims, incident));
      if (incidentsOf[i]!.size === 0) row.misses.push('in no incident');
    }
    if (groupedElsewhere.has(i)) row.misses.push('grouped with another incident');
    if (split.has(i)) row.misses.push('split from its incident');
    for (const miss of row.misses) tally(score.textMisses, miss);
    score.rows.push(row);
  });
  return score;
}

/**
 * The names in Airwars' free-text location: its comma-separated parts, and the names it gives after a settlement
 * noun ("قرية X في جبل Y" names X, "بين بلدتي X وY" both), read as the extractor reads them in reports.
 */
function locationNames(location: string): string[] {
  const parts = location.split(/[,،]/).map((part) => part.trim());
  const folded = foldText(location);
  const named = findUnlistedPlaces(folded.folded).map((u) => {
    const range = originalRange(folded, u.start, u.end);
    return location.slice(range.start, range.end);
  });
  return [...parts, ...named].filter(Boolean);
}

/**
 * A claim is at the incident's place when its place is named like one part of Airwars' location ("X dam, Y" has
 * two, "قرية X" names X) or is, in the gazetteer, a place the location names, its parent or its child (the same
 * nearness incident grouping uses); it is at the region only when its place contains the location further up (a
 * district, a governorate) or bears the incident's region name.
 */
function placeMisses(claims: readonly AirwarsClaim[], incident: AirwarsIncident, gazetteer: Gazetteer): TextMiss[] {
  const places = claims.flatMap((c) => (c.place ? [c.place] : []));
  if (places.length === 0) return ['no place'];
  const known = (list: ReadonlyArray<string | null | undefined>) => list.filter((n): n is string => Boolean(n));
  const locations = known([incident.location_ar, incident.location_en]);
  const parts = locations.flatMap(locationNames);
  const mentioned = locations.flatMap((l) =>
    gazetteer.findMentions(l).flatMap((m) => [m.entry, ...(m.alternatives ?? [])].map((e) => e.id)),
  );
  const isLocation = (place: Place) =>
    namesMatch(place.names, parts) ||
    (place.placeId !== undefined && mentioned.some((id) => gazetteer.areRelated(id, place.placeId!)));
  if (places.some(isLocation)) return [];
  const regionNames = known([incident.region_en, incident.governorate_en]);
  const containsLocation = (place: Place) =>
    namesMatch(place.names, regionNames) ||
    (place.placeId !== undefined &&
      mentioned.some((id) => gazetteer.ancestors(id).some((a) => a.id === place.placeId)));
  return places.some(containsLocation) ? ['region only'] : ['another place'];
}

function dateMisses(claims: readonly AirwarsClaim[], incident: AirwarsIncident): TextMiss[] {
  const dates = claims.flatMap((c) => (c.date ? [c.date] : []));
  if (dates.length === 0) return ['no date'];
  const day = { from: incident.date, to: incident.date };
  return dates.some((d) => gapDays(d, day) <= 1) ? [] : ['date off'];
}
