import { describe, expect, it } from 'vitest';
import { alertsForReport } from '../../shared/domain/alert-rules.ts';
import type { AlertTextOptions } from '../../shared/domain/alert-summary.ts';
import { planIncidents } from '../../shared/domain/incidents.ts';
import type { Claim, Incident, Report } from '../../shared/domain/schema.ts';
import { smsSegments } from '../../shared/domain/sms-segments.ts';
import { claim, counts, placeOf, report } from '../support/claims.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

const gazetteer = testGazetteer();
const day = { from: '2018-07-12', to: '2018-07-12' };

function run(r: Report, claims: Claim[], candidates: Incident[] = [], options?: AlertTextOptions) {
  const now = `${r.publishedAt}T12:00:00Z`;
  const plan = planIncidents({ report: r, claims, candidates, places: gazetteer, now });
  return {
    alerts: alertsForReport(r, plan.claims, plan.changes, now, options),
    incidents: plan.changes.map((c) => c.after),
  };
}

describe('alert texts from a hostile report', () => {
  const susah = placeOf('town-susah');
  const hostile: Report = {
    ...report('hostile.txt', '2018-07-13'),
    url: 'javascript:alert(document.cookie)',
    source: 'Reuters\r\nBcc: victim@example.org',
    summary: '<script>steal()</script>Call +963 11 234 5678 or visit www.evil.example/pay',
  };
  const claims = [
    claim({
      reportKey: 'hostile.txt',
      place: { ...susah, names: ['<b>Susah</b>\nReport: http://evil.example', ...susah.names] },
      date: day,
      claimant: { name: 'SOHR\u202E <img src=x onerror=alert(1)> call 0933 123 456' },
      counts: counts({ killed: 54, civilians_killed: 28 }),
      evidence: 'SOHR said 54 were killed.\r\nReport: javascript:alert(1) — WhatsApp +963-933-123-456',
    }),
    claim({
      reportKey: 'hostile.txt',
      type: 'denial',
      place: susah,
      date: day,
      claimant: { name: 'coalition\nSubject: forged' },
      evidence: 'The coalition denied it. tel:+963933123456',
    }),
  ];
  const { alerts } = run(hostile, claims);

  it('raises the alerts the report calls for', () => {
    expect(alerts.map((a) => a.type)).toEqual(['NEW_INCIDENT', 'DENIAL']);
  });

  it('no markup, control character, bidi override, phone number or non-http link in any text', () => {
    for (const alert of alerts) {
      for (const text of [alert.subject, alert.sms, alert.email]) {
        expect(text).not.toMatch(/[<>\r\u202a-\u202e\u200b]/);
        expect(text).not.toMatch(/javascript|tel:|evil|script|onerror|victim@/i);
        expect(text).not.toMatch(/234 5678|933|123 456/);
      }
      expect(alert.subject).not.toContain('\n');
      expect(alert.sms).not.toContain('\n');
    }
  });

  it('no forged line in the email: one Report line, no header-like line from the report', () => {
    for (const alert of alerts) {
      const lines = alert.email.split('\n');
      expect(lines.filter((l) => l.startsWith('Report:'))).toEqual(['Report: hostile.txt']);
      expect(lines.some((l) => /^(Bcc|Subject):/.test(l))).toBe(false);
    }
  });

  it('the SMS carries no link but the configured incident link', () => {
    const options = { smsPlaceScript: 'latin' as const, incidentUrlPattern: 'https://cw.example.org/i/{id}.html' };
    const sms = run(hostile, claims, [], options).alerts.map((a) => a.sms);
    for (const text of sms) {
      expect(text.match(/https?:\/\/\S+/g)).toEqual([expect.stringMatching(/^https:\/\/cw\.example\.org\/i\/inc-/)]);
    }
  });
});

describe('alert texts per channel', () => {
  const first = run(report('r1', '2019-02-10'), [
    claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 7, children_killed: 3 }) }),
  ]);

  it('a raise says old -> new and who says so, in one GSM-7 segment with the place in Latin', () => {
    const { alerts } = run(
      report('r2', '2019-02-11'),
      [claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 11, children_killed: 4 }) })],
      first.incidents,
    );
    const sms = alerts[0]!.sms;
    expect(sms).toMatch(/^claimwatch Toll raised in Susah .*civilians killed 7->11, children killed 3->4 \(SOHR\)/);
    expect(smsSegments(sms)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(sms).toMatch(/ref [0-9a-f]{6}/);
    expect(alerts[0]!.email.split('\n')[0]).toMatch(/^What changed: Toll raised in Susah.*civilians killed 7 → 11/);
  });

  it('a claimant named only in Arabic keeps a Latin SMS in GSM-7; the email names it as given', () => {
    const { alerts } = run(
      report('r2', '2019-02-11'),
      [
        claim({
          placeId: 'town-susah',
          date: day,
          claimant: { name: 'شبكة وادي النهر الإخبارية' },
          counts: counts({ civilians_killed: 11 }),
        }),
      ],
      first.incidents,
    );
    expect(alerts[0]!.sms).toContain('civilians killed 7->11 (a source)');
    expect(smsSegments(alerts[0]!.sms)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(alerts[0]!.email.split('\n')[0]).toContain('civilians killed 7 → 11 (شبكة وادي النهر الإخبارية)');
  });

  it('with the Arabic place script the SMS names the place in Arabic within two segments', () => {
    const { alerts } = run(
      report('r1', '2019-02-10'),
      [claim({ placeId: 'town-susah', date: day, counts: counts({ civilians_killed: 7, children_killed: 3 }) })],
      [],
      { smsPlaceScript: 'arabic' },
    );
    expect(alerts[0]!.sms).toContain('السوسة');
    expect(alerts[0]!.sms).not.toContain('Susah');
    expect(smsSegments(alerts[0]!.sms)).toMatchObject({ encoding: 'UCS-2' });
    expect(smsSegments(alerts[0]!.sms).segments).toBeLessThanOrEqual(2);
  });

  it('the email subject names the place and the change, within 100 characters and whole pieces only', () => {
    const { alerts } = run(report('r1', '2019-02-10'), [
      claim({
        placeId: 'town-susah',
        date: { from: '2019-02-08', to: '2019-02-09' },
        counts: counts({ killed: 120, civilians_killed: 100, children_killed: 40, women_killed: 30, injured: 200 }),
      }),
    ]);
    const subject = alerts[0]!.subject;
    expect(subject.length).toBeLessThanOrEqual(100);
    expect(subject).toMatch(/^\[claimwatch\] New incident in Susah: 120 killed, 100 civilians killed/);
    expect(subject).toMatch(/(killed|injured)( \([^)]*\))?$/);
  });

  it('totals that contradict (civilians above all killed) are not both headlines; the email shows the ranges', () => {
    const { alerts } = run(report('r1', '2019-01-18'), [
      claim({
        placeId: 'town-susah',
        date: day,
        claimant: { name: 'Al Jazeera' },
        counts: counts({ civilians_killed: 20 }),
      }),
      claim({ placeId: 'town-susah', date: day, claimant: { name: 'field sources' }, counts: counts({ killed: 10 }) }),
    ]);
    const alert = alerts[0]!;
    expect(alert.sms).toContain('20 civilians killed');
    expect(alert.sms).not.toContain('10 killed');
    expect(alert.sms).toContain('Sources differ.');
    expect(alert.email).toContain('killed 10: field sources 10');
    expect(alert.email).toContain('2 independent sources (Al Jazeera; field sources)');
  });

  it('a count of one reads in the singular: "1 child killed", "killing 1 civilian"', () => {
    const { alerts } = run(report('r1', '2019-01-18'), [
      claim({
        placeId: 'town-susah',
        date: day,
        counts: counts({ killed: 1, civilians_killed: 1, children_killed: 1, women_killed: 1, injured: 1 }),
      }),
      claim({ placeId: 'town-susah', date: day, counts: counts({ combatants_killed: 1 }) }),
      claim({ placeId: 'town-susah', date: day, type: 'denial', claimant: { name: 'the army' } }),
    ]);
    const [incident, denial] = alerts;
    expect(incident!.sms).toContain('1 civilian killed, 1 child killed, 1 woman killed, 1 combatant killed');
    expect(`${incident!.subject}\n${incident!.email}`).not.toMatch(/\b1 (civilians|children|women|combatants)\b/);
    expect(denial!.sms).toContain('the army denies killing 1 civilian.');
  });

  it('the place spellings are limited to the useful ones', () => {
    const names = first.alerts[0]!.email.split('\n').find((l) => l.startsWith('Place:'))!;
    expect(names.split(/, |; | \/ /).length).toBeLessThanOrEqual(6);
  });
});
