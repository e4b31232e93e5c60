// What Bedrock models cost, for the cost lines of `run`, `eval` and the bench. Prices are estimates: on-demand
// list prices in USD per million tokens, from public pricing summaries checked on PRICES_CHECKED_ON (Amazon
// Bedrock pricing page, Anthropic's model pricing). Confirm on https://aws.amazon.com/bedrock/pricing/ —
// prices differ by region and some geo profiles carry a premium.
import { baseModelId } from '../shared/adapters/bedrock/models.ts';
import type { TokenUsage } from '../shared/domain/schema.ts';

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

export function priceOf(modelId: string): ModelPrice | undefined {
  return MODEL_PRICES[baseModelId(modelId)];
}

/** Estimated USD cost of some usage on a model; undefined when the model is not in the table. */
export function estimateCostUsd(modelId: string, usage: TokenUsage): number | undefined {
  const price = priceOf(modelId);
  if (!price) return undefined;
  return (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1_000_000;
}
