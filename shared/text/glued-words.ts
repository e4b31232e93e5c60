// Captured pages lose the space or line break between two pieces of text ("Shared with Publicاستشهد",
// "ريف عين عيسىفقدت طفلة"). Where the join is certain, a word boundary is put back: where Arabic script meets Latin
// (no word mixes them), and after ى or ة before another letter (Arabic writes both only at a word's end). Hamza on the
// line after ى ("لاجىء", an older spelling) is no boundary.

const isArabicLetter = (code: number) => code >= 0x622 && code <= 0x64a;
const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const ALEF_MAQSURA = 0x649;
const TA_MARBUTA = 0x629;

/** Whether a word boundary was lost between the characters `prev` and `next` (char codes). */
export function isGluedBoundary(prev: number, next: number): boolean {
  if (isArabicLetter(next)) return prev === ALEF_MAQSURA || prev === TA_MARBUTA || isLatinLetter(prev);
  return isLatinLetter(next) && (isArabicLetter(prev) || prev === 0x621);
}
