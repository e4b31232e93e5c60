// Bundle sizes and cold-import times of the Lambda functions, bundled exactly as the stack bundles them: this
// synthesizes the app (esbuild via NodejsFunction) into cdk.out/bench-bundles, then imports each bundle in a
// fresh `node` process several times and reports the mean. Run: npm run bench:bundles [-- --runs 10]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { App } from 'aws-cdk-lib';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { ENV } from '../functions/env.ts';
import { buildApp } from '../infra/app.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);

const root = resolve(import.meta.dirname, '..');
// Inside the repository, so the bundles' external @aws-sdk/* imports resolve from node_modules as the Lambda
// runtime's own SDK would.
const outdir = join(root, 'cdk.out', 'bench-bundles');
rmSync(outdir, { recursive: true, force: true });

const synthStart = performance.now();
const app = new App({ outdir });
const { stack } = buildApp(app);
app.synth();
const synthMs = performance.now() - synthStart;

/** What the handlers need in their environment at import time (values are placeholders; nothing is called). */
const handlerEnv: Record<string, string> = {
  AWS_REGION: 'us-east-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'bench',
  [ENV.tableName]: 'bench-main',
  [ENV.alertsTableName]: 'bench-alerts',
  [ENV.idempotencyTableName]: 'bench-idempotency',
  [ENV.alertsTopicArn]: 'arn:aws:sns:us-east-1:123456789012:bench',
};

const importScript = `
const started = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - started));
`;

function coldImportMs(file: string): number {
  const child = spawnSync(
    process.execPath,
    ['--enable-source-maps', '--input-type=module', '-e', importScript, pathToFileURL(file).href],
    {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...handlerEnv },
    },
  );
  if (child.status !== 0) throw new Error(`importing ${file} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

const rows: string[][] = [];
for (const fn of stack.node.findAll().filter((c): c is NodejsFunction => c instanceof NodejsFunction)) {
  const asset = fn.node.findChild('Code') as Asset;
  const file = join(outdir, asset.assetPath, 'index.mjs');
  const bytes = statSync(file).size;
  const mapBytes = statSync(`${file}.map`).size;
  const gzipBytes = gzipSync(readFileSync(file)).byteLength;
  const times = Array.from({ length: runs }, () => coldImportMs(file));
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const sd = Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / times.length);
  const name = fn.node.path.split('/').slice(1, -1).join('/');
  rows.push([
    name,
    kb(bytes),
    kb(gzipBytes),
    kb(mapBytes),
    `${mean.toFixed(0)} ± ${sd.toFixed(0)}`,
    `${Math.min(...times).toFixed(0)}`,
  ]);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const header = ['function', 'bundle', 'gzip', 'source map', `cold import ms (mean ± sd, n=${runs})`, 'min ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`Synth with bundling: ${(synthMs / 1000).toFixed(1)} s (esbuild, minified ESM, @aws-sdk/* external)`);
console.log(`Node ${process.version} on ${process.arch}; Lambda runs Node 24 on arm64, so absolute times differ.\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
