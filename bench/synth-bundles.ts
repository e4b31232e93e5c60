// Synthesises the app (esbuild via NodejsFunction, exactly as deployed) and lists each function's bundle with
// the environment its template gives it. The bundle bench and the bundle end-to-end test both start here, so
// they measure and drive what Lambda would run, not the sources.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { buildApp } from '../infra/app.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export interface SynthesisedBundle {
  /** The construct path below the stack, e.g. "Processing/Process". */
  name: string;
  /** The bundle's entry file (index.mjs). */
  file: string;
  /**
   * The function's template environment: literal values as written; references to other resources (table
   * names, topic ARNs) replaced by `placeholder(name)`, since the bench and tests supply their own.
   */
  environment: Record<string, string>;
  /** The function's memory in MB, as the template sets it. */
  memoryMb: number;
}

/** What the Lambda runtime itself sets for every Node.js function (the ones import-time code reads). */
export const LAMBDA_RUNTIME_ENV: Readonly<Record<string, string>> = {
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
};

function placeholderFor(name: string): string {
  return name.endsWith('_ARN') ? `arn:aws:sns:us-east-1:123456789012:bench-${name.toLowerCase()}` : `bench-${name}`;
}

/**
 * Synthesises into `outdir` (inside the repository, so the few SDK packages left to the runtime
 * (RUNTIME_PROVIDED_SDK) resolve from node_modules as the Lambda runtime's own would). Bundling prints esbuild's
 * summary on stderr.
 */
export function synthBundles(outdir = join(PROJECT_ROOT, 'cdk.out', 'bench-bundles')): SynthesisedBundle[] {
  rmSync(outdir, { recursive: true, force: true });
  const app = new App({ outdir });
  const { stack } = buildApp(app);
  app.synth();
  return stack.node
    .findAll()
    .filter((c): c is NodejsFunction => c instanceof NodejsFunction)
    .map((fn) => {
      const asset = fn.node.findChild('Code') as Asset;
      const cfn = fn.node.defaultChild as CfnFunction;
      const resolved = Stack.of(fn).resolve(cfn.environment) as { variables?: Record<string, unknown> } | undefined;
      const environment: Record<string, string> = {};
      for (const [key, value] of Object.entries(resolved?.variables ?? {})) {
        environment[key] = typeof value === 'string' ? value : placeholderFor(key);
      }
      return {
        name: fn.node.path.split('/').slice(1, -1).join('/'),
        file: join(outdir, asset.assetPath, 'index.mjs'),
        environment,
        memoryMb: Number(Stack.of(fn).resolve(cfn.memorySize)),
      };
    });
}
