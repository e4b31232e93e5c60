// SNS email subjects: the Publish API allows at most 100 characters without line breaks or control
// characters, and SNS receivers replace a subject holding non-ASCII characters with an error text. So the
// subject is reduced to printable ASCII, starting with a letter, digit or punctuation mark, under 100 chars.

export const MAX_SUBJECT_LENGTH = 99;
const FALLBACK_SUBJECT = 'claimwatch alert';

const PUNCTUATION_FOLDS: Array<[RegExp, string]> = [
  [/[\u2010-\u2015\u2212]/g, '-'], // hyphens and dashes
  [/[\u2018\u2019\u201a\u201b\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"'],
  [/\u2026/g, '...'],
  [/[\u060c]/g, ','], // Arabic comma
  [/[\u061b]/g, ';'],
  [/[\u061f]/g, '?'],
  [/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' '],
];

export function sanitizeSubject(subject: string): string {
  let text = subject.normalize('NFKD');
  for (const [pattern, replacement] of PUNCTUATION_FOLDS) text = text.replace(pattern, replacement);
  text = text
    .replace(/[\u0300-\u036f]/g, '') // accents left over from NFKD (é → e)
    .replace(/[^\x20-\x7e]+/g, ' ') // everything else outside printable ASCII (Arabic script, emoji, controls)
    .replace(/\(\s*\)|\[\s*\]/g, ' ') // brackets emptied by the removal above
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.?!)])/g, '$1')
    .replace(/^[\s,;:\-/|]+|[\s,;:\-/|]+$/g, '');
  if (text.length > MAX_SUBJECT_LENGTH) {
    const cut = text.slice(0, MAX_SUBJECT_LENGTH - 3);
    const atWord = cut.lastIndexOf(' ');
    text = `${(atWord > MAX_SUBJECT_LENGTH / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:-]+$/, '')}...`;
  }
  return text.length > 0 ? text : FALLBACK_SUBJECT;
}
