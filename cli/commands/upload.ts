// `claimwatch upload`: puts reports into the deployed reports bucket the way the pipeline expects them: under the
// report prefix, with each report's .meta.json sidecar as S3 user metadata in the encoding the pipeline decodes
// (shared/adapters/s3/metadata-encoding.ts). The smoke test after a deploy: upload samples/reports, watch alerts.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { S3Client } from '@aws-sdk/client-s3';
import { encodeMetadata } from '../../shared/adapters/s3/metadata-encoding.ts';
import { assertAwsPrerequisites } from '../aws-prerequisites.ts';
import { expandInputs, type ReportFile } from '../local/report-files.ts';
import { UsageError } from '../usage-error.ts';

export const uploadHelp = `Usage: claimwatch upload <dir-or-file>... (--stack <name> | --bucket <name>) [options]

Uploads reports to the deployed reports bucket, under the report prefix, each with its <name>.meta.json
sidecar ({"publishedAt", "source", "url", "language"}) as S3 object metadata, as \`claimwatch run\` reads
them. Directories give every file except sidecars, dotfiles, README and other JSON files, in file-name order.
Each upload starts the deployed pipeline; alerts arrive by email and SMS as configured.

Options:
  --stack <name>          read the bucket and prefix from this stack's outputs (CloudFormation)
  --bucket <name>         the reports bucket (the stack output ReportsBucketName)
  --prefix <prefix>       key prefix with --bucket (default: reports/, the stack's default reportPrefix)
  --endpoint-url <url>    an S3-compatible endpoint instead of AWS S3 (path-style; e.g. a local s3rver)
  --quiet                 print nothing but errors
  -h, --help              show this help

Needs an AWS region and credentials (as the AWS CLI finds them). Exits 0 when every report was uploaded,
1 when any failed (the others are still uploaded), 2 on usage errors.

Examples:
  claimwatch upload samples/reports --stack Claimwatch
  claimwatch upload report.txt --bucket claimwatch-reports-0a1b2c3d --prefix reports/
`;

export interface UploadTarget {
  client: S3Client;
  bucket: string;
  /** '' or a prefix ending in '/'. */
  prefix: string;
}

export interface UploadSummary {
  uploaded: string[];
  failed: Array<{ key: string; reason: string }>;
}

/** Uploads each report with its sidecar metadata, one progress line per report; a failure does not stop the rest. */
export async function uploadReports(
  files: ReportFile[],
  target: UploadTarget,
  log: (line: string) => void,
): Promise<UploadSummary> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const summary: UploadSummary = { uploaded: [], failed: [] };
  const width = String(files.length).length;
  for (const [index, file] of files.entries()) {
    const key = `${target.prefix}${file.key}`;
    const position = `[${String(index + 1).padStart(width)}/${files.length}]`;
    try {
      const body = await readFile(file.path);
      await target.client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: key,
          Body: body,
          ContentType: file.contentType,
          Metadata: encodeMetadata(file.metadata),
        }),
      );
      const metadata = Object.keys(file.metadata);
      const described = metadata.length > 0 ? `metadata ${metadata.join(', ')}` : 'no .meta.json sidecar';
      log(`${position} s3://${target.bucket}/${key} · ${formatBytes(body.byteLength)} · ${described}`);
      summary.uploaded.push(key);
    } catch (error) {
      const reason = (error as Error).message ?? String(error);
      log(`${position} s3://${target.bucket}/${key} · failed · ${reason}`);
      summary.failed.push({ key, reason });
    }
  }
  return summary;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export async function uploadCommand(
  argv: string[],
  io: { stdout?: { write(text: string): unknown } } = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      stack: { type: 'string' },
      bucket: { type: 'string' },
      prefix: { type: 'string' },
      'endpoint-url': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const stdout = io.stdout ?? process.stdout;
  if (values.help) {
    stdout.write(uploadHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one report file or directory');
  if (Boolean(values.stack) === Boolean(values.bucket))
    throw new UsageError('give either --stack <name> or --bucket <name>');
  if (values.stack && values.prefix !== undefined) {
    throw new UsageError('--prefix goes with --bucket; with --stack the prefix is the stack output ReportPrefix');
  }
  const prefix = values.prefix ?? 'reports/';
  if (prefix !== '' && !prefix.endsWith('/'))
    throw new UsageError(`--prefix must be empty or end in "/", not "${prefix}"`);
  const files = await expandInputs(positionals);
  if (files.length === 0) throw new UsageError(`no reports in ${positionals.join(', ')}`);
  await assertAwsPrerequisites('claimwatch upload');

  const log = values.quiet ? () => {} : (line: string) => stdout.write(`${line}\n`);
  let target: { bucket: string; prefix: string } = { bucket: values.bucket ?? '', prefix };
  if (values.stack) {
    const { readStackOutputs, reportsTarget } = await import('../../infra/stack-outputs.ts');
    target = reportsTarget(await readStackOutputs(values.stack), values.stack);
  }
  const { S3Client } = await import('@aws-sdk/client-s3');
  const endpoint = values['endpoint-url'];
  const client = new S3Client(endpoint ? { endpoint, forcePathStyle: true } : {});
  try {
    log(`uploading ${files.length} report${files.length === 1 ? '' : 's'} to s3://${target.bucket}/${target.prefix}`);
    const summary = await uploadReports(files, { client, ...target }, log);
    if (summary.failed.length > 0) {
      process.stderr.write(
        `claimwatch upload: ${summary.failed.length} of ${files.length} failed: ` +
          `${summary.failed.map((f) => f.key).join(', ')}\n`,
      );
      return 1;
    }
    log(`uploaded ${summary.uploaded.length}; each is processed within a minute or so (see README, Deploying)`);
    return 0;
  } finally {
    client.destroy();
  }
}
