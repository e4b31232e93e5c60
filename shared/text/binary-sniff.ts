// Recognises bytes that are not a text report: known file signatures ("magic numbers") and data full of
// NUL or control bytes (which also catches signatures too short to trust, such as "MZ"). Used before any charset
// detection, which would otherwise "decode" a PDF as Latin-1.

interface Signature {
  what: string;
  bytes: number[];
  offset?: number;
}

const SIGNATURES: Signature[] = [
  { what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { what: 'a ZIP archive (or a .docx/.xlsx/.odt file, which are ZIP archives)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { what: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'a gzip-compressed file', bytes: [0x1f, 0x8b] },
  { what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: 'an xz-compressed file', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'a legacy Microsoft Office document (.doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { what: 'an MP4/QuickTime video or audio file', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { what: 'an MP3 audio file', bytes: [0x49, 0x44, 0x33, 0x03] },
  { what: 'an Ogg media file', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { what: 'a WAV or AVI file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { what: 'an executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** What kind of binary file the bytes start like, or undefined. */
export function knownBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const sig of SIGNATURES) {
    const offset = sig.offset ?? 0;
    if (bytes.length < offset + sig.bytes.length) continue;
    if (sig.bytes.every((b, i) => bytes[offset + i] === b)) return sig.what;
  }
  return undefined;
}

/** Share of C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape. */
export function controlByteShare(bytes: Uint8Array, sample = 8192): number {
  const n = Math.min(bytes.length, sample);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls / n;
}

/**
 * Looks like UTF-16 without a byte-order mark. Text in an alphabet below U+2000 (Latin, Greek, Cyrillic,
 * Hebrew, Arabic…) has a high byte under 0x20 in almost every code unit (0x00 for ASCII, 0x06 for Arabic),
 * while its low bytes are mostly letters, digits and spaces, so one byte position of each pair is almost all
 * "control" bytes and the other almost none. Single-byte text has few control bytes anywhere, and binary data
 * (random bytes, little-endian integers) has them in both positions.
 */
export function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return undefined;
  let evenLow = 0;
  let oddLow = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] as number;
    const odd = bytes[i + 1] as number;
    if (even < 0x20) evenLow++;
    if (odd < 0x20) oddLow++;
    if (even === 0) evenNul++;
    if (odd === 0) oddNul++;
  }
  const pairs = n / 2;
  // A NUL somewhere in the high bytes (a space, a digit or a line break) is what tells UTF-16 from a binary
  // table of small numbers.
  if (oddLow / pairs >= 0.9 && evenLow / pairs <= 0.1 && oddNul > 0) return 'utf-16le';
  if (evenLow / pairs >= 0.9 && oddLow / pairs <= 0.1 && evenNul > 0) return 'utf-16be';
  // Mostly ASCII with some characters from higher blocks (CJK, symbols): NUL in most high bytes.
  if (oddNul / pairs > 0.6 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.6 && oddNul / pairs < 0.05) return 'utf-16be';
  return undefined;
}
