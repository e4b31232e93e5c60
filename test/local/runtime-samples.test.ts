// End to end on the invented sample reports: s3rver events drive the real pipeline against DynamoDB Local.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResult } from '../../cli/local/run-result.ts';
import { runLocal } from '../../cli/local/runtime.ts';
import { Alert } from '../../shared/domain/schema.ts';

const samples = resolve(import.meta.dirname, '../../samples/reports');

describe('runLocal on samples/reports', () => {
  let dir = '';
  let result: RunResult;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-run-'));
    result = await runLocal({
      inputs: [samples],
      extractor: 'rules',
      out: join(dir, 'result.json'),
      log: (l) => lines.push(l),
    });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('processes every report in file-name order', () => {
    expect(result.reports.map((r) => r.key)).toEqual([
      '01-strike-hajin.txt',
      '02-toll-rises-hajin.txt',
      '03-coalition-denial-hajin.html',
      '04-shelling-mayadin.txt',
      '05-hajin-follow-up.txt',
      '06-aid-busayrah.txt',
    ]);
    expect(result.reports.map((r) => r.status)).toEqual(Array(6).fill('processed'));
    expect(result.reports[0]).toMatchObject({ publishedAt: '2019-02-10', language: 'ar' });
    expect(result.reports[5]?.claims).toEqual([]);
  });

  it('decodes the windows-1256 report and reads its raised toll', () => {
    const claims = result.reports[1]?.claims ?? [];
    expect(claims.some((c) => c.type === 'casualty' && c.counts.civilians_killed?.stated === 11)).toBe(true);
    expect(claims.every((c) => !c.evidence.includes('\uFFFD'))).toBe(true);
  });

  it('sends NEW_INCIDENT, COUNT_RAISED, DENIAL and NEW_INCIDENT, and nothing for the repeat or the aid report', () => {
    const created = result.alerts.find((a) => a.reportKey === '01-strike-hajin.txt');
    const hajin = created?.incidentId;
    const ofReport = (key: string) =>
      result.alerts.filter((a) => a.reportKey === key && a.incidentId === hajin).map((a) => a.type);
    expect(result.alerts[0]).toBe(created);
    expect(created).toMatchObject({ type: 'NEW_INCIDENT', counts: { civilians_killed: 7, children_killed: 3 } });
    expect(created?.place.names).toEqual(expect.arrayContaining(['هجين', 'Hajin']));
    expect(ofReport('02-toll-rises-hajin.txt')).toEqual(['COUNT_RAISED']);
    expect(ofReport('03-coalition-denial-hajin.html')).toEqual(['DENIAL']);
    const raised = result.alerts.find((a) => a.type === 'COUNT_RAISED');
    expect(raised?.counts).toMatchObject({ civilians_killed: 11, children_killed: 4 });
    expect(raised?.changes?.some((c) => c.metric === 'civilians_killed' && c.previous === 7 && c.current === 11)).toBe(
      true,
    );
    const mayadin = result.alerts.filter((a) => a.reportKey === '04-shelling-mayadin.txt');
    expect(mayadin.map((a) => a.type)).toEqual(['NEW_INCIDENT']);
    expect(mayadin[0]?.incidentId).not.toBe(hajin);
    expect(mayadin[0]?.counts).toMatchObject({ civilians_killed: 5, women_killed: 2, injured: 8 });
    expect(result.alerts.filter((a) => a.reportKey.startsWith('05-') || a.reportKey.startsWith('06-'))).toEqual([]);
  });

  it('groups the Hajin reports into one incident with the denial', () => {
    const hajin = result.incidents.find((i) => i.id === result.alerts[0]?.incidentId);
    expect(hajin?.reportKeys).toEqual(
      expect.arrayContaining([
        '01-strike-hajin.txt',
        '02-toll-rises-hajin.txt',
        '03-coalition-denial-hajin.html',
        '05-hajin-follow-up.txt',
      ]),
    );
    expect(hajin?.counts.civilians_killed).toEqual({ low: 7, high: 11 });
    expect(hajin?.denials).toHaveLength(1);
  });

  // The HTML page's headline repeats the denial without a date: it must not open a second Hajin incident.
  it('the denial report raises exactly one alert and the samples make exactly two incidents', () => {
    expect(result.alerts.filter((a) => a.reportKey === '03-coalition-denial-hajin.html')).toHaveLength(1);
    expect(result.incidents).toHaveLength(2);
    expect(result.alerts).toHaveLength(4);
  });

  it('writes the run result and alerts.jsonl, and prints one line per report', async () => {
    const written = RunResult.parse(JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')));
    expect(written).toEqual(result);
    const jsonl = (await readFile(join(dir, 'alerts.jsonl'), 'utf8')).trim().split('\n');
    expect(jsonl.map((l) => Alert.parse(JSON.parse(l)).id)).toEqual(result.alerts.map((a) => a.id));
    expect(lines.filter((l) => /^\[\d\/6\] /.test(l))).toHaveLength(6);
    expect(lines.some((l) => l.startsWith('[2/6] 02-toll-rises-hajin.txt · processed'))).toBe(true);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^done in .* 6 reports \\(6 processed\\).* ${result.alerts.length} alerts`),
    );
  });
});
