// The rules extractor alone: time per report and heap on a 20 KB Arabic report, and the gazetteer's place
// matching on the same text (both were once timed in unit tests, which a busy machine made flaky).
import { RulesExtractor } from '../shared/extraction/rules/index.ts';
import { loadDefaultGazetteer } from '../shared/places/default-gazetteer.ts';

export async function benchExtractor(): Promise<void> {
  const gazetteer = loadDefaultGazetteer();
  const extractor = new RulesExtractor(gazetteer);
  const paragraph =
    'قال المرصد السوري لحقوق الإنسان إن غارة جوية على بلدة هجين أمس الخميس أدت إلى مقتل 12 شخصا ' +
    'بينهم ثمانية مدنيين، فيما نفى التحالف الدولي وقوع ضحايا. ';
  const text = paragraph.repeat(Math.ceil(20_000 / Buffer.byteLength(paragraph)));
  const runs = 50;
  await extractor.extract({ reportKey: 'warm', text, publishedAt: '2018-11-10' });
  const start = performance.now();
  for (let i = 0; i < runs; i++) await extractor.extract({ reportKey: `r${i}`, text, publishedAt: '2018-11-10' });
  const msPerReport = (performance.now() - start) / runs;
  const placesStart = performance.now();
  for (let i = 0; i < runs; i++) gazetteer.findMentions(text);
  const msPlaces = (performance.now() - placesStart) / runs;
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  const heapMb = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  console.log(`rules extractor on a ${kb} KB Arabic report: ${msPerReport.toFixed(1)} ms, heap ${heapMb} MB`);
  console.log(`gazetteer place matching on the same report: ${msPlaces.toFixed(1)} ms`);
}
