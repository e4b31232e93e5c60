// Issue 12 item 5: the site built from the seeds (claimwatch run --data, then view --data), opened in Debian's
// Chromium through puppeteer-core: the list, the filters, an incident's timeline points and figures by source,
// the Arabic quotes right to left, and the coalition's denial on the Abu al-Hassan page. Screenshots go to
// test-output/view/ (gitignored).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../cli/local/runtime.ts';
import { buildSite, incidentFile } from '../../cli/view/build-site.ts';
import { loadViewData } from '../../cli/view/load-view-data.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';

const CHROMIUM = '/usr/bin/chromium';
/** The page's window as these tests use it (they are type-checked without the DOM library). */
type PageWindow = { getComputedStyle(element: unknown): { direction: string } };
const screenshots = resolve(import.meta.dirname, '../../test-output/view');

function describeWithChromium(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describeWithShared(name, fn);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  describe(name, () => {
    it.todo(`skipped: no ${CHROMIUM} (apt-get install -y chromium)`);
  });
}

describeWithChromium('claimwatch view in a browser, on the seeds', () => {
  let work: string;
  let site: string;
  let browser: Browser;
  let incidents: Awaited<ReturnType<typeof runLocal>>['incidents'];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'claimwatch-view-'));
    const seeds = (await readdir(join(sharedDir, 'seeds'))).filter((f) => f.endsWith('.txt'));
    const data = join(work, 'data');
    const run = await runLocal({
      inputs: seeds.map((f) => join(sharedDir, 'seeds', f)),
      extractor: 'rules',
      dataDir: data,
      log: () => {},
    });
    incidents = run.incidents;
    site = join(work, 'site');
    await buildSite(await loadViewData({ kind: 'data', dir: data }), loadDefaultGazetteer(), site);
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
    await mkdir(screenshots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const open = async (path: string) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    const blocked: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) blocked.push(request.url());
    });
    await page.goto(pathToFileURL(join(site, path)).href);
    return { page, blocked };
  };

  it('lists every incident the seeds open, newest first, with a dot on the map; filters narrow the list', async () => {
    const { page, blocked } = await open('index.html');
    const rows = await page.$$eval('#incidents tbody tr', (trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-incident'), date: tr.querySelector('td')?.textContent ?? '' })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(incidents.map((i) => i.id).sort());
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort().reverse());
    expect(await page.$$eval('.incident-dot', (dots) => dots.length)).toBe(incidents.length);
    await page.screenshot({ path: join(screenshots, 'index.png'), fullPage: true });

    const over35 = incidents.filter((i) => (i.counts.civilians_killed?.high ?? 0) >= 35).length;
    await page.$eval('input[name=minCivilians]', (input) => {
      (input as unknown as { value: string }).value = '35';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await page.$eval('#shown', (e) => e.textContent)).toBe(String(over35));
    expect(await page.$$eval('#incidents tbody tr:not([hidden])', (trs) => trs.length)).toBe(over35);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('an incident page draws every figure of every source on the timeline and lists it by source', async () => {
    const baghuz = incidents.find((i) => i.place.placeId === 'baghuz-fawqani')!;
    const { page, blocked } = await open(incidentFile(baghuz));
    const points = await page.$$eval('circle.point', (cs) =>
      cs.map(
        (c) => `${c.getAttribute('data-metric')}|${c.getAttribute('data-source')}|${c.getAttribute('data-value')}`,
      ),
    );
    const stated = baghuz.figures.filter((f) => f.stated !== null);
    for (const f of stated) expect(points).toContain(`${f.metric}|${f.claimant.name}|${f.stated}`);
    expect(new Set(points.filter((p) => p.startsWith('civilians_killed|')).map((p) => p.split('|')[1])).size).toBe(2);
    const rows = await page.$$eval('#figures tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(baghuz.figures.length);
    expect(rows.some((r) => r.includes('SANA') && r.includes('about 30'))).toBe(true);
    expect(blocked).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'baghuz.png'), fullPage: true });
    await page.close();
  });

  it('Arabic quotes read right to left; the Abu al-Hassan page shows the coalition denial', async () => {
    const abu = incidents.find((i) => i.place.placeId === 'abu-al-hassan')!;
    const { page } = await open(incidentFile(abu));
    const quotes = await page.$$eval('blockquote.quote', (qs) =>
      qs.map((q) => ({
        dir: (globalThis as unknown as PageWindow).getComputedStyle(q).direction,
        text: q.textContent ?? '',
      })),
    );
    const arabic = quotes.filter((q) => /[\u0600-\u06ff]/.test(q.text));
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((q) => q.dir === 'rtl')).toBe(true);
    const denials = await page.$$eval('#statements li.denial', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(denials.some((d) => d.includes('US-led coalition') && d.includes('نفت'))).toBe(true);
    await page.screenshot({ path: join(screenshots, 'abu-al-hassan.png'), fullPage: true });
    await page.close();
  });
});
