// English victims counted without a number: "killing a civilian", "a 12-year-old was killed", "a father and his
// three children". English states one victim with an article and names a family by its kin, where Arabic uses
// singular and dual nouns; the number reader adds these to the numbers it read.
import { EN_UNITS } from './english-number-words.ts';
import { ADULT_AGE, type NumberMention } from './number-mention.ts';

/** One person named with an article: English states a lone victim as "a civilian", never "1 civilian". */
const ONE_VICTIM_NOUNS_EN = [
  'soldier',
  'civilian',
  'child',
  'boy',
  'girl',
  'woman',
  'man',
  'fighter',
  'militant',
  'policeman',
  'journalist',
  'person',
  'paramedic',
  'volunteer',
  'teenager',
  'farmer',
  'shepherd',
];
const ONE_VICTIM_NOUN_EN = `(?:[A-Za-z'-]+\\s+){0,2}?(?:${ONE_VICTIM_NOUNS_EN.join('|')})`;

/** A casualty verb with its victim after it: "killing", "wounded" (a child). */
const VERB_BEFORE_VICTIM_EN = String.raw`\b(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+`;
/** Auxiliaries before a victim's own verb, of one victim and of several. */
const ONE_AUX_EN = String.raw`was|has\s+been|had\s+been`;
const ANY_AUX_EN = String.raw`${ONE_AUX_EN}|were|have\s+been`;
/** A victim's own verbs after it, passive or intransitive: "was killed", "died", "was badly wounded". */
const CASUALTY_VERBS_AFTER_EN = String.raw`killed|shot\s+dead|wounded|injured|died|martyred`;
/** The victim's own verb after it: an auxiliary (of `aux`), an adverb in -ly, then one of `verbs`. */
const verbAfterVictim = (aux: string, verbs: string) => String.raw`\s+(?:(?:${aux})\s+)?(?:[a-z]+ly\s+)?(?:${verbs})\b`;

/** "killing a Syrian soldier", "wounding a child": the victim after a casualty verb. */
const ONE_VICTIM_EN = new RegExp(`${VERB_BEFORE_VICTIM_EN}(an?)(?=\\s+${ONE_VICTIM_NOUN_EN}\\b)`, 'giu');
/**
 * "a 12-year-old was killed", "killing a 7-year-old girl and a 9-year-old boy": victims named by their age alone, or
 * before their noun, one by one, after a casualty verb or before their own; each is a child under eighteen.
 */
const AGED_VICTIM_EN = String.raw`an?\s+(\d{1,2})-year-old(?:\s+(?:boy|girl|child|son|daughter|man|woman))?\b`;
const AGED_VICTIMS_EN = String.raw`${AGED_VICTIM_EN}(?:\s*,?\s*(?:and\s+)?${AGED_VICTIM_EN})*`;
const AGED_VICTIM_ONE_EN = new RegExp(AGED_VICTIM_EN, 'giu');
const AGED_VICTIMS_OBJECT_EN = new RegExp(`(?<=${VERB_BEFORE_VICTIM_EN})${AGED_VICTIMS_EN}`, 'giu');
const AGED_VICTIMS_SUBJECT_EN = new RegExp(
  `${AGED_VICTIMS_EN}(?=${verbAfterVictim(ANY_AUX_EN, CASUALTY_VERBS_AFTER_EN)})`,
  'giu',
);

/** "A civilian was killed", "a boy died of his wounds": the victim before its passive or intransitive verb. */
const ONE_VICTIM_SUBJECT_EN = new RegExp(
  `\\b(an?)(?=\\s+${ONE_VICTIM_NOUN_EN}${verbAfterVictim(ONE_AUX_EN, CASUALTY_VERBS_AFTER_EN)})`,
  'giu',
);

/**
 * "a woman and her two daughters", "a father and his three children", "a farmer and his wife": an adult and the kin
 * named with a possessive pronoun after them, one toll. The kin are counted by their number word (a plural without
 * one is left unread), a singular kin noun is one, "parents" two. Only children (child, baby) are children for
 * certain; sons and daughters may be grown.
 */
const FAMILY_EN = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:[a-z'-]+\s+){0,2}?(?:man|woman|father|mother|civilian|farmer|shepherd|teacher|doctor` +
    String.raw`|nurse|person|journalist|driver|worker)\s+and\s+(?:his|her|their)\s+(?:([a-z]+|\d+)\s+)?` +
    '(children|sons|daughters|brothers|sisters|grandchildren|parents|wife|husband|son|daughter|child' +
    String.raw`|baby|mother|father|brother|sister)\b`,
  'giu',
);
const ONE_KIN_EN = /^(?:wife|husband|son|daughter|child|baby|mother|father|brother|sister)$/;
const CHILD_KIN_EN = /^(?:children|child|baby)$/;
/** The family's toll is a casualty's: a killing verb before it, or its own passive or intransitive verb after it. */
const KILLED_BEFORE_EN = /\b(?:killing|killed|kills|kill)\s+$/iu;
const KILLED_AFTER_EN = new RegExp(`^${verbAfterVictim(ANY_AUX_EN, String.raw`killed|died|shot\s+dead`)}`, 'iu');

/** The English families of the dead in a text: the toll's mention, and its children's after it. */
function englishFamilies(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(FAMILY_EN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!KILLED_BEFORE_EN.test(text.slice(Math.max(0, start - 20), start)) && !KILLED_AFTER_EN.test(text.slice(end)))
      continue;
    const kinNoun = (m[2] as string).toLowerCase();
    const word = m[1]?.toLowerCase();
    const counted = word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : EN_UNITS[word];
    const kin = ONE_KIN_EN.test(kinNoun) && word === undefined ? 1 : kinNoun === 'parents' ? 2 : counted;
    if (kin === undefined || kin < 1) continue;
    out.push({ value: 1 + kin, start, end, raw: m[0], singularNoun: 'شخص', eventObject: true });
    if (CHILD_KIN_EN.test(kinNoun)) {
      const kinStart = end - m[0].length + m[0].toLowerCase().lastIndexOf(word ?? kinNoun);
      out.push({
        value: kin,
        start: kinStart,
        end,
        raw: text.slice(kinStart, end),
        singularNoun: 'طفل',
        inNamedList: true,
      });
    }
  }
  return out;
}

/**
 * Adds a text's English victims to the numbers read in it (`out`, changed in place): a family or an aged victim
 * replaces the numbers read inside it (the kin's number word, the age's digits); a lone victim is added where no
 * number stands.
 */
export function addEnglishVictims(text: string, out: NumberMention[]): void {
  // "a woman and her two daughters": a family of the dead, one toll, in place of the numbers read inside it.
  for (const family of englishFamilies(text)) {
    if (!family.inNamedList) dropOverlapping(out, family.start, family.end);
    out.push(family);
  }
  // "a 12-year-old was killed": victims named by their age, each one, a child under eighteen. The age's digits
  // are no count of their own.
  for (const chain of [...text.matchAll(AGED_VICTIMS_OBJECT_EN), ...text.matchAll(AGED_VICTIMS_SUBJECT_EN)]) {
    let joined = false;
    for (const m of chain[0].matchAll(AGED_VICTIM_ONE_EN)) {
      const start = chain.index + m.index;
      const end = start + m[0].length;
      if (out.some((n) => n.eventObject && n.start < end && start < n.end)) continue;
      dropOverlapping(out, start, end);
      const child = Number(m[1]) < ADULT_AGE;
      // The victims after the first are joined to it, one toll ("a 7-year-old girl and a 9-year-old boy" are 2).
      const noun = child ? 'طفل' : 'شخص';
      out.push({
        value: 1,
        start,
        end,
        raw: m[0],
        singularNoun: noun,
        eventObject: true,
        ...(joined ? { joinedVictim: true } : {}),
      });
      joined = true;
    }
  }
  // "killing a Syrian soldier", "wounding a child": one victim named with an article after a casualty verb.
  for (const m of [...text.matchAll(ONE_VICTIM_EN), ...text.matchAll(ONE_VICTIM_SUBJECT_EN)]) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    if (!out.some((n) => n.start <= start && start < n.end))
      out.push({ value: 1, start, end: start + (m[1]?.length ?? 0), raw: m[1] ?? '', eventObject: true });
  }
}

/** Removes the mentions that overlap [start, end). */
function dropOverlapping(out: NumberMention[], start: number, end: number): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const n = out[k] as NumberMention;
    if (n.start < end && start < n.end) out.splice(k, 1);
  }
}
