// Month and weekday names as reports write them, per language, in the folded form of normalizeArabic (alef
// variants → ا, ة → ه, lower case): Arabic has three month-name families in daily use — the Syriac names of the
// Levant and Iraq (كانون الثاني، شباط، آذار…), the Latin names of Egypt and the Gulf (يناير، فبراير…) and the French
// names of the Maghreb (جانفي، فيفري…) — and Levantine writers often give two at once ("تموز/يوليو").

export type MonthTable = ReadonlyArray<readonly [name: string, number: number]>;

/** Syriac names of the Levant and Iraq, two words with the article: longest first, before any shorter name. */
const AR_SYRIAC_WITH_ARTICLE: MonthTable = [
  ['كانون الثاني', 1],
  ['كانون الاول', 12],
  ['تشرين الثاني', 11],
  ['تشرين الاول', 10],
];
/** The same two-word Syriac names written without the article ("كانون ثاني"). */
const AR_SYRIAC_WITHOUT_ARTICLE: MonthTable = [
  ['كانون ثاني', 1],
  ['كانون اول', 12],
  ['تشرين ثاني', 11],
  ['تشرين اول', 10],
];
/** The one-word Syriac names. */
const AR_SYRIAC_ONE_WORD: MonthTable = [
  ['شباط', 2],
  ['اذار', 3],
  ['نيسان', 4],
  ['ايار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['ايلول', 9],
  ['اب', 8],
];
/** The Latin names of Egypt and the Gulf. */
const AR_LATIN: MonthTable = [
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يوليو', 7],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
];
/** Egypt's spellings of June and July. */
const AR_LATIN_EGYPTIAN: MonthTable = [
  ['يونيه', 6],
  ['يوليه', 7],
];
/** The French names of the Maghreb (the rest are spelled as the Latin ones). */
const AR_MAGHREB: MonthTable = [
  ['جانفي', 1],
  ['فيفري', 2],
  ['افريل', 4],
  ['ماي', 5],
  ['جوان', 6],
  ['جويليه', 7],
  ['اوت', 8],
];

/** English names in full, then abbreviated ("Sept." before "Sep." so the longer is read first). */
const EN_FULL: MonthTable = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
];
const EN_ABBREVIATED: MonthTable = [
  ['sept', 9],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

/** French names, with and without their accents (reports and captures drop them), then the abbreviations. */
const FR_FULL: MonthTable = [
  ['janvier', 1],
  ['février', 2],
  ['fevrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7],
  ['août', 8],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['décembre', 12],
  ['decembre', 12],
];
const FR_ABBREVIATED: MonthTable = [
  ['janv', 1],
  ['févr', 2],
  ['fevr', 2],
  ['avr', 4],
  ['juil', 7],
  ['déc', 12],
];

/**
 * The month names of the languages written in the Latin script, which the same day-month-year patterns read
 * ("12 March 2024", "12 mars 2024"): full names before abbreviations, so "septembre" is not read as "sept".
 */
export const LATIN_SCRIPT_MONTHS: MonthTable = [...EN_FULL, ...FR_FULL, ...EN_ABBREVIATED, ...FR_ABBREVIATED];

/** The families by name, for a reader that takes only some of them (see `rules/dates.ts`). */
export const MONTH_FAMILIES = {
  ar: {
    syriacWithArticle: AR_SYRIAC_WITH_ARTICLE,
    syriacWithoutArticle: AR_SYRIAC_WITHOUT_ARTICLE,
    syriacOneWord: AR_SYRIAC_ONE_WORD,
    latin: AR_LATIN,
    latinEgyptian: AR_LATIN_EGYPTIAN,
    maghreb: AR_MAGHREB,
  },
  en: { full: EN_FULL, abbreviated: EN_ABBREVIATED },
} as const;

/** Longest names first, so "كانون الثاني" is read before a shorter name could match. */
export const MONTHS: { readonly ar: MonthTable; readonly en: MonthTable; readonly fr: MonthTable } = {
  ar: [
    ...AR_SYRIAC_WITH_ARTICLE,
    ...AR_SYRIAC_WITHOUT_ARTICLE,
    ...AR_SYRIAC_ONE_WORD,
    ...AR_LATIN,
    ...AR_LATIN_EGYPTIAN,
    ...AR_MAGHREB,
  ],
  en: [...EN_FULL, ...EN_ABBREVIATED],
  fr: [...FR_FULL, ...FR_ABBREVIATED],
};

/** Weekday names with their number (0 = Sunday, as Date.getUTCDay counts). */
export const WEEKDAYS: { readonly ar: MonthTable; readonly en: MonthTable; readonly fr: MonthTable } = {
  ar: [
    ['الاحد', 0],
    ['الاثنين', 1],
    ['الثلاثاء', 2],
    ['الثلثاء', 2],
    ['الاربعاء', 3],
    ['الخميس', 4],
    ['الجمعه', 5],
    ['السبت', 6],
  ],
  en: [
    ['sunday', 0],
    ['monday', 1],
    ['tuesday', 2],
    ['wednesday', 3],
    ['thursday', 4],
    ['friday', 5],
    ['saturday', 6],
  ],
  fr: [
    ['dimanche', 0],
    ['lundi', 1],
    ['mardi', 2],
    ['mercredi', 3],
    ['jeudi', 4],
    ['vendredi', 5],
    ['samedi', 6],
  ],
};

/** The weekday names of the languages written in the Latin script ("on Tuesday", "tués mardi"). */
export const LATIN_SCRIPT_WEEKDAYS: MonthTable = [...WEEKDAYS.en, ...WEEKDAYS.fr];

export function weekdayNumber(folded: string): number | undefined {
  return [...WEEKDAYS.ar, ...WEEKDAYS.en, ...WEEKDAYS.fr].find(([n]) => n === folded)?.[1];
}

/** The month a folded name stands for, in any language of the table; 0 when it is none. */
export function monthNumber(folded: string): number {
  const name = folded.replace(/\.$/, '').replace(/\s+/g, ' ');
  return [...MONTHS.ar, ...MONTHS.en, ...MONTHS.fr].find(([n]) => n === name)?.[1] ?? 0;
}
