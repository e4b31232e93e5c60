// Issue 7's promise that code reads without side-scrolling: no line of TypeScript over 120 characters, except in
// the generated data tables under shared/places/data (one record per line). Biome's formatter cannot break a long
// string or regex literal, so this test is what keeps them split. Characters, not bytes: Arabic is two bytes each.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const MAX = 120;
const DATA_TABLES = 'shared/places/data/';

function trackedTypeScript(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--', '*.ts'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((path) => path !== '' && !path.startsWith(DATA_TABLES));
}

function longLines(text: string, max = MAX): number[] {
  return text.split('\n').flatMap((line, index) => ([...line].length > max ? [index + 1] : []));
}

describe('line width', () => {
  it('counts characters, not UTF-16 units or bytes', () => {
    expect(longLines(`${'ق'.repeat(120)}\n${'x'.repeat(121)}`)).toEqual([2]);
  });

  it('keeps every TypeScript line outside the data tables within 120 characters', () => {
    const files = trackedTypeScript();
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((path) =>
      longLines(readFileSync(resolve(root, path), 'utf8')).map((line) => `${path}:${line}`),
    );
    expect(offenders).toEqual([]);
  });
});
