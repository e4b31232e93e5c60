// Every claimwatch Lambda function is built the same way; this construct holds those defaults so that the
// stack only says what differs (entry, timeout, environment, permissions).
import { fileURLToPath } from 'node:url';
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../../functions/metric-names.ts';
import { acknowledge } from '../nag.ts';

/** The repository root: entries, the lock file and tsconfig are resolved from here. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** ESM output still carries CommonJS dependencies that call require() for Node built-ins: give them one. */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __cwCreateRequire } from 'node:module'; " +
  'const require = __cwCreateRequire(import.meta.url);';

/** The Lambda runtime the functions target; NodejsFunction derives esbuild's target (node24) from it. */
const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/**
 * AWS SDK packages left to the Lambda runtime's own copy instead of the bundle. The rest of the SDK is bundled,
 * tree-shaken and minified: loading the clients from node_modules (CommonJS, dozens of files) was most of each
 * cold import — notify 200 ms over bare node, bundled 70 ms (bench/bundles.ts; the SDK team measures the same in
 * aws/aws-cdk#25492) — and the tested SDK is then the deployed one. Left out are only modules that are imported
 * dynamically and never on the usual path: the Bedrock client (loaded on the first report when that extractor
 * is selected) and the credential providers Lambda never reaches, since it always sets credentials in the
 * environment (aws/aws-sdk-js-v3#5516).
 */
export const RUNTIME_PROVIDED_SDK: readonly string[] = [
  '@aws-sdk/client-bedrock-runtime',
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
];

/**
 * The bundling used for every function (bench/bundles.ts synthesizes the app, so the sizes it reports are the
 * sizes deployed).
 */
const BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
  sourcesContent: false,
  externalModules: [...RUNTIME_PROVIDED_SDK],
  // Arabic tables (gazetteer, extraction vocabulary) as UTF-8: as \u escapes they took three times the bytes. An
  // esbuild argument, because this CDK version does not pass its `charset` option to a local esbuild.
  esbuildArgs: { '--charset': 'utf8' },
  // Docker has no engine on build machines like ours; esbuild from node_modules does the same work.
  forceDockerBundling: false,
};

export interface ClaimwatchFunctionProps {
  /** Path of the handler module relative to the repository root, e.g. functions/process/handler.ts. */
  readonly entry: string;
  readonly description: string;
  readonly timeout: Duration;
  /**
   * Memory in MB (CPU grows with it).
   * @default 512
   */
  readonly memorySize?: number;
  /** The function's own variables, beside the Powertools and Node.js ones every function gets. */
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: RetentionDays;
  /** Whether the log group outlives the stack. */
  readonly removalPolicy: RemovalPolicy;
  /** Powertools service name (SERVICE_NAMES): logs, metrics and traces are tagged with it. */
  readonly serviceName: string;
}

export class ClaimwatchFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ClaimwatchFunctionProps) {
    super(scope, id);
    // An explicit log group (instead of the LogRetention custom resource, which needs logs:* on *).
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: props.removalPolicy });
    // An explicit role: the default one attaches the AWSLambdaBasicExecutionRole managed policy (logs on every
    // log group); this one may write only to its own log group.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (execution role)`,
    });
    this.logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: `${PROJECT_ROOT}/${props.entry}`,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}/package-lock.json`,
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      bundling: { ...BUNDLING, tsconfig: `${PROJECT_ROOT}/tsconfig.json` },
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        ...props.environment,
      },
    });
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions, ' +
        'so AWS allows only "*".',
    );
  }
}
