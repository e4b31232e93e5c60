import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { LazyBedrockExtractor } from '../../shared/adapters/bedrock/lazy-bedrock-extractor.ts';
import { createExtractor, crossCheckFor, extractorFromEnv } from '../../shared/adapters/select-extractor.ts';
import { testGazetteer } from '../support/test-gazetteer.ts';
import { toolAnswer } from './bedrock/converse-fixtures.ts';

const gazetteer = testGazetteer();

describe('createExtractor', () => {
  it('gives the rules extractor by default kind and the Bedrock one when asked', () => {
    const rules = createExtractor({ kind: 'rules', gazetteer });
    expect(rules).not.toBeInstanceOf(LazyBedrockExtractor);
    const bedrock = createExtractor({
      kind: 'bedrock',
      gazetteer,
      modelId: 'us.amazon.nova-pro-v1:0',
      region: 'us-west-2',
    });
    expect(bedrock).toBeInstanceOf(LazyBedrockExtractor);
    expect((bedrock as LazyBedrockExtractor).modelId).toBe('us.amazon.nova-pro-v1:0');
    expect(bedrock.name).toBe('bedrock:us.amazon.nova-pro-v1:0');
  });

  it('defaults the model to the profile of the region geography', () => {
    const bedrock = createExtractor({ kind: 'bedrock', gazetteer, region: 'eu-west-1' }) as LazyBedrockExtractor;
    expect(bedrock.modelId).toBe('eu.amazon.nova-lite-v1:0');
  });

  it('skips texts without casualty vocabulary with the rules vocabulary when asked', async () => {
    const client = new BedrockRuntimeClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    mock.on(ConverseCommand).resolves(toolAnswer({ claims: [] }));
    const extractor = createExtractor({ kind: 'bedrock', gazetteer, client, skipWithoutVocabulary: true });
    await extractor.extract({ reportKey: 'a', text: 'The city council opened a new library on Monday.' });
    expect(mock.commandCalls(ConverseCommand)).toHaveLength(0);
    await extractor.extract({ reportKey: 'b', text: 'Three civilians were killed in the shelling, the council said.' });
    expect(mock.commandCalls(ConverseCommand)).toHaveLength(1);
  });
});

describe('extractorFromEnv', () => {
  it('reads CLAIMWATCH_EXTRACTOR (default rules), BEDROCK_MODEL_ID and the region', () => {
    expect(extractorFromEnv({}, gazetteer)).not.toBeInstanceOf(LazyBedrockExtractor);
    const bedrock = extractorFromEnv(
      {
        CLAIMWATCH_EXTRACTOR: 'bedrock',
        BEDROCK_MODEL_ID: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
        AWS_REGION: 'us-east-1',
      },
      gazetteer,
    ) as LazyBedrockExtractor;
    expect(bedrock).toBeInstanceOf(LazyBedrockExtractor);
    expect(bedrock.modelId).toBe('us.anthropic.claude-haiku-4-5-20251001-v1:0');
  });

  it('rejects malformed values, naming the variable', () => {
    expect(() => extractorFromEnv({ CLAIMWATCH_EXTRACTOR: 'gpt' }, gazetteer)).toThrow(
      /CLAIMWATCH_EXTRACTOR must be rules or bedrock/,
    );
    expect(() =>
      extractorFromEnv({ CLAIMWATCH_EXTRACTOR: 'bedrock', BEDROCK_MAX_INPUT_TOKENS: '12k' }, gazetteer),
    ).toThrow(/BEDROCK_MAX_INPUT_TOKENS must be a positive whole number/);
    expect(() =>
      extractorFromEnv({ CLAIMWATCH_EXTRACTOR: 'bedrock', CLAIMWATCH_SKIP_WITHOUT_VOCABULARY: 'maybe' }, gazetteer),
    ).toThrow(/CLAIMWATCH_SKIP_WITHOUT_VOCABULARY must be true or false/);
  });

  it('pairs an LLM extractor with the rules extractor as its cross-check, and the rules one with none', () => {
    const rules = extractorFromEnv({}, gazetteer);
    const bedrock = extractorFromEnv({ CLAIMWATCH_EXTRACTOR: 'bedrock', AWS_REGION: 'us-east-1' }, gazetteer);
    expect(crossCheckFor(rules, gazetteer)).toBeUndefined();
    expect(crossCheckFor(bedrock, gazetteer)?.name).toBe('rules');
  });
});
