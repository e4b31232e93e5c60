// Turns `claimwatch run` inputs (directories and files) into the list of reports to upload, with the
// metadata each report's .meta.json sidecar gives.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

export interface ReportFile {
  path: string;
  /** The S3 key: the file name. */
  key: string;
  contentType: string;
  /** S3 user metadata (published-at, source, url, language), from the sidecar; empty without one. */
  metadata: Record<string, string>;
}

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
    unique.map(async (path) => ({
      path,
      key: basename(path),
      contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      metadata: await readSidecar(path),
    })),
  );
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
