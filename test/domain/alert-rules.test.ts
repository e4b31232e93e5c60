import { describe, expect, it } from 'vitest';
import { alertsForReport } from '../../shared/domain/alert-rules.ts';
import { planIncidents } from '../../shared/domain/incidents.ts';
import type { Claim, Incident } from '../../shared/domain/schema.ts';
import { claim, counts, report } from '../support/claims.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

const gazetteer = testGazetteer();

/** Runs one report through planning and the alert rules, as the pipeline does. */
function run(key: string, publishedAt: string, claims: Claim[], candidates: Incident[] = []) {
  const r = report(key, publishedAt);
  const now = `${publishedAt}T12:00:00Z`;
  const plan = planIncidents({ report: r, claims, candidates, places: gazetteer, now });
  return { alerts: alertsForReport(r, plan.claims, plan.changes, now), incidents: plan.changes.map((c) => c.after) };
}

const day = { from: '2018-07-12', to: '2018-07-12' };

describe('alert rules', () => {
  it('NEW_INCIDENT when a report opens an incident with casualties, carrying the highs', () => {
    const { alerts } = run('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: day,
        perpetrator: 'coalition',
        counts: counts({ killed: 54, civilians_killed: 28 }),
      }),
      claim({ placeId: 'town-susah', claimant: { name: 'SANA' }, counts: counts({ civilians_killed: [30, 'about'] }) }),
    ]);
    expect(alerts.map((a) => a.type)).toEqual(['NEW_INCIDENT']);
    expect(alerts[0]!.email).toContain('Alleged perpetrator(s): US-led coalition');
    expect(alerts[0]!.counts).toEqual({ killed: 54, civilians_killed: 30 });
    expect(alerts[0]!.severity).toBe('high');
    expect(alerts[0]!.sms).toContain('Susah');
    expect(alerts[0]!.email).toContain('civilians killed 28–30 (sources differ): SOHR 28; SANA about 30');
  });

  it('a report that repeats known figures raises nothing; a higher figure raises COUNT_RAISED once', () => {
    const first = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 54, civilians_killed: 28 }) }),
    ]);
    const repeat = run(
      'r2',
      '2018-07-13',
      [claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 54, civilians_killed: 28 }) })],
      first.incidents,
    );
    expect(repeat.alerts).toEqual([]);

    const raised = run(
      'r3',
      '2018-07-14',
      [
        claim({
          placeId: 'town-susah',
          date: day,
          claimant: { name: 'Civil Defence' },
          counts: counts({ killed: 60 }),
        }),
        claim({
          placeId: 'town-susah',
          date: day,
          claimant: { name: 'Activists' },
          counts: counts({ killed: 58, civilians_killed: 35 }),
        }),
      ],
      first.incidents,
    );
    expect(raised.alerts.map((a) => a.type)).toEqual(['COUNT_RAISED']);
    expect(raised.alerts[0]!.changes).toEqual([
      { metric: 'killed', previous: 54, current: 60, claimant: 'Civil Defence' },
      { metric: 'civilians_killed', previous: 28, current: 35, claimant: 'Activists' },
    ]);
    expect(raised.alerts[0]!.subject).toContain('killed 54->60');
  });

  it('a metric new to the incident raises only what is known to rise', () => {
    const first = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 10 }) }),
    ]);
    const detail = run(
      'r2',
      '2018-07-13',
      [claim({ placeId: 'town-susah', date: day, counts: counts({ injured: 30, civilians_killed: 8 }) })],
      first.incidents,
    );
    expect(detail.alerts).toEqual([]);
    const more = run(
      'r3',
      '2018-07-14',
      [
        claim({
          placeId: 'town-susah',
          date: day,
          claimant: { name: 'Medics' },
          counts: counts({ civilians_killed: 15 }),
        }),
      ],
      first.incidents,
    );
    expect(more.alerts[0]!.changes).toEqual([
      { metric: 'civilians_killed', previous: null, current: 15, claimant: 'Medics' },
    ]);
  });

  it('a first figure for an incident known only as "dozens" raises it', () => {
    const vague = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: { killed: { stated: null, qualifier: 'at_least', min: 20 } } }),
    ]);
    expect(vague.alerts.map((a) => a.type)).toEqual(['NEW_INCIDENT']);
    const figure = run(
      'r2',
      '2018-07-14',
      [claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 23 }) })],
      vague.incidents,
    );
    expect(figure.alerts.map((a) => a.type)).toEqual(['COUNT_RAISED']);
  });

  it('a vague amount after a stated figure neither raises nor lowers the count', () => {
    const first = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 12 }) }),
    ]);
    const vague = run(
      'r2',
      '2018-07-14',
      [
        claim({
          placeId: 'town-susah',
          date: day,
          claimant: { name: 'Medics' },
          counts: {
            civilians_killed: { stated: null, qualifier: 'at_least', min: 2 },
            injured: { stated: null, qualifier: 'at_least' },
          },
        }),
      ],
      first.incidents,
    );
    expect(vague.alerts).toEqual([]);
    expect(vague.incidents[0]?.counts).toEqual({ civilians_killed: { low: 12, high: 12 } });
  });

  it('DENIAL names who denies, at most once per incident per report', () => {
    const first = run('r1', '2018-11-10', [
      claim({
        placeId: 'town-hajin',
        date: { from: '2018-11-08', to: '2018-11-08' },
        counts: counts({ civilians_killed: 40 }),
      }),
    ]);
    const denial = run(
      'r2',
      '2018-11-10',
      [
        claim({ type: 'denial', placeId: 'town-hajin', claimant: { name: 'US-led coalition' } }),
        claim({ type: 'denial', placeId: 'town-hajin', claimant: { name: 'CJTF-OIR' } }),
      ],
      first.incidents,
    );
    expect(denial.alerts.map((a) => a.type)).toEqual(['DENIAL']);
    expect(denial.alerts[0]!.claimant).toEqual({ name: 'US-led coalition' });
  });

  it('alert ids are deterministic, so a replay of the same report collides instead of alerting twice', () => {
    const claims = () => [claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 3 }) })];
    expect(run('r1', '2018-07-13', claims()).alerts[0]!.id).toBe(run('r1', '2018-07-13', claims()).alerts[0]!.id);
  });

  it('unverified claims raise nothing', () => {
    const { alerts } = run('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: day,
        counts: counts({ killed: 99 }),
        verification: { status: 'unverified', reason: 'number not in quote' },
      }),
    ]);
    expect(alerts).toEqual([]);
  });
});

describe('alert rules, combatants', () => {
  const fighters = (n: number, evidence: string) =>
    claim({ placeId: 'town-susah', date: day, evidence, counts: counts({ combatants_killed: n }) });

  it('an incident whose only deaths are combatants is recorded with a low alert marked combatants-only', () => {
    const { alerts, incidents } = run('r1', '2018-07-13', [fighters(22, '22 fighters were killed')]);
    expect(incidents[0]!.counts.combatants_killed).toEqual({ low: 22, high: 22 });
    expect(alerts.map((a) => [a.type, a.severity, a.combatantsOnly])).toEqual([['NEW_INCIDENT', 'low', true]]);
    expect(alerts[0]!.subject).toContain('22 combatants killed');
  });

  it('civilians beside fighters make a civilian alert; fighters never raise its severity', () => {
    const { alerts } = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 2, combatants_killed: 40 }) }),
    ]);
    expect(alerts.map((a) => [a.type, a.severity, a.combatantsOnly])).toEqual([['NEW_INCIDENT', 'medium', undefined]]);
  });

  it('fighters counted among the killed do not make a civilian alert high', () => {
    const { alerts } = run('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: day,
        counts: counts({ killed: 24, civilians_killed: 2, combatants_killed: 22 }),
      }),
    ]);
    expect(alerts.map((a) => [a.severity, a.combatantsOnly])).toEqual([['medium', undefined]]);
    const many = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 44, combatants_killed: 22 }) }),
    ]);
    expect(many.alerts.map((a) => a.severity)).toEqual(['high']);
  });

  it('a raise of combatants alone is combatants-only and never a raise of the civilian toll', () => {
    const first = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, evidence: 'e1', counts: counts({ civilians_killed: 12 }) }),
      fighters(5, 'e2'),
    ]);
    expect(first.alerts[0]!.severity).toBe('high');
    const more = run('r2', '2018-07-14', [fighters(9, 'nine fighters')], first.incidents);
    expect(more.alerts.map((a) => [a.type, a.severity, a.combatantsOnly])).toEqual([['COUNT_RAISED', 'low', true]]);
    expect(more.alerts[0]!.changes).toEqual([
      { metric: 'combatants_killed', previous: 5, current: 9, claimant: 'SOHR' },
    ]);
  });

  it('a first count of fighters beside known civilian deaths is new detail', () => {
    const first = run('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 12 }) }),
    ]);
    expect(run('r2', '2018-07-14', [fighters(3, 'three fighters')], first.incidents).alerts).toEqual([]);
  });

  it('a first civilian figure on an incident of fighters raises a civilian alert, however small', () => {
    const first = run('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: day,
        evidence: '22 fighters killed',
        counts: counts({ killed: 22, combatants_killed: 22 }),
      }),
    ]);
    expect(first.alerts[0]!.combatantsOnly).toBe(true);
    const civilians = run(
      'r2',
      '2018-07-14',
      [claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 3 }) })],
      first.incidents,
    );
    expect(civilians.alerts.map((a) => [a.type, a.combatantsOnly])).toEqual([['COUNT_RAISED', undefined]]);
    expect(civilians.alerts[0]!.changes).toEqual([
      { metric: 'civilians_killed', previous: null, current: 3, claimant: 'SOHR' },
    ]);
  });

  it('killed raises an incident of fighters only above the fighters counted', () => {
    const first = run('r1', '2018-07-13', [fighters(22, '22 fighters')]);
    const same = run(
      'r2',
      '2018-07-14',
      [claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 22 }) })],
      first.incidents,
    );
    expect(same.alerts).toEqual([]);
    const more = run(
      'r3',
      '2018-07-14',
      [claim({ placeId: 'town-susah', date: day, counts: counts({ killed: 25 }) })],
      first.incidents,
    );
    expect(more.alerts.map((a) => [a.type, a.combatantsOnly])).toEqual([['COUNT_RAISED', undefined]]);
  });
});
