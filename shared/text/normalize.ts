// Arabic-aware normalisation used everywhere names or quotes are compared: place and claimant matching,
// evidence grounding, gold scoring. It folds spelling variants that writers use interchangeably.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII; the Arabic decimal/thousands marks → . and ,. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(EASTERN_DIGITS, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/**
 * Folds Arabic letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), strips diacritics and tatweel,
 * converts digits, lower-cases Latin text and collapses white space. Keeps word boundaries, so offsets into
 * the result do not map back to the original: use it for comparison, not for slicing.
 */
export function normalizeArabic(text: string): string {
  return toAsciiDigits(text.normalize('NFKC'))
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[“”«»„‟"]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name reduced to a comparison key: normalised, a leading article (ال, al-, el-) dropped, and hyphens,
 * apostrophes and spaces removed — so "al-Susah", "Susah", "السوسة" and "سوسة" each compare equal to
 * their own script's variants, and "ديرالزور" equals "دير الزور".
 */
export function nameKey(name: string): string {
  return normalizeArabic(name)
    .replace(/^(ال|al[-\s]|el[-\s])/u, '')
    .replace(/[\s\-'`ʿʾ’.]/g, '');
}
