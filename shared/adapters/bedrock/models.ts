// Which Bedrock model the extractor calls by default, and how model ids are spelled (inference profiles).
// What models cost is the CLI's business (cli/bedrock-prices.ts): nothing deployed needs it.

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

/** Geographic prefixes of system-defined cross-region inference profiles (`us.amazon.nova-lite-v1:0`). */
export const INFERENCE_PROFILE_PREFIXES = ['us', 'us-gov', 'eu', 'apac', 'jp', 'au', 'ca', 'global'] as const;

// Alternation backtracks, so 'us-gov.' is matched whole even though 'us' is listed first.
const PROFILE_PREFIX = new RegExp(`^(?:${INFERENCE_PROFILE_PREFIXES.join('|')})\\.`);

/** "us.amazon.nova-lite-v1:0" → "amazon.nova-lite-v1:0"; ARNs → their last path segment. */
export function baseModelId(modelId: string): string {
  const last = modelId.includes('/') ? (modelId.split('/').pop() ?? modelId) : modelId;
  return last.replace(PROFILE_PREFIX, '');
}

/** Amazon Nova models do tool calls best with greedy decoding (topK 1) as well as temperature 0. */
export function isNovaModel(modelId: string): boolean {
  return baseModelId(modelId).startsWith('amazon.nova');
}
