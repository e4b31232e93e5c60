// The Airwars scorer on runs written by hand: each score and each category of miss, then the real file's shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AirwarsClaim,
  type AirwarsIncident,
  type AirwarsText,
  parseAirwars,
  scoreAirwars,
} from '../../cli/eval/airwars.ts';
import { airwarsReportKey } from '../../cli/eval/airwars-run.ts';
import type { Place } from '../../shared/domain/schema.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

const gazetteer = testGazetteer();
const hajinStrike: AirwarsIncident = {
  code: 'A',
  date: '2019-02-09',
  location_ar: 'هجين',
  location_en: 'Hajin',
  region_en: 'Deir ez-Zor',
  civ_killed_min: 5,
  civ_killed_max: 7,
  children_killed_min: 2,
  children_killed_max: 3,
};
const villageStrike: AirwarsIncident = {
  code: 'B',
  date: '2019-02-13',
  location_ar: 'قرية أبو الحسن',
  location_en: 'Abu al-Hassan village',
  region_en: 'Deir ez-Zor',
  civ_killed_min: 1,
  civ_killed_max: 1,
};

const place = (placeId: string | undefined, ...names: string[]): Place => ({
  names,
  ...(placeId ? { placeId } : {}),
});
const day = (d: string) => ({ from: d, to: d });
function casualty(counts: Record<string, number>, where?: Place, date?: string, incidentId?: string): AirwarsClaim {
  return {
    type: 'casualty',
    counts: Object.fromEntries(Object.entries(counts).map(([m, stated]) => [m, { stated, qualifier: 'exact' }])),
    ...(where ? { place: where } : {}),
    ...(date ? { date: day(date) } : {}),
    ...(incidentId ? { incidentId } : {}),
  };
}

const cases: Array<[string, AirwarsIncident, AirwarsClaim[]]> = [
  [
    't1',
    hajinStrike,
    [casualty({ civilians_killed: 6, children_killed: 2 }, place('town-hajin', 'هجين'), '2019-02-09', 'I1')],
  ],
  [
    't2',
    hajinStrike,
    [casualty({ civilians_killed: 7, children_killed: 12 }, place('nb-hawama', 'الحوامة'), '2019-02-10', 'I1')],
  ],
  ['t3', hajinStrike, []],
  [
    't4',
    hajinStrike,
    [
      casualty(
        { civilians_killed: 5, children_killed: 1 },
        place('vil-abu-hassan', 'Abu al-Hassan'),
        '2019-02-20',
        'I2',
      ),
    ],
  ],
  ['t5', villageStrike, [casualty({ killed: 4 }, place('vil-abu-hassan', 'أبو الحسن'), '2019-02-13', 'I3')]],
  ['t6', villageStrike, [casualty({ civilians_killed: 1 }, place('gov-dez', 'محافظة دير الزور'))]],
  ['t7', villageStrike, [casualty({ civilians_killed: 30 }, place('town-susah', 'السوسة'), '2019-02-13', 'I1')]],
  ['t8', villageStrike, [casualty({ civilians_killed: 0 }, undefined, '2019-02-12')]],
  ['t9', villageStrike, [casualty({ injured: 3 }, place(undefined, 'Deir ez-Zor'), '2019-03-30')]],
];
const texts: AirwarsText[] = cases.map(([id, incident]) => ({ id, text: `text ${id}`, incident }));
const run = { reports: cases.map(([id, , claims]) => ({ key: airwarsReportKey({ id }), claims })) };

describe('Airwars scoring', () => {
  const score = scoreAirwars(texts, run, { keyOf: airwarsReportKey, gazetteer });

  it('counts texts whose highest civilians (else killed) figure lies in the civilians range', () => {
    expect({ texts: score.texts, incidents: score.incidents, inRange: score.figureInRange }).toEqual({
      texts: 9,
      incidents: 2,
      inRange: 4,
    });
    expect(score.figureMisses).toEqual({
      'no casualty claim': 1,
      'no death figure': 1,
      'below range': 1,
      'above range, killed': 1,
      'far above range': 1,
    });
  });

  it('scores children over the texts whose incident has a children range', () => {
    expect({ texts: score.childrenTexts, inRange: score.childrenInRange }).toEqual({ texts: 4, inRange: 1 });
    expect(score.childrenMisses).toEqual({ 'no children figure': 1, 'below range': 1, 'above range': 1 });
  });

  it('scores grouping on pairs: grouped = casualty claims of both in one incident, same = one Airwars incident', () => {
    // Grouped: t1–t2 (same), t1–t7 and t2–t7 (not). Same: 6 pairs in A, 10 in B.
    expect(score.pairs).toEqual({ grouped: 3, same: 16, groupedSame: 1, precision: 1 / 3, recall: 1 / 16 });
  });

  it('names the place, date and grouping misses of each text', () => {
    expect(Object.fromEntries(score.rows.map((r) => [r.id, r.misses]))).toEqual({
      t1: ['grouped with another incident', 'split from its incident'],
      t2: ['grouped with another incident', 'split from its incident'],
      t3: [],
      t4: ['date off', 'split from its incident'],
      t5: ['split from its incident'],
      t6: ['region only', 'no date', 'in no incident'],
      t7: ['another place', 'grouped with another incident', 'split from its incident'],
      t8: ['no place', 'in no incident'],
      t9: ['region only', 'date off', 'in no incident'],
    });
    expect(score.textMisses).toEqual({
      'grouped with another incident': 3,
      'split from its incident': 5,
      'date off': 2,
      'region only': 2,
      'no date': 1,
      'in no incident': 3,
      'another place': 1,
      'no place': 1,
    });
  });

  it("reads the names Airwars' free-text location gives after a settlement noun", () => {
    // A village no gazetteer lists, named in a location that also says where it lies.
    const unlisted: AirwarsIncident = { ...villageStrike, code: 'C', location_ar: 'قرية أم الورود في جبل الريحان' };
    const claims = (name: string) => [casualty({ civilians_killed: 1 }, place(undefined, name), '2019-02-13', 'I9')];
    const pair: AirwarsText[] = ['u1', 'u2'].map((id) => ({ id, text: `text ${id}`, incident: unlisted }));
    const named = {
      reports: [
        { key: airwarsReportKey({ id: 'u1' }), claims: claims('أم الورود') },
        { key: airwarsReportKey({ id: 'u2' }), claims: claims('الريحان') },
      ],
    };
    const rows = scoreAirwars(pair, named, { keyOf: airwarsReportKey, gazetteer }).rows;
    expect(rows.map((r) => r.misses)).toEqual([[], ['another place']]);
  });

  it('fails loudly on a text the run does not have', () => {
    expect(() =>
      scoreAirwars(texts, { reports: run.reports.slice(1) }, { keyOf: airwarsReportKey, gazetteer }),
    ).toThrow(/no report for Airwars text t1/);
  });
});

describe('Airwars file parsing', () => {
  const line = (id: string) => JSON.stringify({ id, publishedAt: null, text: 'x', incident: villageStrike });

  it('reads JSON lines, blank lines skipped, and names the line of a bad record', () => {
    expect(parseAirwars(`${line('a')}\n\n${line('b')}\n`).map((t) => t.id)).toEqual(['a', 'b']);
    expect(() => parseAirwars(`${line('a')}\n{"id":"b","text":"x"}`)).toThrow(/line 2 is not a valid source text/);
    expect(() => parseAirwars(`${line('a')}\n${line('a')}`)).toThrow(/id a appears twice/);
  });

  it('makes a file name of any id', () => {
    expect(airwarsReportKey({ id: '../x y/z' })).toBe('___x_y_z.txt');
  });
});

describeWithShared('the Airwars dev file', () => {
  it('parses into 283 texts of 131 incidents with 321 pairs of texts of one incident', () => {
    const real = parseAirwars(readFileSync(join(sharedDir, 'data/airwars-ar-dev.jsonl'), 'utf8'));
    const empty = { reports: real.map((t) => ({ key: airwarsReportKey(t), claims: [] })) };
    const score = scoreAirwars(real, empty, { keyOf: airwarsReportKey, gazetteer });
    expect({ texts: score.texts, incidents: score.incidents, same: score.pairs.same }).toEqual({
      texts: 283,
      incidents: 131,
      same: 321,
    });
    expect(new Set(real.map(airwarsReportKey)).size).toBe(283);
    expect(score.figureMisses).toEqual({ 'no casualty claim': 283 });
  });
});
