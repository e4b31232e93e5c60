import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/extraction/rules/folded-text.ts';
import { ar } from '../../../shared/extraction/rules/lang/ar.ts';
import { en } from '../../../shared/extraction/rules/lang/en.ts';
import type { LanguageRecord } from '../../../shared/extraction/rules/lang/record.ts';

const LISTS = [
  'denialVerbs',
  'denialVerbsWithConjunction',
  'objectDenialVerbs',
  'acknowledgmentVerbs',
  'coordinatedStatementVerbs',
  'attributionVerbs',
  'statementOpeners',
] as const satisfies ReadonlyArray<keyof LanguageRecord>;

describe.each([ar, en])('the $code language record', (record) => {
  it('writes every word in the folded form the patterns match, once per list', () => {
    for (const list of LISTS) {
      for (const word of record[list]) expect(foldText(word).folded, `${list}: ${word}`).toBe(word);
      expect(new Set(record[list]).size, list).toBe(record[list].length);
    }
  });
  it('writes words only: no pattern syntax leaks into a list joined into a regex', () => {
    for (const list of LISTS) for (const word of record[list]) expect(word, list).toMatch(/^[\p{L} ]+$/u);
  });
  it('reads with a conjunction only words it knows as denials', () => {
    for (const word of record.denialVerbsWithConjunction) expect(record.denialVerbs).toContain(word);
  });
  it('joins a second statement only with a denial, a rejection or an acknowledgment', () => {
    const statements = [...record.denialVerbs, ...record.objectDenialVerbs, ...record.acknowledgmentVerbs];
    for (const word of record.coordinatedStatementVerbs) expect(statements).toContain(word);
  });
  it('keeps denials and acknowledgments apart', () => {
    for (const word of record.acknowledgmentVerbs) expect(record.denialVerbs).not.toContain(word);
  });
});

describe('the Arabic record', () => {
  it('folds what reports write onto its words (hamza seats, ta marbuta, alef maqsura, diacritics)', () => {
    const heard = (text: string) => foldText(text).folded;
    expect(ar.denialVerbs).toContain(heard('نفى'));
    expect(ar.denialVerbs).toContain(heard('أنكرت'));
    expect(ar.acknowledgmentVerbs).toContain(heard('أقرَّ'));
    expect(ar.attributionVerbs).toContain(heard('مؤكدةً'));
    expect(ar.statementOpeners).toContain(heard('تغريدة'));
  });
});
