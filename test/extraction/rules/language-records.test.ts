import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAIMANTS } from '../../../shared/extraction/rules/claimant-table.ts';
import { foldText } from '../../../shared/extraction/rules/folded-text.ts';
import { ar } from '../../../shared/extraction/rules/lang/ar.ts';
import { en } from '../../../shared/extraction/rules/lang/en.ts';
import type { LanguageRecord } from '../../../shared/extraction/rules/lang/record.ts';
import { LANGUAGES, SCRIPTS } from '../../../shared/extraction/rules/lang/registry.ts';
import { languageOf } from '../../../shared/extraction/rules/language-of.ts';

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
  'deniedObjects',
  'and',
  'tollRiseTo',
  'commonWords',
  'accordingTo',
] as const satisfies ReadonlyArray<keyof LanguageRecord>;
/** Lists of stems, read inside words: a trailing space marks a stem that must end its word ("no "). */
const STEM_LISTS = [
  'denialTopics',
  'denialStems',
  'acknowledgmentStems',
  'casualtyScreen',
] as const satisfies ReadonlyArray<keyof LanguageRecord>;

describe.each([...LANGUAGES])('the $code language record', (record) => {
  it('writes every word in the folded form the patterns match, once per list', () => {
    for (const list of LISTS) {
      for (const word of record[list]) expect(foldText(word).folded, `${list}: ${word}`).toBe(word);
      expect(new Set(record[list]).size, list).toBe(record[list].length);
    }
  });
  it('writes words only: no pattern syntax leaks into a list joined into a regex', () => {
    for (const list of LISTS) for (const word of record[list]) expect(word, list).toMatch(/^[\p{L} ']+$/u);
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
  return lists;
}

describe.each([...LANGUAGES])('the $code record, every list', (record) => {
  it('is folded, words and single spaces only (or an elision: "jusqu\'à"), each entry once', () => {
    for (const [name, list] of allLists(record)) {
      for (const entry of list) {
        expect(foldText(entry).folded, `${name}: ${entry}`).toBe(entry);
        expect(entry, name).toMatch(/^\p{L}+(?:[ ']\p{L}+)*$/u);
      }
      expect(new Set(list).size, name).toBe(list.length);
    }
  });
  it('writes its stems folded, letters and single spaces, each once', () => {
    for (const list of STEM_LISTS) {
      for (const stem of record[list]) {
        expect(foldText(stem).folded, `${list}: ${stem}`).toBe(stem);
        expect(stem, list).toMatch(/^\p{L}+(?: \p{L}+)* ?$/u);
      }
      expect(new Set(record[list]).size, list).toBe(record[list].length);
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

describe('the registry of languages', () => {
  it('is how every algorithm file reads a language: none imports a record by name', () => {
    const rules = fileURLToPath(new URL('../../../shared/extraction/rules/', import.meta.url));
    const algorithms = readdirSync(rules, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('lang/'),
    );
    expect(algorithms.length).toBeGreaterThan(10);
    for (const file of algorithms) {
      expect(readFileSync(`${rules}${file}`, 'utf8'), file).not.toMatch(/from '\.\/lang\/(?!record|registry)\w+\.ts'/);
    }
  });

  it('holds each language once, Arabic and English among them', () => {
    const codes = LANGUAGES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['ar', 'en']));
    expect(SCRIPTS).toEqual(expect.arrayContaining(['arabic', 'latin']));
  });
});

describe('the claimant table', () => {
  it('keys every name by a registered language', () => {
    const codes = new Set(LANGUAGES.map((r) => r.code));
    for (const entry of CLAIMANTS)
      for (const code of Object.keys(entry.phrases)) expect(codes, entry.id).toContain(code);
  });
});

describe('languageOf', () => {
  it('takes the script of most letters', () => {
    expect(languageOf('قال المرصد إن 12 مدنيا قتلوا في غارة (AFP)')).toBe('ar');
    expect(languageOf('Twelve civilians were killed in the strike, the monitor said.')).toBe('en');
  });
  it('reads a text without letters as the first Latin-script language', () => {
    expect(languageOf('12 / 30 - 2024')).toBe('en');
  });
});
