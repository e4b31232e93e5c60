// `claimwatch run`: the pipeline on local reports (see cli/local/runtime.ts). Everything that can be checked
// without the local servers (arguments, inputs, Java, AWS for Bedrock) is checked before they start.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assertBedrockPrerequisites } from '../aws-prerequisites.ts';
import { parseExtractorOption } from '../extractor-option.ts';
import { assertJava } from '../local/java.ts';
import { expandInputs } from '../local/report-files.ts';
import { parseUploadedAtOption } from '../uploaded-at-option.ts';
import { UsageError } from '../usage-error.ts';

/** More in flight than this only queues on DynamoDB Local and s3rver. */
export const MAX_CONCURRENCY = 64;

export const runHelp = `Usage: claimwatch run <dir-or-file>... --out <result.json> [options]

Uploads the reports (files, or every file of the given directories except .meta.json sidecars, dotfiles,
README and other JSON files), in file-name order, to a local S3 (s3rver). Each upload's S3 event drives the same
processing code as the Lambda, against DynamoDB Local, one report at a time (see --concurrency). Then the
alert outbox is drained: alerts are printed and written to alerts.jsonl beside the result (each run rewrites it
with the alerts of that run). A report's metadata comes from <name>.meta.json beside it:
{"publishedAt": "YYYY-MM-DD", "source", "url", "language"}; a sidecar that is not a JSON object rejects that
report only. Ctrl-C, SIGTERM or SIGHUP stops the run and its servers.

Options:
  --out <file>            write the run result (JSON) here; alerts.jsonl goes in the same directory
                          (both are rewritten by every run)
  --data <dir>            keep DynamoDB and S3 state in <dir> between runs (default: fresh, in memory);
                          re-running the same reports into the same <dir> adds nothing and sends no alert
  --extractor <name>      rules (default, offline) | bedrock (needs AWS credentials, region and model
                          access; BEDROCK_MODEL_ID, BEDROCK_MAX_INPUT_TOKENS and
                          CLAIMWATCH_SKIP_WITHOUT_VOCABULARY apply as in Lambda)
  --gazetteer <csv>       use this gazetteer CSV instead of the bundled one
                          (header: id,kind,name_en,name_ar,aliases,parent_id,pcode,lat,lon)
  --concurrency <n>       process up to n reports at once, as n Lambda invocations would (default 1:
                          one after another, in upload order); 1 to ${MAX_CONCURRENCY}
  --uploaded-at <time>    take every report as landing at this day (YYYY-MM-DD) or time (ISO 8601 with
                          its zone) instead of now, as when replaying an archive: a report with no date of
                          its own is filed under it (default: the upload's own time)
  --quiet                 print nothing but errors
  -h, --help              show this help

Needs Java >= 17 on PATH for DynamoDB Local, and for --extractor bedrock an AWS region and credentials;
both are checked before anything starts. Exits 0 when the run completes, whatever each report's status
(processed, duplicate, rejected, failed, source_missing, over_budget: see the result); 2 on usage errors
(including inputs with no reports), 1 when a prerequisite is missing.

Example:
  claimwatch run samples/reports --out run-result.json
`;

export async function runCommand(argv: string[], io: { signal?: AbortSignal } = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      data: { type: 'string' },
      extractor: { type: 'string', default: 'rules' },
      gazetteer: { type: 'string' },
      concurrency: { type: 'string', default: '1' },
      'uploaded-at': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(runHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one report file or directory');
  const missing = positionals.filter((input) => !existsSync(input));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  if (!values.out) throw new UsageError('--out <result.json> is required');
  const extractor = parseExtractorOption(values.extractor);
  const uploadedAt = values['uploaded-at'] === undefined ? undefined : parseUploadedAtOption(values['uploaded-at']);
  if (values.gazetteer && !existsSync(values.gazetteer))
    throw new UsageError(`gazetteer file not found: ${values.gazetteer}`);
  if (values.data && existsSync(values.data) && !statSync(values.data).isDirectory()) {
    throw new UsageError(`--data must be a directory (DynamoDB and S3 state are kept in it): ${values.data} is a file`);
  }
  if ((await expandInputs(positionals)).length === 0) {
    throw new UsageError(
      `no reports in ${positionals.join(', ')} (.meta.json sidecars, dotfiles, README and JSON files are not reports)`,
    );
  }
  // The AWS check first: without a region it answers at once, while `java -version` starts a JVM.
  if (extractor === 'bedrock') await assertBedrockPrerequisites();
  assertJava();

  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY)
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}: ${values.concurrency}`);

  // Loaded here so that --help and usage errors answer without loading the pipeline.
  const { runLocal } = await import('../local/runtime.ts');
  const log = values.quiet ? () => {} : (line: string) => process.stdout.write(`${line}\n`);
  await runLocal({
    inputs: positionals,
    out: values.out,
    extractor,
    log,
    concurrency,
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.gazetteer ? { gazetteerCsv: values.gazetteer } : {}),
    ...(uploadedAt ? { uploadedAt } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
  });
  return 0;
}
