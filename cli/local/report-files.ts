// Turns `claimwatch run` inputs (directories and files) into the list of reports to upload, with the
// metadata each report's .meta.json sidecar gives.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

export interface ReportFile {
  path: string;
  /** The S3 key: the file name. */
  key: string;
  contentType: string;
  /** S3 user metadata (published-at, source, url, language), from the sidecar; empty without one. */
  metadata: Record<string, string>;
  /** Why this report is rejected before upload (a sidecar that cannot be read); the run goes on without it. */
  rejected?: string;
}

/**
 * Longest S3 key used as it is. s3rver stores each object as a file named after its key plus a suffix, and
 * file systems allow 255 bytes a name, so a 244-byte name failed with ENAMETOOLONG.
 */
export const MAX_KEY_BYTES = 160;

export class InputError extends Error {
  override readonly name = 'InputError';
}

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

/** Sidecar key → S3 metadata key. Dashed keys are accepted as they are. */
const SIDECAR_KEYS: Record<string, string> = {
  publishedAt: 'published-at',
  'published-at': 'published-at',
  source: 'source',
  url: 'url',
  language: 'language',
};

/**
 * True for files that are never reports: sidecars, dotfiles, and inside a directory README files and JSON
 * (a corpus's gold file sits beside its reports; reports are text or HTML).
 */
export function isSkipped(name: string, fromDirectory: boolean): boolean {
  return (
    name.startsWith('.') ||
    name.endsWith('.meta.json') ||
    (fromDirectory && (/^readme(\.|$)/i.test(name) || /\.json$/i.test(name)))
  );
}

/**
 * Files of the given directories (not recursive) and the given files, sorted by file name — or, for a gold
 * corpus whose order is its own, in the order given. Two reports with the same file name would share an S3
 * key, so that is refused.
 */
export async function expandInputs(
  inputs: string[],
  order: 'file-name' | 'as-given' = 'file-name',
): Promise<ReportFile[]> {
  if (inputs.length === 0) throw new InputError('no input: give one or more report files or directories');
  const paths: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError(`no such file or directory: ${input}`);
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && !isSkipped(entry.name, true)) paths.push(join(path, entry.name));
      }
    } else if (info.isFile()) {
      if (basename(path).endsWith('.meta.json')) throw new InputError(`${input} is a metadata sidecar, not a report`);
      paths.push(path);
    } else {
      throw new InputError(`not a file or directory: ${input}`);
    }
  }
  const unique = [...new Set(paths)];
  if (order === 'file-name') unique.sort((a, b) => compare(basename(a), basename(b)) || compare(a, b));
  const byKey = new Map<string, string>();
  for (const path of unique) {
    const other = byKey.get(basename(path));
    if (other) throw new InputError(`two reports share the file name ${basename(path)}: ${other} and ${path}`);
    byKey.set(basename(path), path);
  }
  return Promise.all(
    unique.map(async (path): Promise<ReportFile> => {
      const name = basename(path);
      const key = keyFor(name);
      const file: ReportFile = {
        path,
        key,
        contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        metadata: key === name ? {} : { 'original-name': name },
      };
      try {
        Object.assign(file.metadata, await readSidecar(path));
      } catch (error) {
        // One unreadable sidecar rejects its own report, not the run.
        if (!(error instanceof InputError)) throw error;
        file.rejected = error.message;
      }
      return file;
    }),
  );
}

/**
 * The S3 key for a file name: the name itself, or when it is longer than MAX_KEY_BYTES, its start (whole
 * characters) and a hash of the whole name, with the extension kept so the content type is still clear.
 */
export function keyFor(name: string): string {
  if (Buffer.byteLength(name) <= MAX_KEY_BYTES) return name;
  const ext = extname(name).slice(0, 16);
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 16);
  let stem = '';
  for (const ch of name.slice(0, name.length - extname(name).length)) {
    if (Buffer.byteLength(stem + ch) > MAX_KEY_BYTES - ext.length - hash.length - 1) break;
    stem += ch;
  }
  return `${stem}-${hash}${ext}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `<stem>.meta.json` (as in the seed corpus) or `<file name>.meta.json` beside the report. */
export async function readSidecar(reportPath: string): Promise<Record<string, string>> {
  const name = basename(reportPath);
  const stem = name.slice(0, name.length - extname(name).length) || name;
  for (const candidate of [join(dirname(reportPath), `${stem}.meta.json`), `${reportPath}.meta.json`]) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${candidate} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new InputError(`${candidate} must hold a JSON object (publishedAt, source, url, language)`);
    }
    const metadata: Record<string, string> = {};
    for (const [key, value] of Object.entries(data)) {
      const target = SIDECAR_KEYS[key];
      if (target && (typeof value === 'string' || typeof value === 'number') && String(value).trim() !== '') {
        metadata[target] = String(value).trim();
      }
    }
    return metadata;
  }
  return {};
}
