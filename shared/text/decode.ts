// Turns a report's raw bytes into text the extractor can read, or rejects them with a reason a person can act
// on. Size limits are enforced by the pipeline before download, not here.
import { controlByteShare, knownBinaryFormat, sniffBomlessUtf16 } from './binary-sniff.ts';
import { charsetFromContentType, charsetFromHtmlMeta, decodeBytes, UnsupportedCharsetError } from './charset.ts';
import { htmlToText } from './html-to-text.ts';

export interface DecodedReport {
  text: string;
  title?: string;
  format: 'text' | 'html';
  /** WHATWG name of the charset the bytes were decoded with (utf-8, windows-1256, utf-16le…). */
  charset: string;
}

export interface DecodeHints {
  contentType?: string;
  fileName?: string;
}

/** The report cannot be read as text; `reason` is a sentence for the operator. */
export class RejectedReportError extends Error {
  override name = 'RejectedReportError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const HTML_EXTENSIONS = /\.(html?|xhtml|shtml)$/i;
/** Share of control bytes above which the data is binary, not text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.02;

function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return (
    /^(<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html)/i.test(head) ||
    /<html[\s>]/i.test(head)
  );
}

function isHtml(text: string, hints: DecodeHints): boolean {
  if (hints.contentType && HTML_TYPES.test(hints.contentType)) return true;
  if (hints.fileName && HTML_EXTENSIONS.test(hints.fileName)) return true;
  // A text/plain upload that is really a saved web page still gets its markup removed.
  return looksLikeHtml(text);
}

/** Unix line endings, no trailing spaces, at most one blank line in a row, no leading/trailing blank lines. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s*\n/, '')
    .trim();
}

function describeSize(bytes: Uint8Array): string {
  return bytes.length === 1 ? '1 byte' : `${bytes.length} bytes`;
}

/** Decodes a report; throws RejectedReportError when it is empty, binary or unreadable. */
export function decodeReport(bytes: Uint8Array, hints: DecodeHints = {}): DecodedReport {
  if (bytes.length === 0) throw new RejectedReportError('The report is empty (0 bytes).');

  const binary = knownBinaryFormat(bytes);
  if (binary) {
    throw new RejectedReportError(`The report is ${binary}, not text: upload it as plain text or HTML.`);
  }
  // NULs or other control bytes mean a binary file, unless the bytes are UTF-16 (where NULs are normal).
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    sniffBomlessUtf16(bytes) !== undefined;
  if (!utf16) {
    if (bytes.includes(0)) {
      throw new RejectedReportError(
        `The report is binary data, not text (it contains NUL bytes; ${describeSize(bytes)}).`,
      );
    }
    if (controlByteShare(bytes) > MAX_CONTROL_SHARE) {
      throw new RejectedReportError(
        'The report is binary data, not text (more than 2% of its bytes are control characters).',
      );
    }
  }

  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, charsetFromContentType(hints.contentType) ?? charsetFromHtmlMeta(bytes));
  } catch (error) {
    if (error instanceof UnsupportedCharsetError) {
      throw new RejectedReportError(
        `The report is encoded in ${error.message}, which is not supported: re-save it as UTF-8.`,
      );
    }
    throw error;
  }

  const raw = decoded.text.replace(/^\uFEFF/, '');
  if (raw.trim() === '') {
    throw new RejectedReportError(`The report contains only white space (${describeSize(bytes)}).`);
  }

  let text: string;
  let title: string | undefined;
  let format: DecodedReport['format'] = 'text';
  if (isHtml(raw, hints)) {
    format = 'html';
    const html = htmlToText(raw);
    text = tidyText(html.text);
    title = html.title;
  } else {
    text = tidyText(raw);
  }

  const chars = [...text];
  const letters = chars.filter((c) => /\p{L}/u.test(c)).length;
  const garbage = chars.filter((c) => c === '\uFFFD' || /[\u0080-\u009f]/.test(c)).length;
  if (letters === 0) {
    throw new RejectedReportError(
      format === 'html'
        ? 'The report is an HTML page with no readable article text (only markup, scripts or navigation).'
        : 'The report has no readable text (no letters in any script).',
    );
  }
  // A guessed legacy charset turns any bytes into some characters: keep the guess only when it reads as
  // words, i.e. mostly letters, as real windows-1256 Arabic does.
  const guessed = decoded.via === 'detected' || decoded.via === 'fallback';
  const visible = chars.filter((c) => /\S/u.test(c)).length;
  if (guessed && letters / visible < 0.6) {
    throw new RejectedReportError(
      'The report is not valid UTF-8 and does not read as text in any other charset ' +
        `(${decoded.charset} gives mostly symbols): re-save it as UTF-8.`,
    );
  }
  if (garbage / chars.length > 0.05) {
    throw new RejectedReportError(
      `The report does not decode to readable text (${decoded.charset} leaves ${garbage} undecodable characters): ` +
        're-save it as UTF-8.',
    );
  }

  const result: DecodedReport = { text, format, charset: decoded.charset };
  if (title) result.title = title;
  return result;
}
