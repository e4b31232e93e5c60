// "يذكر أن الشابين مدنيان", "the two men were civilians": a sentence with no casualty word of its own that says
// how many of the dead the report counted were civilians. Each language record writes the construction
// (`civilianStatus`); this reads the count it covers.
import { readNumbers } from '../../text/numbers.ts';
import { constructionPattern } from './lang/registry.ts';

const CIVILIAN_STATUS = constructionPattern((c) => c.civilianStatus, 'iu');

/**
 * How many dead the sentence (folded) says were civilians, when it says so by a count of its own: the number its
 * first words read (a dual is two; not a date in the relative clause after the noun), else one (a singular noun:
 * "the man").
 */
export function civiliansStated(sentence: string): number | undefined {
  const match = CIVILIAN_STATUS.exec(sentence);
  if (!match) return undefined;
  const head = match[0].trim().split(/\s+/u).slice(0, 4).join(' ');
  return readNumbers(head).find((n) => n.value !== null && n.value > 0)?.value ?? 1;
}
