// Converse answers as Bedrock returns them, for mocked clients: a tool call, text, a stop reason.
import type { ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import type { ExtractedClaim } from '../../../shared/domain/schema.ts';
import { EXTRACTION_TOOL_NAME } from '../../../shared/extraction/prompt/index.ts';

export interface ToolAnswer {
  language?: string;
  title?: string;
  summary_en?: string;
  summary_original?: string;
  claims: unknown[];
}

let nextId = 0;

export function toolAnswer(
  input: ToolAnswer | Record<string, unknown>,
  usage = { inputTokens: 1200, outputTokens: 300 },
): ConverseCommandOutput {
  nextId += 1;
  const full = { language: 'ar', summary_en: 'Summary.', ...input };
  return {
    $metadata: {},
    output: {
      message: {
        role: 'assistant',
        content: [{ toolUse: { toolUseId: `tooluse_${nextId}`, name: EXTRACTION_TOOL_NAME, input: full as never } }],
      },
    },
    stopReason: 'tool_use',
    usage: { ...usage, totalTokens: usage.inputTokens + usage.outputTokens },
    metrics: { latencyMs: 900 },
  };
}

export function textAnswer(
  text: string,
  stopReason: ConverseCommandOutput['stopReason'] = 'end_turn',
): ConverseCommandOutput {
  return {
    $metadata: {},
    output: { message: { role: 'assistant', content: text ? [{ text }] : [] } },
    stopReason,
    usage: { inputTokens: 1000, outputTokens: 50, totalTokens: 1050 },
    metrics: { latencyMs: 500 },
  };
}

export function casualty(
  evidence: string,
  counts: ExtractedClaim['counts'],
  claimant = 'المرصد السوري لحقوق الإنسان',
): ExtractedClaim {
  return {
    type: 'casualty',
    claimant: { name: claimant },
    place: { names: ['السوسة', 'al-Susah'] },
    date: { from: '2024-03-04', to: '2024-03-04' },
    perpetrator: 'coalition',
    counts,
    evidence,
  };
}
