// The report is the post or the article, not the page it was captured from. Archived Facebook, X (Twitter),
// Telegram and news pages carry the site's furniture around the body (buttons, counters, author and time lines,
// share blocks, "related" headline lists) and readers' comments after it. A comment is nobody's claim and a
// related headline is another report's toll, so both extractors (the rules and the LLM) read only the body.
// Each pattern below is a piece of a platform's or a publishing tool's interface, in English and Arabic; none
// is taken from one report's wording.
import {
  alternation,
  BUTTONS,
  CAPTURE_NOTICES,
  COUNTED,
  FACEBOOK_AUDIENCE,
  POST_END,
  RELATIVE_TIMES,
  RESHARED,
  SOURCE_LINES,
  TAIL_HEADINGS,
  X_TABS,
} from './page-chrome.ts';

/** Where a Facebook post's header ends: "<page> · <date> · Shared with Public", then the post runs glued on. */
const FACEBOOK_HEADER_END = new RegExp(alternation(FACEBOOK_AUDIENCE), 'iu');

/**
 * Where a post ends and the page's reaction bar, then the readers' comments, begin. The bar follows the post with
 * no line break in captures ("…end of post.All reactions:54LikeComment…"), so it is found inside a line.
 */
const POST_END_MARK = new RegExp(alternation(POST_END), 'u');

const DIGIT = '[0-9٠-٩]';
/**
 * The timestamp under an X (Twitter) post: "9:33 AM · Dec 2, 2024", "٩:٣٣ م · ٢ ديسمبر ٢٠٢٤", followed by view and
 * reply counts. The post ends where it starts.
 */
const X_TIMESTAMP = new RegExp(
  `${DIGIT}{1,2}:${DIGIT}{2}\\s?(?:AM|PM|am|pm|ص|م)\\s?·\\s?` +
    `(?:[A-Z][a-z]{2,8}\\.? [0-9]{1,2}, [0-9]{4}|${DIGIT}{1,2} \\p{Script=Arabic}+ ${DIGIT}{4})`,
  'u',
);

/** An X capture opens with its tab names ("Post") and then "<display name>@handle" glued to the post. */
const X_TAB_LINE = new RegExp(`^\\s*${alternation(X_TABS)}\\s*$`, 'u');
const HANDLE = '@[A-Za-z0-9_]{1,15}';
const X_AUTHOR = new RegExp(`^[^\\n@]{0,60}${HANDLE}(?![A-Za-z0-9_])`, 'u');

/** A whole line that is interface, not text: buttons, counters, author and relative-time lines, capture notices. */
const CHROME_LINES: readonly RegExp[] = [
  new RegExp(`^${alternation(BUTTONS)}$`, 'iu'),
  // Counters: "1 Retweet", "25 likes", "2.3K Views", "0 replies", "131 زيارة", "٥٠ مشاهدة", or a bare number.
  new RegExp(`^${DIGIT}[0-9٠-٩.,]*\\s?(?:[KkMm]|\\s?ألف)?\\s*${alternation(COUNTED)}?$`, 'iu'),
  // Author lines ("Name‏ @handle", "Name‏Verified account @handle") and relative times ("4h4 hours ago").
  new RegExp(`^.{0,80}${HANDLE}$`, 'u'),
  /^[0-9]{1,2}[smhd][0-9]{1,2} (?:seconds?|minutes?|hours?|days?) ago$/u,
  new RegExp(`^.{0,80} ${alternation(RESHARED)} .{0,80}$`, 'u'),
  /^.{0,80} added,$/u,
  new RegExp(`^${alternation(CAPTURE_NOTICES)}$`, 'u'),
  // The signature of a post embedded in an article: "— Name (@handle) February 1, 2025".
  new RegExp(`^[—–-]\\s?.{0,80}\\(${HANDLE}\\)\\s.{0,30}$`, 'u'),
];

/**
 * A line that is only a relative time ("‏15 ساعة مضت", "3 days ago"): chrome; the headline line right before it is a
 * link to another story that the time stamps, never the body's (tables in page-chrome.ts).
 */
const RELATIVE_TIME_LINE = new RegExp(`^${alternation(RELATIVE_TIMES)}$`, 'iu');

/** A heading after which nothing is the article (tables in page-chrome.ts). */
const TAIL_HEADING = new RegExp(`^${alternation(TAIL_HEADINGS)}$`, 'iu');

/** The credit line an article ends with, kept as its last line (tables in page-chrome.ts). */
const SOURCE_LINE = new RegExp(`^${alternation(SOURCE_LINES)}$`, 'iu');

/**
 * A tail heading counts only after a paragraph of prose (a line of this many words): a site's top menu, made of
 * short lines, can hold the same words before the article starts.
 */
const PROSE_WORDS = 8;

/**
 * A headline cut short with an ellipsis ("Six killed in a strike on…") is a link to another page; two of them in a
 * row are a list of other reports, never the body (a body paragraph may end in "…", but is not that short).
 */
const TEASER = /(?:\.\.\.|…)$/u;
const TEASER_WORDS = 14;
const TEASER_RUN = 2;

/**
 * Headlines of other reports listed after the article with no heading ("Most read", or none at all): three or more
 * lines in a row after a sentence of prose, each a few words with no closing punctuation. A body's paragraphs end in
 * punctuation or continue a sentence ("فيما أصيب…"); a list of names or points opens with a number or a bullet, and
 * is kept.
 */
const HEADLINE_RUN = 3;
const HEADLINE_WORDS = { min: 3, max: 16 };
const CLOSED = /[.!?؟:؛…]["”»'’)\]]*$/u;
const LIST_ITEM = /^[0-9٠-٩\-–—•*·▪●◾]/u;
/** A line opening with a word that continues a sentence ("فيما", "while"): the body's, never a headline. */
const CONTINUES = /^(?:فيما|كما|حيث|بينما|إذ|اذ|ثم|لكن|وقد|وكان|وكانت|وقال|وقالت|وأضاف|وأضافت|and|while|but)\s/iu;

/** A paragraph seen again is the capture showing the same post twice (a thread and its expanded copy). */
const MIN_REPEAT_LENGTH = 20;

export interface ReportBody {
  /** The post or article body: what the extractors read and what claims are grounded on. */
  text: string;
  /** How many characters of the decoded text were cut as furniture or comments. */
  cut: number;
}

export function reportBody(decoded: string): ReportBody {
  let text = decoded.replace(/\r\n?/g, '\n');
  text = cutFacebookFrame(text);
  text = cutXFrame(text);
  text = keepBodyLines(text);
  const body = text.replace(/\n{3,}/g, '\n\n').trim();
  // A text that is all furniture keeps what it has: a status of "no claims" must come from the extractor's reading.
  if (body === '') return { text: decoded, cut: 0 };
  return { text: body, cut: Math.max(0, decoded.length - body.length) };
}

function cutFacebookFrame(text: string): string {
  const audience = FACEBOOK_HEADER_END.exec(text);
  let out = audience ? text.slice(audience.index + audience[0].length) : text;
  const end = POST_END_MARK.exec(out);
  if (end && hasBody(out.slice(0, end.index))) out = out.slice(0, end.index);
  return out;
}

function cutXFrame(text: string): string {
  const stamp = X_TIMESTAMP.exec(text);
  if (!stamp) return text;
  const lines = text.slice(0, stamp.index).split('\n');
  let first = 0;
  while (first < lines.length && (lines[first]!.trim() === '' || X_TAB_LINE.test(lines[first]!))) first++;
  if (first === 0) return text.slice(0, stamp.index);
  const post = lines.slice(first).join('\n');
  return post.replace(X_AUTHOR, '');
}

function keepBodyLines(text: string): string {
  const withoutTeasers = dropLineRuns(keepBodyLinesOnce(text), isTeaser, TEASER_RUN);
  return dropLineRuns(withoutTeasers, isHeadline, HEADLINE_RUN, isProseSentence);
}

/** A line of prose: at least PROSE_WORDS words. */
function isProseLine(line: string): boolean {
  return line.split(/\s+/).length >= PROSE_WORDS;
}

/** A sentence of prose: a line of prose that ends in closing punctuation. */
function isProseSentence(line: string): boolean {
  return isProseLine(line) && CLOSED.test(line);
}

function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/).length;
  return (
    words >= HEADLINE_WORDS.min &&
    words <= HEADLINE_WORDS.max &&
    !CLOSED.test(trimmed) &&
    !LIST_ITEM.test(trimmed) &&
    !CONTINUES.test(trimmed)
  );
}

function isTeaser(line: string): boolean {
  const trimmed = line.trim();
  return TEASER.test(trimmed) && trimmed.split(/\s+/).length <= TEASER_WORDS;
}

/**
 * The text without its runs of `min` or more non-empty lines in a row (blank lines may stand between) that `inRun`
 * accepts. With `after`, only the lines after the first one it accepts are looked at, and none when it accepts none.
 */
function dropLineRuns(
  text: string,
  inRun: (line: string) => boolean,
  min: number,
  after?: (line: string) => boolean,
): string {
  const lines = text.split('\n');
  const filled = lines.map((line, i) => ({ line: line.trim(), i })).filter(({ line }) => line !== '');
  const first = after ? filled.findIndex(({ line }) => after(line)) : -1;
  if (after && first < 0) return text;
  const drop = new Set<number>();
  let run: number[] = [];
  const endRun = () => {
    if (run.length >= min) for (const i of run) drop.add(i);
    run = [];
  };
  for (const { line, i } of filled.slice(first + 1)) {
    if (inRun(line)) run.push(i);
    else endRun();
  }
  endRun();
  return lines.filter((_, i) => !drop.has(i)).join('\n');
}

function keepBodyLinesOnce(text: string): string {
  const kept: string[] = [];
  const seen = new Set<string>();
  // Prose lines kept so far: a tail heading ends the body only after one.
  let prose = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[\u200e\u200f\ufeff]/g, '').trim();
    if (line === '') {
      kept.push('');
      continue;
    }
    if (RELATIVE_TIME_LINE.test(line)) {
      const last = kept.findLastIndex((k) => k.trim() !== '');
      const linked = last >= 0 ? (kept[last] as string) : '';
      if (last >= 0 && isHeadline(linked)) {
        kept.splice(last, 1);
        if (isProseLine(linked.trim())) prose -= 1;
      }
      continue;
    }
    if (prose > 0 && TAIL_HEADING.test(line)) break;
    if (prose > 0 && SOURCE_LINE.test(line)) {
      kept.push(raw);
      break;
    }
    if (CHROME_LINES.some((pattern) => pattern.test(line))) continue;
    const key = line.replace(/\s+/g, ' ');
    if (key.length >= MIN_REPEAT_LENGTH && seen.has(key)) continue;
    seen.add(key);
    if (isProseLine(line)) prose += 1;
    kept.push(raw);
  }
  return kept.join('\n');
}

/** The reaction bar's words only end a post that has some text before them. */
function hasBody(text: string): boolean {
  return (text.match(/\p{L}/gu) ?? []).length >= 20;
}
