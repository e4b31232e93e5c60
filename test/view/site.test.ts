// The site built from hand-made data: report text is shown, never interpreted; nothing is loaded from elsewhere.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, incidentFile } from '../../cli/view/build-site.ts';
import type { ViewData } from '../../cli/view/view-data.ts';
import { placeOf } from '../support/claims.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const data: ViewData = {
  incidents: [
    {
      id: 'inc-0123456789abcdef',
      place: { ...placeOf('town-susah'), names: [`${hostile}Susah`, ...placeOf('town-susah').names] },
      date: { from: '2019-01-16', to: '2019-01-18' },
      counts: { civilians_killed: { low: 12, high: 20 } },
      figures: [
        {
          claimant: { name: `SOHR ${hostile}` },
          metric: 'civilians_killed',
          stated: 12,
          qualifier: 'at_least',
          reportKey: 'r1',
          evidence: 'قال المرصد إن 12 مدنيا على الأقل قتلوا',
        },
        {
          claimant: { name: 'Civil Defence' },
          metric: 'civilians_killed',
          stated: 20,
          qualifier: 'exact',
          reportKey: 'r2',
          evidence: `20 civilians were killed ${hostile}`,
        },
      ],
      denials: [],
      acknowledgments: [],
      perpetrators: ['coalition'],
      reportKeys: ['r1', 'r2'],
    },
  ],
  reports: [
    { key: 'r1', status: 'processed', publishedAt: '2019-01-17', url: 'javascript:alert(3)', source: hostile },
    { key: 'r2', status: 'processed', publishedAt: '2019-01-19', url: 'https://news.example.org/a?b=1&c="2"' },
  ],
  alerts: [],
};

describe('the site from untrusted data', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('escapes every report text, links only http(s) reports and loads nothing from elsewhere', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimwatch-site-'));
    const summary = await buildSite(data, testGazetteer(), dir, new Date('2026-12-03T00:00:00Z'));
    expect(summary).toMatchObject({ pages: 2, incidents: 1 });
    for (const file of ['index.html', incidentFile(data.incidents[0]!)]) {
      const html = await readFile(join(dir, file), 'utf8');
      expect(html).not.toMatch(/<script>alert|<img|onerror=alert\(2\)>|href="javascript/i);
      expect(html).toContain('content="default-src &#39;none&#39;;');
      // Nothing embedded from anywhere; the only outside links are the reports' own, opened on a click.
      expect(html).not.toMatch(/\bsrc="/);
      expect(html.match(/href="(?:https?:)?\/\//g)?.length ?? 0).toBe(html.match(/class="report-link"/g)?.length ?? 0);
      expect(html.match(/<script>/g)?.length ?? 0).toBe(file === 'index.html' ? 1 : 0);
    }
    const page = await readFile(join(dir, incidentFile(data.incidents[0]!)), 'utf8');
    expect(page).toContain('SOHR &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<blockquote dir="rtl" lang="ar" class="quote">قال المرصد');
    expect(page).toContain('class="report-link" href="https://news.example.org/a?b=1&amp;c=%222%22"');
    expect(page.match(/<circle class="point"/g)).toHaveLength(2);
  });
});
