// The operator's configuration file: the settings a deploy must keep (subscribers above all), so that a later
// `cdk deploy` without `-c` flags does not remove them. It is JSON with the same keys as `-c` (infra/config.ts
// validates both with one schema); `-c key=value` still overrides it key by key.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ConfigError, type ConfigFile } from './config.ts';

/** The file's name, next to cdk.json. claimwatch.config.example.json shows every kind of value. */
export const CONFIG_FILE_NAME = 'claimwatch.config.json';

/** Reads the config file, or undefined when there is none; bad JSON or a non-object throws ConfigError. */
export function readConfigFile(path: string): ConfigFile | undefined {
  if (!existsSync(path)) return undefined;
  const name = basename(path);
  let values: unknown;
  try {
    values = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(
      `claimwatch configuration is invalid:\n  - ${name} is not valid JSON (${(error as Error).message})`,
    );
  }
  if (!values || typeof values !== 'object' || Array.isArray(values)) {
    throw new ConfigError(
      `claimwatch configuration is invalid:\n  - ${name} must hold one JSON object of settings, ` +
        `as claimwatch.config.example.json does`,
    );
  }
  return { name, values: values as Record<string, unknown> };
}
