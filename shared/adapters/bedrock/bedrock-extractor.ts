// The Bedrock extractor: the same port as the rules extractor, backed by one forced tool call per report
// (or per part of a long report). This class only sends requests and decides what to do with each answer;
// building requests and reading answers are pure modules beside it.
import type { ConverseCommand, ConverseCommandOutput, Message } from '@aws-sdk/client-bedrock-runtime';
import type { ExtractedClaim, TokenUsage } from '../../domain/schema.ts';
import { mergeClaims } from '../../extraction/merge-parts.ts';
import { PROMPT_VERSION, type ReportFrame } from '../../extraction/prompt/index.ts';
import type { ExtractionInput, ExtractionResult, Extractor } from '../../ports/extractor.ts';
import { estimateTokens, MIN_PART_TOKENS, splitReport } from '../../text/split-text.ts';
import { buildConverseRequest, reminderTurns, repairTurns, reportTurn } from './converse-request.ts';
import { readConverseResponse, usageOf } from './converse-response.ts';
import { BedrockExtractionError, classifyBedrockError } from './errors.ts';

/** What the extractor needs from a client: BedrockRuntimeClient, or a test double. */
export interface ConverseSender {
  send(command: ConverseCommand): Promise<ConverseCommandOutput>;
}

export interface BedrockExtractorOptions {
  client: ConverseSender;
  modelId: string;
  /** Estimated tokens of report text per request; longer reports are sent in overlapping parts. */
  maxInputTokens?: number;
  /** The largest output budget to ask for when an answer is cut at maxTokens (then parts are split). */
  maxOutputTokens?: number;
  /** When set and the text has no casualty vocabulary at all, no request is made (no claims, no cost). */
  skipWithoutVocabulary?: boolean;
  /** The vocabulary test used by skipWithoutVocabulary (the rules extractor's). */
  hasCasualtyVocabulary?: (text: string) => boolean;
}

export const DEFAULT_MAX_INPUT_TOKENS = 12_000;
export const DEFAULT_MAX_OUTPUT_TOKENS = 8_192;
/** Splits of a part whose answer does not fit even the largest output budget. */
const MAX_SPLIT_DEPTH = 2;

interface PartResult {
  language: string;
  title?: string;
  summaryEn: string;
  summaryOriginal?: string;
  claims: ExtractedClaim[];
}

export class BedrockExtractor implements Extractor {
  readonly name: string;
  readonly modelId: string;
  readonly promptVersion = PROMPT_VERSION;
  private readonly client: ConverseSender;
  private readonly maxInputTokens: number;
  private readonly maxOutputTokens: number;
  private readonly skipTest?: (text: string) => boolean;

  constructor(options: BedrockExtractorOptions) {
    this.client = options.client;
    this.modelId = options.modelId;
    this.name = `bedrock:${options.modelId}`;
    this.maxInputTokens = Math.max(options.maxInputTokens ?? DEFAULT_MAX_INPUT_TOKENS, MIN_PART_TOKENS * 4);
    this.maxOutputTokens = Math.max(options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS, 1024);
    if (options.skipWithoutVocabulary) {
      if (!options.hasCasualtyVocabulary) throw new Error('skipWithoutVocabulary needs a hasCasualtyVocabulary test');
      this.skipTest = options.hasCasualtyVocabulary;
    }
  }

  async extract(input: ExtractionInput): Promise<ExtractionResult> {
    const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
    if (this.skipTest && !this.skipTest(input.text)) {
      return {
        language: input.language ?? guessLanguage(input.text),
        claims: [],
        usage,
        promptVersion: PROMPT_VERSION,
      };
    }
    const texts = splitReport(input.text, this.maxInputTokens);
    const results: PartResult[] = [];
    for (const [index, text] of texts.entries()) {
      const part = texts.length > 1 ? { index, count: texts.length } : undefined;
      results.push(...(await this.extractPart(input, text, part, usage, 0)));
    }
    return combine(results, usage, input);
  }

  /** One part: the conversation with its repair turn, retry and budget increase; splits when it must. */
  private async extractPart(
    input: ExtractionInput,
    text: string,
    part: ReportFrame['part'],
    usage: TokenUsage,
    depth: number,
  ): Promise<PartResult[]> {
    const opening = reportTurn({ ...input, text, part });
    let messages: Message[] = [opening];
    let maxTokens = initialOutputBudget(text, this.maxOutputTokens);
    let repaired = false;
    let retried = false;

    const retryOnce = (detail: string, code: 'invalid-output' | 'no-tool-call', next: Message[]) => {
      if (retried) throw new BedrockExtractionError(code, `model ${this.modelId} ${detail} twice; giving up`);
      retried = true;
      messages = next;
    };

    // Imported here, not at the top: see lazy-bedrock-extractor.ts (a cached import after the first).
    const { ConverseCommand } = await import('@aws-sdk/client-bedrock-runtime');
    for (;;) {
      let response: ConverseCommandOutput;
      try {
        response = await this.client.send(
          new ConverseCommand(buildConverseRequest({ modelId: this.modelId, messages, maxTokens })),
        );
      } catch (err) {
        const classified = classifyBedrockError(err, this.modelId);
        if (classified.kind === 'too-long')
          return this.split(input, text, usage, depth, `Bedrock said the input is too long (${classified.detail})`);
        if (classified.kind !== 'retry-now') throw classified.error;
        retryOnce(`produced a malformed tool call (${classified.detail})`, 'invalid-output', [opening]);
        continue;
      }
      add(usage, usageOf(response));
      const reading = readConverseResponse(response);
      switch (reading.kind) {
        case 'tool':
          return [toPartResult(reading.input)];
        case 'invalid':
          if (repaired) {
            throw new BedrockExtractionError(
              'invalid-output',
              `model ${this.modelId} returned an invalid tool input after a repair turn: ` +
                reading.issues.slice(0, 5).join('; '),
            );
          }
          repaired = true;
          messages = [...messages, ...repairTurns(reading.assistant, reading.toolUseId, reading.issues)];
          continue;
        case 'truncated':
          if (maxTokens < this.maxOutputTokens) {
            maxTokens = Math.min(maxTokens * 2, this.maxOutputTokens);
            continue;
          }
          return this.split(input, text, usage, depth, `its answer exceeded ${maxTokens} output tokens`);
        case 'too-long':
          return this.split(input, text, usage, depth, "the report exceeded the model's context window");
        case 'no-tool':
          retryOnce('answered without calling the tool', 'no-tool-call', [opening, ...reminderTurns(reading.text)]);
          continue;
        case 'malformed':
          retryOnce(`produced a malformed tool call (${reading.detail})`, 'invalid-output', [opening]);
          continue;
        case 'blocked':
          throw new BedrockExtractionError('blocked', `model ${this.modelId} stopped: ${reading.detail}`);
      }
    }
  }

  private async split(
    input: ExtractionInput,
    text: string,
    usage: TokenUsage,
    depth: number,
    why: string,
  ): Promise<PartResult[]> {
    const tokens = estimateTokens(text);
    const half = Math.ceil(tokens / 2) + Math.ceil(tokens / 20);
    if (depth >= MAX_SPLIT_DEPTH || half < MIN_PART_TOKENS || half >= tokens) {
      throw new BedrockExtractionError(
        'too-long',
        `model ${this.modelId}: ${why}, and the text cannot be split further`,
      );
    }
    const texts = splitReport(text, half, Math.ceil(tokens / 20));
    const out: PartResult[] = [];
    for (const [index, sub] of texts.entries()) {
      out.push(...(await this.extractPart(input, sub, { index, count: texts.length }, usage, depth + 1)));
    }
    return out;
  }
}

/**
 * The first output budget, sized to the schema: about 600 tokens for language, title and two summaries,
 * and about 250 per claim (a claim with an Arabic quote, place names and counts), expecting up to one claim
 * per 300 tokens of text and at least 6. Raised (doubled) only when an answer is cut.
 */
export function initialOutputBudget(text: string, ceiling: number): number {
  const expectedClaims = Math.max(6, Math.ceil(estimateTokens(text) / 300));
  return Math.min(ceiling, Math.max(2048, 600 + 250 * expectedClaims));
}

function toPartResult(input: {
  language: string;
  title?: string;
  summary_en: string;
  summary_original?: string;
  claims: ExtractedClaim[];
}): PartResult {
  return {
    language: input.language,
    title: input.title,
    summaryEn: input.summary_en,
    summaryOriginal: input.summary_original,
    claims: input.claims,
  };
}

/**
 * One result for the report. The port has one summary field: it carries the English summary, then the
 * summary in the report's language (when there is one), separated by a blank line.
 */
function combine(results: PartResult[], usage: TokenUsage, input: ExtractionInput): ExtractionResult {
  const first = results[0];
  const english = unique(results.map((r) => r.summaryEn.trim())).join(' ');
  const original = unique(results.map((r) => r.summaryOriginal?.trim() ?? '')).join(' ');
  const summary = [english, original].filter((s) => s.length > 0).join('\n\n');
  return {
    language: first?.language ?? input.language ?? guessLanguage(input.text),
    title: first?.title,
    summary: summary || undefined,
    claims: mergeClaims(results.map((r) => r.claims)),
    usage,
    promptVersion: PROMPT_VERSION,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

function add(total: TokenUsage, more: TokenUsage): void {
  total.inputTokens += more.inputTokens;
  total.outputTokens += more.outputTokens;
}

function guessLanguage(text: string): string {
  return /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en';
}
