// Checks the default gazetteer against the seed reports and the FA-KES articles in ../shared (read, never copied).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';

const g = loadDefaultGazetteer();

describeWithShared('default gazetteer on the seed reports and FA-KES articles', () => {
  const seedDir = resolve(sharedDir, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(resolve(seedDir, f), 'utf8'));

  it('finds the places the gold incidents are about, with exact offsets', () => {
    const found = new Set<string>();
    for (const text of seeds) {
      for (const m of g.findMentions(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        found.add(m.entry.id);
      }
    }
    for (const id of ['susah', 'baghuz-fawqani', 'hajin', 'abu-al-hassan', 'shafa', 'hawama'])
      expect(found).toContain(id);
  });

  it('reads no common word of the seeds as a place', () => {
    const suspicious = /^(الجيب|الثورة|الباب|صور|البحرة|الطبقة|الحراك|السورية|جيب|الجلاء)$/;
    for (const text of seeds) for (const m of g.findMentions(text)) expect(m.text).not.toMatch(suspicious);
  });

  it('finds the labelled governorate in at least 95% of FA-KES articles', () => {
    const lines = readFileSync(resolve(sharedDir, 'data/fa-kes-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    let hits = 0;
    for (const line of lines) {
      const article = JSON.parse(line) as { title: string; text: string; location: string };
      const wanted = new Set(g.lookup(article.location).map((e) => e.governorate));
      expect(wanted.size, article.location).toBeGreaterThan(0);
      if (g.findMentions(`${article.title}\n${article.text}`).some((m) => wanted.has(m.entry.governorate))) hits++;
    }
    expect(hits / lines.length).toBeGreaterThanOrEqual(0.95);
  });
});
