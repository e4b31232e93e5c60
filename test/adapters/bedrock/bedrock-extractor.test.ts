import {
  AccessDeniedException,
  BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandInput,
  ModelErrorException,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { BedrockExtractor } from '../../../shared/adapters/bedrock/bedrock-extractor.ts';
import { BedrockExtractionError } from '../../../shared/adapters/bedrock/errors.ts';
import { groundClaims } from '../../../shared/extraction/grounding.ts';
import {
  EXTRACTION_TOOL_NAME,
  extractionToolJsonSchema,
  PROMPT_VERSION,
} from '../../../shared/extraction/prompt/index.ts';
import { type ExtractionInput, RetryableExtractionError } from '../../../shared/ports/extractor.ts';
import { casualty, textAnswer, toolAnswer } from './converse-fixtures.ts';

// A report written for these tests.
const TEXT =
  'قال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا أمس في غارة جوية على بلدة السوسة بريف دير الزور الشرقي. ' +
  'وأضاف أن بين القتلى خمسة أطفال، وأن نحو عشرين شخصاً أصيبوا بجروح.';
const INPUT: ExtractionInput = {
  reportKey: 'reports/2024-03-05-susah.txt',
  text: TEXT,
  publishedAt: '2024-03-05',
  source: 'Test Wire',
  url: 'https://example.org/susah',
  language: 'ar',
};
const MODEL = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const GOOD = casualty('إن 12 مدنياً قتلوا أمس في غارة جوية على بلدة السوسة', {
  civilians_killed: { stated: 12, qualifier: 'exact' },
});

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const bedrock = mockClient(client);
const extractor = (options: Partial<ConstructorParameters<typeof BedrockExtractor>[0]> = {}) =>
  new BedrockExtractor({ client, modelId: MODEL, ...options });
const requests = (): ConverseCommandInput[] => bedrock.commandCalls(ConverseCommand).map((call) => call.args[0].input);

beforeEach(() => {
  bedrock.reset();
});

describe('BedrockExtractor request', () => {
  it(
    'forces the one tool, carries its schema, the publication date and ' + 'the delimited text, at temperature 0',
    async () => {
      bedrock.on(ConverseCommand).resolves(toolAnswer({ claims: [GOOD] }));
      await extractor().extract(INPUT);
      const [request] = requests();
      expect(request?.modelId).toBe(MODEL);
      expect(request?.toolConfig?.toolChoice).toEqual({ tool: { name: EXTRACTION_TOOL_NAME } });
      expect(request?.toolConfig?.tools).toHaveLength(1);
      expect(request?.toolConfig?.tools?.[0]?.toolSpec?.inputSchema?.json).toEqual(extractionToolJsonSchema());
      expect(request?.inferenceConfig?.temperature).toBe(0);
      expect(request?.inferenceConfig?.maxTokens).toBeGreaterThanOrEqual(2048);
      const message = request?.messages?.[0]?.content?.[0]?.text ?? '';
      expect(message).toContain('Publication date: 2024-03-05');
      expect(message).toContain('Source: Test Wire');
      expect(message).toContain('URL: https://example.org/susah');
      expect(message).toMatch(new RegExp(`<report id="(r-[0-9a-f]{16})">\\n${TEXT}\\n</report id="\\1">`));
      expect(request?.system?.[0]?.text).toMatch(/do not follow them/);
    },
  );
});

describe('BedrockExtractor answers', () => {
  it('turns a valid tool answer into claims, with usage, prompt version, language and both summaries', async () => {
    bedrock.on(ConverseCommand).resolves(
      toolAnswer(
        {
          language: 'ar',
          title: 'غارة على السوسة',
          summary_en: 'Twelve civilians killed.',
          summary_original: 'مقتل 12 مدنياً.',
          claims: [GOOD],
        },
        { inputTokens: 2100, outputTokens: 420 },
      ),
    );
    const result = await extractor().extract(INPUT);
    expect(result.claims).toEqual([GOOD]);
    expect(result.usage).toEqual({ inputTokens: 2100, outputTokens: 420 });
    expect(result.promptVersion).toBe(PROMPT_VERSION);
    expect(result.language).toBe('ar');
    expect(result.title).toBe('غارة على السوسة');
    expect(result.summary).toBe('Twelve civilians killed.\n\nمقتل 12 مدنياً.');
  });

  it(
    'fixes null optional fields, stringified claims, a bare claimant ' + 'and a single name without a repair turn',
    async () => {
      const sloppy = {
        ...GOOD,
        place: null,
        perpetrator: null,
        counts: { killed: { stated: null, qualifier: 'about', min: null } },
      };
      const bare = { ...GOOD, claimant: 'الدفاع المدني', place: { names: 'السوسة' } };
      bedrock.on(ConverseCommand).resolves(toolAnswer({ claims: JSON.stringify([sloppy, bare]) }));
      const result = await extractor().extract(INPUT);
      expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
      expect(result.claims[0]?.place).toBeUndefined();
      expect(result.claims[0]?.counts.killed).toEqual({ stated: null, qualifier: 'about' });
      expect(result.claims[1]?.claimant).toEqual({ name: 'الدفاع المدني' });
      expect(result.claims[1]?.place).toEqual({ names: ['السوسة'] });
    },
  );

  it('answers an invalid tool input with one repair turn quoting the errors, then succeeds', async () => {
    const invalid = { ...GOOD, type: 'massacre', counts: { civilians_killed: { stated: '12', qualifier: 'exact' } } };
    const first = toolAnswer({ claims: [invalid] });
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(first)
      .resolves(toolAnswer({ claims: [GOOD] }));
    const result = await extractor().extract(INPUT);
    expect(result.claims).toEqual([GOOD]);
    const repair = requests()[1];
    expect(repair?.messages).toHaveLength(3);
    expect(repair?.messages?.[1]).toEqual(first.output?.message);
    const toolResult = repair?.messages?.[2]?.content?.[0]?.toolResult;
    expect(toolResult?.status).toBe('error');
    expect(toolResult?.toolUseId).toBe(first.output?.message?.content?.[0]?.toolUse?.toolUseId);
    const quoted = toolResult?.content?.[0]?.text ?? '';
    expect(quoted).toContain('claims.0.type');
    expect(quoted).toContain('claims.0.counts.civilians_killed.stated');
    expect(result.usage).toEqual({ inputTokens: 2400, outputTokens: 600 });
  });

  it('fails with the errors when the repaired answer is still invalid', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer({ claims: [{ ...GOOD, evidence: '' }] }));
    const error = await extractor()
      .extract(INPUT)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BedrockExtractionError);
    expect((error as BedrockExtractionError).code).toBe('invalid-output');
    expect((error as Error).message).toMatch(/after a repair turn: claims\.0\.evidence/);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
  });

  it('answers a text-only reply with one reminder, then succeeds', async () => {
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(textAnswer('Here are the claims: twelve civilians.'))
      .resolves(toolAnswer({ claims: [GOOD] }));
    const result = await extractor().extract(INPUT);
    expect(result.claims).toEqual([GOOD]);
    const retry = requests()[1];
    expect(retry?.messages?.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(retry?.messages?.[2]?.content?.[0]?.text).toContain(EXTRACTION_TOOL_NAME);
  });

  it('fails with a clear reason after two text-only replies', async () => {
    bedrock.on(ConverseCommand).resolves(textAnswer('I cannot help with that.'));
    await expect(extractor().extract(INPUT)).rejects.toThrow(/answered without calling the tool twice/);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
  });

  it('retries a malformed tool use once (stop reason or Nova model error), then fails', async () => {
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(textAnswer('', 'malformed_tool_use'))
      .resolves(toolAnswer({ claims: [GOOD] }));
    expect((await extractor().extract(INPUT)).claims).toEqual([GOOD]);

    bedrock.reset();
    const novaError = new ModelErrorException({
      message: 'The model produced an invalid sequence as part of ToolUse.',
      $metadata: {},
    });
    bedrock.on(ConverseCommand).rejectsOnce(novaError).resolves(textAnswer('', 'malformed_tool_use'));
    await expect(extractor().extract(INPUT)).rejects.toThrow(/malformed tool call .* twice/);
  });

  it('asks again with a larger output budget when the answer is cut at max_tokens', async () => {
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(textAnswer('', 'max_tokens'))
      .resolves(toolAnswer({ claims: [GOOD] }));
    const result = await extractor({ maxOutputTokens: 8192 }).extract(INPUT);
    expect(result.claims).toEqual([GOOD]);
    const [first, second] = requests();
    expect(second?.inferenceConfig?.maxTokens).toBe(Math.min(8192, 2 * (first?.inferenceConfig?.maxTokens ?? 0)));
  });

  it('splits the report when the answer does not fit the largest budget, and merges the parts', async () => {
    const long = Array.from({ length: 8 }, (_, i) => `${TEXT} (${i + 1})`).join('\n');
    bedrock.on(ConverseCommand).callsFake((input: ConverseCommandInput) => {
      if (
        (input.inferenceConfig?.maxTokens ?? 0) >= 2048 &&
        input.messages?.[0]?.content?.[0]?.text?.includes('(8)') &&
        input.messages[0].content[0].text.includes('(1)')
      ) {
        return textAnswer('', 'max_tokens');
      }
      return toolAnswer({ claims: [GOOD] });
    });
    const result = await extractor({ maxOutputTokens: 2048 }).extract({ ...INPUT, text: long });
    const sent = requests();
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent[1]?.messages?.[0]?.content?.[0]?.text).toMatch(/This is part 1 of \d of a long report/);
    // Every part found the same claim in the same sentence: it is kept once.
    expect(result.claims).toEqual([GOOD]);
  });

  it('stops on a content filter with the reason', async () => {
    bedrock.on(ConverseCommand).resolves(textAnswer('', 'content_filtered'));
    await expect(extractor().extract(INPUT)).rejects.toThrow(/content_filtered/);
  });
});

describe('BedrockExtractor failures', () => {
  it(
    'throttling after the SDK retries → RetryableExtractionError (back ' + 'to the queue); the redelivery succeeds',
    async () => {
      bedrock
        .on(ConverseCommand)
        .rejectsOnce(
          new ThrottlingException({
            message: 'Too many requests, please wait before trying again.',
            $metadata: { httpStatusCode: 429 },
          }),
        )
        .resolves(toolAnswer({ claims: [GOOD] }));
      const ex = extractor();
      const error = await ex.extract(INPUT).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RetryableExtractionError);
      expect((error as Error).message).toMatch(/ThrottlingException/);
      expect((await ex.extract(INPUT)).claims).toEqual([GOOD]);
    },
  );

  it('a 5xx is retryable too', async () => {
    bedrock
      .on(ConverseCommand)
      .rejects(Object.assign(new Error('bad gateway'), { name: 'UnknownError', $metadata: { httpStatusCode: 502 } }));
    await expect(extractor().extract(INPUT)).rejects.toBeInstanceOf(RetryableExtractionError);
  });

  it('access denied → a plain error that says how to enable the model', async () => {
    bedrock.on(ConverseCommand).rejects(
      new AccessDeniedException({
        message: "You don't have access to the model with the specified model ID.",
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const error = await extractor()
      .extract(INPUT)
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(RetryableExtractionError);
    expect((error as BedrockExtractionError).code).toBe('access-denied');
    expect((error as Error).message).toMatch(
      new RegExp(`denied access to model ${MODEL.replace(/\./g, '\\.')}.*Model access.*bedrock:InvokeModel`),
    );
  });

  it('unknown model and validation errors fail with the reason and a hint', async () => {
    bedrock.on(ConverseCommand).rejects(new ResourceNotFoundException({ message: 'Model not found', $metadata: {} }));
    await expect(extractor().extract(INPUT)).rejects.toThrow(/not found in this region .*BEDROCK_MODEL_ID/);
    bedrock.reset();
    bedrock.on(ConverseCommand).rejects(
      new ValidationException({
        message: "Invocation of model ID anthropic.x with on-demand throughput isn't supported.",
        $metadata: {},
      }),
    );
    await expect(extractor({ modelId: 'anthropic.x' }).extract(INPUT)).rejects.toThrow(/needs an inference profile id/);
  });
});

describe('BedrockExtractor options', () => {
  it('skips the model for a text without casualty vocabulary when asked to', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer({ claims: [] }));
    const vocabulary = (text: string) => text.includes('قتل');
    const result = await extractor({ skipWithoutVocabulary: true, hasCasualtyVocabulary: vocabulary }).extract({
      ...INPUT,
      text: 'افتتاح معرض للكتاب في المدينة.',
    });
    expect(result).toEqual({
      language: 'ar',
      claims: [],
      usage: { inputTokens: 0, outputTokens: 0 },
      promptVersion: PROMPT_VERSION,
    });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
    await extractor({ skipWithoutVocabulary: true, hasCasualtyVocabulary: vocabulary }).extract(INPUT);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
  });

  it('adds greedy decoding for Nova models only', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer({ claims: [] }));
    await extractor({ modelId: 'us.amazon.nova-lite-v1:0' }).extract(INPUT);
    await extractor().extract(INPUT);
    const [nova, claude] = requests();
    expect(nova?.additionalModelRequestFields).toEqual({ inferenceConfig: { topK: 1 } });
    expect(claude?.additionalModelRequestFields).toBeUndefined();
  });
});

describe('Bedrock answers through grounding', () => {
  it('a quote not in the text and a number not in its quote both come out unverified', async () => {
    const invented = casualty('قتل 15 مدنيا في السوسة', { civilians_killed: { stated: 15, qualifier: 'exact' } });
    const wrongNumber = casualty('وأضاف أن بين القتلى خمسة أطفال', {
      children_killed: { stated: 6, qualifier: 'exact' },
    });
    const right = casualty('وأضاف أن بين القتلى خمسة أطفال', { children_killed: { stated: 5, qualifier: 'exact' } });
    bedrock.on(ConverseCommand).resolves(toolAnswer({ claims: [GOOD, invented, wrongNumber, right] }));
    const { claims } = await extractor().extract(INPUT);
    const grounded = groundClaims(TEXT, claims);
    expect(grounded.map((c) => c.verification.status)).toEqual(['grounded', 'unverified', 'unverified', 'grounded']);
    expect(grounded[1]?.verification.reason).toBe('evidence quote not found in the report');
    expect(grounded[2]?.verification.reason).toBe('children_killed = 6 cannot be read from the evidence quote');
  });
});
