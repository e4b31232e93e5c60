import { describe, expect, it } from 'vitest';
import { decodeReport, RejectedReportError } from '../../shared/text/decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// windows-1256 code points of the Arabic letters and punctuation used below (from the code page chart), so
// the test does not encode with the decoder it is testing.
const CP1256: Record<string, number> = {
  ء: 0xc1,
  آ: 0xc2,
  أ: 0xc3,
  ؤ: 0xc4,
  إ: 0xc5,
  ئ: 0xc6,
  ا: 0xc7,
  ب: 0xc8,
  ة: 0xc9,
  ت: 0xca,
  ث: 0xcb,
  ج: 0xcc,
  ح: 0xcd,
  خ: 0xce,
  د: 0xcf,
  ذ: 0xd0,
  ر: 0xd1,
  ز: 0xd2,
  س: 0xd3,
  ش: 0xd4,
  ص: 0xd5,
  ض: 0xd6,
  ط: 0xd8,
  ظ: 0xd9,
  ع: 0xda,
  غ: 0xdb,
  ف: 0xdd,
  ق: 0xde,
  ك: 0xdf,
  ل: 0xe1,
  م: 0xe3,
  ن: 0xe4,
  ه: 0xe5,
  و: 0xe6,
  ى: 0xec,
  ي: 0xed,
  '،': 0xa1,
  '؛': 0xba,
  '؟': 0xbf,
};

function cp1256(s: string): Uint8Array {
  return Uint8Array.from([...s], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1256[ch];
    if (byte === undefined) throw new Error(`no windows-1256 byte for ${ch} in the test table`);
    return byte;
  });
}

function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + s, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
}

function rejection(bytes: Uint8Array, hints = {}): string {
  try {
    decodeReport(bytes, hints);
  } catch (error) {
    expect(error).toBeInstanceOf(RejectedReportError);
    const reason = (error as RejectedReportError).reason;
    expect(reason).toMatch(/^The report .+\.$/);
    return reason;
  }
  throw new Error('expected the report to be rejected');
}

const ARABIC = 'قال المرصد إن غارة جوية استهدفت بلدة هجين شرق دير الزور، وأدت إلى مقتل عشرة مدنيين بينهم أطفال.';

describe('decodeReport: rejections', () => {
  it('rejects an empty report', () => {
    expect(rejection(new Uint8Array())).toBe('The report is empty (0 bytes).');
  });

  it('rejects white space only', () => {
    expect(rejection(utf8('  \n\t \r\n  '))).toMatch(/only white space/);
    expect(rejection(utf8('\uFEFF \u00a0\u3000 '))).toMatch(/only white space/);
  });

  it('rejects binary bytes with NULs', () => {
    expect(rejection(Uint8Array.from([0x41, 0x00, 0x13, 0x00, 0x00, 0x7f, 0x42, 0x00, 0x01, 0x02, 0x03]))).toMatch(
      /binary data.*NUL bytes/,
    );
  });

  it('rejects data full of control bytes', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x02 : 0x61 + (i % 26)));
    expect(rejection(bytes)).toMatch(/binary data.*control characters/);
  });

  it('names known binary formats', () => {
    expect(rejection(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(
      'The report is a PDF document, not text: upload it as plain text or HTML.',
    );
    expect(rejection(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toMatch(
      /a PNG image/,
    );
    expect(rejection(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toMatch(/ZIP archive.*docx/);
    expect(rejection(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toMatch(/a JPEG image/);
  });

  it('rejects text without a single letter', () => {
    expect(rejection(utf8('12345 -- 678 ... !!!\n'))).toMatch(/no readable text/);
  });

  it('rejects HTML with no article text', () => {
    const html = '<!doctype html><html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>';
    expect(rejection(utf8(html))).toMatch(/HTML page with no readable article text/);
  });

  it('rejects UTF-32, which cannot be decoded', () => {
    expect(rejection(Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]))).toMatch(/UTF-32.*UTF-8/);
  });

  it('throws RejectedReportError with the reason as message', () => {
    expect(() => decodeReport(new Uint8Array(), {})).toThrow(RejectedReportError);
    expect(() => decodeReport(new Uint8Array(), {})).toThrow('The report is empty (0 bytes).');
  });
});

describe('decodeReport: character sets', () => {
  it('reads UTF-8 (ASCII included)', () => {
    expect(decodeReport(utf8(ARABIC), {})).toEqual({ text: ARABIC, format: 'text', charset: 'utf-8' });
    expect(decodeReport(utf8('Plain ASCII report.'), {}).charset).toBe('utf-8');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]);
    const decoded = decodeReport(bytes, {});
    expect(decoded.text).toBe(ARABIC);
    expect(decoded.charset).toBe('utf-8');
  });

  it('reads UTF-16 with a byte-order mark, either endianness', () => {
    for (const endian of ['le', 'be'] as const) {
      const decoded = decodeReport(utf16(`${ARABIC}\r\nسطر ثان`, endian, true), {});
      expect(decoded.text).toBe(`${ARABIC}\nسطر ثان`);
      expect(decoded.charset).toBe(`utf-16${endian}`);
    }
  });

  it('reads UTF-16 without a byte-order mark when it is mostly ASCII', () => {
    const decoded = decodeReport(utf16('Airstrike on Hajin kills ten civilians.', 'le', false), {});
    expect(decoded).toMatchObject({ text: 'Airstrike on Hajin kills ten civilians.', charset: 'utf-16le' });
  });

  it('reads Arabic UTF-16 without a byte-order mark, either endianness, instead of rejecting it as binary', () => {
    for (const endian of ['le', 'be'] as const) {
      const decoded = decodeReport(utf16(`${ARABIC}\nسطر ثان`, endian, false), {});
      expect(decoded).toMatchObject({ text: `${ARABIC}\nسطر ثان`, charset: `utf-16${endian}` });
    }
  });

  it('still rejects binary tables of small numbers, which have control bytes in every position', () => {
    const ints = new Uint8Array(4000);
    for (let i = 0; i < ints.length; i += 4) ints[i] = (i / 4) % 200;
    expect(() => decodeReport(ints, {})).toThrow(/binary data/);
  });

  it('detects windows-1256 Arabic that is not valid UTF-8', () => {
    const bytes = cp1256(`${ARABIC}\nوقالت مصادر محلية إن القصف استهدف منازل المدنيين؟`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeReport(bytes, {});
    expect(decoded.charset).toBe('windows-1256');
    expect(decoded.text).toBe(`${ARABIC}\nوقالت مصادر محلية إن القصف استهدف منازل المدنيين؟`);
  });

  it('detects a short windows-1256 text too', () => {
    expect(decodeReport(cp1256('مقتل عشرة في هجين'), {}).text).toBe('مقتل عشرة في هجين');
  });

  it('uses the charset the Content-Type or an HTML meta tag declares', () => {
    const text = decodeReport(cp1256('غارة على هجين'), { contentType: 'text/plain; charset=windows-1256' });
    expect(text).toMatchObject({ text: 'غارة على هجين', charset: 'windows-1256' });
    const html = cp1256(
      '<html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>غارة على هجين</p></body></html>',
    );
    expect(decodeReport(html, {})).toMatchObject({
      text: 'غارة على هجين',
      title: 'خبر',
      format: 'html',
      charset: 'windows-1256',
    });
  });

  it('keeps UTF-8 with one broken sequence as UTF-8 (a replacement character), not as a garbled legacy charset', () => {
    const good = Buffer.from('قال المرصد إن غارة على بلدة هجين أدت إلى مقتل 12 مدنيا. '.repeat(4));
    const broken = Buffer.concat([good.subarray(0, 31), Buffer.from([0xd8]), good.subarray(31)]);
    const decoded = decodeReport(new Uint8Array(broken), { fileName: 'r.txt' });
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain('مقتل 12 مدنيا');
    expect([...decoded.text].filter((c) => c === '\uFFFD')).toHaveLength(1);
  });

  it('rejects invalid UTF-8 that a legacy charset would only turn into symbols', () => {
    const junk = new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0x80]);
    expect(() => decodeReport(junk, { fileName: 'junk.txt' })).toThrow(/not valid UTF-8/);
  });

  it('prefers valid UTF-8 over a wrong declared charset', () => {
    expect(decodeReport(utf8(ARABIC), { contentType: 'text/plain; charset=iso-8859-1' }).text).toBe(ARABIC);
  });
});

describe('decodeReport: text clean-up', () => {
  it('normalises line endings, trailing spaces and runs of blank lines', () => {
    const decoded = decodeReport(utf8('\r\n\r\nFirst line  \r\nsecond\r\rthird\n\n\n\n\nfourth\t\n\n'), {});
    expect(decoded.text).toBe('First line\nsecond\n\nthird\n\nfourth');
  });
});

describe('decodeReport: HTML', () => {
  const page = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>غارة على هجين | موقع الأخبار</title>
  <meta property="og:title" content="مقتل عشرة مدنيين بغارة على هجين">
  <style>body { color: red }</style>
  <script>window.tracker = "مقتل 999";</script>
</head>
<body>
  <header class="site-header"><a href="/">الرئيسية</a> <a href="/syria">سوريا</a></header>
  <nav><ul><li>أخبار</li><li>رياضة</li></ul></nav>
  <!-- تعليق: مقتل 500 -->
  <article>
    <header><h1>مقتل عشرة مدنيين بغارة على هجين</h1><p class="byline">دير الزور &ndash; مراسلنا</p></header>
    <p>قال المرصد السوري لحقوق الإنسان إن <b>عشرة</b> مدنيين قتلوا&nbsp;في غارة على بلدة هجين.</p>
    <p>وأضاف أن بين القتلى &quot;ثلاثة أطفال&quot; &amp; امرأتين&#x2026;\
<br>وأصيب &#1593;&#1588;&#1585;&#1577; آخرون.</p>
    <div class="share-buttons">شارك على فيسبوك</div>
    <script>console.log("مقتل 77")</script>
    <footer>الوسوم: سوريا</footer>
  </article>
  <aside><h2>الأكثر قراءة</h2><p>مقتل 300 في مكان آخر</p></aside>
  <form><input name="q"><button>بحث</button></form>
  <footer>جميع الحقوق محفوظة</footer>
</body>
</html>`;

  it('keeps the article with paragraph breaks and drops scripts, navigation, asides, forms and footers', () => {
    const decoded = decodeReport(utf8(page), { contentType: 'text/html; charset=utf-8' });
    expect(decoded.format).toBe('html');
    expect(decoded.text).toBe(
      [
        'مقتل عشرة مدنيين بغارة على هجين',
        'دير الزور – مراسلنا',
        'قال المرصد السوري لحقوق الإنسان إن عشرة مدنيين قتلوا في غارة على بلدة هجين.',
        'وأضاف أن بين القتلى "ثلاثة أطفال" & امرأتين…\nوأصيب عشرة آخرون.',
      ].join('\n\n'),
    );
    for (const dropped of [
      '999',
      '500',
      '77',
      '300',
      'فيسبوك',
      'الرئيسية',
      'رياضة',
      'بحث',
      'محفوظة',
      'الوسوم',
      'color',
    ]) {
      expect(decoded.text).not.toContain(dropped);
    }
  });

  it('takes the title from og:title, else the h1, else <title>', () => {
    expect(decodeReport(utf8(page), {}).title).toBe('مقتل عشرة مدنيين بغارة على هجين');
    const noOg = page
      .replace(/<meta property="og:title"[^>]*>/, '')
      .replace('<h1>مقتل عشرة مدنيين بغارة على هجين</h1>', '<h1>عنوان المقال</h1>');
    expect(decodeReport(utf8(noOg), {}).title).toBe('عنوان المقال');
    const onlyTitle =
      '<html><head><title> Strike &amp; denial </title></head><body><p>Ten civilians were killed.</p></body></html>';
    expect(decodeReport(utf8(onlyTitle), {})).toMatchObject({
      title: 'Strike & denial',
      text: 'Ten civilians were killed.',
    });
  });

  it('recognises HTML by file extension and by sniffing, and leaves plain text alone', () => {
    const fragment = '<p>Ten &amp; more</p><p>killed</p>';
    expect(decodeReport(utf8(fragment), { fileName: 'reports/2018/report.htm' })).toMatchObject({
      format: 'html',
      text: 'Ten & more\n\nkilled',
    });
    expect(decodeReport(utf8(`  <!doctype html>${fragment}`), { contentType: 'text/plain' }).format).toBe('html');
    expect(decodeReport(utf8('The army said <10 people & "some" more were hurt.'), {})).toMatchObject({
      format: 'text',
      text: 'The army said <10 people & "some" more were hurt.',
    });
  });

  it('uses the whole body when there is no article element', () => {
    const html =
      '<html><body><nav>Menu</nav><div><p>First paragraph.</p><p>Second   paragraph\n' +
      ' spans lines.</p></div></body></html>';
    expect(decodeReport(utf8(html), {}).text).toBe('First paragraph.\n\nSecond paragraph spans lines.');
  });
});
