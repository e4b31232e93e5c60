import { describe, expect, it } from 'vitest';
import { estimateCostUsd, MODEL_PRICES } from '../../cli/bedrock-prices.ts';

describe('Bedrock prices', () => {
  it('prices profiles and ARNs by their base model, and says when a model is unknown', () => {
    expect(
      estimateCostUsd('us.amazon.nova-lite-v1:0', { inputTokens: 1_000_000, outputTokens: 1_000_000 }),
    ).toBeCloseTo(0.3, 10);
    expect(
      estimateCostUsd('us.anthropic.claude-haiku-4-5-20251001-v1:0', { inputTokens: 2000, outputTokens: 500 }),
    ).toBeCloseTo(0.0045, 10);
    const arn = 'arn:aws:bedrock:us-east-1:123:inference-profile/eu.amazon.nova-lite-v1:0';
    expect(estimateCostUsd(arn, { inputTokens: 1_000_000, outputTokens: 0 })).toBeCloseTo(0.06, 10);
    expect(estimateCostUsd('vendor.unknown-model', { inputTokens: 1, outputTokens: 1 })).toBeUndefined();
    for (const price of Object.values(MODEL_PRICES))
      expect(price.outputPerMillion).toBeGreaterThan(price.inputPerMillion);
  });
});
