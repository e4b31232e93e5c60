// Runs Airwars source texts through the local pipeline exactly as `claimwatch run <dir>` would: each text is
// written as a report file in a temporary directory (never in the repository), with a .meta.json sidecar
// giving what the record knows (publication date, publisher, URL), and the directory is uploaded in file-name
// order.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '../local/run-result.ts';
import { type RunLocalOptions, runLocal } from '../local/runtime.ts';
import type { AirwarsText } from './airwars.ts';

/** The report file (and S3 key) a text is uploaded as: its id, reduced to characters safe in a file name. */
export function airwarsReportKey(text: Pick<AirwarsText, 'id'>): string {
  return `${text.id.replace(/[^A-Za-z0-9_-]/g, '_')}.txt`;
}

export async function runAirwars(
  texts: readonly AirwarsText[],
  options: Omit<RunLocalOptions, 'inputs' | 'inputOrder' | 'dataDir' | 'out'>,
): Promise<RunResult> {
  const keys = new Map<string, string>();
  for (const text of texts) {
    const key = airwarsReportKey(text);
    const other = keys.get(key);
    if (other !== undefined) throw new Error(`Airwars ids ${other} and ${text.id} give the same file name ${key}`);
    keys.set(key, text.id);
  }
  const dir = await mkdtemp(join(tmpdir(), 'claimwatch-airwars-'));
  try {
    for (const text of texts) {
      const key = airwarsReportKey(text);
      const sidecar = { publishedAt: text.publishedAt, source: text.publisher, url: text.url };
      await writeFile(join(dir, key), text.text, 'utf8');
      await writeFile(join(dir, key.replace(/\.txt$/, '.meta.json')), JSON.stringify(sidecar), 'utf8');
    }
    return await runLocal({ ...options, inputs: [dir] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
