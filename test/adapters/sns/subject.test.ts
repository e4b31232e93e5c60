import { describe, expect, it } from 'vitest';
import { MAX_SUBJECT_LENGTH, sanitizeSubject } from '../../../shared/adapters/sns/subject.ts';

const printableAscii = /^[\x20-\x7e]+$/;

describe('sanitizeSubject', () => {
  it('keeps a plain ASCII subject unchanged', () => {
    expect(sanitizeSubject('NEW incident: 4 killed in Hajin, 2019-03-01')).toBe(
      'NEW incident: 4 killed in Hajin, 2019-03-01',
    );
  });
  it('drops Arabic script, empty brackets and folds typographic punctuation and accents', () => {
    const out = sanitizeSubject('Denial — “coalition” denies strike in Susah (السوسة)… café');
    expect(out).toBe('Denial - "coalition" denies strike in Susah... cafe');
    expect(out).toMatch(printableAscii);
  });
  it('removes line breaks and control characters', () => {
    expect(sanitizeSubject('Count raised\r\n\tin\u0007 Hajin')).toBe('Count raised in Hajin');
  });
  it('never starts with white space or a separator', () => {
    expect(sanitizeSubject('هجين: 5 killed')).toBe('5 killed');
  });
  it('shortens to under 100 characters at a word boundary', () => {
    const long = `Toll raised ${'in the eastern countryside '.repeat(8)}`;
    const out = sanitizeSubject(long);
    expect(out.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(out.length).toBeLessThan(100);
    expect(out.endsWith('...')).toBe(true);
    expect(out).not.toMatch(/\s\.\.\.$/);
  });
  it('falls back to a generic subject when nothing ASCII is left', () => {
    expect(sanitizeSubject('ارتفاع الحصيلة')).toBe('claimwatch alert');
  });
});
