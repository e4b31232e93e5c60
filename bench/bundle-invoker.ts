// Runs a synthesised Lambda bundle as Lambda would: a fresh node process imports it with its template
// environment, then calls its handler with each event in turn. The AWS clients inside the bundle reach local
// services through the SDK's AWS_ENDPOINT_URL_<SERVICE> variables (DynamoDB Local, s3rver, a fake SNS), since
// nothing outside the process can reach into a bundle's own clients.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { LAMBDA_RUNTIME_ENV, PROJECT_ROOT, type SynthesisedBundle } from './synth-bundles.ts';

export interface LocalEndpoints {
  dynamodb: string;
  s3: string;
  sns?: string;
}

export interface Invocation {
  /** The handler's time for this event. */
  ms: number;
  result: unknown;
}

export interface BundleRun {
  /** Time to import the bundle (its cold start, before the first event). */
  importMs: number;
  invocations: Invocation[];
}

/** The child: import, then one invocation per event, each timed; one JSON document on stdout. */
const CHILD = `
const [file, eventsJson] = process.argv.slice(1);
const started = performance.now();
const { handler } = await import(file);
const importMs = performance.now() - started;
const invocations = [];
for (const [i, event] of JSON.parse(eventsJson).entries()) {
  const context = {
    functionName: 'bundle-run', functionVersion: '$LATEST', awsRequestId: 'request-' + i,
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bundle-run', memoryLimitInMB: '512',
    logGroupName: '/aws/lambda/bundle-run', logStreamName: 'local', callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 60000,
  };
  const start = performance.now();
  const result = await handler(event, context);
  invocations.push({ ms: performance.now() - start, result });
}
process.stdout.write('\\n@@RESULT@@' + JSON.stringify({ importMs, invocations }));
`;

/**
 * Imports `bundle` in a fresh node process with its template environment plus `env`, and calls its handler with
 * each event. Logs (Powertools writes JSON lines to stdout) are returned apart from the result.
 */
export function runBundle(
  bundle: SynthesisedBundle,
  endpoints: LocalEndpoints,
  env: Record<string, string>,
  events: readonly unknown[],
): Promise<BundleRun & { logs: string }> {
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...LAMBDA_RUNTIME_ENV,
    AWS_LAMBDA_FUNCTION_NAME: 'bundle-run',
    // s3rver checks signatures made with its own fixed key; DynamoDB Local and the fake SNS accept any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // s3rver returns no checksums; real S3 does. Asked only when required, as the local runtime's client does.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    ...(endpoints.sns ? { AWS_ENDPOINT_URL_SNS: endpoints.sns } : {}),
    ...bundle.environment,
    ...env,
  };
  const args = ['--input-type=module', '-e', CHILD, pathToFileURL(bundle.file).href, JSON.stringify(events)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const at = stdout.lastIndexOf('@@RESULT@@');
      if (code !== 0 || at < 0) {
        reject(new Error(`the ${bundle.name} bundle exited with ${code}:\n${stderr}\n${stdout.slice(-4000)}`));
        return;
      }
      const run = JSON.parse(stdout.slice(at + '@@RESULT@@'.length)) as BundleRun;
      resolve({ ...run, logs: `${stdout.slice(0, at)}${stderr}` });
    });
  });
}
