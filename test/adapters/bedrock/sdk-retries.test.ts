// The real client (createBedrockClient) against a local HTTP server that throttles: proves that throttling
// is retried by the SDK's adaptive retry strategy before the extractor sees an error, and what the extractor
// does once the attempts are used up. No mocks of the SDK here; only the endpoint is local.
import { createServer, type Http2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BedrockExtractor } from '../../../shared/adapters/bedrock/bedrock-extractor.ts';
import { createBedrockClient } from '../../../shared/adapters/bedrock/client.ts';
import { RetryableExtractionError } from '../../../shared/ports/extractor.ts';
import { casualty, toolAnswer } from './converse-fixtures.ts';

const TEXT = 'أفاد الدفاع المدني بمقتل 4 مدنيين في قصف على الحي الشرقي.';
const CLAIM = casualty(
  'بمقتل 4 مدنيين في قصف على الحي الشرقي',
  { civilians_killed: { stated: 4, qualifier: 'exact' } },
  'الدفاع المدني',
);
const MODEL = 'us.amazon.nova-lite-v1:0';

let server: Http2Server;
let throttleNext = 0;
const paths: string[] = [];

beforeAll(async () => {
  // The Bedrock Runtime client speaks HTTP/2; a cleartext HTTP/2 server stands in for the endpoint.
  server = createServer((req, res) => {
    paths.push(req.url ?? '');
    req.resume();
    req.on('end', () => {
      if (throttleNext > 0) {
        throttleNext -= 1;
        res.writeHead(429, { 'content-type': 'application/json', 'x-amzn-errortype': 'ThrottlingException' });
        res.end(JSON.stringify({ message: 'Too many requests, please wait before trying again.' }));
        return;
      }
      const { $metadata: _m, ...body } = toolAnswer({ claims: [CLAIM] }, { inputTokens: 900, outputTokens: 150 });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', `http://127.0.0.1:${port}`);
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-for-local-test');
  vi.stubEnv('AWS_SESSION_TOKEN', '');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise<void>((done) => server.close(() => done()));
});

beforeEach(() => {
  paths.length = 0;
});

describe('createBedrockClient', () => {
  it('uses the adaptive retry strategy', async () => {
    const client = await createBedrockClient({ region: 'us-east-1' });
    const strategy = (await client.config.retryStrategy()) as { mode?: string };
    expect(strategy.mode).toBe('adaptive');
    expect(await client.config.maxAttempts()).toBe(5);
  });

  it('throttling then success: the SDK retries and the extractor gets the answer', async () => {
    throttleNext = 2;
    const extractor = new BedrockExtractor({
      client: await createBedrockClient({ region: 'us-east-1' }),
      modelId: MODEL,
    });
    const result = await extractor.extract({ reportKey: 'k', text: TEXT, publishedAt: '2024-05-01' });
    expect(result.claims).toEqual([CLAIM]);
    expect(result.usage).toEqual({ inputTokens: 900, outputTokens: 150 });
    expect(paths).toHaveLength(3);
    expect(paths[0]).toBe(`/model/${encodeURIComponent(MODEL)}/converse`);
  });

  it('throttling beyond the attempts: RetryableExtractionError, so the record goes back to the queue', async () => {
    throttleNext = 2;
    const extractor = new BedrockExtractor({
      client: await createBedrockClient({ region: 'us-east-1', maxAttempts: 2 }),
      modelId: MODEL,
    });
    await expect(extractor.extract({ reportKey: 'k', text: TEXT })).rejects.toBeInstanceOf(RetryableExtractionError);
    expect(paths).toHaveLength(2);
  });
});
