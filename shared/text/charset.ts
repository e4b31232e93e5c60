// Picks the character set of a report's bytes and decodes them. Order: byte-order mark; UTF-16 without a
// BOM; valid UTF-8 (which legacy encodings almost never are, so it wins over a declared charset — uploaders'
// Content-Type defaults are often wrong); the charset the Content-Type or an HTML <meta> declares; then
// statistical detection with chardet (which tells windows-1256 Arabic from other 8-bit encodings).
import { TextDecoder } from 'node:util';
import chardet from 'chardet';
import { sniffBomlessUtf16 } from './binary-sniff.ts';

export interface DecodedBytes {
  text: string;
  /** WHATWG name of the encoding used: utf-8, utf-16le, windows-1256, … */
  charset: string;
  /** How the charset was chosen, for logs. */
  via: 'bom' | 'utf16-sniff' | 'utf8-valid' | 'utf8-damaged' | 'declared' | 'detected' | 'fallback';
}

export class UnsupportedCharsetError extends Error {
  override name = 'UnsupportedCharsetError';
}

/** A TextDecoder for the label, or undefined when Node does not know it. */
function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return undefined;
  }
}

function decodeWith(label: string, bytes: Uint8Array, via: DecodedBytes['via']): DecodedBytes | undefined {
  const decoder = decoderFor(label);
  if (!decoder) return undefined;
  return { text: decoder.decode(bytes), charset: decoder.encoding, via };
}

/** The charset a Content-Type header names ("text/html; charset=windows-1256"). */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return contentType?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
}

/** The charset an HTML <meta charset> or http-equiv Content-Type declares in the first 4 KB. */
export function charsetFromHtmlMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.match(/<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i)?.[1];
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes the bytes; throws UnsupportedCharsetError for UTF-32, which Node cannot decode. */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedBytes {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new UnsupportedCharsetError('UTF-32');
  }
  // TextDecoder strips the BOM itself.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes, 'bom') as DecodedBytes;
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes, 'bom') as DecodedBytes;
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes, 'bom') as DecodedBytes;

  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes, 'utf16-sniff') as DecodedBytes;

  try {
    return { text: (decoderFor('utf-8', true) as TextDecoder).decode(bytes), charset: 'utf-8', via: 'utf8-valid' };
  } catch {
    // not UTF-8: go on
  }
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;

  if (declared) {
    const decoded = decodeWith(declared, bytes, 'declared');
    if (decoded && !decoded.charset.startsWith('utf-')) return decoded;
  }

  for (const match of chardet.analyse(bytes)) {
    if (match.confidence <= 0 || /^(UTF|ISO_2022$|mbcs|sbcs|ASCII)/.test(match.name)) continue;
    const decoded = decodeWith(match.name, bytes, 'detected');
    if (decoded) return decoded;
  }
  // Nothing recognised it: the project's legacy reports are Arabic, so windows-1256 is the best guess.
  return decodeWith('windows-1256', bytes, 'fallback') as DecodedBytes;
}

/** At most one bad sequence in this many characters still reads as damaged UTF-8 rather than another charset. */
const DAMAGED_UTF8_RATIO = 0.005;

/**
 * UTF-8 with a few broken sequences (a truncated copy, one bad byte) is still UTF-8: decoding it as a legacy
 * charset would garble every other letter, so keep it, with U+FFFD where the damage is. Legacy 8-bit Arabic
 * (windows-1256) read as UTF-8 breaks on almost every letter, far above this ratio.
 */
function damagedUtf8(bytes: Uint8Array): DecodedBytes | undefined {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad += 1;
    else if (ch.charCodeAt(0) > 0x7f) nonAscii += 1;
  }
  const chars = text.length;
  if (nonAscii === 0 || bad / chars > DAMAGED_UTF8_RATIO) return undefined;
  return { text, charset: 'utf-8', via: 'utf8-damaged' };
}
