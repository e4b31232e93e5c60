// What the real-text scorers (FA-KES, Airwars) read off a text's claims, and how a wrong figure misses. Both
// compare one figure per text with an annotation, so both share the figure and the names of its misses.
import type { ExtractedClaim, Metric } from '../../shared/domain/schema.ts';
import { onlyCombatantsKilled, statementFigures } from '../../shared/domain/victims.ts';

export type FigureClaim = Pick<ExtractedClaim, 'type' | 'counts'>;

/** The highest stated figure of one metric over a text's casualty claims. */
export function highestFigure(claims: readonly FigureClaim[], metric: Metric): number | undefined {
  const values = claims
    .filter((c) => c.type === 'casualty')
    .map((c) => c.counts[metric]?.stated)
    .filter((v): v is number => v != null);
  return values.length > 0 ? Math.max(...values) : undefined;
}

export interface Headline {
  value: number;
  metric: 'civilians_killed' | 'killed';
}

/**
 * The figure an analyst would read off the text: the highest civilians count of its casualty claims, else the
 * highest killed count. A civilians figure anywhere in the text outranks a larger killed figure, which may count
 * fighters or another event. A killed figure of a claim whose only dead are combatants ("22 fighters were
 * killed", read as killed and combatants 22) is no civilian figure at all, so it is never the headline.
 */
export function headlineFigure(claims: readonly FigureClaim[]): Headline | undefined {
  const civilians = highestFigure(claims, 'civilians_killed');
  if (civilians !== undefined) return { value: civilians, metric: 'civilians_killed' };
  const killed = highestFigure(
    claims.filter((c) => !combatantsOnly(c)),
    'killed',
  );
  return killed === undefined ? undefined : { value: killed, metric: 'killed' };
}

/** A claim whose only dead are combatants, read as one statement. */
function combatantsOnly(claim: FigureClaim): boolean {
  return onlyCombatantsKilled(statementFigures(claim.counts, 'text', 'claim'));
}

/** Why a text's figure is not the annotated one. The help of `eval` prints these descriptions. */
export const FIGURE_MISSES = {
  'no casualty claim': 'the extractor found no casualty claim in the text',
  'no death figure': 'casualty claims, none giving civilians or killed (injured, children, "dozens")',
  'combatants only': 'the only dead the text counts are combatants (fighters, soldiers): no civilian figure',
  'below range': 'the figure is lower than the annotation',
  'above range, civilians': 'a civilians figure higher than the annotation, at most 10 times it',
  'above range, killed': 'no civilians figure; the killed figure (all dead, fighters too) is higher',
  'far above range': 'over 10 times the annotation: a total of several strikes or of a campaign',
} as const;
export type FigureMiss = keyof typeof FIGURE_MISSES;

/** Far above: a total over many events rather than a miscount of this one. */
const FAR_ABOVE_FACTOR = 10;

export interface Annotation {
  min: number;
  max: number;
}

/** `undefined` when the text's headline figure lies in [min, max]; else the category of the miss. */
export function figureMiss(claims: readonly FigureClaim[], annotation: Annotation): FigureMiss | undefined {
  if (!claims.some((c) => c.type === 'casualty')) return 'no casualty claim';
  const headline = headlineFigure(claims);
  if (!headline) {
    return claims.some((c) => c.type === 'casualty' && combatantsOnly(c)) ? 'combatants only' : 'no death figure';
  }
  const side = rangeSide(headline.value, annotation);
  if (side === 'in range') return undefined;
  if (side === 'above range') return headline.metric === 'killed' ? 'above range, killed' : 'above range, civilians';
  return side;
}

/** Where a figure lies against an annotated range. */
export function rangeSide(
  value: number,
  { min, max }: Annotation,
): 'in range' | 'below range' | 'above range' | 'far above range' {
  if (value < min) return 'below range';
  if (value <= max) return 'in range';
  return value > FAR_ABOVE_FACTOR * Math.max(max, 1) ? 'far above range' : 'above range';
}
