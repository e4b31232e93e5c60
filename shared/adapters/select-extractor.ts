// Chooses the extractor: `rules` (offline, the default) or `bedrock` (an LLM on Amazon Bedrock). This is a
// composition root — the one place that wires the AWS-free extraction core to an AWS adapter — so that the CLI
// (--extractor) and the Lambda (CLAIMWATCH_EXTRACTOR) choose the same way. The Bedrock extractor and its SDK are
// loaded on its first report (LazyBedrockExtractor), so the rules extractor's cold start never pays for them.
import { RulesExtractor } from '../extraction/rules/rules-extractor.ts';
import { hasCasualtyVocabulary } from '../extraction/rules/vocabulary.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import type { Extractor } from '../ports/extractor.ts';
import type { ConverseSender } from './bedrock/bedrock-extractor.ts';
import { LazyBedrockExtractor } from './bedrock/lazy-bedrock-extractor.ts';
import { defaultModelId } from './bedrock/models.ts';
import { EXTRACTOR_ENV, EXTRACTOR_KINDS, type ExtractorKind } from './extractor-env.ts';

export { EXTRACTOR_ENV, EXTRACTOR_KINDS, type ExtractorKind };

export interface CreateExtractorOptions {
  kind: ExtractorKind;
  gazetteer: Gazetteer;
  /** Bedrock model id or inference profile id; defaults to the default model's profile for the region. */
  modelId?: string;
  /** Defaults to the SDK's resolution (AWS_REGION). */
  region?: string;
  /** A Bedrock Runtime client (tests pass a mocked one); one with adaptive retries is created otherwise. */
  client?: ConverseSender;
  /** Estimated tokens of report text per request before a report is split. */
  maxInputTokens?: number;
  /** Reports without any casualty vocabulary are not sent to the model. */
  skipWithoutVocabulary?: boolean;
}

export function createExtractor(options: CreateExtractorOptions): Extractor {
  if (options.kind === 'rules') return new RulesExtractor(options.gazetteer);
  if (options.kind !== 'bedrock') throw new Error(`unknown extractor "${String(options.kind)}": use rules or bedrock`);
  const region = options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  return new LazyBedrockExtractor({
    client: options.client,
    region,
    modelId: options.modelId || defaultModelId(region),
    maxInputTokens: options.maxInputTokens,
    skipWithoutVocabulary: options.skipWithoutVocabulary,
    hasCasualtyVocabulary,
  });
}

/** The extractor the environment asks for (Lambda); a malformed value throws, naming the variable. */
export function extractorFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  gazetteer: Gazetteer,
  overrides: Pick<CreateExtractorOptions, 'client'> = {},
): Extractor {
  const kind = (env[EXTRACTOR_ENV.kind] || 'rules').trim().toLowerCase();
  if (!(EXTRACTOR_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`${EXTRACTOR_ENV.kind} must be rules or bedrock, not "${env[EXTRACTOR_ENV.kind]}"`);
  }
  return createExtractor({
    kind: kind as ExtractorKind,
    gazetteer,
    modelId: env[EXTRACTOR_ENV.modelId]?.trim() || undefined,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    maxInputTokens: positiveInt(env, EXTRACTOR_ENV.maxInputTokens),
    skipWithoutVocabulary: flag(env, EXTRACTOR_ENV.skipWithoutVocabulary),
    ...overrides,
  });
}

function positiveInt(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

function flag(env: Readonly<Record<string, string | undefined>>, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw || raw === 'false' || raw === '0' || raw === 'no') return false;
  if (raw === 'true' || raw === '1' || raw === 'yes') return true;
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

/** Next to an LLM, the rules extractor reads the same text so that grounding can note where the two disagree. */
export function crossCheckFor(extractor: Extractor, gazetteer: Gazetteer): Extractor | undefined {
  return extractor instanceof RulesExtractor ? undefined : new RulesExtractor(gazetteer);
}
