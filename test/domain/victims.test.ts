import { describe, expect, it } from 'vitest';
import type { Metric } from '../../shared/domain/schema.ts';
import { onlyCombatantsKilled, statementFigures } from '../../shared/domain/victims.ts';

/** Figures of one statement (one quote of one report), as the incident stores them. */
function statement(evidence: string, values: Partial<Record<Metric, number | null>>, reportKey = 'r1') {
  return Object.entries(values).map(([metric, stated]) => ({
    metric: metric as Metric,
    stated: stated ?? null,
    reportKey,
    evidence,
  }));
}

describe('onlyCombatantsKilled', () => {
  it('is true for fighters killed, read alone or also as killed, with their own wounded', () => {
    expect(onlyCombatantsKilled(statement('22 fighters were killed', { combatants_killed: 22 }))).toBe(true);
    expect(onlyCombatantsKilled(statement('22 fighters were killed', { killed: 22, combatants_killed: 22 }))).toBe(
      true,
    );
    expect(onlyCombatantsKilled(statement('3 soldiers killed, 5 wounded', { combatants_killed: 3, injured: 5 }))).toBe(
      true,
    );
    expect(
      onlyCombatantsKilled([
        ...statement('5 soldiers were killed', { combatants_killed: 5 }),
        ...statement('8 soldiers died', { combatants_killed: 8 }, 'r2'),
      ]),
    ).toBe(true);
  });

  it('is false when any civilian could be among the dead or wounded', () => {
    expect(
      onlyCombatantsKilled(statement('4 fighters and 2 civilians', { combatants_killed: 4, civilians_killed: 2 })),
    ).toBe(false);
    expect(onlyCombatantsKilled(statement('30 dead, 22 of them fighters', { killed: 30, combatants_killed: 22 }))).toBe(
      false,
    );
    expect(
      onlyCombatantsKilled(statement('dozens killed, among them fighters', { killed: null, combatants_killed: 9 })),
    ).toBe(false);
    expect(
      onlyCombatantsKilled([
        ...statement('22 fighters were killed', { combatants_killed: 22 }),
        ...statement('a child was wounded', { injured: 1 }),
      ]),
    ).toBe(false);
    expect(
      onlyCombatantsKilled([
        ...statement('22 fighters were killed', { combatants_killed: 22 }),
        ...statement('women among the dead', { women_killed: 2 }, 'r2'),
      ]),
    ).toBe(false);
  });

  it('is false without combatants killed: no figures, civilians only, or a stated 0', () => {
    expect(onlyCombatantsKilled([])).toBe(false);
    expect(onlyCombatantsKilled(statement('7 civilians', { civilians_killed: 7 }))).toBe(false);
    expect(onlyCombatantsKilled(statement('no soldier was killed', { combatants_killed: 0 }))).toBe(false);
  });

  it('reads a claim’s counts as one statement', () => {
    const figures = statementFigures({ combatants_killed: { stated: 5, qualifier: 'about' } }, 'r1', 'quote');
    expect(figures).toEqual([{ metric: 'combatants_killed', stated: 5, reportKey: 'r1', evidence: 'quote' }]);
    expect(onlyCombatantsKilled(figures)).toBe(true);
  });
});
