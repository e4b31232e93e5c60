// Bundle size and cold import time of each Lambda function, bundled exactly as the stack bundles them (synth),
// imported in a fresh `node` with the environment its template gives it (NODE_OPTIONS, Powertools settings,
// the runtime's own variables) — what Lambda does before the first invocation. A busy machine slows every
// process alike, so the time is reported over a bare `node -e ""` start measured alternately with it: as
// milliseconds above it and as a ratio. Medians of --runs.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLE_BUDGETS } from './budgets.ts';
import { printTable } from './print-table.ts';
import { LAMBDA_RUNTIME_ENV, PROJECT_ROOT, type SynthesisedBundle, synthBundles } from './synth-bundles.ts';

/** What each child prints when done: the CPU time (user + system) it used since it started, in ms. */
const PRINT_CPU_MS = 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));';

/** Wall time (spawn to exit, as a Lambda init is measured) and CPU time of one fresh node process. */
function processTimes(args: string[], env: Record<string, string>): { wallMs: number; cpuMs: number } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${child.stderr}`);
  return { wallMs, cpuMs: Number(child.stdout) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ImportTiming {
  bareMs: number;
  importMs: number;
  /** importMs − bareMs: what importing the bundle adds to a node start. */
  overBareMs: number;
  ratio: number;
  /** The same in CPU time (user + system), which a busy machine disturbs less than wall time. */
  cpuOverBareMs: number;
}

/** Imports `bundle` in fresh processes with its template environment, alternating with bare node starts. */
export function timeColdImport(bundle: SynthesisedBundle, runs: number): ImportTiming {
  const env = { ...LAMBDA_RUNTIME_ENV, AWS_LAMBDA_FUNCTION_NAME: bundle.name, ...bundle.environment };
  const url = JSON.stringify(pathToFileURL(bundle.file).href);
  const importArgs = ['--input-type=module', '-e', `await import(${url}); ${PRINT_CPU_MS}`];
  const bare: Array<{ wallMs: number; cpuMs: number }> = [];
  const imported: Array<{ wallMs: number; cpuMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    bare.push(processTimes(['--input-type=module', '-e', PRINT_CPU_MS], env));
    imported.push(processTimes(importArgs, env));
  }
  const bareMs = median(bare.map((t) => t.wallMs));
  const importMs = median(imported.map((t) => t.wallMs));
  const cpuOverBareMs = median(imported.map((t) => t.cpuMs)) - median(bare.map((t) => t.cpuMs));
  return { bareMs, importMs, overBareMs: importMs - bareMs, ratio: importMs / bareMs, cpuOverBareMs };
}

let synthesised: { bundles: SynthesisedBundle[]; ms: number } | undefined;

/** The app's bundles, synthesised once per bench run (the bundles and first-report benches share them). */
export function benchBundleSet(): { bundles: SynthesisedBundle[]; ms: number } {
  if (!synthesised) {
    const start = performance.now();
    const bundles = synthBundles();
    synthesised = { bundles, ms: performance.now() - start };
  }
  return synthesised;
}

export function benchBundles(runs: number): void {
  const { bundles, ms: synthMs } = benchBundleSet();
  const rows = bundles.map((bundle) => {
    const bytes = statSync(bundle.file).size;
    const timing = timeColdImport(bundle, runs);
    const budget = BUNDLE_BUDGETS[bundle.name];
    // Each budget judged on its own, so a reader sees which one is missed.
    const verdict = (ok: boolean) => (ok ? 'yes' : 'no');
    const within =
      budget === undefined
        ? 'no budget'
        : `size ${verdict(bytes <= budget.bytes)} (≤ ${kb(budget.bytes)}), ` +
          `import ${verdict(timing.overBareMs <= budget.importMs)} (≤ ${budget.importMs} ms)`;
    return [
      bundle.name,
      kb(bytes),
      kb(gzipSync(readFileSync(bundle.file)).byteLength),
      `${timing.overBareMs.toFixed(0)} ms`,
      `${timing.ratio.toFixed(2)}×`,
      `${timing.cpuOverBareMs.toFixed(0)} ms`,
      `${timing.bareMs.toFixed(0)} ms`,
      within,
    ];
  });
  console.log(`Bundles (synth with esbuild ${(synthMs / 1000).toFixed(1)} s; Node ${process.version} ${process.arch};`);
  console.log(`  Lambda runs Node 24 on arm64, so read the times as ratios). Import: median of ${runs}.`);
  printTable(
    ['function', 'bundle', 'gzip', 'import over bare node', 'ratio', 'CPU over bare', 'bare node', 'within budget'],
    rows,
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
