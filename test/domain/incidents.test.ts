import { describe, expect, it } from 'vitest';
import { incidentLookupFor, placeLockKey, planIncidents, SUMMARY_LIMITS } from '../../shared/domain/incidents.ts';
import { perpetratorsConflict } from '../../shared/domain/perpetrators.ts';
import type { Incident } from '../../shared/domain/schema.ts';
import { createGazetteer } from '../../shared/places/create-gazetteer.ts';
import { claim, counts, report } from '../support/claims.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

const gazetteer = testGazetteer();
const plan = (key: string, publishedAt: string, claims: ReturnType<typeof claim>[], candidates: Incident[] = []) =>
  planIncidents({
    report: report(key, publishedAt),
    claims,
    candidates,
    places: gazetteer,
    now: `${publishedAt}T12:00:00Z`,
  });

describe('planIncidents', () => {
  it('opens an incident for a located casualty claim, with its figures as low/high', () => {
    const { changes, claims } = plan('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: { from: '2018-07-12', to: '2018-07-12' },
        counts: counts({ killed: 54, civilians_killed: 28 }),
        perpetrator: 'coalition',
      }),
    ]);
    expect(changes).toHaveLength(1);
    const incident = changes[0]!.after;
    expect(changes[0]!.before).toBeUndefined();
    expect(incident.counts).toEqual({ killed: { low: 54, high: 54 }, civilians_killed: { low: 28, high: 28 } });
    expect(incident.date).toEqual({ from: '2018-07-12', to: '2018-07-12' });
    expect(incident.placeIds).toEqual(['town-susah']);
    expect(claims[0]!.incidentId).toBe(incident.id);
  });

  it('joins claims of one report about the same place and day, keeping per-claimant figures', () => {
    const { changes } = plan('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: { from: '2018-07-12', to: '2018-07-12' },
        counts: counts({ civilians_killed: 28 }),
      }),
      claim({ placeId: 'town-susah', claimant: { name: 'SANA' }, counts: counts({ civilians_killed: [30, 'about'] }) }),
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.after.counts.civilians_killed).toEqual({ low: 28, high: 30 });
    expect(changes[0]!.after.figures.map((f) => f.claimant.name)).toEqual(['SOHR', 'SANA']);
  });

  it('a later report at a child place (a neighbourhood of the town) joins the existing incident', () => {
    const first = plan('r1', '2018-11-10', [
      claim({
        placeId: 'town-hajin',
        date: { from: '2018-11-08', to: '2018-11-08' },
        counts: counts({ civilians_killed: 40 }),
      }),
    ]);
    const existing = first.changes[0]!.after;
    const second = plan(
      'r2',
      '2018-11-10',
      [claim({ placeId: 'nb-hawama', counts: counts({ civilians_killed: 26 }) })],
      [existing],
    );
    expect(second.changes[0]!.before?.id).toBe(existing.id);
    expect(second.changes[0]!.after.version).toBe(existing.version + 1);
    expect(second.changes[0]!.after.placeIds).toEqual(['town-hajin', 'nb-hawama']);
  });

  it('an undated follow-up days later joins the incident at the same place', () => {
    const first = plan('r1', '2018-11-10', [
      claim({
        placeId: 'town-hajin',
        date: { from: '2018-11-08', to: '2018-11-08' },
        counts: counts({ civilians_killed: 40 }),
      }),
    ]);
    const followUp = plan(
      'r2',
      '2018-11-15',
      [claim({ placeId: 'town-hajin', counts: counts({ civilians_killed: 52 }) })],
      [first.changes[0]!.after],
    );
    expect(followUp.changes[0]!.before?.id).toBe(first.changes[0]!.after.id);
    expect(followUp.changes[0]!.after.date).toEqual({ from: '2018-11-08', to: '2018-11-08' });
    const weeksLater = plan(
      'r3',
      '2018-11-30',
      [claim({ placeId: 'town-hajin', counts: counts({ civilians_killed: 3 }) })],
      [first.changes[0]!.after],
    );
    expect(weeksLater.changes[0]!.before).toBeUndefined();
  });

  it('an undated claim joins, of the incidents its days reach, the one nearest its publication', () => {
    const day = (d: string) => ({ from: d, to: d });
    const older = plan('r1', '2018-11-08', [
      claim({ placeId: 'town-hajin', date: day('2018-11-07'), counts: counts({ killed: 4 }) }),
    ]).changes[0]!.after;
    const newer = plan('r2', '2018-11-10', [
      claim({ placeId: 'town-hajin', date: day('2018-11-10'), counts: counts({ killed: 6 }) }),
    ]).changes[0]!.after;
    // Published on the 10th, undated: the strike of the 10th, though the older incident was opened first.
    const undated = plan(
      'r3',
      '2018-11-10',
      [claim({ placeId: 'town-hajin', counts: counts({ killed: 6 }) })],
      [older, newer],
    );
    expect(undated.changes[0]!.before?.id).toBe(newer.id);
    // A dated claim still goes by its own day.
    const dated = plan(
      'r4',
      '2018-11-10',
      [claim({ placeId: 'town-hajin', date: day('2018-11-07'), counts: counts({ killed: 5 }) })],
      [older, newer],
    );
    expect(dated.changes[0]!.before?.id).toBe(older.id);
  });

  it('the same town months later is a new incident, not a lower count for the old one', () => {
    const first = plan('r1', '2018-07-13', [
      claim({ placeId: 'town-susah', date: { from: '2018-07-12', to: '2018-07-12' }, counts: counts({ killed: 54 }) }),
    ]);
    const later = plan(
      'r2',
      '2019-01-18',
      [claim({ placeId: 'town-susah', counts: counts({ civilians_killed: 20 }) })],
      [first.changes[0]!.after],
    );
    expect(later.changes).toHaveLength(1);
    expect(later.changes[0]!.before).toBeUndefined();
  });

  it('conflicting perpetrators keep incidents apart; compatible ones merge', () => {
    expect(perpetratorsConflict('russia', ['coalition'])).toBe(true);
    expect(perpetratorsConflict('iraq', ['coalition'])).toBe(false);
    expect(perpetratorsConflict(undefined, ['coalition'])).toBe(false);
    expect(perpetratorsConflict('sna', ['turkey'])).toBe(false);
    expect(perpetratorsConflict('sna', ['russia', 'islamic-state'])).toBe(true);
    const first = plan('r1', '2018-07-13', [
      claim({
        placeId: 'town-susah',
        date: { from: '2018-07-12', to: '2018-07-12' },
        perpetrator: 'coalition',
        counts: counts({ killed: 5 }),
      }),
    ]);
    const other = plan(
      'r2',
      '2018-07-13',
      [
        claim({
          placeId: 'town-susah',
          date: { from: '2018-07-12', to: '2018-07-12' },
          perpetrator: 'russia',
          counts: counts({ killed: 3 }),
        }),
      ],
      [first.changes[0]!.after],
    );
    expect(other.changes[0]!.before).toBeUndefined();
  });

  it('aggregates, unverified claims and claims located only at a governorate never open incidents', () => {
    const { changes, claims } = plan('r1', '2018-07-13', [
      claim({ type: 'aggregate', placeId: 'town-susah', counts: counts({ killed: [350000, 'more_than'] }) }),
      claim({
        placeId: 'town-susah',
        counts: counts({ killed: 9 }),
        verification: { status: 'unverified', reason: 'quote not found' },
      }),
      claim({ placeId: 'gov-dez', counts: counts({ civilians_killed: 12 }) }),
    ]);
    expect(changes).toEqual([]);
    expect(claims.every((c) => c.incidentId === undefined)).toBe(true);
  });

  it(
    'a claim placed only at a governorate joins an incident inside it that its own report opened, never an older ' +
      'one',
    () => {
      const same = plan('r1', '2018-07-13', [
        claim({
          placeId: 'town-susah',
          date: { from: '2018-07-12', to: '2018-07-12' },
          counts: counts({ killed: 54 }),
        }),
        claim({ placeId: 'gov-dez', claimant: { name: 'SANA' }, counts: counts({ civilians_killed: [30, 'about'] }) }),
      ]);
      expect(same.changes).toHaveLength(1);
      expect(same.changes[0]!.after.counts.civilians_killed).toEqual({ low: 30, high: 30 });
      const later = plan(
        'r2',
        '2018-07-13',
        [claim({ placeId: 'gov-dez', counts: counts({ civilians_killed: 1300 }) })],
        [same.changes[0]!.after],
      );
      expect(later.changes).toEqual([]);
    },
  );

  it('a region-wide figure beside several scenes of the same report belongs to none of them', () => {
    const { changes, claims } = plan('r1', '2018-11-10', [
      claim({ placeId: 'town-hajin', date: { from: '2018-11-09', to: '2018-11-09' }, counts: counts({ killed: 13 }) }),
      claim({ placeId: 'town-susah', date: { from: '2018-11-09', to: '2018-11-09' }, counts: counts({ killed: 9 }) }),
      claim({ placeId: 'gov-dez', counts: counts({ killed: 98 }) }),
    ]);
    expect(changes.map((c) => c.after.counts.killed?.high).sort()).toEqual([13, 9]);
    expect(claims[2]!.incidentId).toBeUndefined();
  });

  it('a denial in the same report finds the incident its casualty claims opened, whatever the text order', () => {
    const { changes, claims } = plan('r1', '2018-11-18', [
      claim({
        type: 'denial',
        claimant: { name: 'coalition' },
        placeId: 'town-hajin',
        date: { from: '2018-11-16', to: '2018-11-16' },
        perpetrator: 'coalition',
      }),
      claim({ claimant: { name: 'local sources' }, placeId: 'vil-abu-hassan', counts: counts({ killed: 43 }) }),
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.after.denials).toHaveLength(1);
    expect(claims[0]!.incidentId).toBe(claims[1]!.incidentId);
    expect(changes[0]!.after.date).toEqual({ from: '2018-11-16', to: '2018-11-16' });
  });

  it('an undated claim takes the days before publication, narrowed when a dated claim joins', () => {
    const { changes } = plan('r1', '2018-11-18', [
      claim({ placeId: 'vil-abu-hassan', counts: counts({ killed: 43 }) }),
      claim({ type: 'denial', placeId: 'town-hajin', date: { from: '2018-11-16', to: '2018-11-16' } }),
    ]);
    expect(changes[0]!.after.dateEstimated).toBe(false);
    expect(changes[0]!.after.date).toEqual({ from: '2018-11-16', to: '2018-11-16' });
  });
});

describe('incidentLookupFor', () => {
  it('looks up by the place, its parent and its children over the claims’ days widened by the slack', () => {
    const lookup = incidentLookupFor(
      [claim({ placeId: 'town-hajin', date: { from: '2018-11-08', to: '2018-11-08' } })],
      '2018-11-10',
      gazetteer,
    );
    expect(lookup?.placeKeys.sort()).toEqual(['gov-dez', 'nb-hawama', 'town-hajin', 'vil-abu-hassan']);
    expect(lookup).toMatchObject({ from: '2018-11-07', to: '2018-11-09' });
    const undated = incidentLookupFor([claim({ placeId: 'town-hajin' })], '2018-11-10', gazetteer);
    expect(undated).toMatchObject({ from: '2018-11-03', to: '2018-11-11' });
  });

  it('is undefined when nothing in the report can join an incident', () => {
    expect(
      incidentLookupFor([claim({ type: 'aggregate', placeId: 'town-hajin' })], '2018-11-10', gazetteer),
    ).toBeUndefined();
  });
});

describe('the incident summary stays bounded', () => {
  it('keeps the highest figures per metric, one per claimant, while counts and reportCount cover every report', () => {
    let incident: Incident | undefined;
    const values = [12, 40, 7, 33, 25, 18, 9, 50, 21, 30, 3, 44];
    for (const [i, value] of values.entries()) {
      const { changes } = plan(
        `r${i}`,
        '2018-07-13',
        [
          claim({
            placeId: 'town-susah',
            claimant: { name: `monitor ${i % 10}` },
            date: { from: '2018-07-12', to: '2018-07-12' },
            counts: counts({ civilians_killed: value }),
          }),
        ],
        incident ? [incident] : [],
      );
      expect(changes).toHaveLength(1);
      incident = changes[0]!.after;
      expect(changes[0]!.contribution.figures.map((f) => f.stated)).toEqual([value]);
      expect(changes[0]!.contribution.reportKey).toBe(`r${i}`);
    }
    expect(incident!.reportCount).toBe(values.length);
    expect(incident!.counts.civilians_killed).toEqual({ low: 3, high: 50 });
    // monitor 0 said 12 then 3, monitor 1 40 then 44: each keeps its highest; then the top five.
    expect(incident!.figures.map((f) => f.stated).sort((a, b) => b! - a!)).toEqual([50, 44, 33, 30, 25]);
    expect(incident!.figures).toHaveLength(SUMMARY_LIMITS.figuresPerMetric);
  });

  it('lists the first report keys only, and cuts long quotes in the summary but not in the contribution', () => {
    let incident: Incident | undefined;
    const quote = 'killed in Susah. '.repeat(100);
    for (let i = 0; i < SUMMARY_LIMITS.reportKeys + 5; i++) {
      const { changes } = plan(
        `r${i}`,
        '2018-07-13',
        [
          claim({
            placeId: 'town-susah',
            date: { from: '2018-07-12', to: '2018-07-12' },
            counts: counts({ killed: 4 }),
            evidence: quote,
          }),
        ],
        incident ? [incident] : [],
      );
      incident = changes[0]!.after;
      expect(changes[0]!.contribution.figures[0]!.evidence.length).toBeGreaterThan(SUMMARY_LIMITS.evidenceChars);
    }
    expect(incident!.reportKeys).toHaveLength(SUMMARY_LIMITS.reportKeys);
    expect(incident!.reportKeys[0]).toBe('r0');
    expect(incident!.reportCount).toBe(SUMMARY_LIMITS.reportKeys + 5);
    expect(incident!.figures.every((f) => f.evidence.length <= SUMMARY_LIMITS.evidenceChars)).toBe(true);
  });
});

describe('placeLockKey', () => {
  const places = createGazetteer([
    { id: 'gov', nameEn: 'Gov', nameAr: 'محافظة', aliases: [], kind: 'governorate' },
    { id: 'dist', nameEn: 'Dist', nameAr: 'منطقة', aliases: [], kind: 'district', parentId: 'gov' },
    { id: 'sub', nameEn: 'Sub', nameAr: 'ناحية', aliases: [], kind: 'subdistrict', parentId: 'dist' },
    { id: 'town', nameEn: 'Town', nameAr: 'بلدة', aliases: [], kind: 'town', parentId: 'sub' },
    { id: 'quarter', nameEn: 'Quarter', nameAr: 'حي', aliases: [], kind: 'neighbourhood', parentId: 'town' },
  ]);

  it('locks a place under its nearest subdistrict (itself included), else under itself', () => {
    expect(['quarter', 'town', 'sub'].map((id) => placeLockKey(id, places))).toEqual(['sub', 'sub', 'sub']);
    expect(placeLockKey('dist', places)).toBe('dist');
    expect(placeLockKey('name:somewhere', places)).toBe('name:somewhere');
  });

  it('gives a lookup the locks of every place it reads, so a writer at any of them meets it', () => {
    const lookup = incidentLookupFor(
      [claim({ place: places.toPlace(places.get('sub')!), date: { from: '2019-01-01', to: '2019-01-01' } })],
      '2019-01-02',
      places,
    );
    expect(lookup?.lockKeys.sort()).toEqual(['dist', 'sub']);
  });
});
