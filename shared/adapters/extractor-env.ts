// The extractor kinds and the environment variables that choose and tune the extractor. Their own module, free
// of the extractors, so the CDK stack (infra/config.ts, functions/env.ts) uses the very names and values
// select-extractor.ts reads without loading any extractor.
export const EXTRACTOR_KINDS = ['rules', 'bedrock'] as const;
export type ExtractorKind = (typeof EXTRACTOR_KINDS)[number];

export const EXTRACTOR_ENV = {
  kind: 'CLAIMWATCH_EXTRACTOR',
  modelId: 'BEDROCK_MODEL_ID',
  maxInputTokens: 'BEDROCK_MAX_INPUT_TOKENS',
  skipWithoutVocabulary: 'CLAIMWATCH_SKIP_WITHOUT_VOCABULARY',
} as const;
