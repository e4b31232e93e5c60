import { describe, expect, it } from 'vitest';
import { capWords, httpUrl, plainText, plainTextWithoutContacts } from '../../shared/domain/untrusted-text.ts';

describe('untrusted text', () => {
  it('makes one plain line: no newline, CR, tab, control, bidi override or zero-width character', () => {
    const text = plainText('SOHR\r\nReport: http://evil.example\u0007\u202Egpj.exe\u200B\tend', 200);
    expect(text).toBe('SOHR Report: http://evil.example gpj.exe end');
    expect(text).not.toMatch(/[\r\n\t\u0000-\u001f\u202a-\u202e\u200b-\u200f]/);
  });

  it('passes no markup: tags are removed, stray angle brackets too', () => {
    expect(plainText('<script>alert(1)</script><b>Hajin</b> a<b', 100)).toBe('alert(1) Hajin a b');
    expect(plainText('<img src=x onerror=alert(1)>Shafa', 100)).toBe('Shafa');
  });

  it('caps length at a word boundary', () => {
    expect(capWords('Syrian Observatory for Human Rights', 20)).toBe('Syrian Observatory…');
    expect([...plainText('ا'.repeat(500), 40)]).toHaveLength(40);
  });

  it('takes phone numbers and links out where a reader could act on them', () => {
    const text = plainTextWithoutContacts(
      'Call +963 11 234 5678 or ٠٩٣٣١٢٣٤٥٦ now, see www.evil.example/x, ' + 'javascript:alert(1), https://a.example/b',
      300,
    );
    expect(text).not.toMatch(/\d{3}|[٠-٩]{3}|javascript|evil|https/);
    expect(text).toContain('[number removed]');
    expect(text).toContain('[link removed]');
  });

  it('keeps casualty figures and years: they are not phone numbers', () => {
    expect(plainTextWithoutContacts('54 killed, 28 civilians, on 2018-07-12', 100)).toBe(
      '54 killed, 28 civilians, on 2018-07-12',
    );
  });

  it('accepts only http(s) report links without credentials, percent-encoded as text', () => {
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('data:text/html,<script>')).toBeUndefined();
    expect(httpUrl('https://user:pw@example.org/')).toBeUndefined();
    expect(httpUrl('not a url')).toBeUndefined();
    expect(httpUrl('https://example.org/a b<c>\nd')).toBe('https://example.org/a%20b%3Cc%3Ed');
  });
});
