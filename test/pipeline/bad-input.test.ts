// Bad input never crashes a run: each of these ends with a clear status and reason in the run result.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../cli/local/run-result.ts';
import { runLocal } from '../../cli/local/runtime.ts';

/** windows-1256 bytes for the Arabic letters used below (the test's own table, not the decoder under test). */
const CP1256: Record<string, number> = {
  ق: 0xde,
  أ: 0xc3,
  ا: 0xc7,
  ل: 0xe1,
  م: 0xe3,
  ر: 0xd1,
  ص: 0xd5,
  د: 0xcf,
  ن: 0xe4,
  ي: 0xed,
  ت: 0xca,
  ة: 0xc9,
  ' ': 0x20,
  '.': 0x2e,
  ه: 0xe5,
  ج: 0xcc,
  ب: 0xc8,
  غ: 0xdb,
  ع: 0xda,
  ى: 0xec,
  ء: 0xc1,
  و: 0xe6,
  ك: 0xdf,
  ف: 0xdd,
};
const cp1256 = (text: string) =>
  Buffer.from([...text].map((c) => (/\d/.test(c) ? c.charCodeAt(0) : (CP1256[c] ?? 0x3f))));

const sentence = 'قال المرصد السوري إن غارة على بلدة هجين أدت إلى مقتل 12 مدنيا.';
let dir: string;
let result: RunResult;
const status = (key: string) => result.reports.find((r) => r.key === key);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimwatch-bad-input-'));
  const meta = JSON.stringify({ publishedAt: '2018-11-10', language: 'ar' });
  writeFileSync(join(dir, 'a-empty.txt'), '');
  writeFileSync(
    join(dir, 'b-binary.bin'),
    Buffer.from([0x00, 0x01, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x13, 0x37]),
  );
  writeFileSync(
    join(dir, 'c-invalid-utf8.txt'),
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0x80]),
  );
  writeFileSync(join(dir, 'd-windows-1256.txt'), cp1256(sentence));
  writeFileSync(join(dir, 'd-windows-1256.meta.json'), meta);
  writeFileSync(
    join(dir, 'e-page.html'),
    `<!doctype html><html><head><title>Hajin</title><script>var x = "مقتل 99 مدنيا";</script></head>
    <body><nav>الرئيسية أخبار</nav><article><h1>غارة على هجين</h1>\
<p>${sentence.replace('12', '7')}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`,
  );
  writeFileSync(join(dir, 'e-page.meta.json'), JSON.stringify({ publishedAt: '2019-03-02', language: 'ar' }));
  writeFileSync(join(dir, 'f-huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
  result = await runLocal({ inputs: [dir], extractor: 'rules', log: () => {} });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input in a local run', () => {
  it('rejects an empty file, saying it is empty', () => {
    expect(status('a-empty.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/empty/i) });
  });

  it('rejects binary bytes and bytes that are no text in any charset', () => {
    expect(status('b-binary.bin')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/binary|PNG|NUL/i),
    });
    expect(status('c-invalid-utf8.txt')).toMatchObject({ status: 'rejected', reason: expect.any(String) });
  });

  it('reads windows-1256 Arabic and extracts its claim', () => {
    const report = status('d-windows-1256.txt');
    expect(report?.status).toBe('processed');
    expect(report?.claims.some((c) => c.counts.civilians_killed?.stated === 12)).toBe(true);
  });

  it('reads the article of an HTML page and ignores the script and navigation', () => {
    const report = status('e-page.html');
    expect(report?.status).toBe('processed');
    const figures = report?.claims.map((c) => c.counts.civilians_killed?.stated);
    expect(figures).toContain(7);
    expect(figures).not.toContain(99);
  });

  it('rejects a 20 MB file over the size limit without reading it', () => {
    expect(status('f-huge.txt')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/over the \d+-byte limit/),
    });
  });

  it('every report ends with a status and every rejection has a reason', () => {
    expect(result.reports).toHaveLength(6);
    for (const report of result.reports) if (report.status !== 'processed') expect(report.reason).toBeTruthy();
  });
});
