// Which Bedrock model the extractor calls by default, and what models cost. Prices are estimates for the
// eval/run cost line only: on-demand list prices in USD per million tokens, from public pricing summaries
// checked on 2026-11-21 (Amazon Bedrock pricing page, Anthropic's model pricing). Confirm on
// https://aws.amazon.com/bedrock/pricing/ — prices differ by region and some geo profiles carry a premium.
import type { TokenUsage } from '../../domain/schema.ts';

/**
 * Amazon Nova Lite: reads Arabic, supports forced tool use, and costs about a sixteenth of Claude Haiku 4.5.
 * Claude Haiku 4.5 (`us.anthropic.claude-haiku-4-5-20251001-v1:0`) is the choice when quality matters more
 * than cost; measure both with `claimwatch eval --extractor bedrock` (docs/bedrock.md).
 */
export const DEFAULT_BASE_MODEL = 'amazon.nova-lite-v1:0';

/** The US cross-region inference profile of the default model (the stack's default too: infra/config.ts). */
export const DEFAULT_MODEL_ID = `us.${DEFAULT_BASE_MODEL}`;

/**
 * The default model's inference profile for the geography of a region (data stays in that geography):
 * us-* → us., eu-* → eu., ap-* → apac.; other regions get the US profile and should set BEDROCK_MODEL_ID.
 */
export function defaultModelId(region?: string): string {
  if (region?.startsWith('eu-')) return `eu.${DEFAULT_BASE_MODEL}`;
  if (region?.startsWith('ap-')) return `apac.${DEFAULT_BASE_MODEL}`;
  return DEFAULT_MODEL_ID;
}

export interface ModelPrice {
  /** USD per million input tokens. */
  inputPerMillion: number;
  /** USD per million output tokens. */
  outputPerMillion: number;
}

/** Keyed by base model id (an inference profile's geography prefix is stripped before lookup). */
export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'anthropic.claude-haiku-4-5-20251001-v1:0': { inputPerMillion: 1.0, outputPerMillion: 5.0 },
  'anthropic.claude-3-5-haiku-20241022-v1:0': { inputPerMillion: 0.8, outputPerMillion: 4.0 },
  'anthropic.claude-3-haiku-20240307-v1:0': { inputPerMillion: 0.25, outputPerMillion: 1.25 },
  'anthropic.claude-sonnet-4-5-20250929-v1:0': { inputPerMillion: 3.0, outputPerMillion: 15.0 },
  'amazon.nova-micro-v1:0': { inputPerMillion: 0.035, outputPerMillion: 0.14 },
  'amazon.nova-lite-v1:0': { inputPerMillion: 0.06, outputPerMillion: 0.24 },
  'amazon.nova-pro-v1:0': { inputPerMillion: 0.8, outputPerMillion: 3.2 },
};

export const PRICES_CHECKED_ON = '2026-11-21';

/** Geographic prefixes of system-defined cross-region inference profiles (`us.amazon.nova-lite-v1:0`). */
export const INFERENCE_PROFILE_PREFIXES = ['us', 'us-gov', 'eu', 'apac', 'jp', 'au', 'ca', 'global'] as const;

// Alternation backtracks, so 'us-gov.' is matched whole even though 'us' is listed first.
const PROFILE_PREFIX = new RegExp(`^(?:${INFERENCE_PROFILE_PREFIXES.join('|')})\\.`);

/** "us.amazon.nova-lite-v1:0" → "amazon.nova-lite-v1:0"; ARNs → their last path segment. */
export function baseModelId(modelId: string): string {
  const last = modelId.includes('/') ? (modelId.split('/').pop() ?? modelId) : modelId;
  return last.replace(PROFILE_PREFIX, '');
}

export function priceOf(modelId: string): ModelPrice | undefined {
  return MODEL_PRICES[baseModelId(modelId)];
}

/** Estimated USD cost of some usage on a model; undefined when the model is not in the table. */
export function estimateCostUsd(modelId: string, usage: TokenUsage): number | undefined {
  const price = priceOf(modelId);
  if (!price) return undefined;
  return (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1_000_000;
}

/** Amazon Nova models do tool calls best with greedy decoding (topK 1) as well as temperature 0. */
export function isNovaModel(modelId: string): boolean {
  return baseModelId(modelId).startsWith('amazon.nova');
}
