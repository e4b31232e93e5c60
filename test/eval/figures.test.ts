// The figure the real-text scorers read off a text, and the category of each kind of miss (FA-KES and Airwars).
import { describe, expect, it } from 'vitest';
import { fakesMiss } from '../../cli/eval/fakes.ts';
import { type FigureClaim, figureMiss, headlineFigure, rangeSide } from '../../cli/eval/figures.ts';

const casualty = (counts: Record<string, number | null>): FigureClaim => ({
  type: 'casualty',
  counts: Object.fromEntries(Object.entries(counts).map(([m, stated]) => [m, { stated, qualifier: 'exact' }])),
});

describe('headline figure', () => {
  it('takes the highest civilians figure of the casualty claims, before any larger killed figure', () => {
    const claims = [casualty({ killed: 30 }), casualty({ civilians_killed: 4 }), casualty({ civilians_killed: 6 })];
    expect(headlineFigure(claims)).toEqual({ value: 6, metric: 'civilians_killed' });
  });

  it('falls back to the highest killed figure, and ignores aggregates and vague amounts', () => {
    const claims = [
      casualty({ killed: 3 }),
      casualty({ killed: null }),
      { type: 'aggregate', counts: { civilians_killed: { stated: 900, qualifier: 'more_than' } } } as FigureClaim,
    ];
    expect(headlineFigure(claims)).toEqual({ value: 3, metric: 'killed' });
    expect(headlineFigure([casualty({ injured: 8, children_killed: 2 })])).toBeUndefined();
  });

  it('never takes the killed figure of a claim whose only dead are combatants', () => {
    const fighters = casualty({ killed: 22, combatants_killed: 22 });
    expect(headlineFigure([fighters])).toBeUndefined();
    expect(headlineFigure([fighters, casualty({ killed: 4 })])).toEqual({ value: 4, metric: 'killed' });
    expect(headlineFigure([casualty({ killed: 30, combatants_killed: 22 })])).toEqual({ value: 30, metric: 'killed' });
  });
});

describe('figure misses', () => {
  const range = { min: 2, max: 3 };
  it.each([
    [[], 'no casualty claim'],
    [[casualty({ injured: 8 })], 'no death figure'],
    [[casualty({ combatants_killed: 22 })], 'combatants only'],
    [[casualty({ killed: 22, combatants_killed: 22 })], 'combatants only'],
    [[casualty({ civilians_killed: 1 })], 'below range'],
    [[casualty({ civilians_killed: 5 })], 'above range, civilians'],
    [[casualty({ killed: 5 })], 'above range, killed'],
    [[casualty({ civilians_killed: 31 })], 'far above range'],
    [[casualty({ civilians_killed: 3, killed: 40 })], undefined],
  ] as const)('%j against [2, 3] → %s', (claims, miss) => {
    expect(figureMiss(claims, range)).toBe(miss);
  });

  it('calls far above more than ten times the top of the range (ten times a range topped by 0)', () => {
    expect(rangeSide(30, range)).toBe('above range');
    expect(rangeSide(31, range)).toBe('far above range');
    expect(rangeSide(10, { min: 0, max: 0 })).toBe('above range');
    expect(rangeSide(11, { min: 0, max: 0 })).toBe('far above range');
  });

  it('FA-KES: no figure counts as 0; a zero annotation and counted fighters have their own categories', () => {
    expect(fakesMiss([], { civilians: 0 })).toBeUndefined();
    expect(fakesMiss([casualty({ civilians_killed: 4 })], { civilians: 0 })).toBe('annotation 0');
    expect(fakesMiss([casualty({ killed: 9 })], { civilians: 4, noncivilians: 5 })).toBe('fighters counted');
    expect(fakesMiss([casualty({ killed: 5 })], { civilians: 4, noncivilians: 5 })).toBe('fighters counted');
    expect(fakesMiss([casualty({ killed: 6 })], { civilians: 4, noncivilians: 5 })).toBe('above range, killed');
    expect(fakesMiss([], { civilians: 4 })).toBe('no casualty claim');
  });

  it('FA-KES: an article whose only dead are combatants gives no civilian figure', () => {
    expect(fakesMiss([casualty({ combatants_killed: 22 })], { civilians: 0, noncivilians: 22 })).toBeUndefined();
    expect(fakesMiss([casualty({ killed: 22, combatants_killed: 22 })], { civilians: 0 })).toBeUndefined();
    expect(fakesMiss([casualty({ combatants_killed: 22 })], { civilians: 3 })).toBe('combatants only');
  });
});
