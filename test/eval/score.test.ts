import { describe, expect, it } from 'vitest';
import { GoldFile } from '../../cli/eval/gold.ts';
import { namesMatch, type ScoredRun, scoreRun } from '../../cli/eval/score.ts';

const gold = GoldFile.parse({
  corpus: 'test',
  incidents: {
    town: { places: ['السوسة', 'Susah'], dateFrom: '2018-07-12', dateTo: '2018-07-12' },
  },
  reports: [
    {
      file: 'a.txt',
      claims: [
        {
          type: 'casualty',
          required: true,
          claimant: ['SOHR', 'المرصد السوري'],
          incident: 'town',
          counts: { killed: { stated: 54 }, civilians_killed: { stated: [17, 22] } },
        },
        {
          type: 'casualty',
          required: false,
          claimant: ['field sources'],
          incident: 'town',
          counts: { killed: { stated: 10 } },
        },
      ],
      alerts: [
        { type: 'NEW_INCIDENT', required: true, incident: 'town', counts: { killed: 54 } },
        { type: 'DENIAL', required: false, incident: 'town' },
      ],
    },
  ],
});

const alert = (type: 'NEW_INCIDENT' | 'DENIAL' | 'COUNT_RAISED', killed: number, names = ['سوسة']) => ({
  type,
  reportKey: 'a.txt',
  place: { names },
  counts: { killed },
  date: { from: '2018-07-13', to: '2018-07-13' },
});

describe('scoreRun (FORMAT.md)', () => {
  it('matches names after normalisation, lists of acceptable numbers, and widened dates', () => {
    const run: ScoredRun = {
      reports: [
        {
          key: 'a.txt',
          claims: [
            {
              type: 'casualty',
              claimant: { name: 'المرصد السوري' },
              counts: {
                killed: { stated: 54, qualifier: 'exact' },
                civilians_killed: { stated: 22, qualifier: 'at_least' },
              },
            },
          ],
        },
      ],
      alerts: [alert('NEW_INCIDENT', 54)],
    };
    const score = scoreRun(gold, run);
    expect(score).toMatchObject({
      alertRecall: 1,
      alertPrecision: 1,
      countAccuracy: 1,
      claimRecall: 1,
      claimPrecision: 1,
    });
    expect(score.misses).toEqual([]);
  });

  it('counts wrong counts, false alerts and a second alert for the same gold alert against the run', () => {
    const run: ScoredRun = {
      reports: [{ key: 'a.txt', claims: [] }],
      alerts: [alert('NEW_INCIDENT', 50), alert('NEW_INCIDENT', 54), alert('COUNT_RAISED', 60, ['Hajin'])],
    };
    const score = scoreRun(gold, run);
    expect(score.alertRecall).toBe(1);
    expect(score.countAccuracy).toBe(0);
    expect(score.alertPrecision).toBeCloseTo(1 / 3);
    expect(score.claimRecall).toBe(0);
    expect(score.misses.some((m) => m.includes('false alert COUNT_RAISED'))).toBe(true);
  });

  it('leaves system items that match optional gold items out of precision', () => {
    const run: ScoredRun = {
      reports: [
        {
          key: 'a.txt',
          claims: [
            {
              type: 'casualty',
              claimant: { name: 'Field sources' },
              counts: { killed: { stated: 10, qualifier: 'about' } },
            },
          ],
        },
      ],
      alerts: [alert('NEW_INCIDENT', 54), alert('DENIAL', 54)],
    };
    const score = scoreRun(gold, run);
    expect(score.alertPrecision).toBe(1);
    expect(score.claimPrecision).toBe(1);
    expect(score.claimRecall).toBe(0);
  });

  it('rejects an alert whose dates miss the gold dates by more than a day', () => {
    const late = { ...alert('NEW_INCIDENT', 54), date: { from: '2018-07-15', to: '2018-07-16' } };
    expect(scoreRun(gold, { reports: [], alerts: [late] }).alertRecall).toBe(0);
  });
});

describe('namesMatch', () => {
  it('matches lists when any name of one equals any name of the other, after normalisation', () => {
    expect(namesMatch(['هجين', 'Hajin'], ['Hajeen', 'هجين'])).toBe(true);
    expect(namesMatch(['al-Susah'], ['Susah'])).toBe(true);
    expect(namesMatch(['هجين'], ['Susah'])).toBe(false);
  });
});
