// The local run with the Bedrock extractor (client mocked): token usage reaches the run result.

import { resolve } from 'node:path';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runLocal } from '../../cli/local/runtime.ts';
import { toolAnswer } from '../adapters/bedrock/converse-fixtures.ts';

const sample = resolve(import.meta.dirname, '../../samples/reports/04-shelling-mayadin.txt');
const EVIDENCE =
  'Five civilians, including two women, were killed and eight others were wounded when artillery shells hit a ' +
  'crowded market in the city of Mayadin';

describe('runLocal --extractor bedrock', () => {
  const bedrock = mockClient(BedrockRuntimeClient);
  afterEach(() => bedrock.reset());
  afterAll(() => bedrock.restore());

  it('records the model usage per report and in totals, and alerts on the tool answer', async () => {
    bedrock.on(ConverseCommand).resolves(
      toolAnswer(
        {
          language: 'en',
          summary_en: 'Shelling of a market in Mayadin killed five civilians.',
          claims: [
            {
              type: 'casualty',
              claimant: { name: 'Eastern Documentation Monitor' },
              place: { names: ['Mayadin', 'الميادين'] },
              date: { from: '2019-02-13', to: '2019-02-13' },
              perpetrator: 'syrian-government',
              counts: {
                civilians_killed: { stated: 5, qualifier: 'exact' },
                women_killed: { stated: 2, qualifier: 'exact' },
              },
              evidence: EVIDENCE,
            },
          ],
        },
        { inputTokens: 900, outputTokens: 210 },
      ),
    );
    const result = await runLocal({
      inputs: [sample],
      extractor: 'bedrock',
      bedrockClient: new BedrockRuntimeClient({ region: 'us-east-1' }),
      log: () => {},
    });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
    expect(result.extractor).toMatch(/bedrock/i);
    expect(result.reports[0]).toMatchObject({ status: 'processed', usage: { inputTokens: 900, outputTokens: 210 } });
    expect(result.reports[0]?.claims[0]).toMatchObject({
      counts: { civilians_killed: { stated: 5 } },
      verification: { status: 'grounded' },
    });
    expect(result.totals).toEqual({ inputTokens: 900, outputTokens: 210 });
    expect(result.alerts.map((a) => a.type)).toEqual(['NEW_INCIDENT']);
  });

  it('shows a throttled report as failed (retryable) and goes on with the next one', async () => {
    bedrock
      .on(ConverseCommand)
      .rejects(
        Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } }),
      );
    const lines: string[] = [];
    const result = await runLocal({
      inputs: [sample, resolve(sample, '../06-aid-busayrah.txt')],
      extractor: 'bedrock',
      bedrockClient: new BedrockRuntimeClient({ region: 'us-east-1' }),
      log: (l) => lines.push(l),
    });
    expect(result.reports.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(result.reports[0]?.reason).toMatch(/retryable/);
    expect(result.alerts).toEqual([]);
    expect(lines.some((l) => l.startsWith('[2/2] 06-aid-busayrah.txt · failed'))).toBe(true);
  });
});
