// The operator's configuration: ONE zod schema over CDK context. Defaults live in cdk.json ("context") and here
// (so tests and `new App()` work without cdk.json); `-c key=value` overrides arrive as strings, so every field
// accepts the string form too (numbers, booleans, and lists as JSON or comma-separated).
import type { Node } from 'constructs';
import * as z from 'zod';
import { DEFAULT_MODEL_ID, INFERENCE_PROFILE_PREFIXES } from '../shared/adapters/bedrock/models.ts';
import { EXTRACTOR_KINDS } from '../shared/adapters/extractor-env.ts';
import { ALERT_TYPES } from '../shared/domain/schema.ts';

// The stack's default model is the extractor's: one constant, kept in the Bedrock adapter.
export { DEFAULT_MODEL_ID };

/** Retention periods CloudWatch Logs accepts (aws-cdk-lib RetentionDays); 9999 means never expire. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, 9999,
] as const;

const MODEL_ID = new RegExp(`^(?:(?:${INFERENCE_PROFILE_PREFIXES.join('|')})\\.)?[a-z0-9-]+\\.[A-Za-z0-9.:_-]+$`);
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/** A -c value is a string: read JSON when it looks like JSON, else split on commas. */
function listFromContext(
  value: unknown,
  ctx?: { addIssue(issue: { code: 'custom'; message: string; input: unknown }): void },
): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : [parsed];
    } catch (error) {
      ctx?.addIssue({ code: 'custom', message: `is not valid JSON (${(error as Error).message})`, input: value });
      return z.NEVER;
    }
  }
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value, ctx) => listFromContext(value, ctx), z.array(item, { error: 'must be a list' }));

function numberFromContext(value: unknown): unknown {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
}

function booleanFromContext(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

const int = (min: number, max: number) =>
  z.preprocess(
    numberFromContext,
    z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` }),
  );

const bool = z.preprocess(booleanFromContext, z.boolean({ error: 'must be true or false' }));

/** Narrows which alerts a subscriber receives: an SNS filter policy on the alert's message attributes. */
export const AlertFilter = z
  .object({
    types: z
      .array(z.enum(ALERT_TYPES, { error: `alert types are ${ALERT_TYPES.join(', ')}` }))
      .min(1)
      .optional(),
    minCivilians: z.number().int().nonnegative().optional(),
    governorates: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type AlertFilter = z.infer<typeof AlertFilter>;

const EmailSubscription = z.preprocess(
  (item) => (typeof item === 'string' ? { address: item } : item),
  z
    .object({
      address: z.string().regex(EMAIL, { error: 'is not an email address' }),
      filter: AlertFilter.optional(),
    })
    .strict(),
);
const PhoneSubscription = z.preprocess(
  (item) => (typeof item === 'string' ? { number: item } : item),
  z
    .object({
      number: z.string().regex(E164, { error: 'is not an E.164 phone number such as +15555550100' }),
      filter: AlertFilter.optional(),
    })
    .strict(),
);
export type EmailSubscription = z.infer<typeof EmailSubscription>;
export type PhoneSubscription = z.infer<typeof PhoneSubscription>;

export const ClaimwatchConfig = z.object({
  stackName: z
    .string()
    // At most 18 characters: the reports bucket is named <stack>-reports-<stack uuid> within S3's 63.
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,17}$/, {
      error: 'must start with a letter; letters, digits and hyphens; at most 18 characters',
    })
    .default('Claimwatch'),
  extractor: z.enum(EXTRACTOR_KINDS, { error: 'must be rules or bedrock' }).default('bedrock'),
  modelId: z
    .string()
    .regex(MODEL_ID, { error: 'is not a Bedrock model id or inference profile id' })
    .default(DEFAULT_MODEL_ID),
  /** Regions a cross-region inference profile may route to, to name them in IAM instead of "*". */
  bedrockModelRegions: list(
    z.string().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, { error: 'is not an AWS region name such as us-east-1' }),
  ).default([]),
  bedrockMaxInputTokens: int(1_000, 1_000_000).optional(),
  skipWithoutVocabulary: bool.default(false),
  alertEmails: list(EmailSubscription).default([]),
  alertPhones: list(PhoneSubscription).default([]),
  opsEmails: list(z.string().regex(EMAIL, { error: 'is not an email address' })).default([]),
  reportPrefix: z
    .string()
    .regex(/^(?:[^/\s][^\s]*\/)?$/, { error: 'must be empty or a key prefix ending in "/" (e.g. reports/)' })
    .default('reports/'),
  batchSize: int(1, 10).default(3),
  maxConcurrency: int(2, 1000).default(2),
  processTimeoutSeconds: int(30, 900).default(180),
  processMemoryMb: int(128, 10_240).default(1024),
  maxReceiveCount: int(1, 10).default(3),
  maxReportBytes: int(1024, 50 * 1024 * 1024).default(5 * 1024 * 1024),
  logRetentionDays: z
    .preprocess(
      numberFromContext,
      z.literal([...LOG_RETENTION_DAYS], { error: `must be one of ${LOG_RETENTION_DAYS.join(', ')}` }),
    )
    .default(30),
  removalPolicy: z.enum(['retain', 'destroy'], { error: 'must be retain or destroy' }).default('retain'),
  /** Published alerts expire from the outbox table this many days after publication; unset keeps them. */
  alertRetentionDays: int(1, 3650).optional(),
});
export type ClaimwatchConfig = z.infer<typeof ClaimwatchConfig>;
export const CONFIG_KEYS = Object.keys(ClaimwatchConfig.shape) as Array<keyof ClaimwatchConfig>;

/** How to fix each key, shown with the error. */
const FIXES: Record<keyof ClaimwatchConfig, string> = {
  stackName: '-c stackName=Claimwatch',
  extractor: '-c extractor=bedrock (or rules: no Bedrock calls)',
  modelId: `-c modelId=${DEFAULT_MODEL_ID} (a model id, or an inference profile id with a prefix ${INFERENCE_PROFILE_PREFIXES.join('/')}.)`,
  bedrockModelRegions: '-c bedrockModelRegions=us-east-1,us-east-2,us-west-2 (see aws bedrock get-inference-profile)',
  bedrockMaxInputTokens: '-c bedrockMaxInputTokens=20000',
  skipWithoutVocabulary: '-c skipWithoutVocabulary=true',
  alertEmails:
    '-c alertEmails=a@example.org,b@example.org or -c \'alertEmails=[{"address":"a@example.org","filter":{"types":["DENIAL"]}}]\'',
  alertPhones:
    '-c alertPhones=+15555550100 or -c \'alertPhones=[{"number":"+15555550100","filter":{"minCivilians":10,"governorates":["Deir ez-Zor"]}}]\'',
  opsEmails: '-c opsEmails=ops@example.org',
  reportPrefix: '-c reportPrefix=reports/',
  batchSize: '-c batchSize=3 (1 to 10 SQS messages per invocation)',
  maxConcurrency: '-c maxConcurrency=2 (2 to 1000 concurrent invocations; keep it within your Bedrock quota)',
  processTimeoutSeconds: '-c processTimeoutSeconds=180 (30 to 900; a Bedrock call can take a minute)',
  processMemoryMb: '-c processMemoryMb=1024',
  maxReceiveCount: '-c maxReceiveCount=3',
  maxReportBytes: '-c maxReportBytes=5242880',
  logRetentionDays: '-c logRetentionDays=30',
  removalPolicy: '-c removalPolicy=retain (keep data on stack deletion) or destroy (test stacks)',
  alertRetentionDays: '-c alertRetentionDays=365',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Parses a context object (cdk.json context merged with -c overrides) into the config, or throws ConfigError. */
export function parseConfig(context: Record<string, unknown>): ClaimwatchConfig {
  const problems: string[] = [];
  // A key that differs from a known one only by case is a typo that would otherwise be silently ignored.
  for (const key of Object.keys(context)) {
    const known = CONFIG_KEYS.find((k) => k !== key && k.toLowerCase() === key.toLowerCase());
    if (known) problems.push(`context key "${key}" is not known; did you mean "${known}"? Fix: ${FIXES[known]}`);
  }
  const input = Object.fromEntries(CONFIG_KEYS.filter((k) => context[k] !== undefined).map((k) => [k, context[k]]));
  const result = ClaimwatchConfig.safeParse(input);
  if (!result.success) {
    const order = (issue: z.core.$ZodIssue) => CONFIG_KEYS.indexOf(issue.path[0] as keyof ClaimwatchConfig);
    for (const issue of [...result.error.issues].sort((a, b) => order(a) - order(b))) {
      const key = String(issue.path[0]) as keyof ClaimwatchConfig;
      const rest = issue.path.slice(1);
      const where = key + rest.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
      // The offending value: walk the path through the raw value, stopping at a string (a list item given as text).
      let got: unknown = rest.length > 0 ? listFromContext(context[key]) : context[key];
      for (const part of rest) {
        if (!got || typeof got !== 'object') break;
        got = (got as Record<PropertyKey, unknown>)[part as PropertyKey];
      }
      problems.push(
        `context key "${where}" ${issue.message} (got ${describeValue(got)}). Fix: ${FIXES[key] ?? 'see cdk.json'}`,
      );
    }
  }
  if (problems.length > 0 || !result.success) {
    throw new ConfigError(`claimwatch configuration is invalid:\n  - ${problems.join('\n  - ')}`);
  }
  return result.data;
}

/** Reads every config key from the construct tree's context (cdk.json + -c). */
export function readConfig(node: Node): ClaimwatchConfig {
  return parseConfig(node.getAllContext());
}
