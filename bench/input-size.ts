// Size against time: decoding and rules extraction of reports up to the 5 MB upload limit (1, 2 and 4.9 MB of
// Arabic text, and as HTML), and HTML of hostile nesting (40,000 nested <div>s, 100,000 unclosed tags). The
// time per MB must stay about the same as the size grows (linear); heap is what is in use after each step.
import { RulesExtractor } from '../shared/extraction/rules/index.ts';
import { loadDefaultGazetteer } from '../shared/places/default-gazetteer.ts';
import { decodeReport } from '../shared/text/decode.ts';

const MB = 1024 * 1024;
const SIZES_MB = (process.env.BENCH_SIZES_MB ?? '1,2,4.9').split(',').map(Number);

/** Sentences written for the benchmark; the figures and days vary so no two paragraphs are the same. */
function arabicReport(bytes: number): string {
  const days = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      `قال المرصد السوري لحقوق الإنسان إن غارة جوية على بلدة هجين ` +
      `يوم ${days[i % 7]} أدت إلى مقتل ${(i % 90) + 3} ` +
      `شخصا بينهم ${(i % 7) + 1} أطفال، فيما نفى التحالف الدولي وقوع ضحايا. ` +
      'وأضاف أن القصف تواصل على القرى المجاورة.\n\n';
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

/** Time, and heap in use right after (while the result is still held): a delta could go negative after a GC. */
function measure<T>(run: () => Promise<T> | T): Promise<{ ms: number; heapMb: number; result: T }> {
  const start = performance.now();
  return Promise.resolve(run()).then((result) => ({
    ms: performance.now() - start,
    heapMb: process.memoryUsage().heapUsed / MB,
    result,
  }));
}

export async function benchInputSize(log: (line: string) => void = console.log): Promise<void> {
  const extractor = new RulesExtractor(loadDefaultGazetteer());
  await extractor.extract({ reportKey: 'warm', text: arabicReport(20_000), publishedAt: '2018-11-10' });
  log('input size (decode + rules extraction, Arabic text; time per MB should stay flat; heap in use after):');
  for (const mb of SIZES_MB) {
    const text = arabicReport(mb * MB);
    const bytes = new TextEncoder().encode(text);
    const html = new TextEncoder().encode(`<html><body><article>${text.replace(/\n\n/g, '</p><p>')}</article>`);
    const decoded = await measure(() => decodeReport(bytes, { fileName: 'r.txt' }));
    const fromHtml = await measure(() => decodeReport(html, { fileName: 'r.html' }));
    const extracted = await measure(() =>
      extractor.extract({ reportKey: `size-${mb}`, text: decoded.result.text, publishedAt: '2018-11-10' }),
    );
    const total = decoded.ms + extracted.ms;
    log(
      `  ${mb} MB: decode ${decoded.ms.toFixed(0)} ms, HTML decode ${fromHtml.ms.toFixed(0)} ms, ` +
        `extract ${(extracted.ms / 1000).toFixed(1)} s (${extracted.result.claims.length} claims), ` +
        `${(total / 1000 / mb).toFixed(2)} s/MB, heap ${Math.max(decoded.heapMb, extracted.heapMb).toFixed(0)} MB`,
    );
  }
  const nested = `<html><body>${'<div>'.repeat(40_000)}قتل 12 شخصا${'</div>'.repeat(40_000)}</body></html>`;
  const unclosed = `<html><body>${'<span>كلمة '.repeat(100_000)}`;
  for (const [name, html] of [
    ['40,000 nested <div>', nested],
    ['100,000 unclosed <span>', unclosed],
  ] as const) {
    const { ms } = await measure(() => decodeReport(new TextEncoder().encode(html), { fileName: 'r.html' }));
    log(`  HTML with ${name}: ${ms.toFixed(0)} ms`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchInputSize();
