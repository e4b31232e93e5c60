// Issue 12: every SMS the seeds produce fits one GSM-7 segment with the place in Latin, two with it in Arabic;
// every subject names the place within 100 characters; the SMS carries the configured incident link only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runLocal } from '../../cli/local/runtime.ts';
import { ALERT_TEXT_ENV } from '../../shared/adapters/alert-text-env.ts';
import { smsSegments } from '../../shared/domain/sms-segments.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';

const seeds = () =>
  readdirSync(join(sharedDir, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(sharedDir, 'seeds', f));

async function seedAlerts(script: 'latin' | 'arabic') {
  const env = {
    ...process.env,
    [ALERT_TEXT_ENV.smsPlaceScript]: script,
    [ALERT_TEXT_ENV.incidentUrlPattern]: 'https://claimwatch.example.org/incidents/{id}.html',
  };
  return (await runLocal({ inputs: seeds(), extractor: 'rules', log: () => {}, env })).alerts;
}

describeWithShared('alert texts of the seeds', () => {
  it('Latin place script: every SMS is one GSM-7 segment and carries the incident link and reference', async () => {
    const alerts = await seedAlerts('latin');
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      expect({ sms: alert.sms, ...smsSegments(alert.sms) }).toMatchObject({ encoding: 'GSM-7', segments: 1 });
      expect(alert.sms).toContain(`https://claimwatch.example.org/incidents/${alert.incidentId}.html`);
      expect(alert.sms).toMatch(/ref [0-9a-f]{6}/);
      expect(alert.subject.length).toBeLessThanOrEqual(100);
      expect(alert.subject).toMatch(/^\[claimwatch\] (New incident|Toll raised|Denial) in [A-Z]/);
    }
  }, 120_000);

  it('Arabic place script: every SMS is at most two segments and names the place in Arabic', async () => {
    const alerts = await seedAlerts('arabic');
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      expect(smsSegments(alert.sms).segments, alert.sms).toBeLessThanOrEqual(2);
      expect(alert.sms).toMatch(/[\u0600-\u06ff]/);
    }
  }, 120_000);
});
