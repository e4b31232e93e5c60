// `npm run bench [-- --only <name>[,<name>]] [-- --runs N] [-- --reports N]`: how fast and how costly the
// pipeline is, measured rather than asserted in unit tests. Each bench prints its own table.
import { parseArgs } from 'node:util';
import { benchBundleSet, benchBundles } from './bundles.ts';
import { benchCost } from './cost.ts';
import { benchExtractor } from './extractor.ts';
import { benchFirstReport } from './first-report.ts';
import { benchGazetteerIndex } from './gazetteer-index.ts';
import { benchInputSize } from './input-size.ts';
import { benchPipeline } from './pipeline.ts';
import { benchStoreGrowth, lastStoreGrowth } from './store-growth.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '5' },
    reports: { type: 'string', default: '100' },
  },
});
const runs = positive(values.runs, '--runs');
const reports = positive(values.reports, '--reports');

const BENCHES: Record<string, () => Promise<unknown> | unknown> = {
  bundles: () => benchBundles(runs),
  'first-report': () => benchFirstReport(benchBundleSet().bundles),
  'gazetteer-index': () => benchGazetteerIndex(runs),
  extractor: () => benchExtractor(),
  'input-size': () => benchInputSize(),
  pipeline: () => benchPipeline(reports),
  'store-growth': () => benchStoreGrowth(reports),
  cost: async () => benchCost(lastStoreGrowth() ?? (await benchStoreGrowth(reports)), benchBundleSet().bundles),
};

function positive(raw: string, flag: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive whole number, not ${raw}`);
  return value;
}

const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(name in BENCHES)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}: choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
for (const [name, bench] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  await bench();
}
