// The rules extractor on the seed reports (gold: ../shared/gold/seeds.gold.json) and on FA-KES English
// articles (../shared/data/fa-kes-dev.jsonl). Floors are the measured values less a small margin.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { GoldFile } from '../../../cli/eval/gold.ts';
import { scoreRun } from '../../../cli/eval/score.ts';
import type { ExtractedClaim } from '../../../shared/domain/schema.ts';
import { extractWithRules } from '../../../shared/extraction/rules/rules-extractor.ts';
import { loadDefaultGazetteer } from '../../../shared/places/default-gazetteer.ts';
import { describeWithShared, sharedDir } from '../../support/shared-data.ts';

/** Figures in each seed that are not casualties of one event (war totals, fighters in a pocket, strikes, families…). */
const TRAPS: Record<string, number[]> = {
  '000_35d6ee97e2dd77e2.txt': [350000, 2011, 2014],
  '001_60c786820bc4ce17.txt': [350000, 2011, 2014, 2017, 3],
  '002_c54b1193e2762bcb.txt': [2000, 150, 10, 234, 82, 11, 806, 2018],
  '003_93c8525adc8bf3ac.txt': [100, 7, 4, 2016, 29, 30],
  '004_0a8ed0db6de38d0d.txt': [50, 13, 20, 2018],
};

describeWithShared('rules extractor on the seed reports', () => {
  const reports: Array<{ key: string; text: string; claims: ExtractedClaim[] }> = [];
  beforeAll(() => {
    const gazetteer = loadDefaultGazetteer();
    const dir = resolve(sharedDir, 'seeds');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(resolve(dir, file), 'utf8');
      const meta = JSON.parse(readFileSync(resolve(dir, file.replace(/\.txt$/, '.meta.json')), 'utf8'));
      reports.push({ key: file, text, claims: extractWithRules(gazetteer, { reportKey: file, text, ...meta }).claims });
    }
  });

  it('finds at least 90% of the required gold claims, with high precision on casualties and denials', () => {
    const gold = GoldFile.parse(JSON.parse(readFileSync(resolve(sharedDir, 'gold/seeds.gold.json'), 'utf8')));
    const score = scoreRun(gold, { reports: reports.map(({ key, claims }) => ({ key, claims })), alerts: [] });
    const claimMisses = score.misses.filter((m) => / claim /.test(m));
    expect(claimMisses).toEqual([]);
    expect(score.claimRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.claimPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('never turns a war total, strike count, family count, distance or year into a casualty', () => {
    expect(reports).toHaveLength(Object.keys(TRAPS).length);
    for (const { key, claims } of reports) {
      const casualtyValues = claims
        .filter((c) => c.type === 'casualty')
        .flatMap((c) => Object.values(c.counts).map((count) => count?.stated));
      const traps = TRAPS[key] ?? [];
      expect({ key, hits: casualtyValues.filter((v) => v != null && traps.includes(v)) }).toEqual({ key, hits: [] });
    }
    const aggregates = reports.flatMap((r) => r.claims.filter((c) => c.type === 'aggregate'));
    expect(aggregates.map((c) => c.counts.killed?.stated ?? c.counts.civilians_killed?.stated)).toEqual(
      expect.arrayContaining([350000, 234]),
    );
  });

  it('quotes its evidence verbatim and reads the coalition\'s "may have" as an acknowledgment', () => {
    for (const { key, text, claims } of reports) {
      for (const claim of claims) expect({ key, found: text.includes(claim.evidence) }).toEqual({ key, found: true });
    }
    const first = reports[0]?.claims ?? [];
    expect(first.some((c) => c.type === 'acknowledgment' && c.claimant.name === 'US-led coalition')).toBe(true);
    expect(first.some((c) => c.type === 'denial')).toBe(false);
  });
});

describeWithShared('rules extractor on FA-KES English articles', () => {
  it('agrees with the annotated civilian counts at least as often as measured', () => {
    const gazetteer = loadDefaultGazetteer();
    const rows = readFileSync(resolve(sharedDir, 'data/fa-kes-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            title: string;
            text: string;
            date?: string;
            source?: string;
            civilians: number | null;
          },
      );
    let n = 0;
    let exact = 0;
    let within = 0;
    for (const row of rows) {
      if (row.civilians === null) continue;
      const { claims, language } = extractWithRules(gazetteer, {
        reportKey: row.id,
        text: `${row.title}\n${row.text}`,
        ...(row.date ? { publishedAt: row.date.slice(0, 10) } : {}),
      });
      expect(language).toBe('en');
      // Per article: the highest civilians_killed of the casualty claims, else the highest killed, else 0.
      const casualties = claims.filter((c) => c.type === 'casualty');
      const civilians = Math.max(-1, ...casualties.map((c) => c.counts.civilians_killed?.stated ?? -1));
      const killed = Math.max(-1, ...casualties.map((c) => c.counts.killed?.stated ?? -1));
      const predicted = civilians >= 0 ? civilians : Math.max(killed, 0);
      n += 1;
      if (predicted === row.civilians) exact += 1;
      if (Math.abs(predicted - row.civilians) <= 0.1 * row.civilians) within += 1;
    }
    expect(n).toBeGreaterThan(150);
    // Measured: exact 0.557, within ±10% 0.568 (185 articles; was 0.530 / 0.541 before the English pass).
    expect(exact / n).toBeGreaterThanOrEqual(0.54);
    expect(within / n).toBeGreaterThanOrEqual(0.55);
  });
});
