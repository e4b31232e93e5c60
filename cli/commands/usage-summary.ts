// The cost line of `run` and `eval`: tokens the model used per report and in all, and what that costs.
import { DEFAULT_MODEL_ID } from '../../shared/adapters/bedrock/models.ts';
import type { TokenUsage } from '../../shared/domain/schema.ts';
import { estimateCostUsd } from '../bedrock-prices.ts';

export interface UsageSummary {
  totals: TokenUsage & { reports: number; costUsd?: number };
  line: string;
}

/** Undefined when no report used a model (the rules extractor uses none). */
export function summariseUsage(
  reports: ReadonlyArray<{ usage?: TokenUsage }>,
  modelId = DEFAULT_MODEL_ID,
): UsageSummary | undefined {
  const used = reports.filter((r) => r.usage);
  if (used.length === 0) return undefined;
  const inputTokens = used.reduce((n, r) => n + r.usage!.inputTokens, 0);
  const outputTokens = used.reduce((n, r) => n + r.usage!.outputTokens, 0);
  const costUsd = estimateCostUsd(modelId, { inputTokens, outputTokens });
  const per = (n: number) => Math.round(n / used.length);
  const cost =
    costUsd === undefined
      ? 'cost unknown for this model'
      : `≈ $${costUsd.toFixed(4)} in all, $${(costUsd / used.length).toFixed(5)} per report`;
  return {
    totals: { reports: used.length, inputTokens, outputTokens, costUsd },
    line:
      `  model tokens     ${inputTokens} in / ${outputTokens} out over ${used.length} reports ` +
      `(${per(inputTokens)} / ${per(outputTokens)} per report); ${cost} (${modelId}, list prices)`,
  };
}
