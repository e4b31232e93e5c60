// The ordered filters of `findFigures`: each drops a number that the rule it names says is not a casualty figure.
// NOT_A_COUNT looks at the number's shape (before its casualty word is known); NOT_A_TOLL at a number that a
// casualty word governs but that states no toll of its own. Each entry names the general rule it applies.
import { MONTHS } from '../../text/calendar-words.ts';
import { E, phraseAlternatives } from './folded-text.ts';
import type { NounClass } from './vocabulary.ts';
import { OLD_TOLL_AFTER, RISING_TOLL } from './vocabulary.ts';

export interface NumberShape {
  /** The folded text and the number's offsets in it. */
  f: string;
  start: number;
  end: number;
  value: number | null;
  noun: NounClass | undefined;
  /** A count read from words, not digits ("مدني" = 1, a list of names): no digit rule applies. */
  wordless: boolean;
}

export interface TollCandidate {
  f: string;
  start: number;
  end: number;
  /** Where the counted noun ends (the number's end when it has none). */
  nounEnd: number;
  noun: NounClass | undefined;
  /** The number, or null for a vague amount ("عدد من", "dozens"). */
  value: number | null;
  /** The figures of the clause kept so far. */
  figures: ReadonlyArray<{ risingToll: boolean; end: number }>;
}

export interface Filter<T> {
  rule: string;
  drops: (candidate: T) => boolean;
}

const before = (c: { f: string; start: number }, chars: number) => c.f.slice(Math.max(0, c.start - chars), c.start);

/** "8 من الضحايا ينتمون إلى عائلة واحدة", "8 of the victims were": a part of a toll already stated. */
const DEFINITE_PARTITIVE = /^\s*(?:من\s+(?:بين\s+)?(?:ال)(?:ضحايا|قتلي|شهداء)|of\s+the\s+(?:victims|dead))(?![\p{L}])/u;
/**
 * "واثنان من المصابين حالتهما حرجة", "5 من الجرحى في حالة خطرة": how many of the wounded are in a condition, a part of
 * an injury toll, never a death toll nor the number injured.
 */
/** "من الجرحى", "من المصابين" right after a number: some of the wounded. */
const OF_THE_WOUNDED = String.raw`^\s*من\s+(?:ال)?(?:جرحي|مصابين)(?![\p{L}])`;
const OF_THE_WOUNDED_AR = new RegExp(OF_THE_WOUNDED, 'u');
const WOUNDED_IN_CONDITION = new RegExp(
  String.raw`${OF_THE_WOUNDED}\s+(?:\S+\s+)?(?:حالته|حالتها|حالتهم|حالتهما|بحاله|في\s+حاله` +
    String.raw`|اصاباتهم|اصابتهم|جروحهم)(?![\p{L}])`,
  'u',
);
const COUNT_BLOCKERS_BEFORE = ['الساعه', 'ساعه', 'رقم', 'عام', 'العام', 'سنه', 'منذ'];
const COUNT_BLOCKERS_BEFORE_EN = ['in', 'since', 'surah', 'resolution', 'no\\.'];
const LABEL_BEFORE = new RegExp(
  `(?:${COUNT_BLOCKERS_BEFORE.join('|')}|\\b(?:${COUNT_BLOCKERS_BEFORE_EN.join('|')}))\\s*$`,
  'u',
);

/**
 * "19 آب", "بين 3 و19 آب", "3-19 August": a day of a month, alone or opening a range of days (English "may" is
 * left out: "5 may have died").
 */
const MONTH_NAMES = [...MONTHS.ar, ...MONTHS.en, ...MONTHS.fr]
  .map(([name]) => name)
  .filter((name) => name !== 'may')
  .sort((a, b) => b.length - a.length);
const DAY_OF_MONTH_AFTER = new RegExp(
  String.raw`^\s*(?:(?:و|-|–|الي|to|and)\s*[0-9\u0660-\u0669]{1,2}\s*)?(?:${phraseAlternatives(MONTH_NAMES)})${E}`,
  'u',
);

/** "في العشرين من عمره", "في الأربعين من العمر": a number "of the life" is an age, in words or digits. */
const OF_LIFE_AFTER = /^\s*(?:(?:عاما|سنه)\s+)?من\s+(?:ال)?عمر(?:ه|ها|هم|هما)?(?![\p{L}])/u;

/** "12 و13 عاماً", "5-8 سنوات": the first of two ages that share the years word after the second. */
const AGE_PAIR_AFTER = /^\s*(?:و|-|–|الي)\s*[0-9\u0660-\u0669]{1,3}\s*(?:عام|عاما|سنه|سنوات|سنين|اعوام)(?![\p{L}])/u;

export const NOT_A_COUNT: ReadonlyArray<Filter<NumberShape>> = [
  { rule: 'a number of things (strikes, families, kilometres) counts no people', drops: (c) => c.noun === 'thing' },
  {
    rule: 'a part "of the victims" restates a toll',
    drops: (c) => DEFINITE_PARTITIVE.test(c.f.slice(c.end, c.end + 24)),
  },
  {
    rule: 'a number "of the wounded" in a condition ("2 من المصابين حالتهما حرجة") is no toll of its own',
    drops: (c) => WOUNDED_IN_CONDITION.test(c.f.slice(c.end, c.end + 50)),
  },
  {
    // Arabic puts "one" after its noun as an adjective that agrees with it: the feminine "واحدة" right after a
    // feminine noun qualifies that noun ("عائلة واحدة", "غارة واحدة"), never counts the word after it ("خمسة
    // أطفال من أسرة واحدة ضحايا الغارة").
    rule: 'the adjective "واحدة" after its feminine noun counts no one',
    drops: (c) =>
      /^واحده$/u.test(c.f.slice(c.start, c.end)) && /[\p{L}]ه\s+$/u.test(c.f.slice(Math.max(0, c.start - 12), c.start)),
  },
  {
    // F-16, URLs, ids, hashtags; but an Arabic clitic may sit on digits ("و28 مدنيا", "ب50 غارة").
    rule: 'digits glued to letters are a name or an id',
    drops: (c) => {
      if (c.wordless || c.value === null) return false;
      const b = c.f[c.start - 1] ?? ' ';
      const a = c.f[c.end] ?? ' ';
      const clitic = /[وبلف]/u.test(b) && !/[\p{L}]/u.test(c.f[c.start - 2] ?? ' ');
      return (
        (/[\p{L}/#@_]/u.test(b) && !clitic) ||
        /[\p{L}/_@]/u.test(a) ||
        (b === '-' && /[\p{L}]/u.test(c.f[c.start - 2] ?? ''))
      );
    },
  },
  {
    rule: 'a time (10:30) or a date (14-05-2016) is no count',
    drops: (c) =>
      !c.wordless &&
      c.value !== null &&
      (/^:\d/.test(c.f.slice(c.end, c.end + 2)) || /\d:$/.test(before(c, 2)) || /\d[-./]$/.test(before(c, 2))),
  },
  {
    rule: 'a day of a month ("19 آب", "بين 3 و19 آب", "3-19 August") is no count',
    drops: (c) => !c.wordless && c.value !== null && DAY_OF_MONTH_AFTER.test(c.f.slice(c.end, c.end + 32)),
  },
  {
    rule: 'a number "of the life" ("في العشرين من عمره") is an age, no count',
    drops: (c) => c.value !== null && OF_LIFE_AFTER.test(c.f.slice(c.end, c.end + 24)),
  },
  {
    rule: 'an age ("aged 5 to 8", "a 5-year-old", "(5-8 years)", "(12 و13 عاماً)") is no count',
    drops: (c) =>
      !c.wordless &&
      c.value !== null &&
      (/\baged?\s+(?:between\s+|from\s+)?(?:\d+\s*(?:to|and|-)\s*)?$/u.test(before(c, 24)) ||
        /^\s*-?\s*(?:years?[\s-]+old|year-old|years?\))/u.test(c.f.slice(c.end, c.end + 12)) ||
        AGE_PAIR_AFTER.test(c.f.slice(c.end, c.end + 24))),
  },
  {
    rule: 'a bare number after an hour, year or label word ("الساعة 5", "since 2011") is no count',
    drops: (c) => !c.wordless && c.value !== null && !c.noun && LABEL_BEFORE.test(before(c, 10)),
  },
  {
    rule: 'a bare year (1900-2100) is no count',
    drops: (c) => !c.wordless && c.value !== null && !c.noun && c.value >= 1900 && c.value <= 2100,
  },
  {
    rule: 'a minus sign on the number ("-12 civilians") makes it no count; a dash between words does not',
    drops: (c) => !c.wordless && c.value !== null && /(?:^|[^\p{L}\p{N}])[-\u2212]$/u.test(before(c, 2)),
  },
  {
    // Figures above any plausible toll are kept, so grounding can record them as implausible rather than lose
    // them silently.
    rule: 'only a fraction or a number beyond exact integers is no count',
    drops: (c) => !c.wordless && c.value !== null && (c.value > Number.MAX_SAFE_INTEGER || !Number.isInteger(c.value)),
  },
];

const COMBINED_AR = [
  'مقتل\\s+و\\s*اصابه',
  'قتلي\\s+و\\s*جرحي',
  'قتيل\\s+و\\s*جريح',
  'شهداء\\s+و\\s*جرحي',
  'ضحايا\\s+و\\s*جرحي',
  'قتلوا\\s+و\\s*(?:جرحوا|اصابوا)',
  'قتلت\\s+و\\s*(?:جرحت|اصابت)',
  'قتل\\s+و\\s*(?:جرح|اصاب)',
  // The same lump in the present (تقتل وتجرح), with the passive of injury (قتل وأصيب، استشهد وأصيب) and with
  // martyrdom for killing (استشهاد وإصابة). Only the singular verbs: a verb before its subject is singular, so
  // "قتل وأصيب 11" lumps, while a plural verb ("7 مدنيين قتلوا وأصيب 20") closes a figure of its own.
  '[يت]قتل\\s+و\\s*(?:[يت]جرح|[يت]صيب)',
  '(?:قتل|قتلت|استشهد|استشهدت)\\s+و\\s*(?:اصيب|اصيبت|جرح|جرحت)',
  'استشهاد\\s+و\\s*(?:اصابه|جرح)',
];
const COMBINED_EN = [
  '\\b(?:killed|dead|deaths)\\s+(?:and|or)\\s+(?:wounded|injured)',
  '\\bkilling\\s+(?:and|or)\\s+(?:wounding|injuring)',
];
/** "مقتل وإصابة أكثر من مئة", "قتلى وجرحى تجاوز 100", "killed and wounded 100". */
const COMBINED_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])[وب]?(?:ال)?(?:${COMBINED_AR.join('|')})|${COMBINED_EN.join('|')})\\s*[^.\\d؛;]{0,40}$`,
  'u',
);
const COMBINED_AFTER_EN =
  '(?:people\\s+)?(?:killed\\s+(?:and|or)\\s+(?:wounded|injured)|dead\\s+and\\s+(?:wounded|injured))';
/** "بين قتيل وجريح", "بين شهيد ومصاب" (between dead and wounded), "من القتلى والجرحى": the lump after a number. */
const COMBINED_AFTER_AR =
  '(?:بين\\s+(?:قتيل|شهيد)\\s+و\\s*(?:جريح|مصاب)|(?:من\\s+)?(?:ال)?(?:قتلي\\s+و\\s*(?:ال)?جرحي))';
const COMBINED_AFTER = new RegExp(`^\\s*(?:${COMBINED_AFTER_AR}|${COMBINED_AFTER_EN})`, 'u');
/** "12 قتيلاً وجريحاً", "12 dead or wounded": a dead noun joined to a wounded one with no number is one lump. */
const LUMPED_WITH_WOUNDED =
  /^\s*(?:و|او|or|and)\s*(?:ال)?(?:جريحا|جريح|جرحي|مصابا|مصاب|مصابين|wounded|injured)(?![\p{L}])/u;
/** "توفي 3 من الجرحى", "وفاة اثنين من المصابين": a death verb, then a number of the wounded. */
const DEATH_BEFORE_AR =
  /(?<![\p{L}])[وف]?(?:توفي|توفيت|توفوا|استشهد|استشهدت|استشهدوا|قضي|قضت|قضوا|مات|ماتت|ماتوا|وفاه|استشهاد)\s*$/u;
/** "Four of the wounded died", "26 of the wounded were in critical condition". */
const DIED_OF_WOUNDS_EN = /^\s+of\s+(?:the|them|those)\s+(?:\w+\s+)?(?:wounded|injured)\b/u;
/**
 * "بالتعاون مع ولديها", "بمساعدة شخصين", "with the help of two men", "in cooperation with three": those who helped do
 * something are its doers, not its victims.
 */
const HELPERS_BEFORE =
  /(?:(?<![\p{L}])(?:بالتعاون\s+مع|بمساعده|بمشاركه)|\b(?:with\s+the\s+help\s+of|in\s+cooperation\s+with))\s*$/u;
const RETRACTED_AFTER = /^\s*[،,]?\s*(?:و|بل\s+)?(?:ال)?(?:صحيح|صواب)(?![\p{L}])/u;
const RETRACTED_BEFORE = /(?<![\p{L}])(?:وليس|وليست|بدلا\s+من|بدلا\s+عن)\s*$/u;
const DIED_OF_WOUNDS_BEFORE =
  /(?<![\p{L}])بعد\s+(?:ان\s+)?(?:وفاه|فارق|فارقت|توفي|توفيت|توفوا|قضي|قضت|قضوا|لفظ|لفظت)\s*$/u;

/**
 * Killed and wounded lumped together around the figure ("مقتل وإصابة 12", "12 قتيلا وجريحا", "killed and wounded").
 * Not when a figure of the clause stands right before the killing verb, its subject ("امرأة قتلت وأصيب 5"): the
 * verb is that figure's, and the injury verb alone governs this one.
 */
export function lumpedWithWounded(c: TollCandidate): boolean {
  const b = before(c, 70);
  const lump = COMBINED_BEFORE.exec(b);
  if (lump) {
    const verbAt = c.start - b.length + lump.index;
    const subject = c.figures.at(-1);
    return !subject || subject.end > verbAt || !/^\s*$/u.test(c.f.slice(subject.end, verbAt));
  }
  return (
    COMBINED_AFTER.test(c.f.slice(c.nounEnd, c.nounEnd + 30)) ||
    (c.noun === 'dead' && LUMPED_WITH_WOUNDED.test(c.f.slice(c.nounEnd, c.nounEnd + 20)))
  );
}

export const NOT_A_TOLL: ReadonlyArray<Filter<TollCandidate>> = [
  {
    // A vague amount lumped so ("مقتل وإصابة عدد من المدنيين") is read as both: findFigures splits it.
    rule: 'killed and wounded lumped into one number state neither a death toll nor an injury count',
    drops: (c) => c.value !== null && lumpedWithWounded(c),
  },
  {
    rule: '"four of the wounded died", "توفي 3 من الجرحى": deaths inside a toll the report states',
    drops: (c) =>
      DIED_OF_WOUNDS_EN.test(c.f.slice(c.end, c.end + 50)) ||
      (DEATH_BEFORE_AR.test(before(c, 16)) && OF_THE_WOUNDED_AR.test(c.f.slice(c.end, c.end + 20))),
  },
  {
    rule: 'a number after "بالتعاون مع", "بمساعدة", "with the help of" counts helpers, not victims',
    drops: (c) => HELPERS_BEFORE.test(before(c, 30)),
  },
  {
    rule: 'a corrected number ("32، والصحيح 23", "23 وليس 32") is withdrawn',
    drops: (c) => RETRACTED_AFTER.test(c.f.slice(c.nounEnd, c.nounEnd + 30)) || RETRACTED_BEFORE.test(before(c, 14)),
  },
  {
    rule: '"ارتفعت الحصيلة إلى 8 بعد وفاة 3 جرحى": the deaths that raised a toll are inside it',
    drops: (c) => c.figures.some((x) => x.risingToll) && DIED_OF_WOUNDS_BEFORE.test(before(c, 30)),
  },
  {
    rule: '"ارتفعت الحصيلة من 20 إلى 30": the old toll a rising one replaces',
    drops: (c) => {
      if (!/(?:من|from)\s*$/u.test(before(c, 6)) || !OLD_TOLL_AFTER.test(c.f.slice(c.nounEnd, c.nounEnd + 20)))
        return false;
      const b = before(c, 70);
      return RISING_TOLL.test(`${b} `) || /ارتفع|rose|risen|climbed/u.test(b);
    },
  },
];
