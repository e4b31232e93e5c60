// Reads a Converse response into what the extractor loop decides on: a valid tool input, an invalid one (for
// a repair turn), or why there is none. Pure: no client, no I/O.
import type { ContentBlock, ConverseCommandOutput, Message } from '@aws-sdk/client-bedrock-runtime';
import type { TokenUsage } from '../../domain/schema.ts';
import { describeIssues, EXTRACTION_TOOL_NAME, ExtractionToolInput } from '../../extraction/prompt/index.ts';

export type ConverseReading =
  | { kind: 'tool'; input: ExtractionToolInput }
  | { kind: 'invalid'; toolUseId: string; issues: string[]; assistant: Message }
  /** Output cut at maxTokens: a bigger budget or a smaller part is needed. */
  | { kind: 'truncated' }
  /** The input did not fit the model's context window: the report must be split. */
  | { kind: 'too-long' }
  /** The model answered in text (or nothing) instead of calling the tool. */
  | { kind: 'no-tool'; text: string }
  /** The model produced a tool call or output the service could not parse. */
  | { kind: 'malformed'; detail: string }
  /** A content filter or guardrail stopped the answer: retrying will not help. */
  | { kind: 'blocked'; detail: string };

export function readConverseResponse(response: ConverseCommandOutput): ConverseReading {
  const stopReason = response.stopReason;
  const message = response.output?.message;
  const blocks: ContentBlock[] = message?.content ?? [];
  switch (stopReason) {
    case 'max_tokens':
      return { kind: 'truncated' };
    case 'model_context_window_exceeded':
      return { kind: 'too-long' };
    case 'malformed_tool_use':
    case 'malformed_model_output':
      return { kind: 'malformed', detail: `stopReason ${stopReason}` };
    case 'content_filtered':
    case 'guardrail_intervened':
      return { kind: 'blocked', detail: `stopReason ${stopReason}` };
  }
  const toolUse = blocks.find((b) => b.toolUse?.name === EXTRACTION_TOOL_NAME)?.toolUse;
  if (!toolUse) {
    const text = blocks.map((b) => b.text ?? '').join('\n');
    return { kind: 'no-tool', text };
  }
  const parsed = ExtractionToolInput.safeParse(loosen(toolUse.input));
  if (parsed.success) return { kind: 'tool', input: parsed.data };
  return {
    kind: 'invalid',
    toolUseId: toolUse.toolUseId ?? '',
    issues: describeIssues(parsed.error),
    assistant: message ?? { role: 'assistant', content: blocks },
  };
}

export function usageOf(response: ConverseCommandOutput): TokenUsage {
  return { inputTokens: response.usage?.inputTokens ?? 0, outputTokens: response.usage?.outputTokens ?? 0 };
}

/**
 * Harmless deviations fixed without spending a repair turn: `null` for an optional field (models often
 * write `"place": null` rather than leave it out; only `stated` is nullable in the schema), a nested object
 * or array sent as a JSON string (`"claims": "[{…}]"`), a claimant given as a bare name, and a single name
 * where a list of names is expected.
 */
export function loosen(value: unknown, key?: string): unknown {
  if (typeof value === 'string' && key !== undefined && STRUCTURED_KEYS.has(key)) {
    const trimmed = value.trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      try {
        return loosen(JSON.parse(trimmed), key);
      } catch {
        return value;
      }
    }
    if (key === 'claimant' && trimmed) return { name: trimmed };
    if (LIST_KEYS.has(key) && trimmed) return [trimmed];
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => loosen(item));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null && k !== 'stated') continue;
      out[k] = loosen(v, k);
    }
    return out;
  }
  return value;
}

const STRUCTURED_KEYS = new Set(['claims', 'claimant', 'place', 'date', 'counts', 'names', 'aliases']);
const LIST_KEYS = new Set(['names', 'aliases']);
