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

interface Bench {
  /** What it measures, as --help lists it. */
  what: string;
  run: (options: { runs: number; reports: number }) => Promise<unknown> | unknown;
}

const BENCHES: Record<string, Bench> = {
  bundles: {
    what: 'size and import time of each synthesised Lambda bundle, against bare node',
    run: ({ runs }) => benchBundles(runs),
  },
  'first-report': {
    what: "the process bundle's first report after a cold import against warm ones",
    run: () => benchFirstReport(benchBundleSet().bundles),
  },
  'gazetteer-index': {
    what: 'building the gazetteer from its CSV against restoring the prebuilt index',
    run: ({ runs }) => benchGazetteerIndex(runs),
  },
  extractor: { what: "the rules extractor's time and heap on a 20 KB Arabic report", run: () => benchExtractor() },
  'input-size': {
    what: 'decoding and extraction of reports up to 5 MB, and hostile HTML',
    run: () => benchInputSize(),
  },
  pipeline: {
    what: '`claimwatch run`: marginal time per report and fixed start',
    run: ({ reports }) => benchPipeline(reports),
  },
  'store-growth': {
    what: 'DynamoDB calls, capacity and time per report at 10, 1,000 and 10,000 incidents',
    run: ({ reports }) => benchStoreGrowth(reports),
  },
  cost: {
    what: 'Lambda, DynamoDB, SNS and Bedrock cost per 1,000 reports at list prices',
    run: async ({ reports }) =>
      benchCost(lastStoreGrowth() ?? (await benchStoreGrowth(reports)), benchBundleSet().bundles),
  },
};

const USAGE = `Usage: npm run bench [-- --only <name>[,<name>]] [-- --runs N] [-- --reports N]

Measures the pipeline and prints one table per bench (README, "Measured"):
${Object.entries(BENCHES)
  .map(([name, bench]) => `  ${name.padEnd(16)} ${bench.what}`)
  .join('\n')}

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
const options = { runs: positive(values.runs, '--runs'), reports: positive(values.reports, '--reports') };

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
  await bench.run(options);
}
