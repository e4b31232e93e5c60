import { describe, expect, it } from 'vitest';
import { buildRunResult, RunResult } from '../../cli/local/run-result.ts';
import type { Claim, Report } from '../../shared/domain/schema.ts';
import { makeAlert } from '../adapters/sns/alert-fixture.ts';

const report = (key: string, extra: Partial<Report> = {}): Report => ({
  key,
  status: 'processed',
  claimCount: 1,
  processedAt: '2019-03-02T10:00:00.000Z',
  ...extra,
});
const claim = (reportKey: string, stated: number): Claim => ({
  id: `${reportKey}-000`,
  reportKey,
  type: 'casualty',
  claimant: { name: 'Example Monitor' },
  place: { names: ['هجين', 'Hajin'], placeId: 'hajin' },
  counts: { civilians_killed: { stated, qualifier: 'exact' } },
  evidence: `${stated} civilians were killed`,
  incidentId: 'incident-1',
});

describe('buildRunResult', () => {
  it('keeps upload order, gives each report its claims, sums tokens and validates', () => {
    const result = buildRunResult({
      extractor: 'bedrock',
      reports: [
        report('b.txt', { usage: { inputTokens: 100, outputTokens: 20 }, language: 'en' }),
        { ...report('a.txt', { usage: { inputTokens: 50, outputTokens: 5 } }), replay: true },
        report('c.txt', { status: 'duplicate', duplicateOf: 'b.txt', claimCount: 0 }),
      ],
      claims: [claim('a.txt', 5), claim('b.txt', 7), claim('c.txt', 9)],
      incidents: [],
      alerts: [makeAlert()],
    });
    expect(() => RunResult.parse(result)).not.toThrow();
    expect(result.reports.map((r) => r.key)).toEqual(['b.txt', 'a.txt', 'c.txt']);
    expect(result.reports[0]?.claims.map((c) => c.counts.civilians_killed?.stated)).toEqual([7]);
    expect(result.reports[0]?.claims[0]).not.toHaveProperty('id');
    expect(result.reports[0]?.claims[0]).toMatchObject({
      incidentId: 'incident-1',
      place: { names: ['هجين', 'Hajin'] },
    });
    expect(result.reports[1]?.replay).toBe(true);
    expect(result.reports[2]).toMatchObject({ status: 'duplicate', duplicateOf: 'b.txt', claims: [] });
    expect(result.totals).toEqual({ inputTokens: 150, outputTokens: 25 });
    expect(result.alerts[0]).toMatchObject({
      type: 'COUNT_RAISED',
      counts: { civilians_killed: 9 },
      subject: expect.any(String),
    });
    expect(result.alerts[0]).not.toHaveProperty('createdAt');
  });

  it('carries combatants killed in claims, incident counts and alerts, and the combatants-only mark', () => {
    const fighters: Claim = {
      ...claim('d.txt', 0),
      counts: { combatants_killed: { stated: 22, qualifier: 'exact' } },
      evidence: '22 fighters were killed',
    };
    const result = buildRunResult({
      extractor: 'rules',
      reports: [report('d.txt')],
      claims: [fighters],
      incidents: [],
      alerts: [makeAlert({ type: 'NEW_INCIDENT', counts: { combatants_killed: 22 }, combatantsOnly: true })],
    });
    expect(result.reports[0]?.claims[0]?.counts).toEqual({ combatants_killed: { stated: 22, qualifier: 'exact' } });
    expect(result.alerts[0]).toMatchObject({ counts: { combatants_killed: 22 }, combatantsOnly: true });
  });
});
