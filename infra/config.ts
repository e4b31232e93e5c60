// The operator's configuration: ONE zod schema over CDK context. It holds every default, and each key's
// description and the hint shown when a value is wrong are derived from it. `-c key=value` overrides arrive as
// strings, so every field accepts the string form too (numbers, booleans, and lists as JSON or comma-separated).
import type { Node } from 'constructs';
import { isIncidentUrlPattern } from '../shared/adapters/alert-text-env.ts';
import { baseModelId, DEFAULT_MODEL_ID, INFERENCE_PROFILE_PREFIXES } from '../shared/adapters/bedrock/models.ts';
import { EXTRACTOR_KINDS } from '../shared/adapters/extractor-env.ts';
import { PLACE_SCRIPTS } from '../shared/domain/alert-summary.ts';
import { ALERT_TYPES, wholeNumber } from '../shared/domain/schema.ts';
import * as z from '../shared/domain/zod.ts';
import {
  FORCED_TOOL_FAMILIES,
  profileMatchesRegion,
  profilePrefixesFor,
  profilePrefixOf,
  supportsForcedTool,
} from './models.ts';

// The stack's default model is the extractor's: one constant, kept in the Bedrock adapter.
export { DEFAULT_MODEL_ID };

/** What a key means (README's table says the same) and, where the default shows no usable value, an example. */
interface SettingMeta {
  description: string;
  /** `-c` values to show in the hint instead of the default (e.g. a list whose default is empty). */
  examples?: string[];
}

const setting = <T extends z.ZodMiniType>(schema: T, meta: SettingMeta): T => schema.check(z.meta({ ...meta }));

/** Retention periods CloudWatch Logs accepts (aws-cdk-lib RetentionDays); 9999 means never expire. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, 9999,
] as const;

const MODEL_ID = new RegExp(`^(?:(?:${INFERENCE_PROFILE_PREFIXES.join('|')})\\.)?[a-z0-9-]+\\.[A-Za-z0-9.:_-]+$`);
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/** A -c value is a string: read JSON when it looks like JSON, else split on commas. */
function listFromContext(value: unknown, ctx?: { issues: z.core.$ZodRawIssue[] }): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : [parsed];
    } catch (error) {
      ctx?.issues.push({ code: 'custom', message: `is not valid JSON (${(error as Error).message})`, input: value });
      return z.NEVER;
    }
  }
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `z.preprocess` of classic zod, which zod/mini spells as a transform piped into the schema. */
const preprocess = <T extends z.ZodMiniType>(fn: (value: unknown, ctx: z.core.ParsePayload) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);

const list = <T extends z.ZodMiniType>(item: T) =>
  preprocess((value, ctx) => listFromContext(value, ctx), z.array(item, { error: 'must be a list' }));

function numberFromContext(value: unknown): unknown {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
}

function booleanFromContext(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

const int = (min: number, max: number) =>
  preprocess(
    numberFromContext,
    z
      .number({ error: 'must be a number' })
      .check(
        z.int({ error: 'must be a whole number' }),
        z.minimum(min, { error: `must be at least ${min}` }),
        z.maximum(max, { error: `must be at most ${max}` }),
      ),
  );

const bool = preprocess(booleanFromContext, z.boolean({ error: 'must be true or false' }));

/** Narrows which alerts a subscriber receives: an SNS filter policy on the alert's message attributes. */
export const AlertFilter = z.strictObject({
  types: z.optional(
    z.array(z.enum(ALERT_TYPES, { error: `alert types are ${ALERT_TYPES.join(', ')}` })).check(z.minLength(1)),
  ),
  minCivilians: z.optional(wholeNumber()),
  governorates: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** Opt in to alerts about combatants' deaths alone (low severity); without it they are filtered out. */
  combatants: z.optional(bool),
});
export type AlertFilter = z.infer<typeof AlertFilter>;

const EmailSubscription = preprocess(
  (item) => (typeof item === 'string' ? { address: item } : item),
  z.strictObject({
    address: z.string().check(z.regex(EMAIL, { error: 'is not an email address' })),
    filter: z.optional(AlertFilter),
  }),
);
const PhoneSubscription = preprocess(
  (item) => (typeof item === 'string' ? { number: item } : item),
  z.strictObject({
    number: z.string().check(z.regex(E164, { error: 'is not an E.164 phone number such as +15555550100' })),
    filter: z.optional(AlertFilter),
  }),
);
export type EmailSubscription = z.infer<typeof EmailSubscription>;
export type PhoneSubscription = z.infer<typeof PhoneSubscription>;

const BEDROCK_ONLY = 'with extractor=bedrock only';

export const ClaimwatchConfig = z
  .object({
    stackName: setting(
      z._default(
        z.string().check(
          // At most 18 characters: the reports bucket is named <stack>-reports-<stack uuid> within S3's 63.
          z.regex(/^[A-Za-z][A-Za-z0-9-]{0,17}$/, {
            error: 'must start with a letter; letters, digits and hyphens; at most 18 characters',
          }),
        ),
        'Claimwatch',
      ),
      { description: 'stack name (≤ 18 characters; it prefixes the bucket name)' },
    ),
    extractor: setting(z._default(z.enum(EXTRACTOR_KINDS, { error: 'must be rules or bedrock' }), 'bedrock'), {
      description: '`bedrock` or `rules` (offline, no model calls)',
    }),
    modelId: setting(
      z._default(
        z.string().check(z.regex(MODEL_ID, { error: 'is not a Bedrock model id or inference profile id' })),
        DEFAULT_MODEL_ID,
      ),
      {
        description:
          `Bedrock model id or cross-region inference profile id (prefix ${INFERENCE_PROFILE_PREFIXES.join('/')}.)` +
          `; ${BEDROCK_ONLY}`,
      },
    ),
    allowAnyModel: setting(z._default(bool, false), {
      description:
        'accept a modelId outside the families known to support a forced tool call ' +
        `(${FORCED_TOOL_FAMILIES.map((family) => family.name).join(', ')}) and a profile of another geography; ` +
        BEDROCK_ONLY,
    }),
    bedrockModelRegions: setting(
      z._default(
        list(
          z
            .string()
            .check(z.regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, { error: 'is not an AWS region name such as us-east-1' })),
        ),
        [],
      ),
      {
        description:
          'regions the inference profile may route to, named in IAM (see aws bedrock get-inference-profile); ' +
          `empty grants the one model in any region, only through the profile; ${BEDROCK_ONLY}`,
        examples: ['us-east-1,us-east-2,us-west-2'],
      },
    ),
    bedrockMaxInputTokens: setting(z.optional(int(1_000, 1_000_000)), {
      description: `estimated tokens of report text per request before a report is split; ${BEDROCK_ONLY}`,
      examples: ['20000'],
    }),
    skipWithoutVocabulary: setting(z._default(bool, false), {
      description: `don't send reports with no casualty vocabulary to the model; ${BEDROCK_ONLY}`,
    }),
    alertEmails: setting(z._default(list(EmailSubscription), []), {
      description: 'email subscribers: comma-separated, or JSON with a `filter`',
      examples: ['a@example.org,b@example.org', '[{"address":"a@example.org","filter":{"types":["DENIAL"]}}]'],
    }),
    alertPhones: setting(z._default(list(PhoneSubscription), []), {
      description: 'SMS subscribers (E.164): comma-separated, or JSON with a `filter`',
      examples: [
        '+15555550100',
        '[{"number":"+15555550100","filter":{"minCivilians":10,"governorates":["Deir ez-Zor"]}}]',
      ],
    }),
    opsEmails: setting(z._default(list(z.string().check(z.regex(EMAIL, { error: 'is not an email address' }))), []), {
      description: 'who receives alarms',
      examples: ['ops@example.org'],
    }),
    reportPrefix: setting(
      z._default(
        z
          .string()
          .check(
            z.regex(/^(?:[^/\s][^\s]*\/)?$/, { error: 'must be empty or a key prefix ending in "/" (e.g. reports/)' }),
          ),
        'reports/',
      ),
      { description: 'only uploads under this prefix are reports (`""` for the whole bucket)' },
    ),
    batchSize: setting(z._default(int(1, 10), 3), { description: 'SQS messages per invocation (1 to 10)' }),
    maxConcurrency: setting(z._default(int(2, 1000), 2), {
      description:
        'concurrent process invocations (2 to 1000): ' +
        'keep maxConcurrency × batchSize requests within your Bedrock quota',
    }),
    processTimeoutSeconds: setting(z._default(int(30, 900), 180), {
      description:
        'process function timeout (30 to 900; a Bedrock call can take a minute); ' +
        "the queue's visibility timeout is 6× this",
    }),
    processMemoryMb: setting(z._default(int(128, 10_240), 1024), { description: 'process function memory' }),
    maxReceiveCount: setting(z._default(int(1, 10), 3), {
      description: 'deliveries before a message goes to the dead-letter queue',
    }),
    maxReportBytes: setting(z._default(int(1024, 50 * 1024 * 1024), 5 * 1024 * 1024), {
      description: 'larger reports are rejected without being downloaded',
    }),
    logRetentionDays: setting(
      z._default(
        preprocess(
          numberFromContext,
          z.literal([...LOG_RETENTION_DAYS], { error: `must be one of ${LOG_RETENTION_DAYS.join(', ')}` }),
        ),
        30,
      ),
      { description: 'CloudWatch Logs retention in days' },
    ),
    removalPolicy: setting(
      z._default(z.enum(['retain', 'destroy'], { error: 'must be retain or destroy' }), 'retain'),
      {
        description:
          '`retain` keeps buckets, tables, logs and the key when the stack is deleted; ' +
          '`destroy` deletes them (test stacks)',
      },
    ),
    smsPlaceScript: setting(z._default(z.enum(PLACE_SCRIPTS, { error: 'must be latin or arabic' }), 'latin'), {
      description: 'the one script SMS alerts name the place in: `latin` keeps one 160-character segment',
    }),
    incidentUrlPattern: setting(
      z.optional(
        z.string().check(z.refine(isIncidentUrlPattern, { error: 'must be an http(s) URL containing {id} or {ref}' })),
      ),
      {
        description: 'alerts link to the incident page here ({id}: incident id, {ref}: its short reference)',
        examples: ['https://analysts.example.org/claimwatch/incidents/{id}.html'],
      },
    ),
    alertRetentionDays: setting(z.optional(int(1, 3650)), {
      description: 'published alerts expire from the outbox table after this many days (unset: kept)',
      examples: ['365'],
    }),
  })
  // Settings that apply to one extractor are checked only with that extractor: a rules stack ignores them.
  .check(
    z.superRefine((config, ctx) => {
      if (config.extractor !== 'bedrock') return;
      if (!config.allowAnyModel && !supportsForcedTool(config.modelId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modelId'],
          input: config.modelId,
          message:
            'cannot be forced to call the extraction tool, so every report would fail; models that can: ' +
            `${FORCED_TOOL_FAMILIES.map((family) => `${family.name} (e.g. ${family.example})`).join(', ')}. ` +
            'If you know this model supports toolChoice.tool, add -c allowAnyModel=true',
        });
      }
      if (config.bedrockModelRegions.length > 0 && baseModelId(config.modelId) === config.modelId) {
        ctx.addIssue({
          code: 'custom',
          path: ['bedrockModelRegions'],
          input: config.bedrockModelRegions,
          message: `applies only to an inference profile id, and modelId "${config.modelId}" is a foundation model id`,
        });
      }
    }),
  );
export type ClaimwatchConfig = z.infer<typeof ClaimwatchConfig>;
export const CONFIG_KEYS = Object.keys(ClaimwatchConfig.shape) as Array<keyof ClaimwatchConfig>;

/** Every key's default, as the schema gives it (undefined for keys without one). */
export const CONFIG_DEFAULTS: Readonly<ClaimwatchConfig> = ClaimwatchConfig.parse({});

/** A value as it is written after `-c key=`: lists comma-separated, the empty string as "". */
function cliValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(cliValue).join(',');
  if (value === '') return '""';
  return String(value);
}

/** `-c key=value`, single-quoted for the shell when the value has characters a shell would read. */
function cliFlag(key: string, value: string): string {
  return /^[\w@.,:/+"-]*$/.test(value) ? `-c ${key}=${value}` : `-c '${key}=${value}'`;
}

/** How to fix a key, derived from the schema: its default (or examples) as a -c flag, and what the key means. */
export function configHint(key: keyof ClaimwatchConfig): string {
  const meta = z.globalRegistry.get(ClaimwatchConfig.shape[key]) as SettingMeta | undefined;
  const fallback = CONFIG_DEFAULTS[key];
  const values = meta?.examples ?? (fallback === undefined ? [] : [cliValue(fallback)]);
  const flags = values.map((value) => cliFlag(key, value)).join(' or ');
  return meta ? `${flags} (${meta.description})` : flags;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Settings read from the operator's config file (infra/config-file.ts), under the file's name. */
export interface ConfigFile {
  readonly name: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** What the config is read from and checked against beyond the context. */
export interface DeployTarget {
  /** The region deployed to, when known (the CDK CLI sets CDK_DEFAULT_REGION from AWS_REGION or the profile). */
  readonly region?: string;
  /** The operator's config file; `-c` context overrides it key by key. */
  readonly file?: ConfigFile;
}

/** An inference profile of another geography cannot be called from the stack's region. */
function regionProblem(config: ClaimwatchConfig, region: string | undefined, label: string): string | undefined {
  if (!region || config.extractor !== 'bedrock' || config.allowAnyModel) return undefined;
  if (profileMatchesRegion(config.modelId, region)) return undefined;
  const base = config.modelId.slice(`${profilePrefixOf(config.modelId)}.`.length);
  // Said the way the value was given: a -c flag, or the file's JSON.
  const spell = (id: string) => (label === 'context key' ? `-c modelId=${id}` : `"modelId": "${id}"`);
  const alternatives = [...profilePrefixesFor(region).map((prefix) => `${prefix}.${base}`), base].map(spell);
  return (
    `${label} "modelId" is an inference profile that cannot be called from ${region}, the region deployed to ` +
    `(got ${describeValue(config.modelId)}). Fix: ${alternatives.join(' or ')}, ` +
    'or deploy to a region of its geography (AWS_REGION)'
  );
}

/** A known key spelled with other capitals or without its plural s: a typo that would be silently ignored. */
function knownKeyLike(key: string): keyof ClaimwatchConfig | undefined {
  const spelled = key.toLowerCase();
  return CONFIG_KEYS.find((k) => k !== key && [spelled, `${spelled}s`].includes(k.toLowerCase()));
}

/**
 * Parses a context object (cdk.json context merged with -c overrides) over the operator's config file into the
 * config, or throws ConfigError naming where each wrong value came from.
 */
export function parseConfig(context: Record<string, unknown>, target: DeployTarget = {}): ClaimwatchConfig {
  const problems: string[] = [];
  for (const key of Object.keys(context)) {
    const known = knownKeyLike(key);
    if (known) problems.push(`context key "${key}" is not known; did you mean "${known}"? Fix: ${configHint(known)}`);
  }
  const fileValues = target.file?.values ?? {};
  for (const key of Object.keys(fileValues)) {
    if ((CONFIG_KEYS as string[]).includes(key)) continue;
    const known = knownKeyLike(key);
    problems.push(
      `${target.file?.name} key "${key}" is not known` +
        (known ? `; did you mean "${known}"?` : `; the keys are ${CONFIG_KEYS.join(', ')}`),
    );
  }
  const input: Record<string, unknown> = {};
  const labels: Partial<Record<keyof ClaimwatchConfig, string>> = {};
  for (const key of CONFIG_KEYS) {
    if (context[key] !== undefined) {
      input[key] = context[key];
      labels[key] = 'context key';
    } else if (fileValues[key] !== undefined) {
      input[key] = fileValues[key];
      labels[key] = `${target.file?.name} key`;
    }
  }
  const labelOf = (key: keyof ClaimwatchConfig) => labels[key] ?? 'context key';
  const result = ClaimwatchConfig.safeParse(input);
  if (!result.success) {
    const order = (issue: z.core.$ZodIssue) => CONFIG_KEYS.indexOf(issue.path[0] as keyof ClaimwatchConfig);
    for (const issue of [...result.error.issues].sort((a, b) => order(a) - order(b))) {
      const key = String(issue.path[0]) as keyof ClaimwatchConfig;
      const rest = issue.path.slice(1);
      const where = key + rest.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
      // The offending value: walk the path through the raw value, stopping at a string (a list item given as text).
      let got: unknown = rest.length > 0 ? listFromContext(input[key]) : input[key];
      for (const part of rest) {
        if (!got || typeof got !== 'object') break;
        got = (got as Record<PropertyKey, unknown>)[part as PropertyKey];
      }
      problems.push(`${labelOf(key)} "${where}" ${issue.message} (got ${describeValue(got)}). Fix: ${configHint(key)}`);
    }
  }
  const regionMismatch = result.success ? regionProblem(result.data, target.region, labelOf('modelId')) : undefined;
  if (regionMismatch) problems.push(regionMismatch);
  if (problems.length > 0 || !result.success) {
    throw new ConfigError(`claimwatch configuration is invalid:\n  - ${problems.join('\n  - ')}`);
  }
  return result.data;
}

/** Reads every config key from the construct tree's context (cdk.json + -c). */
export function readConfig(node: Node, target: DeployTarget = {}): ClaimwatchConfig {
  return parseConfig(node.getAllContext(), target);
}
