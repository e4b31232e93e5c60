import type { ExtractedClaim, TokenUsage } from '../domain/schema.ts';

/** What an extractor is given: the report's text and what its metadata says about it. */
export interface ExtractionInput {
  reportKey: string;
  text: string;
  /** Publication date (YYYY-MM-DD): relative dates ("yesterday", أمس) are resolved against it. */
  publishedAt?: string;
  language?: string;
  source?: string;
  url?: string;
}

export interface ExtractionResult {
  language: string;
  title?: string;
  summary?: string;
  claims: ExtractedClaim[];
  usage?: TokenUsage;
  promptVersion?: string;
}

/** The extractor port: the offline rules extractor and the Bedrock extractor both implement it. */
export interface Extractor {
  readonly name: string;
  extract(input: ExtractionInput): Promise<ExtractionResult>;
}

/**
 * Thrown by an extractor when the failure is worth retrying later (throttling, a 5xx): the report must go
 * back to the queue rather than be marked failed.
 */
export class RetryableExtractionError extends Error {
  override readonly name = 'RetryableExtractionError';
}
