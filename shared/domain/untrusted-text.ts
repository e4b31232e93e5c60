// Report parts (claimant, place, summary, source, url, quotes) come from whoever wrote the report, or from a model
// answer that report steered. Before they reach an analyst they become inert plain text: no line breaks that forge
// a "Report:" line or a mail header, no bidi overrides that reorder what is read, no markup, no scheme but http(s),
// and — where a reader could act on them at once (SMS) — no phone numbers or links at all.

// C0/C1 controls, DEL, line/paragraph separators: a newline or CR inside a part would start a forged line.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// Bidi embeddings, overrides, isolates and marks (they reorder displayed text: "gpj.exe" shown as "exe.jpg"),
// zero-width spaces/joiners, word joiner and BOM (they hide text inside words and defeat filters).
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Markup: whole tags first, then any angle bracket left over, so nothing can open a tag in an HTML mail reader.
const TAGS = /<\/?[a-z!?][^<>]*>/gi;
const ANGLES = /[<>\uff1c\uff1e\u2039\u203a]/g;

// Schemes a link may use to act on a click or a tap; http(s) ones are handled as links (LINKS) below.
const ACTIVE_SCHEMES = /\b(?:javascript|vbscript|data|file|tel|sms|smsto|mailto|callto|whatsapp|intent):\S*/gi;
// A link: a scheme URL, a www. host, or a bare host name ending in a letters-only top-level domain with a path.
const LINKS = /\b(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*)/gi;
// A phone number: 7 or more digits (Western, Arabic-Indic or Persian) with the separators people write between
// groups (+, spaces, dots, dashes, brackets). Casualty figures and years are far shorter.
const PHONES =
  /\+?[(\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9 ().\-\u00a0]{5,}[\d\u0660-\u0669\u06f0-\u06f9]/g;
const EMAILS = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;
const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * One line of plain text, at most `max` characters (code points), cut at a word boundary with "…". Undefined or
 * text that is empty once cleaned gives ''.
 */
export function plainText(value: string | undefined, max: number): string {
  if (!value) return '';
  const text = value
    .normalize('NFC')
    .replace(CONTROLS, ' ')
    .replace(INVISIBLE, '')
    .replace(TAGS, ' ')
    .replace(ANGLES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return capWords(text, max);
}

/** Plain text without phone numbers, email addresses and links: what may stand in an SMS or beside the report link. */
export function plainTextWithoutContacts(value: string | undefined, max: number): string {
  const text = plainText(value, Number.MAX_SAFE_INTEGER)
    .replace(EMAILS, '[address removed]')
    .replace(ACTIVE_SCHEMES, '[link removed]')
    .replace(LINKS, '[link removed]')
    .replace(PHONES, (match) => (isPhoneNumber(match) ? '[number removed]' : match));
  return capWords(text.replace(/\s+/g, ' ').trim(), max);
}

/** Seven digits or more, and not a date (2018-07-12, 12/07/2018), which reports are full of. */
function isPhoneNumber(match: string): boolean {
  const digits = match.match(DIGIT)?.length ?? 0;
  return digits >= 7 && !/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(match.trim());
}

/** The report's link when it is an http(s) URL without credentials, as text (percent-encoded, at most `max`). */
export function httpUrl(value: string | undefined, max = 300): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
  // URL.href percent-encodes spaces, quotes, angle brackets and controls, so the text cannot break out of a line.
  const href = url.href;
  return href.length <= max ? href : undefined;
}

/** Cuts at the last space before `max` (or mid-word when there is none in the second half), ending with "…". */
export function capWords(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space >= cut.length / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.-]+$/, '')}…`;
}
