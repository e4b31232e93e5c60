// `npm run bench`: how fast the pipeline is, measured rather than asserted in unit tests.
// 1. `claimwatch run` time per report: runs of 1 and of N+1 reports through the local runtime (DynamoDB Local +
//    s3rver + the Lambda processing code); the difference divided by N leaves start-up out.
// 2. The rules extractor alone: time per report and heap on a 20 KB Arabic report; the gazetteer's place
//    matching on the same text (both were once timed in unit tests, which a busy machine made flaky).
// Reports: FA-KES articles from ../shared when present (real English news), else the bundled samples, repeated
// with their figures varied so no two are duplicates.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFakes } from '../cli/eval/fakes.ts';
import { runLocal } from '../cli/local/runtime.ts';
import { RulesExtractor } from '../shared/extraction/rules/index.ts';
import { loadDefaultGazetteer } from '../shared/places/default-gazetteer.ts';

const N = Number(process.env.BENCH_REPORTS ?? 100);
const root = resolve(import.meta.dirname, '..');
const fakesPath = resolve(root, '../shared/data/fa-kes-dev.jsonl');

function writeReports(dir: string, count: number): string {
  if (existsSync(fakesPath)) {
    const articles = parseFakes(readFileSync(fakesPath, 'utf8'));
    for (let i = 0; i < count; i++) {
      const a = articles[i % articles.length]!;
      writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), `${a.title}\n\n${a.text}\n\n(bench copy ${i})\n`);
      writeFileSync(
        join(dir, `${String(i).padStart(4, '0')}.meta.json`),
        JSON.stringify({ publishedAt: a.date?.slice(0, 10), language: 'en' }),
      );
    }
    return 'FA-KES articles';
  }
  const samples = resolve(root, 'samples/reports');
  const texts = readdirSync(samples).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < count; i++) {
    const text = readFileSync(join(samples, texts[i % texts.length]!), 'utf8').replace(/\d+/g, (d) =>
      String(Number(d) + i),
    );
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), text);
  }
  return 'bundled samples (figures varied)';
}

async function timeRun(count: number): Promise<{ ms: number; kind: string; alerts: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-bench-'));
  try {
    const kind = writeReports(dir, count);
    const start = performance.now();
    const result = await runLocal({ inputs: [dir], extractor: 'rules', log: () => {} });
    return { ms: performance.now() - start, kind, alerts: result.alerts.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchExtractor(): Promise<{ msPerReport: number; msPlaces: number; bytes: number; heapMb: number }> {
  const gazetteer = loadDefaultGazetteer();
  const extractor = new RulesExtractor(gazetteer);
  const paragraph =
    'قال المرصد السوري لحقوق الإنسان إن غارة جوية على بلدة هجين أمس الخميس أدت إلى مقتل 12 شخصا بينهم ثمانية مدنيين، فيما نفى التحالف الدولي وقوع ضحايا. ';
  const text = paragraph.repeat(Math.ceil(20_000 / Buffer.byteLength(paragraph)));
  const runs = 50;
  await extractor.extract({ reportKey: 'warm', text, publishedAt: '2018-11-10' });
  const start = performance.now();
  for (let i = 0; i < runs; i++) await extractor.extract({ reportKey: `r${i}`, text, publishedAt: '2018-11-10' });
  const msPerReport = (performance.now() - start) / runs;
  const placesStart = performance.now();
  for (let i = 0; i < runs; i++) gazetteer.findMentions(text);
  const msPlaces = (performance.now() - placesStart) / runs;
  return { msPerReport, msPlaces, bytes: Buffer.byteLength(text), heapMb: process.memoryUsage().heapUsed / 2 ** 20 };
}

const one = await timeRun(1);
const many = await timeRun(N + 1);
const perReport = (many.ms - one.ms) / N;
const extraction = await benchExtractor();
console.log(`claimwatch run, ${many.kind}:`);
console.log(`  1 report: ${(one.ms / 1000).toFixed(1)} s (start-up of DynamoDB Local + s3rver included)`);
console.log(`  ${N + 1} reports: ${(many.ms / 1000).toFixed(1)} s, ${many.alerts} alerts`);
console.log(
  `  per report: ${perReport.toFixed(0)} ms (upload, S3 event, decode, extract, incidents, DynamoDB transaction, outbox)`,
);
console.log(
  `rules extractor on a ${(extraction.bytes / 1024).toFixed(0)} KB Arabic report: ${extraction.msPerReport.toFixed(1)} ms, heap ${extraction.heapMb.toFixed(0)} MB`,
);
console.log(`gazetteer place matching on the same report: ${extraction.msPlaces.toFixed(1)} ms`);
