import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../shared/text/numbers.ts';

const values = (text: string) => readNumbers(text).map((n) => n.value);

describe('readNumbers: digits', () => {
  it('reads ASCII and Eastern Arabic digits with thousands separators', () => {
    expect(values('قتل 54 شخصا و٣٢ مدنيا')).toEqual([54, 32]);
    expect(values('more than 350,000 people')).toEqual([350000]);
    expect(values('نحو ١٬٢٠٠ عائلة')).toEqual([1200]);
  });
  it('multiplies digits by a following thousand/million word', () => {
    expect(values('أكثر من 350 ألف شخص')).toEqual([350000]);
    expect(values('٣٥٠ ألف')).toEqual([350000]);
    expect(values('3 آلاف نازح')).toEqual([3000]);
    expect(values('1.5 مليون')).toEqual([1500000]);
  });
  it('keeps offsets into the original text', () => {
    const text = 'أفادت مصادر بمقتل ٤٣ شخصا';
    const [n] = readNumbers(text);
    expect(n && text.slice(n.start, n.end)).toBe('٤٣');
    expect(n?.raw).toBe('٤٣');
  });
  it('reads a range as two numbers', () => {
    expect(values('between 10-15 people')).toEqual([10, 15]);
  });
});

describe('readNumbers: Arabic number words', () => {
  it('reads tens in both case forms and units in both genders', () => {
    expect(values('قتل ثلاثون مدنيا')).toEqual([30]);
    expect(values('مقتل نحو ثلاثين شخصا')).toEqual([30]);
    expect(values('ثلاثة رجال وخمس نساء')).toEqual([3, 5]);
    expect(values('عشرة أطفال')).toEqual([10]);
  });
  it('reads compound teens and unit-and-ten compounds', () => {
    expect(values('أربعة عشر طفلا')).toEqual([14]);
    expect(values('إحدى عشرة امرأة')).toEqual([11]);
    expect(values('اثنا عشر مقاتلا')).toEqual([12]);
    expect(values('خمسة وعشرون قتيلا')).toEqual([25]);
    expect(values('ثلاث و عشرين')).toEqual([23]);
  });
  it('reads hundreds and thousands, joined or separate', () => {
    expect(values('مئة وخمسة وعشرين')).toEqual([125]);
    expect(values('ثلاثمائة شخص')).toEqual([300]);
    expect(values('ثلاث مئة شخص')).toEqual([300]);
    expect(values('مئتين وخمسين')).toEqual([250]);
    expect(values('ثلاثة آلاف وخمسمائة')).toEqual([3500]);
    expect(values('ألفي عنصر')).toEqual([2000]);
    expect(values('عشرة آلاف')).toEqual([10000]);
  });
  it('reads dual nouns as two, once', () => {
    expect(readNumbers('مقتل طفلين')).toMatchObject([{ value: 2, dualNoun: 'طفل' }]);
    expect(values('إصابة امرأتين')).toEqual([2]);
    expect(values('مقتل مدنيين اثنين')).toEqual([2]);
    expect(values('مقتل طفلين اثنين')).toEqual([2]);
  });
  it('does not read weekdays, "one of" or unrelated words as numbers', () => {
    expect(values('يوم الاثنين')).toEqual([]);
    expect(values('أحد المدنيين')).toEqual([]);
    expect(values('لست أدري')).toEqual([]);
    expect(values('والديه')).toEqual([]);
  });
  it('keeps a list of units apart', () => {
    expect(values('ثلاثة وأربعة')).toEqual([3, 4]);
  });
});

describe('readNumbers: English number words', () => {
  it('reads hyphenated and spaced compounds', () => {
    expect(values('twenty-five civilians')).toEqual([25]);
    expect(values('one hundred and twenty five')).toEqual([125]);
    expect(values('two thousand five hundred')).toEqual([2500]);
  });
  it('reads dozens as twelves', () => {
    expect(values('a dozen people')).toEqual([12]);
    expect(values('two dozen')).toEqual([24]);
  });
  it('needs a count before hundred/thousand', () => {
    expect(values('several hundred people')).toEqual([]);
    expect(values('a hundred people')).toEqual([100]);
  });
});
