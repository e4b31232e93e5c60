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
  'inclusionWords',
  'inclusionAmongNouns',
  'tollRiseNouns',
  'tollRiseVerbs',
  'tollRaiseVerbs',
  'killWords',
  'injuryWords',
  'tollReachVerbs',
  'tollExceedVerbs',
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
  it('keeps a toll that rose apart from an event that raised it', () => {
    for (const word of record.tollRaiseVerbs) {
      expect([...record.tollRiseNouns, ...record.tollRiseVerbs]).not.toContain(word);
    }
  });
  it('keeps killing and injury apart', () => {
    for (const word of record.injuryWords) expect(record.killWords).not.toContain(word);
  });
  it('keeps denials and acknowledgments apart', () => {
    for (const word of record.acknowledgmentVerbs) expect(record.denialVerbs).not.toContain(word);
  });
});

/** Every list of words a record holds, named by its path. */
function allLists(record: LanguageRecord): Array<[string, readonly string[]]> {
  const lists: Array<[string, readonly string[]]> = LISTS.map((list) => [list, record[list]]);
  for (const [q, words] of Object.entries(record.qualifiersBefore))
    for (const [kind, list] of Object.entries(words)) lists.push([`qualifiersBefore.${q}.${kind}`, list]);
  for (const [q, list] of Object.entries(record.qualifiersAfter)) lists.push([`qualifiersAfter.${q}`, list]);
  for (const [cls, list] of Object.entries(record.countedNouns)) lists.push([`countedNouns.${cls}`, list]);
  for (const [kind, list] of Object.entries(record.aggregateWords)) lists.push([`aggregateWords.${kind}`, list]);
  return lists;
}

describe.each([ar, en])('the $code record, every list', (record) => {
  it('is folded, words and single spaces only, each entry once', () => {
    for (const [name, list] of allLists(record)) {
      for (const entry of list) {
        expect(foldText(entry).folded, `${name}: ${entry}`).toBe(entry);
        expect(entry, name).toMatch(/^\p{L}+(?: \p{L}+)*$/u);
      }
      expect(new Set(list).size, name).toBe(list.length);
    }
  });
  it('gives each counted noun one class', () => {
    const all = Object.values(record.countedNouns).flat();
    expect(new Set(all).size).toBe(all.length);
  });
  it('gives each qualifier phrase one prefix kind', () => {
    for (const words of Object.values(record.qualifiersBefore)) {
      const all = Object.values(words).flat();
      expect(new Set(all).size).toBe(all.length);
    }
  });
});

describe('the English record', () => {
  it('reads its qualifiers from a word start: English writes prepositions and conjunctions apart', () => {
    for (const words of Object.values(en.qualifiersBefore)) {
      expect([...words.withPreposition, ...words.withConjunction, ...words.anywhere]).toEqual([]);
    }
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
    expect(ar.killWords).toContain(heard('قضى'));
    expect(ar.killWords).toContain(heard('ارتقاء'));
    expect(ar.injuryWords).toContain(heard('إصابة'));
  });
});
