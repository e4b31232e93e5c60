// The reports the pipeline benches feed: FA-KES articles from ../shared when present (real English news), else
// the bundled samples, repeated with their figures varied so no two are duplicates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFakes } from '../cli/eval/fakes.ts';
import { PROJECT_ROOT } from './synth-bundles.ts';

export interface BenchReport {
  key: string;
  text: string;
  metadata: Record<string, string>;
}

const FAKES_PATH = resolve(PROJECT_ROOT, '../shared/data/fa-kes-dev.jsonl');

export function benchReports(count: number, offset = 0): { kind: string; reports: BenchReport[] } {
  const key = (i: number) => `bench/${String(i + offset).padStart(5, '0')}.txt`;
  if (existsSync(FAKES_PATH)) {
    const articles = parseFakes(readFileSync(FAKES_PATH, 'utf8'));
    const reports = Array.from({ length: count }, (_, i) => {
      const a = articles[(i + offset) % articles.length]!;
      const metadata: Record<string, string> = { language: 'en' };
      if (a.date) metadata['published-at'] = a.date.slice(0, 10);
      return { key: key(i), text: `${a.title}\n\n${a.text}\n\n(bench copy ${i + offset})\n`, metadata };
    });
    return { kind: 'FA-KES articles', reports };
  }
  const samples = join(PROJECT_ROOT, 'samples/reports');
  const texts = readdirSync(samples).filter((f) => f.endsWith('.txt'));
  const reports = Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const text = readFileSync(join(samples, texts[n % texts.length]!), 'utf8').replace(/\d+/g, (d) =>
      String(Number(d) + n),
    );
    return { key: key(i), text, metadata: {} };
  });
  return { kind: 'bundled samples (figures varied)', reports };
}
