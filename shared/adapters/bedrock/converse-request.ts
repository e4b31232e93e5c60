// Builds Converse requests for claim extraction. Pure: no client, no I/O, so every field sent to Bedrock can
// be asserted in a unit test.
import type { ContentBlock, ConverseCommandInput, Message, ToolConfiguration } from '@aws-sdk/client-bedrock-runtime';
import {
  buildRepairMessage,
  buildReportMessage,
  EXTRACTION_TOOL_DESCRIPTION,
  EXTRACTION_TOOL_NAME,
  extractionToolJsonSchema,
  type ReportFrame,
  SYSTEM_PROMPT,
  TOOL_REMINDER,
} from '../../extraction/prompt/index.ts';
import { isNovaModel } from './models.ts';

type ToolSchemaDocument = NonNullable<NonNullable<ToolConfiguration['tools']>[number]['toolSpec']>['inputSchema'];

let cachedToolConfig: ToolConfiguration | undefined;

/** One tool, generated from the zod schema, and toolChoice forcing it: the model can only answer with it. */
export function extractionToolConfig(): ToolConfiguration {
  cachedToolConfig ??= {
    tools: [
      {
        toolSpec: {
          name: EXTRACTION_TOOL_NAME,
          description: EXTRACTION_TOOL_DESCRIPTION,
          inputSchema: { json: extractionToolJsonSchema() } as ToolSchemaDocument,
        },
      },
    ],
    toolChoice: { tool: { name: EXTRACTION_TOOL_NAME } },
  };
  return cachedToolConfig;
}

export interface ExtractionRequest {
  modelId: string;
  messages: Message[];
  maxTokens: number;
}

/** The request for one conversation state: system prompt, forced tool, temperature 0. */
export function buildConverseRequest({ modelId, messages, maxTokens }: ExtractionRequest): ConverseCommandInput {
  return {
    modelId,
    system: [{ text: SYSTEM_PROMPT }],
    messages,
    inferenceConfig: { maxTokens, temperature: 0 },
    toolConfig: extractionToolConfig(),
    // Nova's tool-use guidance: greedy decoding. Other models reject unknown fields, so only for Nova.
    ...(isNovaModel(modelId) ? { additionalModelRequestFields: { inferenceConfig: { topK: 1 } } } : {}),
  };
}

/** The opening user turn: metadata and the delimited report text. */
export function reportTurn(frame: ReportFrame): Message {
  return { role: 'user', content: [{ text: buildReportMessage(frame) }] };
}

/** The repair turn after an invalid tool input: the model's call, then a tool result quoting the errors. */
export function repairTurns(assistant: Message, toolUseId: string, issues: readonly string[]): Message[] {
  const reply: ContentBlock = {
    toolResult: { toolUseId, status: 'error', content: [{ text: buildRepairMessage(issues) }] },
  };
  return [assistant, { role: 'user', content: [reply] }];
}

/** After a text-only answer: keep it in the conversation and remind the model to call the tool. */
export function reminderTurns(text: string): Message[] {
  const said = text.trim() || '(no answer)';
  return [
    { role: 'assistant', content: [{ text: said }] },
    { role: 'user', content: [{ text: TOOL_REMINDER }] },
  ];
}
