// DEV TOOL (not part of the pipeline): runs the rules extractor over ../shared seeds and FA-KES dev articles
// and prints claim recall/precision and FA-KES civilian-count agreement. Usage:
//   npx tsx scripts/eval-extractor.ts [--verbose] [--fakes-misses]
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoldFile } from '../cli/eval/gold.ts';
import { scoreRun } from '../cli/eval/score.ts';
import { extractWithRules } from '../shared/extraction/rules/rules-extractor.ts';
import { loadDefaultGazetteer } from '../shared/places/default-gazetteer.ts';

const shared = resolve(import.meta.dirname, '../../shared');
const verbose = process.argv.includes('--verbose');
const gazetteer = loadDefaultGazetteer();

const gold = GoldFile.parse(JSON.parse(readFileSync(resolve(shared, 'gold/seeds.gold.json'), 'utf8')));
const reports = [];
for (const file of readdirSync(resolve(shared, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(resolve(shared, 'seeds', file), 'utf8');
  const meta = JSON.parse(readFileSync(resolve(shared, 'seeds', file.replace(/\.txt$/, '.meta.json')), 'utf8'));
  const t0 = performance.now();
  const result = extractWithRules(gazetteer, { reportKey: file, text, ...meta });
  const ms = performance.now() - t0;
  reports.push({ key: file, claims: result.claims });
  if (verbose) {
    console.log(`\n## ${file} (${ms.toFixed(1)} ms) lang=${result.language}`);
    for (const c of result.claims) {
      console.log(
        ` ${c.type} | ${c.claimant.name} | ${JSON.stringify(c.counts)} | place=${c.place?.names[0] ?? '-'} | ` +
          `date=${c.date ? `${c.date.from}..${c.date.to}` : '-'} | perp=${c.perpetrator ?? '-'}`,
      );
      console.log(`    ev: ${c.evidence.slice(0, 160)}`);
    }
  }
}
const score = scoreRun(gold, { reports, alerts: [] });
console.log(`seeds: claim recall ${score.claimRecall.toFixed(3)}, claim precision ${score.claimPrecision.toFixed(3)}`);
for (const m of score.misses.filter((m) => !/alert/.test(m))) console.log(`  ${m}`);

const rows = readFileSync(resolve(shared, 'data/fa-kes-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
let n = 0;
let exact = 0;
let within = 0;
let totalMs = 0;
const misses: string[] = [];
for (const row of rows) {
  if (row.civilians === null || row.civilians === undefined) continue;
  const t0 = performance.now();
  const result = extractWithRules(gazetteer, {
    reportKey: row.id,
    text: `${row.title}\n${row.text}`,
    publishedAt: row.date?.slice(0, 10),
    source: row.source,
  });
  totalMs += performance.now() - t0;
  const casualties = result.claims.filter((c) => c.type === 'casualty');
  const civ = Math.max(-1, ...casualties.map((c) => c.counts.civilians_killed?.stated ?? -1));
  const killed = Math.max(-1, ...casualties.map((c) => c.counts.killed?.stated ?? -1));
  const predicted = civ >= 0 ? civ : killed >= 0 ? killed : 0;
  n++;
  if (predicted === row.civilians) exact++;
  if (Math.abs(predicted - row.civilians) <= Math.max(0.1 * row.civilians, 0)) within++;
  if (predicted !== row.civilians)
    misses.push(`${row.id}: predicted ${predicted}, annotated ${row.civilians} — ${row.title}`);
}
console.log(
  `fa-kes: n=${n}, exact ${(exact / n).toFixed(3)}, within ±10% ${(within / n).toFixed(3)}, mean ` +
    `${(totalMs / n).toFixed(2)} ms/article`,
);
if (process.argv.includes('--fakes-misses')) for (const m of misses) console.log(`  ${m}`);
