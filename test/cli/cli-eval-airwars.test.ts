// `claimwatch eval --airwars` as a user runs it, on invented texts in the Airwars shape: every score and every
// miss category, printed and in --json.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AirwarsScore } from '../../cli/eval/airwars.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = resolve(root, 'bin/claimwatch.mjs');
const texts = 'test/fixtures/airwars-invented/texts.jsonl';

function claimwatch(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

describe('claimwatch eval --airwars (child process)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-airwars-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs the texts through the pipeline and prints each score and each category of miss', async () => {
    const json = join(dir, 'score.json');
    const child = claimwatch('eval', '--airwars', texts, '--quiet', '--json', json);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const out = child.stdout;
    expect(out).toContain('claimwatch eval — Airwars: 14 texts of 5 incidents, extractor rules');
    expect(out).toMatch(/^ {2}figure in range {5}0\.571 {2}\(8\/14 texts\)$/m);
    expect(out).toMatch(/^ {2}children in range {3}0\.286 {2}\(2\/7 texts whose incident has a children range\)$/m);
    expect(out).toMatch(/^ {2}grouping precision {2}0\.600 {2}\(3\/5 grouped pairs/m);
    expect(out).toMatch(/^ {2}grouping recall {5}0\.167 {2}\(3\/18 pairs/m);
    for (const [category, n] of [
      ['no casualty claim', 1],
      ['no death figure', 1],
      ['below range', 1],
      ['above range, civilians', 1],
      ['above range, killed', 1],
      ['far above range', 1],
      ['no children figure', 5],
      ['no place', 1],
      ['region only', 1],
      ['another place', 1],
      ['no date', 1],
      ['date off', 1],
      ['in no incident', 2],
      ['grouped with another incident', 3],
      ['split from its incident', 6],
    ] as const)
      expect(out).toMatch(new RegExp(`^ {4}${category} +${n}$`, 'm'));

    const score = JSON.parse(await readFile(json, 'utf8')) as AirwarsScore;
    const byId = Object.fromEntries(score.rows.map((r) => [r.id.replace('invented-', ''), r]));
    expect(byId.a1).toMatchObject({ figure: 6, children: 2 });
    expect(byId.b1).toMatchObject({ figure: 12, figureMiss: 'above range, killed' });
    expect(byId.b2).toMatchObject({ figure: 10, figureMiss: 'above range, civilians' });
    expect(byId.c1).toMatchObject({ figure: 40, figureMiss: 'far above range' });
    expect(byId.d1).toMatchObject({ figure: 2, figureMiss: 'below range' });
    expect(byId.d2).toMatchObject({ figureMiss: 'no death figure' });
    expect(byId.a3).toMatchObject({ figureMiss: 'no casualty claim', childrenMiss: 'no children figure' });
    expect(byId.a4?.misses).toEqual(['date off', 'split from its incident']);
    expect(byId.a5?.misses).toEqual(['no date', 'split from its incident']);
    expect(byId.c2?.misses).toEqual(['another place', 'split from its incident']);
    expect(byId.d3?.misses).toEqual(['no place', 'in no incident']);
    expect(byId.d4?.misses).toEqual(['region only', 'in no incident']);
    expect(byId.e1?.misses).toEqual(['grouped with another incident']);
  });

  it.each([
    [['eval', '--airwars', texts, '--fakes', 'x.jsonl'], /give exactly one of --gold .*--fakes .*--airwars/],
    [['eval', '--airwars', 'no/such.jsonl'], /Airwars file not found: no\/such\.jsonl/],
  ])('%j is a usage error', (args, message) => {
    const child = claimwatch(...args);
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(message);
  });
});
