#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's ESM loader (tsx is a runtime dependency), so no build step is needed.
import { register } from 'tsx/esm/api';

// On Node 20 the AWS SDK warns about the Node version on every client; it is noise for a local tool.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

register();
const { main } = await import('../cli/main.ts');

// First Ctrl-C (or SIGTERM, or SIGHUP when the terminal closes): stop after the current step and shut the local
// servers down, so no DynamoDB Local JVM is left running. Second: exit at once.
const controller = new AbortController();
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(code);
    process.stderr.write(`\ninterrupting (${signal}): stopping local servers (Ctrl-C again to force)\n`);
    controller.abort();
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
