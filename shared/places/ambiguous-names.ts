// Place names that are also common words ("الثورة" the revolution, "الطبقة" the class, "صور" pictures,
// "Sarin" the nerve agent). They count as a place only next to a word that says "place": "مدينة الطبقة",
// "بلدة البحرة", "الميادين شرق دير الزور", "the town of Sarin". The list is about the language, not a region,
// so it guards every gazetteer, including ones loaded from an operator's CSV.

import { AR_COMPASS_WORDS } from '../text/compass-words.ts';
import { nameMatchKeys } from './name-keys.ts';

const AMBIGUOUS_AR = [
  // common nouns / adjectives
  'الباب',
  'التل',
  'تل',
  'صور',
  'الجلاء',
  'الكرامة',
  'الثورة',
  'سلوك',
  'المنصورة',
  'السلمية',
  'القصير',
  'التبني',
  'الهول',
  'البصيرة',
  'بصيرة',
  'كسرة',
  'الطبقة',
  'البحرة',
  'السيال',
  'الحمراء',
  'الروضة',
  'المزرعة',
  'الشجرة',
  'الجيزة',
  'ملح',
  'نوى',
  'الحراك',
  'الزيارة',
  'الناصرة',
  'حديدة',
  'الحاضر',
  'الراعي',
  'بلبل',
  'بنان',
  'الحاجب',
  'الكسوة',
  'المليحة',
  'الضمير',
  'الحجر الأسود',
  'شين',
  'مهين',
  'صدد',
  'القبو',
  'السخنة',
  'عوج',
  'سبة',
  'الطواحين',
  'شقا',
  'العريقة',
  'الصورة الصغيرة',
  'الخشنية',
  'دالية',
  'كسب',
  'صفصافة',
  'صبورة',
  'القريتين',
  'السبخة',
  'مسكنة',
  'نبل',
  'يعربية',
  'العريشة',
  'مزيرعة',
  'الحميدية',
  'شطحة',
  'القطيفة',
  'السفيرة',
  'المالكية',
  'الميادين',
  'الزربة',
  'الفاخورة',
  'المسمية',
  'حيش',
  'العنازة',
  'الغارية',
  'البطيحة',
  'المشنف',
  'القريا',
  'تسيل',
  'ازرع',
  'احسم',
  'القدموس',
  'الدشيشة',
  'الجزعة',
  'معدان',
  'سنجار',
  'أريحا',
  'الصالحية',
  'الشيخ',
  'البلد',
  'القلعة',
  'المحطة',
  'الجامعة',
  'المطار',
  'العباس',
  'معان',
  'قارة',
  'الزكاة',
  'بليون',
  'الحويجة',
  'المحمدية',
  'البارة',
  'الفطيرة',
  'حاس',
  'المعرة',
  // given names
  'جاسم',
  'ربيعة',
  'كريمة',
  'هنادي',
  'دانا',
  'مسعدة',
  // verbs: "تدمر" also means "(she/it) destroys"
  'تدمر',
  // kunyas: "أبو الحسن" is also a nom de guerre
  'أبو الحسن',
  'أبو حمام',
];

const AMBIGUOUS_EN = [
  'Sarin',
  'Hole',
  'Sur',
  'Tall',
  'Tal',
  'Tell',
  'Bab',
  'Oj',
  'Shin',
  'Dana',
  'Milh',
  'Hamra',
  'Nasra',
  'Rawda',
  'Karama',
  'Mansura',
  'Thawrah',
  'Sabka',
  'Jasim',
  'Nawa',
  'Ariha',
  'Sanjar',
  'Kasab',
  'Heish',
  'Qabu',
  'Mahin',
  'Banan',
  'Raju',
  'Bulbul',
  'Hawash',
  'Ziyara',
  'Fiq',
  'Jizeh',
  'Saan',
  'Sadad',
  'Marea',
  'Mare',
  'Dimas',
  'Anaza',
  'Sibbeh',
  'Hamin',
  'Shaqa',
  'Taleen',
  'Kareemeh',
  'Hanadi',
  'Gharyeh',
  'Rabeea',
  'Mazraa',
  'Jablah',
  'Hadher',
  'Tabni',
  'Maliha',
  'Abu Hassan',
  'Abu al-Hassan',
  'Abu al-Hasan',
  // English words: "has", "man"
  'Has',
  'Haas',
  'Maan',
  "Ma'an",
  'Bara',
  'Qara',
  'Kara',
  'Zaka',
  'Zakat',
];

/**
 * Words that are never a place although a name hides in them once a clitic or the article is dropped:
 * "السورية" is the adjective "Syrian (f.)", not "سورية" (Syria); "لبنان" (Lebanon) is not ل + بنان; "وفيق"
 * is a given name, not و + فيق, and so is "فاطمة" (Fatima), not ف + أطمة (Atmeh); "بصدد" means "about to", not
 * ب + صدد. Compared with every clitic-stripped form of the word (folded, article kept), so "ولبنان" is covered too.
 */
export const NOT_PLACE_AR_FORMS = new Set(['السوريه', 'لبنان', 'وفيق', 'فاطمه', 'بصدد', 'لبنانيه', 'لبناني']);

/** Words before a guarded name that make it a place. */
const CUES_BEFORE_AR = [
  'مدينة',
  'مدينه',
  'بلدة',
  'قرية',
  'قرى',
  'بلدات',
  'مدن',
  'حي',
  'أحياء',
  'ريف',
  'منطقة',
  'مناطق',
  'ناحية',
  'مخيم',
  'محافظة',
  'محافظات',
  'أطراف',
  'محيط',
  'مدخل',
  'سد',
  'مركز',
  ...AR_COMPASS_WORDS,
  'بادية',
  'قرب',
  'بالقرب',
  'اتجاه',
  'نحو',
  'مزارع',
  'ضواحي',
  'داخل',
  'سجن',
];
/** Words after a guarded name that make it a place ("الميادين شرق دير الزور", "الطبقة بريف الرقة"). */
const CUES_AFTER_AR = [
  ...AR_COMPASS_WORDS,
  'ريف',
  'قرب',
  'بالقرب',
  'الواقعة',
  'الواقع',
  'التابعة',
  'الحدودية',
  'المحاذية',
  'الشرقي',
  'الغربي',
  'الشمالي',
  'الجنوبي',
  'الشرقية',
  'الغربية',
  'الشمالية',
  'الجنوبية',
  'شرقا',
  'غربا',
  'شمالا',
  'جنوبا',
];
/** For "تدمر" a preposition is enough: "في" is never followed by a verb. */
const PREPOSITION_CUES_AR = ['في'];
const PREPOSITION_GUARDED = [
  'تدمر',
  'أبو الحسن',
  'أبو حمام',
  'الميادين',
  'البصيرة',
  'سنجار',
  'أريحا',
  'القطيفة',
  'المالكية',
];

/**
 * Attack and toll words that make a guarded name a place ("مجزرة أريحا", "قصف الميادين", "غارة على نوى").
 * Only for names that are not also a common target, a person or a verb ("قصف المطار" is the airport,
 * "استهداف الشيخ" a man, "حصيلة الثورة" the revolution's toll, "غارات تدمر منازل" raids destroying homes),
 * so EVENT_GUARDED lists them one by one.
 */
const EVENT_CUES_AR = [
  'مجزرة',
  'مجازر',
  'مجزرتي',
  'حصيلة',
  'قصف',
  'استهداف',
  'غارة',
  'غارات',
  'غارتين',
  'هجوم',
  'تفجير',
  'انفجار',
  'اقتحام',
];
/** "غارة على X": the attack word, then "على", then the name. */
const RAID_CUES_AR = ['غارة', 'غارات', 'غارتين', 'هجوم', 'هجمات', 'قصف', 'قصفها', 'هجوما'];
const EVENT_GUARDED = [
  'أريحا',
  'الميادين',
  'البصيرة',
  'سنجار',
  'القطيفة',
  'المالكية',
  'نوى',
  'حيش',
  'الطبقة',
  'القصير',
  'مسكنة',
  'معدان',
  'السفيرة',
  'الكسوة',
  'المليحة',
  'السخنة',
  'السلمية',
  'تسيل',
  'ازرع',
  'احسم',
  'القدموس',
  'الهول',
  'الزربة',
  'القريا',
  'الصالحية',
  'المنصورة',
  'الدشيشة',
  'الشدادي',
  'صدد',
  'الطواحين',
  'العريشة',
  'الحميدية',
  'المسمية',
];

const CUES_BEFORE_EN = [
  'town',
  'city',
  'village',
  'villages',
  'towns',
  'district',
  'districts',
  'neighbourhood',
  'neighborhood',
  'province',
  'governorate',
  'camp',
  'near',
  'outskirts',
  'countryside',
  'suburb',
  'suburbs',
  'in',
  'of',
  'from',
  'at',
  'to',
  'around',
];
const CUES_AFTER_EN = ['town', 'city', 'village', 'district', 'province', 'camp', 'countryside', 'area'];

function keysOf(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => nameMatchKeys(w)));
}

/**
 * Names that are also the first word of many compound names ("تل رفعت", "Tal Hamis", "Bab al-Hawa"): alone
 * they name At Tall or Al-Bab, but followed by another name word they are part of a place we may not know.
 */
export const HEAD_WORD_KEYS = keysOf(['التل', 'تل', 'الباب', 'Tal', 'Tall', 'Tell', 'Tel', 'Bab']);
/** Settlement words before a head word with the article that make it the town: "مدينة الباب". */
export const HEAD_RELEASE_BEFORE_KEYS = keysOf([
  'مدينة',
  'مدينه',
  'بلدة',
  'قرية',
  'مدن',
  'بلدات',
  'ريف',
  'منطقة',
  'ناحية',
  'محافظة',
  'مخيم',
  'أحياء',
]);
/** Article-less direction words after a head word that make it the town: "الباب شمال حلب", "الباب بريف حلب". */
export const HEAD_RELEASE_AFTER_KEYS = keysOf([
  ...AR_COMPASS_WORDS,
  'شرقا',
  'غربا',
  'شمالا',
  'جنوبا',
  'ريف',
  'قرب',
  'بالقرب',
  'شمال شرق',
  'شمال غرب',
  'جنوب شرق',
  'جنوب غرب',
]);

export const AMBIGUOUS_AR_KEYS = keysOf(AMBIGUOUS_AR);
export const AMBIGUOUS_EN_KEYS = keysOf(AMBIGUOUS_EN);
export const PREPOSITION_GUARDED_KEYS = keysOf(PREPOSITION_GUARDED);
export const EVENT_GUARDED_KEYS = keysOf(EVENT_GUARDED);
export const EVENT_CUE_AR_KEYS = keysOf(EVENT_CUES_AR);
export const RAID_CUE_AR_KEYS = keysOf(RAID_CUES_AR);
// Cue words go through the same key function as names, so "الشرقي" and "شرقي" are one cue.
export const CUE_BEFORE_AR_KEYS = keysOf(CUES_BEFORE_AR);
export const CUE_AFTER_AR_KEYS = keysOf(CUES_AFTER_AR);
export const PREPOSITION_CUE_KEYS = keysOf(PREPOSITION_CUES_AR);
export const CUE_BEFORE_EN_KEYS = keysOf(CUES_BEFORE_EN);
export const CUE_AFTER_EN_KEYS = keysOf(CUES_AFTER_EN);

/** Cue words that point to the governorate rather than its same-named capital. */
export const GOVERNORATE_CUE_KEYS = keysOf(['محافظة', 'محافظات', 'ريف', 'province', 'governorate', 'countryside']);
/** Cue words that point to the city or town. */
export const SETTLEMENT_CUE_KEYS = keysOf(['مدينة', 'مدينه', 'بلدة', 'قرية', 'city', 'town', 'village']);
