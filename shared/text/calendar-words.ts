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
/** The Latin names of Egypt and the Gulf, with the Egyptian spellings يونيه/يوليه. */
const AR_LATIN: MonthTable = [
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
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

/**
 * The Arabic families the extractor's in-text dates read (`rules/dates.ts`): the Levant's and Egypt's. Reading the
 * article-less and Maghreb names there too would change its results, so that is a step of its own.
 */
export const AR_LEVANT_AND_EGYPT_MONTHS: MonthTable = [...AR_SYRIAC_WITH_ARTICLE, ...AR_SYRIAC_ONE_WORD, ...AR_LATIN];

/** Longest names first, so "كانون الثاني" is read before a shorter name could match. */
export const MONTHS: { readonly ar: MonthTable; readonly en: MonthTable } = {
  ar: [...AR_SYRIAC_WITH_ARTICLE, ...AR_SYRIAC_WITHOUT_ARTICLE, ...AR_SYRIAC_ONE_WORD, ...AR_LATIN, ...AR_MAGHREB],
  en: [
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
  ],
};

/** Weekday names with their number (0 = Sunday, as Date.getUTCDay counts). */
export const WEEKDAYS: { readonly ar: MonthTable; readonly en: MonthTable } = {
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
};

export function weekdayNumber(folded: string): number | undefined {
  return [...WEEKDAYS.ar, ...WEEKDAYS.en].find(([n]) => n === folded)?.[1];
}

/** The month a folded name stands for, in any language of the table; 0 when it is none. */
export function monthNumber(folded: string): number {
  const name = folded.replace(/\.$/, '').replace(/\s+/g, ' ');
  return [...MONTHS.ar, ...MONTHS.en].find(([n]) => n === name)?.[1] ?? 0;
}
