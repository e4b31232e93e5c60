// Who the victims are. Civilian alerts are about harm to civilians: a toll of fighters, soldiers or members of an
// armed group is recorded but is not a civilian toll, and an incident whose only deaths are combatants does not
// raise a civilian alert.
import { type Counts, type Figure, METRICS } from './schema.ts';

/** A figure as victims.ts needs it: what it counts, how many, and which statement of which report gave it. */
export type VictimFigure = Pick<Figure, 'metric' | 'stated' | 'reportKey' | 'evidence'>;

/**
 * True when the figures report combatants killed and no harm a civilian could be in. One statement (a report's
 * quote) is read as a whole: its killed figure is all combatants when its combatants figure is at least as high
 * ("22 fighters were killed", read as killed 22 and combatants 22), and its injured are the same side's wounded
 * ("3 soldiers killed and 5 wounded"). A civilians, children or women figure, a killed figure above the
 * combatants of its statement, a vague killed figure ("dozens killed"), or killed or injured figures of a
 * statement that names no combatants, is possible civilian harm.
 */
export function onlyCombatantsKilled(figures: readonly VictimFigure[]): boolean {
  const statements = new Map<string, VictimFigure[]>();
  for (const figure of figures) {
    const key = `${figure.reportKey}\u0000${figure.evidence}`;
    statements.set(key, [...(statements.get(key) ?? []), figure]);
  }
  let combatants = false;
  for (const own of statements.values()) {
    const harm = own.filter((f) => f.stated === null || f.stated > 0);
    const fighters = harm.filter((f) => f.metric === 'combatants_killed');
    const others = harm.filter((f) => f.metric !== 'combatants_killed');
    if (fighters.length === 0) {
      if (others.length > 0) return false;
      continue;
    }
    combatants = true;
    const fightersHigh = Math.max(...fighters.map((f) => f.stated ?? 0));
    for (const f of others) {
      if (f.metric === 'injured') continue;
      if (f.metric !== 'killed' || f.stated === null || f.stated > fightersHigh) return false;
    }
  }
  return combatants;
}

/** One statement's counts as figures, for callers that hold claims rather than an incident's figures. */
export function statementFigures(counts: Counts, reportKey: string, evidence: string): VictimFigure[] {
  return METRICS.flatMap((metric) => {
    const count = counts[metric];
    return count ? [{ metric, stated: count.stated, reportKey, evidence }] : [];
  });
}
