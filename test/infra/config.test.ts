// The operator config: the schema holds every default (cdk.json none), the README's table and the hints agree with
// it, `-c key=value` strings are read as numbers, booleans and lists, and a wrong value stops synth with the key
// and the fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_DEFAULTS,
  CONFIG_KEYS,
  ConfigError,
  configHint,
  DEFAULT_MODEL_ID,
  type DeployTarget,
  parseConfig,
  readConfig,
} from '../../infra/config.ts';
import { CONFIG_FILE_NAME, readConfigFile } from '../../infra/config-file.ts';
import { DEFAULT_MODEL_ID as EXTRACTOR_DEFAULT_MODEL_ID } from '../../shared/adapters/bedrock/models.ts';

const root = resolve(import.meta.dirname, '../..');
const cdkJson = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
  app: string;
  context: Record<string, unknown>;
};

/** Runs the CDK app as `cdk synth -c …` does (context in CDK_CONTEXT_JSON), into a scratch directory. */
function synth(context: Record<string, unknown>, env: Record<string, string> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'claimwatch-config-'));
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_DEFAULT_REGION: '',
        CLAIMWATCH_CONFIG_FILE: join(outdir, 'no-config-file.json'),
        ...env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify({ ...cdkJson.context, ...context }),
      },
      timeout: 60_000,
    });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function errorOf(context: Record<string, unknown>, target: DeployTarget = {}): string {
  try {
    parseConfig(context, target);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(context)} to be rejected`);
}

describe('cdk.json', () => {
  it('runs the app with tsx and turns CLI telemetry off', () => {
    expect(cdkJson.app).toBe('npx tsx infra/app.ts');
    expect(cdkJson.context['cli-telemetry']).toBe(false);
  });

  it('holds no operator setting: the schema is the one home of the defaults', () => {
    expect(CONFIG_KEYS.length).toBeGreaterThan(10);
    for (const key of CONFIG_KEYS) expect(cdkJson.context, key).not.toHaveProperty(key);
    expect(parseConfig(cdkJson.context)).toEqual(CONFIG_DEFAULTS);
  });

  it('defaults to the same model as the extractor', () => {
    expect(DEFAULT_MODEL_ID).toBe(EXTRACTOR_DEFAULT_MODEL_ID);
  });
});

describe('reading -c overrides (strings)', () => {
  it('reads numbers, booleans and lists', () => {
    const config = parseConfig({
      batchSize: '3',
      maxConcurrency: '20',
      skipWithoutVocabulary: 'true',
      alertEmails: ' a@example.org , b@example.org ',
      alertPhones: '+15555550100,+447700900123',
      opsEmails: 'ops@example.org',
      logRetentionDays: '365',
      bedrockModelRegions: 'eu-west-1,eu-central-1',
    });
    expect(config).toMatchObject({
      batchSize: 3,
      maxConcurrency: 20,
      skipWithoutVocabulary: true,
      alertEmails: [{ address: 'a@example.org' }, { address: 'b@example.org' }],
      alertPhones: [{ number: '+15555550100' }, { number: '+447700900123' }],
      opsEmails: ['ops@example.org'],
      logRetentionDays: 365,
      bedrockModelRegions: ['eu-west-1', 'eu-central-1'],
    });
  });

  it('reads subscriptions with filters given as JSON', () => {
    const config = parseConfig({
      alertPhones:
        '[{"number":"+15555550100","filter":{"minCivilians":10,"types":["NEW_INCIDENT"],"governorates":["Homs"]}}]',
      alertEmails: [{ address: 'desk@example.org', filter: { types: ['DENIAL'] } }],
    });
    expect(config.alertPhones).toEqual([
      { number: '+15555550100', filter: { minCivilians: 10, types: ['NEW_INCIDENT'], governorates: ['Homs'] } },
    ]);
    expect(config.alertEmails).toEqual([{ address: 'desk@example.org', filter: { types: ['DENIAL'] } }]);
  });

  it('reads the whole context of an App (cdk.json plus -c)', () => {
    const app = new App({ context: { ...cdkJson.context, reportPrefix: 'inbox/', removalPolicy: 'destroy' } });
    expect(readConfig(app.node)).toMatchObject({ reportPrefix: 'inbox/', removalPolicy: 'destroy', batchSize: 3 });
  });
});

describe('wrong values stop synth with the key and the fix', () => {
  it.each([
    [{ batchSize: 'abc' }, 'context key "batchSize" must be a number (got "abc"). Fix: -c batchSize=3'],
    [{ batchSize: '11' }, 'context key "batchSize" must be at most 10 (got "11")'],
    [{ maxConcurrency: 1 }, 'context key "maxConcurrency" must be at least 2 (got 1)'],
    [
      { alertPhones: '0555 0100' },
      'context key "alertPhones[0].number" is not an E.164 phone number such as +15555550100 (got "0555 0100")',
    ],
    [
      { alertEmails: 'desk.example.org' },
      'context key "alertEmails[0].address" is not an email address (got "desk.example.org")',
    ],
    [
      { alertEmails: '[{"address":"a@example.org","filter":{"types":["RAISED"]}}]' },
      'context key "alertEmails[0].filter.types[0]" alert types are NEW_INCIDENT, COUNT_RAISED, DENIAL (got "RAISED")',
    ],
    [{ alertPhones: '[{"number":"+15555550100","filter":{"minCivillians":3}}]' }, 'alertPhones[0].filter'],
    [{ alertEmails: '[not json' }, 'context key "alertEmails" is not valid JSON'],
    [{ opsEmails: 7 }, 'context key "opsEmails" must be a list (got 7)'],
    [{ logRetentionDays: '8' }, 'context key "logRetentionDays" must be one of 1, 3, 5, 7, 14, 30'],
    [
      { modelId: 'nova lite' },
      'context key "modelId" is not a Bedrock model id or inference profile id (got "nova lite"). Fix: -c modelId=',
    ],
    [{ removalPolicy: 'delete' }, 'context key "removalPolicy" must be retain or destroy (got "delete")'],
    [{ reportPrefix: 'reports' }, 'context key "reportPrefix" must be empty or a key prefix ending in "/"'],
    [
      { stackName: 'Claimwatch-Production-2' },
      'context key "stackName" must start with a letter; letters, digits and hyphens; at most 18',
    ],
    [{ skipWithoutVocabulary: 'yes' }, 'context key "skipWithoutVocabulary" must be true or false (got "yes")'],
    [{ batchsize: 3 }, 'context key "batchsize" is not known; did you mean "batchSize"? Fix: -c batchSize=3'],
  ])('%j', (context, expected) => {
    expect(errorOf(context)).toContain(expected);
  });

  it('lists every problem at once', () => {
    const message = errorOf({ batchSize: '0', extractor: 'gpt', opsEmails: 'nobody' });
    expect(message.split('\n')).toHaveLength(4);
    // In the order of the schema (and of cdk.json).
    expect(message).toMatch(/"extractor"[\s\S]*"opsEmails\[0\]"[\s\S]*"batchSize"/);
  });

  it('makes the app exit 1 with the message, not a stack trace', () => {
    const run = synth({ batchSize: 'ten' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('context key "batchSize" must be a number (got "ten"). Fix: -c batchSize=3');
    expect(run.stderr).not.toContain('    at ');
  });

  it('fails synth for a model that cannot be forced to call a tool, naming the fix', () => {
    const run = synth({ modelId: 'meta.llama3-1-70b-instruct-v1:0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('context key "modelId" cannot be forced to call the extraction tool');
    expect(run.stderr).toContain('Fix: -c modelId=us.amazon.nova-lite-v1:0');
  });

  it("fails synth for a profile of another geography than the CLI's region (CDK_DEFAULT_REGION)", () => {
    const run = synth({}, { CDK_DEFAULT_REGION: 'eu-west-1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot be called from eu-west-1');
  });
});

describe('what the schema says about each key', () => {
  it('gives every key a hint: a -c flag whose value the schema accepts, and what the key means', () => {
    for (const key of CONFIG_KEYS) {
      const hint = configHint(key);
      const flags = [...hint.matchAll(/-c (?:'(\w+)=([^']*)'|(\w+)=(\S*))/g)].map((m) => [m[1] ?? m[3], m[2] ?? m[4]]);
      expect(flags.length, hint).toBeGreaterThan(0);
      for (const [flagKey, value] of flags) {
        expect(flagKey).toBe(key);
        const context = { [key]: value === '""' ? '' : value };
        expect(() => parseConfig(context), hint).not.toThrow();
      }
      expect(hint, key).toMatch(/\(.{10,}\)$/);
    }
    expect(configHint('batchSize')).toBe('-c batchSize=3 (SQS messages per invocation (1 to 10))');
    expect(configHint('reportPrefix')).toMatch(/^-c reportPrefix=reports\/ /);
  });

  it("matches the README's table of keys and defaults", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const key of CONFIG_KEYS) {
      const row = readme.split('\n').find((line) => new RegExp(`^\\| (?:\`\\w+\`, )*\`${key}\``).test(line));
      expect(row, `README table row for ${key}`).toBeDefined();
      const value = CONFIG_DEFAULTS[key];
      if (value !== undefined) expect(row, key).toContain(`| \`${JSON.stringify(value).replace(/^"|"$/g, '')}\` |`);
    }
  });
});

describe("the operator's config file", () => {
  const example = readConfigFile(join(root, 'claimwatch.config.example.json'));

  it('is gitignored, and the committed example passes the same schema', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', CONFIG_FILE_NAME], { cwd: root });
    expect(ignored.status).toBe(0);
    expect(example?.name).toBe('claimwatch.config.example.json');
    const config = parseConfig({}, { file: example });
    expect(config.alertEmails).toEqual([
      { address: 'desk@example.org' },
      { address: 'denials@example.org', filter: { types: ['DENIAL'] } },
    ]);
    expect(config.alertPhones[0]?.filter?.minCivilians).toBe(10);
    expect(config.opsEmails).toEqual(['ops@example.org']);
    for (const key of Object.keys(example?.values ?? {})) expect(CONFIG_KEYS).toContain(key);
  });

  it('is overridden key by key by -c', () => {
    const file = { name: CONFIG_FILE_NAME, values: { batchSize: 5, opsEmails: ['ops@example.org'] } };
    const config = parseConfig({ batchSize: '2' }, { file });
    expect(config.batchSize).toBe(2);
    expect(config.opsEmails).toEqual(['ops@example.org']);
  });

  it("names the file, not the context, for the file's wrong values and unknown keys", () => {
    const file = { name: CONFIG_FILE_NAME, values: { batchSize: 0, alertEmail: ['a@example.org'], colour: 'red' } };
    const message = errorOf({}, { file });
    expect(message).toContain('claimwatch.config.json key "batchSize" must be at least 1 (got 0)');
    expect(message).toContain('claimwatch.config.json key "alertEmail" is not known; did you mean "alertEmails"?');
    expect(message).toContain('claimwatch.config.json key "colour" is not known; the keys are stackName, ');
  });

  it('refuses a file that is not one JSON object, and reads no file when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimwatch-config-file-'));
    try {
      writeFileSync(join(dir, 'broken.json'), '{"batchSize": 3,}');
      writeFileSync(join(dir, 'list.json'), '["a@example.org"]');
      expect(() => readConfigFile(join(dir, 'broken.json'))).toThrow(/broken\.json is not valid JSON/);
      expect(() => readConfigFile(join(dir, 'list.json'))).toThrow(/list\.json must hold one JSON object/);
      expect(readConfigFile(join(dir, 'absent.json'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is read by the CDK app (CLAIMWATCH_CONFIG_FILE names another one)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimwatch-config-file-'));
    try {
      const path = join(dir, 'staging.json');
      writeFileSync(path, JSON.stringify({ alertPhones: ['0555 0100'] }));
      const run = synth({}, { CLAIMWATCH_CONFIG_FILE: path });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('staging.json key "alertPhones[0].number" is not an E.164 phone number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('models the extractor can force to call its tool', () => {
  it.each([
    'us.amazon.nova-lite-v1:0',
    'amazon.nova-micro-v1:0',
    'eu.amazon.nova-pro-v1:0',
    'amazon.nova-premier-v1:0',
    'anthropic.claude-3-haiku-20240307-v1:0',
    'us.anthropic.claude-3-5-haiku-20241022-v1:0',
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
    'global.anthropic.claude-haiku-4-5-20251001-v1:0',
    'anthropic.claude-opus-4-1-20250805-v1:0',
  ])('accepts %s', (modelId) => {
    expect(parseConfig({ modelId }).modelId).toBe(modelId);
  });

  it.each([
    'meta.llama3-1-70b-instruct-v1:0',
    'us.anthropic.claude-nonexistent-v9:0',
    'anthropic.claude-v2:1',
    'anthropic.claude-instant-v1',
    'amazon.nova-canvas-v1:0',
    'mistral.mistral-large-2407-v1:0',
  ])('refuses %s, naming the families that work and the override', (modelId) => {
    const message = errorOf({ modelId });
    expect(message).toContain(`context key "modelId" cannot be forced to call the extraction tool`);
    expect(message).toContain('Anthropic Claude 3 or later');
    expect(message).toContain('-c allowAnyModel=true');
    expect(message).toContain(`(got "${modelId}"). Fix: -c modelId=us.amazon.nova-lite-v1:0`);
  });

  it('accepts any well-formed model id with allowAnyModel, and any model with the rules extractor', () => {
    const modelId = 'meta.llama3-1-70b-instruct-v1:0';
    expect(parseConfig({ modelId, allowAnyModel: 'true' }).modelId).toBe(modelId);
    expect(parseConfig({ modelId, extractor: 'rules' }).modelId).toBe(modelId);
  });
});

describe('an inference profile and the region deployed to', () => {
  it.each([
    ['us.amazon.nova-lite-v1:0', 'us-east-1'],
    ['us.amazon.nova-lite-v1:0', 'us-west-2'],
    ['eu.amazon.nova-lite-v1:0', 'eu-central-1'],
    ['apac.amazon.nova-lite-v1:0', 'ap-southeast-1'],
    ['jp.anthropic.claude-haiku-4-5-20251001-v1:0', 'ap-northeast-1'],
    ['global.anthropic.claude-haiku-4-5-20251001-v1:0', 'sa-east-1'],
    ['amazon.nova-lite-v1:0', 'eu-west-3'],
  ])('accepts %s in %s', (modelId, region) => {
    expect(parseConfig({ modelId }, { region }).modelId).toBe(modelId);
  });

  it('refuses a profile of another geography, suggesting the profiles of this region', () => {
    const message = errorOf({ modelId: 'us.amazon.nova-lite-v1:0' }, { region: 'eu-west-1' });
    expect(message).toContain(
      'context key "modelId" is an inference profile that cannot be called from eu-west-1, the region deployed to ' +
        '(got "us.amazon.nova-lite-v1:0"). Fix: -c modelId=eu.amazon.nova-lite-v1:0 or ' +
        '-c modelId=global.amazon.nova-lite-v1:0 or -c modelId=amazon.nova-lite-v1:0',
    );
    expect(errorOf({ modelId: 'eu.amazon.nova-lite-v1:0' }, { region: 'us-east-1' })).toContain(
      'Fix: -c modelId=us.amazon.nova-lite-v1:0 or',
    );
    expect(errorOf({ modelId: 'us.amazon.nova-lite-v1:0' }, { region: 'us-gov-west-1' })).toContain(
      'Fix: -c modelId=us-gov.amazon.nova-lite-v1:0 or',
    );
  });

  it("spells the fix as the file's JSON when the model came from the config file", () => {
    const file = { name: 'claimwatch.config.json', values: { modelId: 'apac.amazon.nova-lite-v1:0' } };
    expect(errorOf({}, { region: 'us-east-1', file })).toContain(
      'claimwatch.config.json key "modelId" is an inference profile that cannot be called from us-east-1, the ' +
        'region deployed to (got "apac.amazon.nova-lite-v1:0"). Fix: "modelId": "us.amazon.nova-lite-v1:0" or',
    );
  });

  it('skips the check when the region is unknown, with the rules extractor, or with allowAnyModel', () => {
    expect(() => parseConfig({ modelId: 'us.amazon.nova-lite-v1:0' })).not.toThrow();
    expect(() => parseConfig({ extractor: 'rules' }, { region: 'eu-west-1' })).not.toThrow();
    expect(() => parseConfig({ allowAnyModel: true }, { region: 'eu-west-1' })).not.toThrow();
  });
});

describe('settings that apply to one extractor', () => {
  it('refuses bedrockModelRegions with a foundation model id, which routes nowhere', () => {
    expect(errorOf({ modelId: 'amazon.nova-lite-v1:0', bedrockModelRegions: 'us-east-1' })).toContain(
      'context key "bedrockModelRegions" applies only to an inference profile id',
    );
  });

  it('ignores Bedrock settings with the rules extractor', () => {
    const config = parseConfig({
      extractor: 'rules',
      modelId: 'amazon.nova-lite-v1:0',
      bedrockModelRegions: 'us-east-1',
    });
    expect(config.extractor).toBe('rules');
  });
});

describe('alert-text settings', () => {
  it('takes latin by default and refuses an unknown script or a pattern that is not an http(s) URL with {id}', () => {
    expect(parseConfig({}).smsPlaceScript).toBe('latin');
    expect(errorOf({ smsPlaceScript: 'cyrillic' })).toContain('context key "smsPlaceScript" must be latin or arabic');
    expect(errorOf({ incidentUrlPattern: 'javascript:alert(1)//{id}' })).toContain(
      'context key "incidentUrlPattern" must be an http(s) URL containing {id} or {ref}',
    );
    expect(errorOf({ incidentUrlPattern: 'https://example.org/incidents' })).toContain('incidentUrlPattern');
    expect(parseConfig({ incidentUrlPattern: 'https://example.org/i/{ref}' }).incidentUrlPattern).toBe(
      'https://example.org/i/{ref}',
    );
  });
});
