// Building the default gazetteer from its CSV against restoring it from the prebuilt index (issue 11), each in a
// small esbuild bundle (minified, as the functions are) run in a fresh `node`, alternately, so every run is as
// cold as a Lambda's first report. Each child times the call and the first findMentions after it, in wall and
// CPU time (CPU time is what a busy machine disturbs least). Medians of --runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { median } from './bundles.ts';
import { printTable } from './print-table.ts';
import { PROJECT_ROOT } from './synth-bundles.ts';

const PLACES = join(PROJECT_ROOT, 'shared/places');
const SENTENCE = 'قصفت طائرات حربية حي الشعار في مدينة حلب، وقتل 3 مدنيين في البوكمال بريف دير الزور.';

/** A child's script: `load` gives the gazetteer; it prints the times of loading it and of its first use. */
function entry(imports: string, load: string): string {
  return `${imports}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const w0 = performance.now(); const c0 = cpu();
const g = ${load};
const w1 = performance.now(); const c1 = cpu();
const found = g.findMentions(${JSON.stringify(SENTENCE)}).length;
const w2 = performance.now(); const c2 = cpu();
process.stdout.write(JSON.stringify({ loadMs: w1 - w0, loadCpuMs: c1 - c0, firstFindMs: w2 - w1, found,
  processCpuMs: c2 }));`;
}

const VARIANTS = {
  'build from CSV': entry(
    `import { gazetteerFromCsv } from ${JSON.stringify(join(PLACES, 'csv-gazetteer.ts'))};
import { SYRIA_CSV } from ${JSON.stringify(join(PLACES, 'data/syria.ts'))};`,
    'gazetteerFromCsv(SYRIA_CSV)',
  ),
  'restore from index': entry(
    `import { loadDefaultGazetteer } from ${JSON.stringify(join(PLACES, 'default-gazetteer.ts'))};`,
    'loadDefaultGazetteer()',
  ),
};

interface ChildTimes {
  loadMs: number;
  loadCpuMs: number;
  firstFindMs: number;
  found: number;
  processCpuMs: number;
}

export function benchGazetteerIndex(runs: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-gazetteer-'));
  try {
    const bundles = Object.entries(VARIANTS).map(([name, source], i) => {
      const input = join(dir, `entry-${i}.ts`);
      const outfile = join(dir, `bundle-${i}.mjs`);
      writeFileSync(input, source);
      // As the functions are bundled (infra/constructs/claimwatch-function.ts): Arabic text as UTF-8, not \u escapes.
      const options = { bundle: true, minify: true, format: 'esm', platform: 'node', charset: 'utf8' } as const;
      buildSync({ entryPoints: [input], outfile, ...options });
      const text = readFileSync(outfile, 'utf8');
      // A row of the CSV data: present only if the CSV text was bundled.
      return { name, outfile, bytes: Buffer.byteLength(text), hasCsv: text.includes('SY01,governorate,Damascus') };
    });
    const times = new Map<string, ChildTimes[]>(bundles.map((b) => [b.name, []]));
    for (let r = 0; r < runs; r++) {
      for (const b of bundles) {
        const child = spawnSync(process.execPath, [b.outfile], { encoding: 'utf8' });
        if (child.status !== 0) throw new Error(`${b.name} failed:\n${child.stderr}`);
        times.get(b.name)?.push(JSON.parse(child.stdout) as ChildTimes);
      }
    }
    const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
    console.log(`Default gazetteer in a fresh node (Node ${process.version}), median of ${runs}:`);
    printTable(
      ['gazetteer', 'bundle', 'CSV text in it', 'load', 'load CPU', 'first findMentions', 'mentions', 'process CPU'],
      bundles.map((b) => {
        const t = times.get(b.name) ?? [];
        const pick = (key: keyof ChildTimes) => t.map((x) => x[key]);
        return [
          b.name,
          `${(b.bytes / 1024).toFixed(0)} KB`,
          b.hasCsv ? 'yes' : 'no',
          ms(pick('loadMs')),
          ms(pick('loadCpuMs')),
          ms(pick('firstFindMs')),
          String(median(pick('found'))),
          ms(pick('processCpuMs')),
        ];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
