// The Bedrock Runtime client the extractor uses: adaptive retries, so throttling and 5xx are retried with
// client-side rate limiting before an error reaches the extractor (which then hands the record back to SQS).
// The SDK is imported when the client is made, not with this module (see lazy-bedrock-extractor.ts).
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

export interface BedrockClientOptions {
  /** Defaults to the SDK's own resolution (AWS_REGION in Lambda). */
  region?: string;
  /** Attempts per Converse call including the first; the SDK default is 3. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export async function createBedrockClient(options: BedrockClientOptions = {}): Promise<BedrockRuntimeClient> {
  const { BedrockRuntimeClient } = await import('@aws-sdk/client-bedrock-runtime');
  return new BedrockRuntimeClient({
    ...(options.region ? { region: options.region } : {}),
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  });
}
