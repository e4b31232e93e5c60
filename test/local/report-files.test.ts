import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandInputs, InputError, keyFor, MAX_KEY_BYTES, readSidecar } from '../../cli/local/report-files.ts';

describe('expandInputs', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-inputs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the order given when asked (a gold corpus uploads in its own order)', async () => {
    await writeFile(join(dir, 'a.txt'), 'a');
    await writeFile(join(dir, 'b.txt'), 'b');
    const given = [join(dir, 'b.txt'), join(dir, 'a.txt')];
    expect((await expandInputs(given, 'as-given')).map((f) => f.key)).toEqual(['b.txt', 'a.txt']);
    expect((await expandInputs(given)).map((f) => f.key)).toEqual(['a.txt', 'b.txt']);
  });

  it('lists report files by file name, skipping sidecars, dotfiles, README and subdirectories', async () => {
    await writeFile(join(dir, 'b.txt'), 'b');
    await writeFile(join(dir, 'a.html'), '<p>a</p>');
    await writeFile(
      join(dir, 'a.meta.json'),
      JSON.stringify({ publishedAt: '2019-02-10', source: 'Invented', language: 'en' }),
    );
    await writeFile(join(dir, '.DS_Store'), 'x');
    await writeFile(join(dir, 'README.md'), '# about');
    await writeFile(join(dir, 'gold.json'), '{}');
    await mkdir(join(dir, 'nested'));
    await writeFile(join(dir, 'nested', 'c.txt'), 'c');
    const files = await expandInputs([dir]);
    expect(files.map((f) => f.key)).toEqual(['a.html', 'b.txt']);
    expect(files[0]).toMatchObject({
      contentType: 'text/html',
      metadata: { 'published-at': '2019-02-10', source: 'Invented', language: 'en' },
    });
    expect(files[1]).toMatchObject({ contentType: 'text/plain', metadata: {} });
  });

  it('accepts files and directories together, sorted by file name, and <file>.meta.json sidecars', async () => {
    await mkdir(join(dir, 'x'));
    await writeFile(join(dir, 'x', '02.txt'), '2');
    await writeFile(join(dir, '01.txt'), '1');
    await writeFile(join(dir, '01.txt.meta.json'), JSON.stringify({ url: 'https://example.org/1', ignored: 'x' }));
    const files = await expandInputs([join(dir, 'x'), join(dir, '01.txt')]);
    expect(files.map((f) => f.key)).toEqual(['01.txt', '02.txt']);
    expect(files[0]?.metadata).toEqual({ url: 'https://example.org/1' });
  });

  it('refuses missing paths, sidecars given as reports, clashing names and bad sidecars', async () => {
    await expect(expandInputs([join(dir, 'missing')])).rejects.toThrow(InputError);
    await expect(expandInputs([])).rejects.toThrow(/no input/);
    await writeFile(join(dir, 'r.meta.json'), '{');
    await expect(expandInputs([join(dir, 'r.meta.json')])).rejects.toThrow(/sidecar/);
    await writeFile(join(dir, 'r.txt'), 'r');
    await expect(readSidecar(join(dir, 'r.txt'))).rejects.toThrow(/not valid JSON/);
    await mkdir(join(dir, 'other'));
    await writeFile(join(dir, 'other', 'same.txt'), '1');
    await writeFile(join(dir, 'same.txt'), '2');
    await expect(expandInputs([join(dir, 'same.txt'), join(dir, 'other')])).rejects.toThrow(
      /share the file name same\.txt/,
    );
  });

  it('rejects only the report whose sidecar cannot be read; the others keep their metadata', async () => {
    await writeFile(join(dir, 'bad.txt'), 'x');
    await writeFile(join(dir, 'bad.meta.json'), '{"publishedAt": ');
    await writeFile(join(dir, 'list.txt'), 'x');
    await writeFile(join(dir, 'list.meta.json'), '[1, 2]');
    await writeFile(join(dir, 'good.txt'), 'x');
    await writeFile(join(dir, 'good.meta.json'), '{"publishedAt": "2019-03-01"}');
    const files = await expandInputs([dir]);
    expect(files.map((f) => [f.key, f.rejected === undefined])).toEqual([
      ['bad.txt', false],
      ['good.txt', true],
      ['list.txt', false],
    ]);
    expect(files[0]?.rejected).toMatch(/bad\.meta\.json is not valid JSON/);
    expect(files[2]?.rejected).toMatch(/must hold a JSON object/);
    expect(files[1]?.metadata).toEqual({ 'published-at': '2019-03-01' });
  });

  it('shortens a file name too long for a key with a hash, and keeps the original name in the metadata', async () => {
    const long = `${'تقرير-'.repeat(22)}.txt`; // 246 bytes: the file system allows 255
    expect(Buffer.byteLength(long)).toBeGreaterThan(244);
    await writeFile(join(dir, long), 'x');
    const [file] = await expandInputs([dir]);
    expect(Buffer.byteLength(file?.key ?? '')).toBeLessThanOrEqual(MAX_KEY_BYTES);
    expect(file?.key).toMatch(/^(تقرير-)+[^-]*-[0-9a-f]{16}\.txt$/);
    expect(file?.metadata).toEqual({ 'original-name': long });
    expect(keyFor(`${long}x`)).not.toBe(file?.key);
    expect(keyFor('short.txt')).toBe('short.txt');
  });
});
