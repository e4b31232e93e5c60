// The languages the rules extractor reads. A language is one record (see record.ts) added to this list: the
// algorithm files read every record through it, script by script, and never a language by name.
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Constructions, LanguageRecord, Script } from './record.ts';

/** Every language, in the order its patterns are tried. */
export const LANGUAGES: readonly LanguageRecord[] = [ar, en, fr];

/** The scripts of the languages, in registry order. */
export const SCRIPTS: readonly Script[] = [...new Set(LANGUAGES.map((r) => r.script))];

/** One list of every record written in `script`, in registry order, each word once. */
export function wordsOfScript(script: Script, pick: (record: LanguageRecord) => readonly string[]): string[] {
  return [...new Set(LANGUAGES.filter((r) => r.script === script).flatMap(pick))];
}

/** A table keyed by language code (claimant and party names): the entries of the languages written in `script`. */
export function ofScript(byLanguage: Readonly<Record<string, readonly string[]>>, script: Script): string[] {
  return LANGUAGES.filter((r) => r.script === script).flatMap((r) => byLanguage[r.code] ?? []);
}

/** One list of every record, in registry order, each word once. */
export function wordsOfAll(pick: (record: LanguageRecord) => readonly string[]): string[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}

/** Every record's constructions of one kind as one pattern; one that never matches when no language has any. */
export function constructionPattern(pick: (c: Constructions) => readonly string[], flags = 'u'): RegExp {
  const sources = LANGUAGES.flatMap((r) => pick(r.constructions));
  return new RegExp(sources.length > 0 ? sources.map((s) => `(?:${s})`).join('|') : '(?!)', flags);
}
