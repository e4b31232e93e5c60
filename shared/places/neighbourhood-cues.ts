// Words that make a name a city neighbourhood. Neighbourhood names are mostly common words or people's names
// ("الميدان" the square, "الثكنة" the barracks, "الشهداء" the martyrs, "صلاح الدين"), so a neighbourhood only
// matches next to one of these or right before its city: "حي الميدان", "أحياء الشعار والصاخور", "the Shaar and
// Sakhour districts", "الشعار في حلب". Like ambiguous-names.ts, the lists are about the language, not one region.

import { AR_COMPASS_WORDS } from '../text/compass-words.ts';
import { nameMatchKeys } from './name-keys.ts';

function keysOf(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => nameMatchKeys(w)));
}

/** Before the name: "حي الميدان", "بحي الشعار", "أحياء", "حيي" (two neighbourhoods), "the district of". */
export const NEIGHBOURHOOD_CUE_BEFORE_KEYS = keysOf([
  'حي',
  'أحياء',
  'حيي',
  'حارة',
  'حارات',
  'منطقة',
  'مناطق',
  'neighbourhood',
  'neighborhood',
  'neighbourhoods',
  'neighborhoods',
  'district',
  'districts',
  'quarter',
  'quarters',
]);
/** After the name (English): "the Shaar neighbourhood", "al-Waer district", "the Rumaila area". */
export const NEIGHBOURHOOD_CUE_AFTER_KEYS = keysOf([
  'neighbourhood',
  'neighborhood',
  'neighbourhoods',
  'neighborhoods',
  'district',
  'districts',
  'quarter',
  'quarters',
  'area',
]);
/** "the neighbourhood of X": a cue two words back, through "of". */
export const OF_KEYS = keysOf(['of']);
/** Words joining names in a list: "الشعار والصاخور" carries و as a clitic; Latin lists use "and"/"or". */
export const LIST_JOIN_KEYS = keysOf(['و', 'and', 'or', 'او', 'أو']);

/** Between the neighbourhood and its city: "الشعار في حلب", "الرميلة شرقي مدينة الرقة", "Midan in central Damascus". */
export const CITY_LINK_KEYS = keysOf(['في', 'in', 'of']);
export const CITY_DIRECTION_KEYS = keysOf([
  ...AR_COMPASS_WORDS,
  'وسط',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'east',
  'west',
  'north',
  'south',
]);
export const CITY_WORD_KEYS = keysOf(['مدينة', 'مدينه', 'city']);

/**
 * Neighbourhood names that are everyday words even right before a city name ("الثورة في درعا" is the
 * revolution): they need "حي" or another cue word.
 */
export const CUE_WORD_ONLY_NEIGHBOURHOOD_KEYS = keysOf([
  'الثورة',
  'الشهداء',
  'الحرية',
  'الوحدة',
  'البعث',
  'تشرين',
  'النصر',
  'الاستقلال',
  'الجهاد',
  'النهضة',
  'الجمهورية',
  'الأسد',
  'المدينة',
  'المحافظة',
  'الجامعة',
  'القلعة',
  'المحطة',
  'الصناعة',
  'العمال',
  'الموظفين',
  'الفرات',
  'اليرموك',
  'القدس',
  'الجولان',
  'القنيطرة',
  'الأمين',
  'المهاجرين',
  'السبيل',
  'الزهور',
  'الفيحاء',
  'الكرامة',
  'العروبة',
]);

/**
 * Neighbourhood names distinctive enough that reports write them bare and nothing else shares them: "جوبر",
 * "الشيخ مقصود", "بابا عمرو". Kept short on purpose: a name here can match anywhere.
 */
export const BARE_NEIGHBOURHOOD_KEYS = keysOf([
  'جوبر',
  'Jobar',
  'Jowbar',
  'الشيخ مقصود',
  'Sheikh Maqsoud',
  'Sheikh Maksoud',
  'بستان القصر',
  'Bustan al-Qasr',
  'مساكن هنانو',
  'Masaken Hanano',
  'بابا عمرو',
  'Baba Amr',
  'القابون',
  'Qaboun',
  'الصاخور',
  'Sakhour',
  'جورة الشياح',
  'باب السباع',
  'بستان الباشا',
  'الليرمون',
  'الراموسة',
  'Ramouseh',
  'القرابيص',
  'جورة العرايس',
]);

/**
 * Words that begin longer place names ("ضاحية الأسد", "Dahiyet al-Assad", "Bab al-Nayrab"): a neighbourhood
 * name right after one is the tail of a name we do not know, not the neighbourhood.
 */
export const NAME_HEAD_KEYS = keysOf([
  'ضاحية',
  'باب',
  'تل',
  'عين',
  'كرم',
  'جبل',
  'شيخ',
  'بيت',
  'سوق',
  'جورة',
  'مساكن',
  'بستان',
  'أرض',
  'وادي',
  'كفر',
  'دير',
  'قلعة',
  'دوار',
  'ساحة',
  'شارع',
  'جامع',
  'مسجد',
  'مشفى',
  'مستشفى',
  'مدرسة',
  'Dahiyet',
  'Dahiyat',
  'Dahiya',
  'Bab',
  'Tal',
  'Tell',
  'Ain',
  'Ayn',
  'Karm',
  'Jabal',
  'Jebel',
  'Sheikh',
  'Beit',
  'Souq',
  'Suq',
  'Jouret',
  'Masaken',
  'Bustan',
  'Ard',
  'Wadi',
  'Kafr',
  'Deir',
  'Qalaat',
  'Street',
  'Square',
]);
