// `npm run bench`: how fast and how costly the pipeline is, measured rather than asserted in unit tests. Each
// bench prints its own table; USAGE lists them.
import { parseArgs } from 'node:util';
import { benchBundleSet, benchBundles } from './bundles.ts';
import { benchCost } from './cost.ts';
import { benchExtractor } from './extractor.ts';
import { benchFirstReport } from './first-report.ts';
import { benchGazetteerIndex } from './gazetteer-index.ts';
import { benchInputSize } from './input-size.ts';
import { benchPipeline } from './pipeline.ts';
import { benchStoreGrowth, lastStoreGrowth } from './store-growth.ts';

const USAGE = `Usage: npm run bench [-- --only <name>[,<name>]] [-- --runs N] [-- --reports N]

Measures the pipeline and prints one table per bench (README, "Measured"):
  bundles          size and import time of each synthesised Lambda bundle, against bare node
  first-report     the process bundle's first report after a cold import against warm ones
  gazetteer-index  building the gazetteer from its CSV against restoring the prebuilt index
  extractor        the rules extractor's time and heap on a 20 KB Arabic report
  input-size       decoding and extraction of reports up to 5 MB, and hostile HTML
  pipeline         \`claimwatch run\`: marginal time per report and fixed start
  store-growth     DynamoDB calls, capacity and time per report at 10, 1,000 and 10,000 incidents
  cost             Lambda, DynamoDB, SNS and Bedrock cost per 1,000 reports at list prices

Options:
  --only <names>   run only these benches (comma-separated)
  --runs N         repetitions of bundles and gazetteer-index, median taken (default 5)
  --reports N      reports per pipeline and store-growth run (default 100)
  -h, --help       show this help`;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        only: { type: 'string' },
        runs: { type: 'string', default: '5' },
        reports: { type: 'string', default: '100' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}
const values = parseOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
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
