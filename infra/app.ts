// The CDK app: `npm run synth` / `npx cdk deploy` run this with tsx (see cdk.json). Configuration comes from the
// operator's claimwatch.config.json, overridden key by key by `-c key=value`; a wrong value stops here with the
// key, where it came from, and the fix.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { ClaimwatchStack } from './claimwatch-stack.ts';
import { ConfigError, type DeployTarget, readConfig } from './config.ts';
import { CONFIG_FILE_NAME, readConfigFile } from './config-file.ts';
import { addNagChecks } from './nag.ts';

/**
 * The stack is environment-agnostic (it deploys to the region the CDK CLI is pointed at); that region, when the
 * CLI knows it, is still checked against the model's inference profile.
 */
export function buildApp(
  app: App = new App(),
  target: DeployTarget = { region: process.env.CDK_DEFAULT_REGION },
): { app: App; stack: ClaimwatchStack } {
  const config = readConfig(app.node, target);
  const stack = new ClaimwatchStack(app, config.stackName, {
    config,
    description: 'claimwatch: casualty-claim extraction and alerting for conflict reports',
  });
  addNagChecks(app);
  return { app, stack };
}

// Run as the CDK app (cdk.json), not when imported by tests or the bundle benchmark.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    // Next to cdk.json, or another file (one per stack, say) named by CLAIMWATCH_CONFIG_FILE.
    const root = fileURLToPath(new URL('..', import.meta.url));
    const file = readConfigFile(resolve(root, process.env.CLAIMWATCH_CONFIG_FILE || CONFIG_FILE_NAME));
    buildApp(new App(), { region: process.env.CDK_DEFAULT_REGION, file }).app.synth();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
