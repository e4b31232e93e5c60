// A place outside Syria named in a claim's clause ("three people were wounded in Kilis, Turkey", "the Turkish
// border town of Kilis"): the claim is about that place, not about the Syrian town named in the same sentence.
import type { Place } from '../../domain/schema.ts';
import type { Gazetteer } from '../../places/gazetteer.ts';

const COUNTRY = '(?:Turkey|Lebanon|Iraq|Jordan|Israel)';
const ADJECTIVE = '(?:Turkish|Lebanese|Iraqi|Jordanian|Israeli)';
const NAME = String.raw`([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)`;
const KIND = String.raw`(?:border\s+)?(?:town|city|village|province|district)`;
/** Forms that say the country themselves. */
const EXPLICIT = [
  new RegExp(
    String.raw`${NAME},\s+(?:(?:southern|northern|eastern|western|south-?eastern|south-?western)\s+)?${COUNTRY}\b`,
    'u',
  ),
  new RegExp(String.raw`\bthe\s+${ADJECTIVE}\s+${KIND}\s+of\s+${NAME}`, 'u'),
  new RegExp(String.raw`\b${COUNTRY}'s\s+${KIND}\s+of\s+${NAME}`, 'u'),
];
/** "the border town of Kilis" in a sentence about Turkey: foreign only when the gazetteer does not know it. */
const BORDER_TOWN = new RegExp(String.raw`\bthe\s+border\s+(?:town|city|village)\s+of\s+${NAME}`, 'u');
const NEIGHBOUR_NAMED = new RegExp(String.raw`\b(?:${COUNTRY}|${ADJECTIVE})\b`, 'u');

/** The foreign place a clause (original text) names, if any; `sentence` is the whole sentence, for the country cue. */
export function foreignPlaceIn(gazetteer: Gazetteer, clause: string, sentence: string): Place | undefined {
  for (const re of EXPLICIT) {
    const m = re.exec(clause);
    if (m?.[1] && !/^(?:The|A|An)$/u.test(m[1])) return { names: [m[1]] };
  }
  const border = BORDER_TOWN.exec(clause);
  if (border?.[1] && NEIGHBOUR_NAMED.test(sentence) && gazetteer.lookup(border[1]).length === 0)
    return { names: [border[1]] };
  return undefined;
}
