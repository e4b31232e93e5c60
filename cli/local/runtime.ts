// `claimwatch run`: the whole pipeline on this machine, with the same code the Lambdas run. Reports are uploaded
// to a local S3 (s3rver) whose events drive processS3EventRecord against DynamoDB Local, one report at a time
// (or `concurrency` at once, as several Lambda invocations would); then the alert outbox is drained through
// publishAlert to a console/JSON-lines notifier.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import type { ConverseSender } from '../../shared/adapters/bedrock/bedrock-extractor.ts';
import { createPipelineDeps } from '../../shared/adapters/pipeline-deps.ts';
import { encodeMetadata } from '../../shared/adapters/s3/metadata-encoding.ts';
import { decodeS3Key, processS3EventRecord } from '../../shared/adapters/s3/s3-event.ts';
import { bareEtag } from '../../shared/adapters/s3/s3-report-source.ts';
import type { ExtractorKind } from '../../shared/adapters/select-extractor.ts';
import type { Alert, Report } from '../../shared/domain/schema.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import type { ProcessOutcome } from '../../shared/pipeline/process-report.ts';
import { publishAlert } from '../../shared/pipeline/publish-alert.ts';
import { RetryableExtractionError } from '../../shared/ports/extractor.ts';
import type { PipelineStore } from '../../shared/ports/store.ts';
import { createTables } from './create-tables.ts';
import { createLocalDynamoDbClient, type LocalDynamoDb, startDynamoDbLocal } from './dynamodb-local.ts';
import { forEachInFlight } from './in-flight.ts';
import { localExtraction } from './local-extraction.ts';
import { LocalNotifier } from './local-notifier.ts';
import { expandInputs, type ReportFile } from './report-files.ts';
import { buildRunResult, type RunResult } from './run-result.ts';
import { createLocalS3Client, type LocalS3, startS3rver } from './s3rver.ts';

export const LOCAL_BUCKET = 'claimwatch-reports';
export const LOCAL_TABLES = { tableName: 'claimwatch', alertsTableName: 'claimwatch-alerts' } as const;
/** s3rver emits the event while answering the PutObject; this only guards against a lost event. */
const EVENT_TIMEOUT_MS = 10_000;

export interface RunLocalOptions {
  /** Report files and/or directories of reports. */
  inputs: string[];
  /** Upload in file-name order (default) or in the order of `inputs` (a gold corpus's own order). */
  inputOrder?: 'file-name' | 'as-given';
  /** Keep DynamoDB and S3 state here between runs; without it every run starts empty (in memory / temp dir). */
  dataDir?: string;
  extractor: ExtractorKind;
  /** Where the run result JSON goes; alerts.jsonl is written beside it. */
  out?: string;
  /** One line of progress at a time (no trailing newline). */
  log: (line: string) => void;
  /** A Bedrock Runtime client (tests pass a mocked one); by default one is made from the environment. */
  bedrockClient?: ConverseSender;
  /** An operator's gazetteer CSV instead of the built-in one. */
  gazetteerCsv?: string;
  /** Aborting stops after the current step; the servers are stopped either way. */
  signal?: AbortSignal;
  /** The settings read from the environment (extractor, alert texts); default: this process's. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Reports in flight at once (default 1: one after another, in upload order). */
  concurrency?: number;
  /**
   * The time every report is taken to land, in place of its S3 event's time, as when replaying an archive: an
   * undated report is filed under this day, and its relative dates read from it. Default: the upload's own time.
   */
  uploadedAt?: string;
}

export class RunInterruptedError extends Error {
  override readonly name = 'RunInterruptedError';
}

export async function runLocal(opts: RunLocalOptions): Promise<RunResult> {
  const startedAt = Date.now();
  const files = await expandInputs(opts.inputs, opts.inputOrder);
  const { gazetteer, extractor } = localExtraction({
    kind: opts.extractor,
    gazetteerCsv: opts.gazetteerCsv,
    bedrockClient: opts.bedrockClient,
  });
  const dataDir = opts.dataDir === undefined ? undefined : resolve(opts.dataDir);
  const out = opts.out === undefined ? undefined : resolve(opts.out);
  const alertsFile = out ? join(dirname(out), 'alerts.jsonl') : undefined;

  let dynamo: LocalDynamoDb | undefined;
  let s3: LocalS3 | undefined;
  let dynamoClient: DynamoDBClient | undefined;
  let s3Client: S3Client | undefined;
  try {
    // Started together; each is kept as soon as it is up, so the finally stops it even if the other failed.
    const started = await Promise.allSettled([
      startDynamoDbLocal(dataDir ? { dataDir: join(dataDir, 'dynamodb') } : {}).then((server) => (dynamo = server)),
      startS3rver({ bucket: LOCAL_BUCKET, ...(dataDir ? { directory: join(dataDir, 's3') } : {}) }).then(
        (server) => (s3 = server),
      ),
    ]);
    for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
    if (!dynamo || !s3) throw new Error('local servers did not start');
    checkAborted(opts.signal);
    const where = dataDir ? `, data in ${dataDir}` : ' (in memory)';
    opts.log(`DynamoDB Local ${dynamo.endpoint}, S3 ${s3.endpoint}/${LOCAL_BUCKET}${where}`);
    dynamoClient = createLocalDynamoDbClient(dynamo.endpoint);
    s3Client = createLocalS3Client(s3.endpoint);
    await createTables(dynamoClient, LOCAL_TABLES);
    const deps = createPipelineDeps({
      clients: { dynamodb: dynamoClient, s3: s3Client },
      tables: LOCAL_TABLES,
      env: opts.env ?? process.env,
      gazetteer,
      extractor,
    });
    const { store } = deps;
    opts.log(`${plural(files.length, 'report')}, extractor: ${extractor.name}`);

    const events = eventQueue(s3);
    // Kept in upload order whatever order they finish in.
    const outcomes: ProcessOutcome[] = new Array(files.length);
    let finished = 0;
    const client = s3Client;
    await forEachInFlight(files, opts.concurrency ?? 1, async (file, index) => {
      checkAborted(opts.signal);
      const outcome = file.rejected
        ? notUploaded(file.key, 'rejected', file.rejected)
        : await uploadAndProcess(deps, client, file, events, opts);
      outcomes[index] = outcome;
      opts.log(progressLine(++finished, files.length, outcome));
    });
    const reports = outcomes.map((o) => ({ ...o.report, ...(o.replay ? { replay: true } : {}) }));

    checkAborted(opts.signal);
    if (alertsFile) await writeFile(alertsFile, '', 'utf8').catch(() => undefined);
    // The run result is written even when the notifier or the outbox fails: what was processed stays recorded.
    const published = await drainOutbox(store, alertsFile, opts.log, files, outcomes).catch((error: unknown) => {
      opts.log(`could not read the alert outbox: ${(error as Error).message}`);
      return [] as Alert[];
    });
    // A fresh report's claims come from its outcome; a replayed one's from the store (a scan, only when needed).
    const replayed = new Set(reports.filter((r) => r.replay).map((r) => r.key));
    const storedClaims = replayed.size > 0 ? (await store.listClaims()).filter((c) => replayed.has(c.reportKey)) : [];
    const result = buildRunResult({
      extractor: extractor.name,
      reports,
      claims: [...outcomes.flatMap((o) => (o.replay ? [] : o.claims)), ...storedClaims],
      incidents: await store.listIncidents(),
      alerts: published,
    });
    if (out) {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
    }
    const newClaims = outcomes.reduce((n, o) => n + (o.replay ? 0 : o.claims.length), 0);
    const context = { out, alertsFile, dataDir, newClaims, replayed: replayed.size };
    opts.log(summaryLine(result, context, Date.now() - startedAt));
    return result;
  } finally {
    dynamoClient?.destroy();
    s3Client?.destroy();
    await Promise.allSettled([s3?.stop(), dynamo?.stop()]);
  }
}

/** Collects S3 event records as s3rver emits them, so each upload can wait for its own. */
function eventQueue(s3: LocalS3) {
  const records: S3EventRecord[] = [];
  const waiters: Array<() => void> = [];
  s3.onEvent((record) => {
    records.push(record);
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    async next(key: string, etag: string | undefined): Promise<S3EventRecord> {
      const deadline = Date.now() + EVENT_TIMEOUT_MS;
      for (;;) {
        const index = records.findIndex(
          (r) =>
            r.eventName.startsWith('ObjectCreated:') &&
            decodeS3Key(r.s3.object.key) === key &&
            (!etag || r.s3.object.eTag === etag),
        );
        if (index >= 0) return records.splice(index, 1)[0] as S3EventRecord;
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no S3 event arrived for ${key} within ${EVENT_TIMEOUT_MS} ms`);
        await new Promise<void>((wake) => {
          const timer = setTimeout(wake, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            wake();
          });
        });
      }
    },
  };
}

async function uploadAndAwaitEvent(
  client: S3Client,
  file: ReportFile,
  events: ReturnType<typeof eventQueue>,
): Promise<S3EventRecord> {
  const body = await readFile(file.path);
  const put = await client.send(
    new PutObjectCommand({
      Bucket: LOCAL_BUCKET,
      Key: file.key,
      Body: body,
      ContentType: file.contentType,
      Metadata: encodeMetadata(file.metadata),
    }),
  );
  return events.next(file.key, bareEtag(put.ETag));
}

/** Uploads one report and processes its event; an upload that fails is that report's failure, not the run's. */
async function uploadAndProcess(
  deps: PipelineDeps,
  client: S3Client,
  file: ReportFile,
  events: ReturnType<typeof eventQueue>,
  opts: Pick<RunLocalOptions, 'signal' | 'uploadedAt'>,
): Promise<ProcessOutcome> {
  let record: S3EventRecord;
  try {
    record = await uploadAndAwaitEvent(client, file, events);
  } catch (error) {
    return notUploaded(file.key, 'failed', `upload to local S3 failed: ${(error as Error).message}`);
  }
  if (opts.uploadedAt) record = { ...record, eventTime: opts.uploadedAt };
  return processOne(deps, file, record, opts.signal);
}

function notUploaded(key: string, status: 'rejected' | 'failed', reason: string): ProcessOutcome {
  const report: Report = { key, status, reason, claimCount: 0, processedAt: new Date().toISOString() };
  return { report, claims: [], incidents: [], alerts: [], replay: false };
}

/**
 * Lambda would let a thrown error send the record back to the queue; locally the report is shown as failed
 * (nothing is stored, so a later run into the same --data tries it again).
 */
async function processOne(
  deps: PipelineDeps,
  file: ReportFile,
  record: S3EventRecord,
  signal?: AbortSignal,
): Promise<ProcessOutcome> {
  try {
    const outcome = await abortable(processS3EventRecord(deps, record), signal);
    if (outcome) return outcome;
    return failedOutcome(file.key, 'the S3 event was not taken as a report upload');
  } catch (error) {
    if (error instanceof RunInterruptedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const retryable =
      error instanceof RetryableExtractionError ? ' (retryable: in AWS the report would be retried)' : '';
    return failedOutcome(file.key, `${message}${retryable}`);
  }
}

function failedOutcome(key: string, reason: string): ProcessOutcome {
  return notUploaded(key, 'failed', reason);
}

/** Publishes every unpublished alert in upload order (then in the order each report raised them). */
async function drainOutbox(
  store: PipelineStore,
  alertsFile: string | undefined,
  log: (line: string) => void,
  files: ReportFile[],
  outcomes: ProcessOutcome[],
): Promise<Alert[]> {
  const uploadIndex = new Map(files.map((f, i) => [f.key, i]));
  const raisedIndex = new Map(outcomes.flatMap((o) => o.alerts.map((a, i) => [a.id, i] as const)));
  const pending = (await store.listUnpublishedAlerts()).sort(
    (a, b) =>
      (uploadIndex.get(a.reportKey) ?? -1) - (uploadIndex.get(b.reportKey) ?? -1) ||
      (raisedIndex.get(a.id) ?? 0) - (raisedIndex.get(b.id) ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  if (pending.length === 0) {
    log('no alerts to send');
    return [];
  }
  log(`${plural(pending.length, 'alert')}:`);
  const notifier = new LocalNotifier({
    stream: {
      write: (text: string) => {
        for (const line of text.replace(/\n$/, '').split('\n')) log(line);
      },
    },
    ...(alertsFile ? { file: alertsFile } : {}),
  });
  const published: Alert[] = [];
  for (const alert of pending) {
    // A failing alert stays in the outbox (a later run sends it); the others still go out.
    try {
      if ((await publishAlert({ store, notifier }, alert)) === 'published') published.push(alert);
    } catch (error) {
      log(`alert ${alert.id} not sent: ${(error as Error).message} (it stays in the outbox)`);
    }
  }
  return published;
}

function progressLine(n: number, total: number, outcome: ProcessOutcome): string {
  const { report } = outcome;
  const width = String(total).length;
  const parts = [`[${String(n).padStart(width)}/${total}] ${report.key}`, report.status];
  if (outcome.replay) parts.push('already processed earlier: nothing redone');
  else {
    parts.push(plural(report.claimCount, 'claim'), plural(outcome.alerts.length, 'alert'));
  }
  if (report.reason) parts.push(report.reason);
  if (report.usage) parts.push(`${report.usage.inputTokens}+${report.usage.outputTokens} tokens`);
  return parts.join(' · ');
}

export interface SummaryContext {
  out: string | undefined;
  alertsFile: string | undefined;
  /** With kept state, incidents (and a replayed report's claims) are the store's totals, not this run's. */
  dataDir: string | undefined;
  /** Claims extracted by this run (replayed reports add none). */
  newClaims: number;
  /** Reports the store already had: this run redid nothing for them. */
  replayed: number;
}

/** The closing line; exported for its test. */
export function summaryLine(result: RunResult, context: SummaryContext, ms: number): string {
  const { out, alertsFile, dataDir } = context;
  const statuses = new Map<string, number>();
  for (const r of result.reports) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  const byStatus = [...statuses].map(([s, n]) => `${n} ${s}`).join(', ');
  const claims = result.reports.reduce((n, r) => n + r.claims.length, 0);
  const written = out ? ` → ${out}${alertsFile && result.alerts.length > 0 ? ` and ${alertsFile}` : ''}` : '';
  const reports = `${plural(result.reports.length, 'report')} (${byStatus})`;
  if (dataDir) {
    const known = context.replayed > 0 ? `; ${context.replayed} already stored, nothing redone` : '';
    const thisRun = [
      `${plural(result.reports.length, 'report')} (${byStatus}${known})`,
      plural(context.newClaims, 'new claim'),
      plural(result.alerts.length, 'alert'),
    ];
    const stored = [`${plural(claims, 'claim')} of these reports`, plural(result.incidents.length, 'incident')];
    const seconds = (ms / 1000).toFixed(1);
    return `done in ${seconds} s: this run ${thisRun.join(', ')}; stored in ${dataDir}: ${stored.join(', ')}${written}`;
  }
  const counts = [
    reports,
    plural(claims, 'claim'),
    plural(result.incidents.length, 'incident'),
    plural(result.alerts.length, 'alert'),
  ];
  return `done in ${(ms / 1000).toFixed(1)} s: ${counts.join(', ')}${written}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunInterruptedError('interrupted');
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  checkAborted(signal);
  return new Promise<T>((resolvePromise, reject) => {
    const onAbort = () => reject(new RunInterruptedError('interrupted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolvePromise(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
