// A local S3 (s3rver) for `claimwatch run` and tests. Dev/local only: it binds to 127.0.0.1 on a free port.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Event, S3EventRecord } from 'aws-lambda';

/** The part of s3rver's API used here (the package ships no types). */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: S3Event) => void): void;
  httpServer?: Server;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: Array<{ name: string }>;
  resetOnClose?: boolean;
}) => S3rverInstance;

const require = createRequire(import.meta.url);

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  server: S3rverInstance;
  /** Calls cb with each S3 event record (keys URL-encoded, as real S3 sends them). Returns an unsubscribe function. */
  onEvent(cb: (record: S3EventRecord) => void): () => void;
  stop(): Promise<void>;
}

/**
 * Starts s3rver with the bucket created. Without `directory` the objects live in a fresh temporary directory
 * that is removed on stop; with one they persist there.
 */
export async function startS3rver(opts: { directory?: string; bucket: string }): Promise<LocalS3> {
  const S3rver = require('s3rver') as S3rverConstructor;
  const temporary = opts.directory === undefined;
  const directory = opts.directory ?? (await mkdtemp(join(tmpdir(), 'claimwatch-s3-')));
  await mkdir(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: opts.bucket }],
  });
  const listeners = new Set<(record: S3EventRecord) => void>();
  server.on('event', (event) => {
    for (const record of event.Records) {
      const s3Record: S3EventRecord = {
        ...record,
        s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3EventKey(record.s3.object.key) } },
      };
      for (const cb of listeners) cb(s3Record);
    }
  });
  const address = await server.run();
  if (server.httpServer) guardDotSegments(server.httpServer);
  let stopped = false;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket: opts.bucket,
    server,
    onEvent(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      listeners.clear();
      // SDK clients keep sockets alive; close them so close() does not wait for their idle timeout.
      server.httpServer?.closeAllConnections();
      await server.close();
      if (temporary) await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * s3rver 3.7 maps keys to files under its directory and accepts "../" in a key, so any local process could
 * write outside it. Requests whose path has a "." or ".." segment (raw or percent-encoded) get 400 before
 * s3rver sees them; real S3 keys for reports never need one.
 */
function guardDotSegments(http: Server): void {
  const handlers = http.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (hasDotSegment(req.url ?? '/')) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('a key may not contain "." or ".." segments\n');
      return;
    }
    for (const handler of handlers) handler.call(http, req, res);
  });
}

/** True when the URL path, decoded (twice, against double encoding), has a "." or ".." segment. */
export function hasDotSegment(url: string): boolean {
  let path = url.split('?')[0] ?? '';
  for (let i = 0; i < 2; i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      if (i === 0) return true; // not a valid URL: refuse rather than guess
      break; // a key with a literal "%" ("100%.txt") decodes once only
    }
  }
  return path.split(/[\\/]/).some((segment) => segment === '.' || segment === '..');
}

/** S3 event records carry keys form-URL-encoded (space → '+'); s3rver emits them raw, so encode them the same way. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/');
}

/** An S3 client for s3rver: path-style, dummy credentials, and checksums only when required (see TOOLCHAIN.md). */
export function createLocalS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
