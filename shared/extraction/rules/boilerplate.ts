// Page furniture around a report's body: "Related" / "Read more" / "More from …" link lists and photo captions.
// Their headlines restate other reports' tolls ("40 killed across Syria on Monday"), so they are never claims.

/** A heading that opens a list of links: the lines after it, up to a blank line, are headlines of other pages. */
const LINK_LIST_HEADING = new RegExp(
  String.raw`^\s*(?:related(?:\s+(?:posts?|content|stories|articles?|news|coverage|links?|reading))?` +
    String.raw`|read\s+more|more\s+(?:from|on|about)(?:\s+[^\n]{1,40})?|see\s+also|also\s+read` +
    String.raw`|you\s+may\s+also\s+like|recommended|most\s+read|top\s+stories)\s*:?\s*$`,
  'u',
);
/** A line that is furniture by itself: "Read more: …", "Related: …", "PHOTO: …", "Photo caption: …". */
const FURNITURE_LINE = new RegExp(
  String.raw`^\s*(?:related(?:\s+(?:posts?|content|stories|articles?|news|coverage))?|read\s+more` +
    String.raw`|see\s+also|also\s+read|more\s+from\s+[^:\n]{1,40}|photo(?:\s+caption)?|image|picture` +
    String.raw`|caption|file\s+photo)\s*[:|–—-]`,
  'u',
);

/** Offsets [start, end) of the folded (lower-cased) text that are page furniture, not report body. */
export function boilerplateRanges(folded: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // A list runs to the next blank line, but never more than a few headlines (some pages have no blank lines).
  let listLeft = 0;
  let offset = 0;
  for (const line of folded.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (line.trim() === '') {
      listLeft = 0;
      continue;
    }
    if (LINK_LIST_HEADING.test(line)) {
      listLeft = 8;
      out.push({ start, end });
      continue;
    }
    if (listLeft > 0 || FURNITURE_LINE.test(line)) out.push({ start, end });
    if (listLeft > 0) listLeft--;
  }
  return out;
}

export function inBoilerplate(ranges: Array<{ start: number; end: number }>, at: number): boolean {
  return ranges.some((r) => at >= r.start && at < r.end);
}
