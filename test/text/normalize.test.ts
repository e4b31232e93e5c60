import { describe, expect, it } from 'vitest';
import { nameKey, normalizeArabic, toAsciiDigits } from '../../shared/text/normalize.ts';

describe('normalizeArabic', () => {
  it('folds hamza and alef forms, ta marbuta, alef maqsura, waw and ya hamza', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مدينة المصطفى')).toBe('مدينه المصطفي');
    expect(normalizeArabic('مسؤول قائد')).toBe('مسوول قايد');
  });

  it('strips diacritics and tatweel, and converts Eastern Arabic digits', () => {
    expect(normalizeArabic('قُتِلَ ٢٨ مدنيـــاً')).toBe('قتل 28 مدنيا');
    expect(toAsciiDigits('۱۲۳ و٤٥٦')).toBe('123 و456');
  });

  it('lower-cases Latin text, unifies quotes and collapses white space', () => {
    expect(normalizeArabic('  The  “Coalition”\n said ')).toBe('the "coalition" said');
  });
});

describe('nameKey', () => {
  it('drop a leading article and ignore spaces, hyphens and apostrophes', () => {
    expect(nameKey('السوسة')).toBe(nameKey('سوسة'));
    expect(nameKey('al-Susah')).toBe(nameKey('Susah'));
    expect(nameKey("Al Sha'afa")).toBe(nameKey('Shaafa'));
    expect(nameKey('ديرالزور')).toBe(nameKey('دير الزور'));
  });
});
