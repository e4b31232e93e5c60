// Vague amounts: no stated number, but not zero ("عشرات" → at least 20, "several" → 3). The words are each
// language record's `vagueAmounts`; this file only finds them in a text.
import { type NumberMention, readNumbers } from '../../text/numbers.ts';
import { LANGUAGES } from './lang/registry.ts';

export interface VagueAmount {
  /** The least the words allow ("عشرات" → 20). */
  min: number;
  start: number;
  end: number;
  raw: string;
}

/** Every record's patterns, in registry order and each record's own order (longer phrases first). */
const VAGUE: ReadonlyArray<[RegExp, number]> = LANGUAGES.flatMap((record) =>
  record.vagueAmounts.map(({ pattern, min }): [RegExp, number] => [new RegExp(pattern, 'giu'), min]),
);

/** The vague amounts of a text, non-overlapping, in text order. */
export function readVagueAmounts(text: string, numbers: NumberMention[] = readNumbers(text)): VagueAmount[] {
  const found: VagueAmount[] = [];
  for (const [re, min] of VAGUE) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // "آلاف" right after a count is a multiplier (ثلاثة آلاف), already read as a number.
      if (numbers.some((n) => start < n.end && end > n.start)) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ min, start, end, raw: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
