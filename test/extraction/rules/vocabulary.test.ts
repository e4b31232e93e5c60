import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/extraction/rules/folded-text.ts';
import {
  ABOUT_AFTER,
  AT_LEAST_AFTER,
  hasCasualtyVocabulary,
  hasDenialVerb,
  INCLUSION_BEFORE,
  isAggregate,
  QUALIFIERS_BEFORE,
} from '../../../shared/extraction/rules/vocabulary.ts';

const folded = (text: string) => foldText(text).folded;

describe('hasCasualtyVocabulary', () => {
  it('sees casualty words in either language, with diacritics or clitics', () => {
    expect(hasCasualtyVocabulary('وأسفر القصف عن مقتل خمسة')).toBe(true);
    expect(hasCasualtyVocabulary('قُتِلَ ثلاثة مدنيين')).toBe(true);
    expect(hasCasualtyVocabulary('وسقط عدد من الجرحى')).toBe(true);
    expect(hasCasualtyVocabulary('Three people were wounded')).toBe(true);
    expect(hasCasualtyVocabulary('The coalition denied the report')).toBe(true);
  });
  it('is false for text without any', () => {
    expect(hasCasualtyVocabulary('افتتاح مدرسة جديدة في المدينة')).toBe(false);
    expect(hasCasualtyVocabulary('The market reopened on Monday.')).toBe(false);
  });
});

describe('denial verbs', () => {
  it('match whole words only', () => {
    expect(hasDenialVerb(folded('نفى التحالف ذلك'))).toBe(true);
    expect(hasDenialVerb(folded('ونفت الوزارة الأنباء'))).toBe(true);
    expect(hasDenialVerb(folded('التحالف ينفي قتل مدنيين'))).toBe(true);
    expect(hasDenialVerb(folded('The ministry denied it'))).toBe(true);
    expect(hasDenialVerb(folded('نفذ التحالف غارات'))).toBe(false);
    expect(hasDenialVerb(folded('اتهمته بتنفيذ الضربة'))).toBe(false);
  });
});

describe('isAggregate', () => {
  it('recognises war-wide and campaign totals by their wording, whatever the size of the figure', () => {
    expect(isAggregate(folded('تسبب منذ اندلاعه في 2011 بمقتل أكثر من 350 شخصا'), 350)).toBe(true);
    expect(isAggregate(folded('أحصى المرصد مقتل 234 مدنيا خلال الأشهر الثلاثة الفائتة'), 234)).toBe(true);
    expect(isAggregate(folded('وثقت الشبكة مقتل 120 مدنيا في شهر تشرين الأول'), 120)).toBe(true);
    expect(isAggregate(folded('more than 250 people have been killed since the conflict began'), 250)).toBe(true);
    expect(isAggregate(folded('the bombing campaign has killed hundreds'), 200)).toBe(true);
  });
  it('takes a figure too large for one event as a total even without the wording', () => {
    expect(isAggregate(folded('قتل 350 ألف شخص'), 350_000)).toBe(true);
  });
  it('leaves one event alone, even next to "since"', () => {
    expect(isAggregate(folded('قتل 38 شخصا في الشعفة يوم الثلاثاء'), 38)).toBe(false);
    expect(isAggregate(folded('the first blast in the town since the outbreak of the war killed four people'), 4)).toBe(
      false,
    );
    expect(isAggregate(folded('قتل 10 أشخاص منذ صباح اليوم'), 10)).toBe(false);
  });
  it('counts from a named month or weekday as a total: "since 15 January", "since Sunday"', () => {
    expect(isAggregate(folded('قتل 120 مدنيا منذ 15 كانون الثاني'), 120)).toBe(true);
    expect(isAggregate(folded('قتل 120 مدنيا منذ مطلع 3 آب'), 120)).toBe(true);
    expect(isAggregate(folded('قتل 120 مدنيا منذ 3 أبريل'), 120)).toBe(true);
    expect(isAggregate(folded('120 civilians have been killed since Sunday'), 120)).toBe(true);
    expect(isAggregate(folded('120 civilians have been killed since 3 September'), 120)).toBe(true);
    expect(isAggregate(folded('قتل 12 مدنيا في 3 آب'), 12)).toBe(false);
  });
});

describe('qualifiers before a number', () => {
  /** The qualifier the words before a number give it (the text ends where the number starts). */
  const qualifierBefore = (text: string) => QUALIFIERS_BEFORE.find(([, re]) => re.test(folded(text)))?.[0];

  it('reads each qualifier in either language', () => {
    expect(qualifierBefore('قُتل ما لا يقل عن ')).toBe('at_least');
    expect(qualifierBefore('killing no fewer than ')).toBe('at_least');
    expect(qualifierBefore('قُتل أكثر من ')).toBe('more_than');
    expect(qualifierBefore('killing more than ')).toBe('more_than');
    expect(qualifierBefore('قُتل نحو ')).toBe('about');
    expect(qualifierBefore('killing an estimated ')).toBe('about');
    expect(qualifierBefore('قُتل ما يصل إلى ')).toBe('up_to');
    expect(qualifierBefore('killing as many as ')).toBe('up_to');
    expect(qualifierBefore('قُتل ')).toBeUndefined();
  });
  it('takes a written-on prefix only where Arabic writes one', () => {
    // A preposition joins أكثر and نحو ("بأكثر من", "لنحو"), a conjunction joins a verb ("وتجاوز"), never بـ.
    expect(qualifierBefore('قدرت الحصيلة بأكثر من ')).toBe('more_than');
    expect(qualifierBefore('ارتفع العدد لنحو ')).toBe('about');
    expect(qualifierBefore('فارتفعت الحصيلة وتجاوزت ')).toBe('more_than');
    expect(qualifierBefore('مع بتجاوز ')).toBeUndefined();
    // حتى is read standing alone only: no prefix ("وحتى") is taken.
    expect(qualifierBefore('قتل حتى ')).toBe('up_to');
    expect(qualifierBefore('وحتى ')).toBeUndefined();
  });
  it('lets بـ or لـ join the number, except after "up to"', () => {
    expect(qualifierBefore('قتل على الأقل ل')).toBe('at_least');
    expect(qualifierBefore('قتل حتى ب')).toBeUndefined();
  });
});

describe('qualifiers after a figure', () => {
  it('read "at least" and "about" a few words after the number', () => {
    expect(AT_LEAST_AFTER.test(folded(' مدنيا على الأقل'))).toBe(true);
    expect(AT_LEAST_AFTER.test(' civilians at least')).toBe(true);
    expect(ABOUT_AFTER.test(folded(' شخصا تقريبا'))).toBe(true);
    expect(ABOUT_AFTER.test(' people or so')).toBe(true);
    expect(ABOUT_AFTER.test(' people were killed, approximately')).toBe(false);
  });
});

describe('inclusion before a figure', () => {
  /** The inclusion phrase, with up to two words after it, that ends where the figure starts. */
  const inclusion = (text: string) => INCLUSION_BEFORE.exec(folded(text))?.[0];

  it('reads "among them" and its kin in either language, with up to two words before the figure', () => {
    expect(inclusion('قتل 12 شخصا بينهم ')).toBe('بينهم ');
    expect(inclusion('قتل 12 شخصا، ومن بينهم ')).toBe('ومن بينهم ');
    expect(inclusion('قتل 12 شخصا معظمهم من ')).toBe('معظمهم من ');
    expect(inclusion('12 people were killed, among them seven young ')).toBe('among them seven young ');
    expect(inclusion('12 people were killed, most of them ')).toBe('most of them ');
  });
  it('reads a victim noun after بين, with or without the article', () => {
    expect(inclusion('وكان من بين القتلى ')).toBe('من بين القتلي ');
    expect(inclusion('بين جرحى الغارة ')).toBe('بين جرحي الغاره ');
  });
  it('needs the phrase to start a word and the figure within two words of it', () => {
    expect(inclusion('قتل 12 شخصا ضمنهم ')).toBeUndefined();
    expect(inclusion('including the people of the ')).toBeUndefined();
  });
});
