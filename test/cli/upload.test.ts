// `claimwatch upload` against s3rver: each report lands under the prefix with its sidecar as S3 metadata, and
// the pipeline's own S3 adapter reads that metadata back as the sidecar said it (Arabic included).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uploadCommand, uploadReports } from '../../cli/commands/upload.ts';
import { expandInputs } from '../../cli/local/report-files.ts';
import { createLocalS3Client, type LocalS3, startS3rver } from '../../cli/local/s3rver.ts';
import { readStackOutputs, reportsTarget, WHOLE_BUCKET } from '../../infra/stack-outputs.ts';
import { S3ReportSource } from '../../shared/adapters/s3/s3-report-source.ts';
import { readReportMetadata } from '../../shared/pipeline/report-metadata.ts';

const root = resolve(import.meta.dirname, '../..');
const BUCKET = 'claimwatch-reports-test';
const dir = mkdtempSync(join(tmpdir(), 'cw-upload-'));
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3rver({ bucket: BUCKET });
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('uploading reports with their sidecars', () => {
  it('puts each sample under the prefix, with metadata the pipeline reads back as the sidecar said', async () => {
    const files = await expandInputs([join(root, 'samples/reports')]);
    const client = createLocalS3Client(s3.endpoint);
    const lines: string[] = [];
    try {
      const summary = await uploadReports(files, { client, bucket: BUCKET, prefix: 'reports/' }, (l) => lines.push(l));
      expect(summary.failed).toEqual([]);
      expect(summary.uploaded).toHaveLength(6);
      expect(lines[0]).toMatch(
        /^\[1\/6\] s3:\/\/claimwatch-reports-test\/reports\/01-strike-hajin\.txt · [\d.]+ (KB|B) · metadata /,
      );
      const source = new S3ReportSource(client);
      for (const file of files) {
        const head = await source.head({ bucket: BUCKET, key: `reports/${file.key}` });
        expect(head.metadata).toEqual(file.metadata);
        expect(readReportMetadata(head.metadata).publishedAt).toBe(file.metadata['published-at']);
        expect(head.contentType).toBe(file.contentType);
      }
    } finally {
      client.destroy();
    }
  });

  it('through the command: --bucket, --prefix, --endpoint-url; an Arabic source survives the headers', async () => {
    const reports = join(dir, 'reports');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'raqqa.txt'), 'قتل ثلاثة مدنيين في الرقة أمس.');
    writeFileSync(
      join(reports, 'raqqa.meta.json'),
      JSON.stringify({ publishedAt: '2026-01-06', source: 'المرصد السوري', language: 'ar' }),
    );
    writeFileSync(join(reports, 'no-sidecar.txt'), 'A report without metadata.');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'S3RVER');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'S3RVER');
    vi.stubEnv('AWS_REQUEST_CHECKSUM_CALCULATION', 'WHEN_REQUIRED');
    vi.stubEnv('AWS_RESPONSE_CHECKSUM_VALIDATION', 'WHEN_REQUIRED');
    let out = '';
    try {
      const code = await uploadCommand(
        [reports, '--bucket', BUCKET, '--prefix', 'inbox/', '--endpoint-url', s3.endpoint],
        { stdout: { write: (text: string) => (out += text) } },
      );
      expect(code).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(out).toContain(`uploading 2 reports to s3://${BUCKET}/inbox/`);
    expect(out).toMatch(/\[2\/2\] s3:\/\/claimwatch-reports-test\/inbox\/raqqa\.txt · .* · metadata published-at, /);
    expect(out).toMatch(/no-sidecar\.txt · .* · no \.meta\.json sidecar/);
    const client = createLocalS3Client(s3.endpoint);
    try {
      const head = await new S3ReportSource(client).head({ bucket: BUCKET, key: 'inbox/raqqa.txt' });
      expect(readReportMetadata(head.metadata)).toEqual({
        publishedAt: '2026-01-06',
        source: 'المرصد السوري',
        url: undefined,
        language: 'ar',
      });
    } finally {
      client.destroy();
    }
  });
});

describe('usage', () => {
  it.each([
    [['samples/reports'], 'give either --stack <name> or --bucket <name>'],
    [['samples/reports', '--stack', 'A', '--bucket', 'b'], 'give either --stack <name> or --bucket <name>'],
    [['samples/reports', '--stack', 'A', '--prefix', 'x/'], '--prefix goes with --bucket'],
    [['samples/reports', '--bucket', 'b', '--prefix', 'reports'], '--prefix must be empty or end in "/"'],
    [['--bucket', 'b'], 'give at least one report file or directory'],
  ])('%j is a usage error', async (argv, message) => {
    await expect(uploadCommand(argv, { stdout: { write: () => true } })).rejects.toThrow(message);
  });
});

describe('the stack outputs', () => {
  it('give the bucket and the prefix, "(whole bucket)" meaning none', () => {
    expect(reportsTarget({ ReportsBucketName: 'b', ReportPrefix: 'reports/' }, 'S')).toEqual({
      bucket: 'b',
      prefix: 'reports/',
    });
    expect(reportsTarget({ ReportsBucketName: 'b', ReportPrefix: WHOLE_BUCKET }, 'S').prefix).toBe('');
    expect(() => reportsTarget({ ReportPrefix: 'reports/' }, 'S')).toThrow(/no ReportsBucketName output/);
  });
});

describe('reading the stack outputs from CloudFormation', () => {
  it('returns the outputs by key', async () => {
    const cfn = mockClient(CloudFormationClient);
    cfn.on(DescribeStacksCommand, { StackName: 'Claimwatch' }).resolves({
      Stacks: [
        {
          StackName: 'Claimwatch',
          CreationTime: new Date(),
          StackStatus: 'CREATE_COMPLETE',
          Outputs: [
            { OutputKey: 'ReportsBucketName', OutputValue: 'claimwatch-reports-0a1b' },
            { OutputKey: 'ReportPrefix', OutputValue: 'reports/' },
          ],
        },
      ],
    });
    const client = new CloudFormationClient({ region: 'us-east-1' });
    const outputs = await readStackOutputs('Claimwatch', client);
    expect(reportsTarget(outputs, 'Claimwatch')).toEqual({ bucket: 'claimwatch-reports-0a1b', prefix: 'reports/' });
    cfn.restore();
  });

  it('says which stack and region it looked in when the stack is not there', async () => {
    const cfn = mockClient(CloudFormationClient);
    cfn.on(DescribeStacksCommand).rejects(new Error('Stack with id Claimwatch-Prod does not exist'));
    const client = new CloudFormationClient({ region: 'eu-west-1' });
    await expect(readStackOutputs('Claimwatch-Prod', client)).rejects.toThrow(
      'stack Claimwatch-Prod was not found in eu-west-1. Check the stack name',
    );
    cfn.restore();
  });
});
