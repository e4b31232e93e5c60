// Hostile input through `claimwatch run` (the CLI, s3rver, DynamoDB Local, the Lambda's processing code): each
// file ends with the status and reason chosen for it, the run finishes and exits 0 (its time is measured by
// hand and in `npm run bench`, not asserted: a timed test fails on a busy machine). The sentences are the test's
// own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResult } from '../../cli/local/run-result.ts';
import { main } from '../../cli/main.ts';

const AR_SENTENCE = 'قال المرصد السوري إن غارة على بلدة هجين أدت إلى مقتل 12 مدنيا.';
const EN_SENTENCE = 'The Syrian Observatory said an airstrike on Hajin killed 12 civilians on Monday.';
/** Each report gets its own closing line, so none is a duplicate of another. */
let serial = 0;
const ar = () => `${AR_SENTENCE}\nتقرير رقم ${++serial} من المراسل.`;
const en = () => `${EN_SENTENCE}\nFiled as report number ${++serial}.`;
const META = JSON.stringify({ publishedAt: '2018-11-10' });
const LONG_NAME = `${'تقرير-'.repeat(22)}.txt`; // 246 bytes: the file system allows 255

function utf16le(text: string): Buffer {
  const out = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) out.writeUInt16LE(text.charCodeAt(i), i * 2);
  return out;
}

/** windows-1256 bytes of the few letters used (the test's own table, not the decoder's). */
const CP1256: Record<string, number> = { م: 0xe3, ق: 0xde, ت: 0xca, ل: 0xe1, ' ': 0x20 };

const FILES: Record<string, string | Buffer> = {
  'a-nested-divs.html': `<html><body>${'<div>'.repeat(40_000)}${ar()}${'</div>'.repeat(40_000)}</body></html>`,
  'b-unclosed-tags.html': `<html><body><p>${ar()}</p>${'<span>كلمة '.repeat(100_000)}</body></html>`,
  'c-binary.dat': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  'd-utf16-arabic-no-bom.txt': utf16le(ar()),
  'e-huge-number.txt': en().replace('12', '99999999999'),
  'f-negative-number.txt': en().replace('12', '-12'),
  'g-control-chars.txt': `${en()}\u0001\u0007\u001b\n${'Residents said the shelling went on all night. '.repeat(5)}`,
  'h-rtl-override.txt': en().replace('Hajin', '\u202eHajin\u202c').replace('said', '\u2067said\u2069'),
  'i-zero-width.txt': en().replace('civilians', 'civ\u200bilians').replace('killed', 'kil\u200dled'),
  'j-empty.txt': '',
  'k-only-whitespace.txt': ' \n\t\r\n \u00a0 \n',
  'l-bad-sidecar.txt': en(),
  'l-bad-sidecar.meta.json': '{"publishedAt": "2018-11-10",',
  [LONG_NAME]: en(),
  'm-mixed-encodings.txt': Buffer.concat([
    Buffer.from(`${ar()}\n`),
    Buffer.from([...'مقتل مقتل مقتل'].map((c) => CP1256[c] ?? 0x3f)),
  ]),
  'n-script-injection.html':
    `<html><body><script>alert("مقتل 99 مدنيا")</script><img src=x onerror="x()">` +
    `<article><p>${ar()}</p></article><iframe src="javascript:alert(1)">مقتل 77 مدنيا</iframe></body></html>`,
  'o-only-markup.html': '<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>',
  'p-document.pdf': Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'),
  'q-utf32.txt': Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]),
  'r-400-digit-number.txt': en().replace('12', '7'.repeat(400)),
  's-nul-in-text.txt': Buffer.concat([Buffer.from(en()), Buffer.from([0]), Buffer.from(en())]),
  '%2e%2e%2fescape.txt': en(),
};

let dir: string;
let result: RunResult;
let exitCode: number;
const report = (key: string) => result.reports.find((r) => r.key === key);
const figures = (key: string) => report(key)?.claims.map((c) => c.counts.civilians_killed?.stated);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimwatch-hostile-'));
  const inputs = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inputs);
  for (const [name, body] of Object.entries(FILES)) writeFileSync(join(inputs, name), body);
  for (const name of Object.keys(FILES)) {
    if (!name.endsWith('.meta.json') && !Object.hasOwn(FILES, name.replace(/\.\w+$/, '.meta.json'))) {
      writeFileSync(join(inputs, name.replace(/\.\w+$/, '.meta.json')), META);
    }
  }
  const out = join(dir, 'result.json');
  const sink = { write: () => true };
  exitCode = await main(['run', inputs, '--out', out, '--quiet'], { stdout: sink, stderr: sink });
  result = RunResult.parse(JSON.parse(readFileSync(out, 'utf8')));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile input in a local run', () => {
  it('finishes every file, exits 0 and writes the run result', () => {
    expect(exitCode).toBe(0);
    expect(result.reports).toHaveLength(Object.keys(FILES).filter((n) => !n.endsWith('.meta.json')).length);
    for (const r of result.reports) if (r.status !== 'processed') expect(r.reason).toBeTruthy();
  });

  it('reads the claim inside 40,000 nested <div>s and beside 100,000 unclosed tags', () => {
    expect(report('a-nested-divs.html')?.status).toBe('processed');
    expect(figures('a-nested-divs.html')).toEqual([12]);
    expect(report('b-unclosed-tags.html')?.status).toBe('processed');
    expect(figures('b-unclosed-tags.html')).toEqual([12]);
  });

  it('rejects binary data, a PDF, UTF-32 and text with a NUL byte, naming why', () => {
    expect(report('c-binary.dat')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/binary/) });
    expect(report('p-document.pdf')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/PDF/) });
    expect(report('q-utf32.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/UTF-32/) });
    expect(report('s-nul-in-text.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/NUL/) });
  });

  it('decodes Arabic UTF-16 without a byte-order mark', () => {
    expect(report('d-utf16-arabic-no-bom.txt')?.status).toBe('processed');
    expect(figures('d-utf16-arabic-no-bom.txt')).toEqual([12]);
  });

  it('records an implausible figure as unverified, reads no count from -12 or a 400-digit number', () => {
    const [huge] = report('e-huge-number.txt')?.claims ?? [];
    expect(huge?.verification).toMatchObject({ status: 'unverified', reason: expect.stringMatching(/implausible/) });
    expect(report('e-huge-number.txt')?.status).toBe('processed');
    expect(report('f-negative-number.txt')).toMatchObject({ status: 'processed', claims: [] });
    expect(report('r-400-digit-number.txt')).toMatchObject({ status: 'processed', claims: [] });
  });

  it('reads through stray control characters, bidi overrides and zero-width characters', () => {
    expect(figures('g-control-chars.txt')).toEqual([12]);
    expect(figures('h-rtl-override.txt')).toEqual([12]);
    expect(report('i-zero-width.txt')?.status).toBe('processed');
  });

  it('rejects an empty file and one of white space only', () => {
    expect(report('j-empty.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/empty/) });
    expect(report('k-only-whitespace.txt')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/white space/),
    });
  });

  it('rejects only the report with an invalid sidecar', () => {
    expect(report('l-bad-sidecar.txt')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/l-bad-sidecar\.meta\.json is not valid JSON/),
    });
  });

  it('processes a report with a 246-byte name under a hash-shortened key', () => {
    const long = result.reports.find((r) => /^(تقرير-)+[^-]*-[0-9a-f]{16}\.txt$/.test(r.key));
    expect(long).toMatchObject({ status: 'processed' });
    expect(long?.claims.map((c) => c.counts.civilians_killed?.stated)).toEqual([12]);
  });

  it('rejects UTF-8 mixed with windows-1256, which reads in no one charset, asking for UTF-8', () => {
    expect(report('m-mixed-encodings.txt')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/re-save it as UTF-8/),
    });
  });

  it('drops scripts, iframes and event attributes from HTML, and rejects a page of markup only', () => {
    expect(figures('n-script-injection.html')).toEqual([12]);
    expect(report('o-only-markup.html')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/no readable article text/),
    });
  });

  it('refuses a key that would decode to a "../" path, as a failed upload of that report only', () => {
    expect(report('%2e%2e%2fescape.txt')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/upload to local S3 failed/),
    });
  });
});
