// A fake SNS endpoint for bundles under test: it answers Publish (the SDK's AWS Query protocol, form-encoded)
// and records each message, so a test can see what a bundle's own SNS client sent.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PublishedMessage {
  topicArn: string;
  subject?: string;
  message: string;
}

export interface FakeSns {
  endpoint: string;
  published: PublishedMessage[];
  stop(): Promise<void>;
}

export async function startFakeSns(): Promise<FakeSns> {
  const published: PublishedMessage[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const form = new URLSearchParams(body);
      if (form.get('Action') !== 'Publish') {
        response.writeHead(400, { 'content-type': 'text/xml' });
        response.end(
          '<ErrorResponse><Error><Code>InvalidAction</Code>' +
            `<Message>${form.get('Action')}</Message></Error></ErrorResponse>`,
        );
        return;
      }
      published.push({
        topicArn: form.get('TopicArn') ?? '',
        subject: form.get('Subject') ?? undefined,
        message: form.get('Message') ?? '',
      });
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(
        `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>` +
          `<MessageId>${randomUUID()}</MessageId></PublishResult>` +
          `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    published,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
