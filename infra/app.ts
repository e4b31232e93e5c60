// The CDK app: `npm run synth` / `npx cdk deploy` run this with tsx (see cdk.json). Configuration comes from CDK
// context (cdk.json defaults, `-c key=value` overrides); a wrong value stops here with the key and the fix.
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { ClaimwatchStack } from './claimwatch-stack.ts';
import { ConfigError, type DeployTarget, readConfig } from './config.ts';
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
    buildApp().app.synth();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
