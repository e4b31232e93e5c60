// When a report was published, read from its own text when the uploader gave no date. Captures and news pages
// carry it in three general shapes, tried in this order:
//   1. a platform timestamp: Facebook's "<date> · Shared with Public", X's "9:33 AM · Dec 2, 2024", and the
//      signature of an embedded post "— Name (@handle) February 1, 2025";
//   2. a dateline: a short line at the head of the page that holds a date ("الخميس, ٥ ديسمبر ٢٠٢٤, ٢١:٥٤",
//      "05/08/2023"), alone or with a weekday, a time or a place — but not a listing's date, which recurs over
//      each headline — or a date opening the first paragraph before a dash ("دمشق، 5 آذار 2024 -");
//   3. a date the report calls today ("اليوم الاثنين 4 تموز/يوليو 2022", "today, June 2, 2025") or a round-up is
//      for ("ليوم الأحد 28-11-2021"); without a year,
//      the weekday it names picks the year ("اليوم الخميس 5 تشرين الأول" → the latest such Thursday).
// Any other date in the text may be an event's, months old. Relative times ("منذ 3 ساعات", "4h") count from
// the capture, which is unknown, so they are never read. A date must be plausible: from 1990 up to a day after
// the upload.
import { addDays } from '../domain/dates.ts';
import type { PublishedAtSource } from '../domain/schema.ts';
import {
  LATIN_SCRIPT_MONTHS,
  LATIN_SCRIPT_WEEKDAYS,
  MONTHS,
  monthNumber,
  WEEKDAYS,
  weekdayNumber,
} from '../text/calendar-words.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { alternation, FACEBOOK_SHARED_WITH, PUBLISHED_LABEL } from './page-chrome.ts';
import { reportBody } from './report-body.ts';

const EARLIEST = '1990-01-01';

/** The last day a report uploaded then can have been published: the upload's day, and one more for time zones. */
function latestPublicationDay(uploadedAt: string): string {
  return addDays(uploadedAt.slice(0, 10), 1);
}

/** Whether `iso` can be a publication day: from 1990 up to `latest` (latestPublicationDay). */
function isPublicationDay(iso: string, latest: string): boolean {
  return iso >= EARLIEST && iso <= latest;
}

const names = (table: ReadonlyArray<readonly [string, number]>) =>
  table.map(([name]) => name.replace(/ /g, '\\s+')).join('|');
const AR_MONTH = `(?:${names(MONTHS.ar)})(?!\\p{L})`;
const EN_MONTH = `(?:${names(LATIN_SCRIPT_MONTHS)})\\.?(?![a-z])`;
const YEAR = '(\\d{4})(?!\\d)';

/** The calendar dates a folded text states in full (day, month and year), in the order they appear. */
const DATE_SHAPES: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] }> = [
  {
    // "4 تموز/يوليو 2022", "٥ ديسمبر ٢٠٢٤", "12 من شهر شباط عام 2022", "4تموز 2022", "3/ أيار/ 2023".
    pattern: new RegExp(
      `(?<!\\d)(\\d{1,2})\\s*/?\\s*(?:من\\s+)?(?:شهر\\s+)?(${AR_MONTH})(?:\\s*[/(-]\\s*(?:${AR_MONTH})\\s*\\)?)?` +
        `\\s*[،,/-]?\\s*(?:من\\s+)?(?:عام|العام|سنه)?\\s*${YEAR}`,
      'gu',
    ),
    read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
  {
    // "سبتمبر 19, 2021": the month-first order of English, with an Arabic month (publishing tools' date format).
    pattern: new RegExp(`(?<!\\p{L})(${AR_MONTH})\\s+(\\d{1,2})\\s*[،,]\\s*${YEAR}`, 'gu'),
    read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
  {
    // "June 10, 2025", "Dec 2, 2024" (a capture glues the month to the page name before it, so no left edge).
    pattern: new RegExp(`(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'gu'),
    read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
  {
    // "10 June 2025", "2nd of December, 2024".
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH}),?\\s+${YEAR}`, 'gu'),
    read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
  {
    // ISO order: "2023-05-15", "2023/05/15".
    pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // Day first, as Arabic and European pages write it ("05/08/2023"); month first only when the day cannot be.
    pattern: /(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/gu,
    read: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return b > 12 ? [Number(m[3]), a, b] : [Number(m[3]), b, a];
    },
  },
];

export interface FullDateMention {
  iso: string;
  start: number;
  end: number;
}
type DateMention = FullDateMention;

/** Every date the folded text states with day, month and year, in text order (also read by rules/dates.ts). */
export function datesIn(folded: string): DateMention[] {
  const out: DateMention[] = [];
  for (const { pattern, read } of DATE_SHAPES) {
    for (const m of folded.matchAll(pattern)) {
      const iso = isoOf(...read(m as RegExpExecArray));
      if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** 1. What a platform prints right before or after a post's date, and the marks to look for it by. */
const STAMP_CUE = /·|\(@/gu;
const STAMP_BEFORE = /\(@[a-z0-9_]{1,15}\)\s*$/u;
// Facebook's audience mark after the date, in every interface language of the page-chrome table, folded like the
// text it is read in.
const STAMP_AFTER = new RegExp(
  `^\\s*·\\s*(?:${Object.values(FACEBOOK_SHARED_WITH).flat().map(normalizeArabic).join('|')})`,
  'u',
);
/** X's "9:33 AM · Dec 2, 2024": the view count follows the year with no space ("20241.2KViews"). */
const X_STAMP = new RegExp(
  `\\d{1,2}:\\d{2}\\s?(?:am|pm|ص|م)\\s?·\\s?` +
    `(?:(${EN_MONTH})\\s+(\\d{1,2}),\\s+(\\d{4})|(\\d{1,2})\\s+(${AR_MONTH})\\s+(\\d{4}))`,
  'u',
);

/**
 * 1b. A byline's labelled date ("تاريخ النشر:14.03.2022 | 09:12 GMT"): the label opens a line or follows a
 * separator, and the date follows it with at most a colon or a dash between.
 */
const LABEL_CUE = new RegExp(`(?:^|[\\n|·•])[^\\S\\n]*${alternation(PUBLISHED_LABEL)}`, 'giu');
const LABEL_BEFORE = new RegExp(
  `^[|·•]?\\s*(?:${Object.values(PUBLISHED_LABEL).flat().map(normalizeArabic).join('|')})\\s*[:：\\-–]?\\s*$`,
  'u',
);

/** 2. A dateline: a short line at the head of the page; the head ends at the first paragraph. */
const DATELINE_WORDS = 10;
const DATELINE_EXTRA_WORDS = 3;
const PARAGRAPH_WORDS = 20;
const HEAD_LINES = 10;
/** A date opening the first paragraph: "<city>، <date> -" within the first words. */
const OPENING_DATE_CHARS = 40;
const OPENING_DATE_END = /^\s*[)\]]?\s*[-–—:|]/u;

/** 3. A date the report calls today: "اليوم [الاثنين] [الموافق] <date>", "today[, Monday], <date>". */
const WEEKDAY = `(?:${names([...WEEKDAYS.ar, ...LATIN_SCRIPT_WEEKDAYS])})`;
/**
 * A day and month after the weekday they fall on ("الخميس 5 تشرين الأول", "Monday, June 2"), with no year: a day
 * and month fall on a given weekday only once in five, six or eleven years, so the latest such year up to the
 * upload is the one meant. Each shape is the weekday, the day and the month.
 */
const WEEKDAY_DAY_MONTH = [
  {
    source:
      `(${WEEKDAY})\\s*(?:الماضي|الفايت|المنصرم)?\\s*[،,]?\\s*(?:الموافق\\s*)?(\\d{1,2})\\s*/?\\s*` +
      `(?:من\\s+)?(?:شهر\\s+)?(${AR_MONTH}|${EN_MONTH})`,
    read: (m: RegExpExecArray) => ({ weekday: m[1]!, day: Number(m[2]), month: m[3]! }),
  },
  {
    source: `(${WEEKDAY})\\s*,?\\s*(${EN_MONTH})\\s+(\\d{1,2})(?!\\d)`,
    read: (m: RegExpExecArray) => ({ weekday: m[1]!, day: Number(m[3]), month: m[2]! }),
  },
];
/** "اليوم الخميس 5 تشرين الأول", "today, Monday, June 2": the weekday's date is the day the report was written. */
const TODAY_NO_YEAR = WEEKDAY_DAY_MONTH.map(({ source, read }) => ({
  pattern: new RegExp(`(?:اليوم|today)\\s*[،,]?\\s*${source}`, 'u'),
  read,
}));
/** The same shapes anywhere in a text ("مساء يوم الاثنين 25 كانون الأول"). */
const WEEKDAY_DATES = WEEKDAY_DAY_MONTH.map(({ source, read }) => ({
  pattern: new RegExp(`(?<!\\p{L})(?:[وفب]|يوم\\s+)?${source}`, 'gu'),
  read,
}));
/** How far back a weekday may place a report: past this, the same day and weekday recur and the year is a guess. */
const WEEKDAY_YEARS = 11;
// "ليوم <weekday> …" (for the day of): a daily round-up's heading, "حصاد الأحداث ليوم الأحد 28-11-2021", names the
// day its items call today; it is published that day or the next. Without a weekday ("جدول أعمال ليوم 29-9-2025")
// it is any day a text is about.
const TODAY_CUE = /اليوم|ليوم|today/giu;
const TODAY_BEFORE = new RegExp(
  `(?:(?:اليوم|today)\\s*[،,]?\\s*(?:${WEEKDAY}\\s*[،,]?\\s*)?|ليوم\\s+${WEEKDAY}\\s*[،,]?\\s*)(?:الموافق\\s*)?$`,
  'u',
);

export interface PublishedDateOptions {
  /** The upload time (ISO): a date more than a day after it is not a publication date. */
  uploadedAt: string;
}

/** The publication date (YYYY-MM-DD) a report's text states, or undefined when it states none plausibly. */
export function publishedDateFromText(text: string, { uploadedAt }: PublishedDateOptions): string | undefined {
  const latest = latestPublicationDay(uploadedAt);
  const plausible = (d: DateMention) => isPublicationDay(d.iso, latest);

  for (const window of foldedNear(text, STAMP_CUE, 60, 60)) {
    const x = X_STAMP.exec(window);
    const xDate =
      x &&
      (x[1]
        ? isoOf(Number(x[3]), monthNumber(x[1]), Number(x[2]))
        : isoOf(Number(x[6]), monthNumber(x[5]!), Number(x[4])));
    if (xDate && isPublicationDay(xDate, latest)) return xDate;
    const stamp = datesIn(window)
      .filter(plausible)
      .find(
        (d) =>
          STAMP_BEFORE.test(window.slice(Math.max(0, d.start - 40), d.start)) ||
          STAMP_AFTER.test(window.slice(d.end, d.end + 40)),
      );
    if (stamp) return stamp.iso;
  }

  for (const m of text.matchAll(LABEL_CUE)) {
    const window = normalizeArabic(text.slice(m.index, m.index + m[0].length + 60));
    const labelled = datesIn(window).find((d) => LABEL_BEFORE.test(window.slice(0, d.start)));
    if (labelled && plausible(labelled)) return labelled.iso;
  }

  const head = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, HEAD_LINES);
  const dateline = datelineDate(head.map(normalizeArabic), plausible);
  if (dateline) return dateline;

  const todayWindows = foldedNear(text, TODAY_CUE, 0, 100);
  for (const window of todayWindows) {
    const today = datesIn(window)
      .filter(plausible)
      .find((d) => TODAY_BEFORE.test(window.slice(0, d.start)));
    if (today) return today.iso;
  }
  for (const window of todayWindows) {
    const byWeekday = todayByWeekday(window, latest);
    if (byWeekday) return byWeekday;
  }
  return undefined;
}

/**
 * The stretches of text around each cue, folded (normalizeArabic): a page is long, and only these stretches can
 * hold a timestamp or a "today", so only they are folded and read.
 */
function foldedNear(text: string, cue: RegExp, before: number, after: number): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(cue)) {
    // Widen to whole words so a date is never cut in the middle.
    const from = m.index - before <= 0 ? 0 : text.lastIndexOf(' ', m.index - before) + 1;
    out.push(normalizeArabic(text.slice(from, m.index + m[0].length + after)));
  }
  return out;
}

function todayByWeekday(folded: string, latest: string): string | undefined {
  for (const { pattern, read } of TODAY_NO_YEAR) {
    const m = pattern.exec(folded);
    const iso = m ? yearByWeekday(read(m), latest) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** The latest date up to `latest`, within WEEKDAY_YEARS, on which the day of the month is that weekday. */
function yearByWeekday(
  { weekday, day, month }: { weekday: string; day: number; month: string },
  latest: string,
): string | undefined {
  const wanted = weekdayNumber(weekday);
  const latestYear = Number(latest.slice(0, 4));
  for (let year = latestYear; year > latestYear - WEEKDAY_YEARS; year--) {
    const iso = isoOf(year, monthNumber(month), day);
    if (iso && iso <= latest && new Date(`${iso}T00:00:00Z`).getUTCDay() === wanted) return iso;
  }
  return undefined;
}

const wordsOf = (line: string) => line.split(' ').length;

/**
 * A listing dates each of its headlines, and a site its header with the day of the visit: a date that recurs on the
 * head's short (folded) lines, each time over another line, is not the article's. A capture that repeats the whole
 * post repeats its date over the same line.
 */
function listingDates(head: readonly string[]): (iso: string) => boolean {
  const shortLineDates = head.map((line) => (wordsOf(line) <= DATELINE_WORDS ? datesIn(line)[0]?.iso : undefined));
  return (iso) => new Set(shortLineDates.flatMap((d, i) => (d === iso ? [head[i + 1] ?? ''] : []))).size > 1;
}

/** The first lines of the page, folded. */
function datelineDate(lines: readonly string[], plausible: (d: DateMention) => boolean): string | undefined {
  const head = lines;
  const listingDate = listingDates(head);
  for (const line of head) {
    const first = datesIn(line).filter(plausible)[0];
    if (!first) {
      if (wordsOf(line) >= PARAGRAPH_WORDS) return undefined;
      continue;
    }
    const opening = first.start <= OPENING_DATE_CHARS && OPENING_DATE_END.test(line.slice(first.end));
    if (opening) return first.iso;
    // A dateline is the date with at most a weekday, a time or a place; a headline that holds a date is not one.
    const rest = `${line.slice(0, first.start)} ${line.slice(first.end)}`.trim();
    if ((rest.match(/[\p{L}\p{N}:]+/gu) ?? []).length > DATELINE_EXTRA_WORDS) continue;
    if (!listingDate(first.iso)) return first.iso;
  }
  return undefined;
}

/**
 * When the text states no publication date, the day its lead reports: a report is published on or after every day
 * it reports, and news is published within days of the event its headline and first paragraph tell. For an archived
 * text that day is far nearer than the upload time, which can be years later and would put its "today" and
 * "yesterday" in the wrong year; for a live one it is the same day or a little before. Only the headline and the
 * lead count (the body's lines up to its second paragraph): a date further down is background, often years old (a
 * truce's, an earlier strike's), and a live report that recalls one would be filed years back. The latest full
 * date there (day, month and year, or day and month after their weekday, which fixes the year) — unless the text
 * names a later year ("خلال عام 2022" after "في 17 أيلول 2019"): then the date is not news. Not a listing's date
 * (see listingDates).
 */
export function latestDateStated(
  text: string,
  { uploadedAt, body = reportBody(text).text }: PublishedDateOptions & { body?: string },
): string | undefined {
  const latest = latestPublicationDay(uploadedAt);
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  const paragraphs = lines.flatMap((line, i) => (line.trim().split(/\s+/).length >= PARAGRAPH_WORDS ? [i] : []));
  const leadEnd = paragraphs[LEAD_PARAGRAPHS - 1] ?? paragraphs[0] ?? lines.length - 1;
  const leadLines = lines.slice(0, leadEnd + 1).map(normalizeArabic);
  const lead = leadLines.join('\n');
  const listingDate = listingDates(leadLines);
  const full = datesIn(lead);
  const byWeekday = WEEKDAY_DATES.flatMap(({ pattern, read }) =>
    [...lead.matchAll(pattern)]
      .filter((m) => !full.some((d) => d.start < m.index + m[0].length && d.end > m.index))
      .flatMap((m) => yearByWeekday(read(m as RegExpExecArray), latest) ?? []),
  );
  const stated = [...full.map((d) => d.iso), ...byWeekday]
    .filter((iso) => isPublicationDay(iso, latest) && !listingDate(iso))
    .sort();
  const last = stated.at(-1);
  if (!last) return undefined;
  const laterYear = [...normalizeArabic(body).matchAll(YEAR_NAMED)].some((m) => {
    const year = Number(m[1]);
    return year > Number(last.slice(0, 4)) && year <= Number(latest.slice(0, 4));
  });
  return laterYear ? undefined : last;
}
/** The lead's paragraphs: a standfirst (a summary under the headline) often comes before the first one. */
const LEAD_PARAGRAPHS = 2;
/** A year named alone: four digits from 1990 on, between non-digits. */
const YEAR_NAMED = /(?<!\d|\d[/.-])((?:19|20)\d\d)(?![/.-]?\d)/gu;

/** X (Twitter) ids since November 2010 hold their post time: milliseconds since this epoch, shifted 22 bits up. */
const X_EPOCH_MS = 1_288_834_974_657n;
const X_STATUS = /^\/(?:[^/]+\/|i\/web\/)?status(?:es)?\/(\d{15,20})(?:\/|$)/u;
const X_HOSTS = /^(?:(?:www|mobile)\.)?(?:twitter|x)\.com$/u;
/** A news site's article path with its day: "/2021/08/16/<slug>", "/news/politics/2021/9/2/<slug>". */
const PATH_DAY = /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$)/u;

/**
 * The publication day a report's link holds, when the uploader gave the link: an X (Twitter) post's id encodes the
 * moment it was posted, and news sites file an article under the day it went up ("/2021/08/16/<slug>"). A day after
 * the upload, or before 1990, is no publication day.
 */
export function publishedDateFromUrl(url: string, { uploadedAt }: PublishedDateOptions): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const latest = latestPublicationDay(uploadedAt);
  const plausible = (iso: string | undefined) => (iso && isPublicationDay(iso, latest) ? iso : undefined);
  const status = X_HOSTS.test(parsed.hostname.toLowerCase()) ? X_STATUS.exec(parsed.pathname) : null;
  if (status) {
    const ms = (BigInt(status[1]!) >> 22n) + X_EPOCH_MS;
    return plausible(new Date(Number(ms)).toISOString().slice(0, 10));
  }
  const day = PATH_DAY.exec(parsed.pathname);
  return day ? plausible(isoOf(Number(day[1]), Number(day[2]), Number(day[3]))) : undefined;
}

export interface PublicationDate {
  publishedAt?: string;
  publishedAtSource?: PublishedAtSource;
}

/**
 * The uploader's date wins; else the text's; else the day the uploader's link holds (publishedDateFromUrl, counted
 * as metadata: the link is the uploader's); else the upload (S3 event) time, which files an old report under today
 * and so is the last resort. `text` is absent before the report is read (a rejected upload); `now` bounds the
 * text's date when the upload time is unknown.
 */
export function publicationDate(input: {
  metadata?: string;
  /** The report's link, as the uploader's metadata gives it. */
  url?: string;
  text?: string;
  /** The text's post or article body (`reportBody`), when the caller has it already. */
  body?: string;
  uploadedAt?: string;
  now: string;
}): PublicationDate {
  if (input.metadata) return { publishedAt: input.metadata, publishedAtSource: 'metadata' };
  const upload = isoDay(input.uploadedAt);
  const bound = { uploadedAt: upload ?? input.now };
  const fromText = input.text
    ? (publishedDateFromText(input.text, bound) ?? latestDateStated(input.text, { ...bound, body: input.body }))
    : undefined;
  if (fromText) return { publishedAt: fromText, publishedAtSource: 'text' };
  const fromUrl = input.url ? publishedDateFromUrl(input.url, bound) : undefined;
  if (fromUrl) return { publishedAt: fromUrl, publishedAtSource: 'metadata' };
  return upload ? { publishedAt: upload, publishedAtSource: 'upload' } : {};
}

function isoDay(timestamp: string | undefined): string | undefined {
  const day = timestamp?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && isoOf(...(day.split('-').map(Number) as [number, number, number]))
    ? day
    : undefined;
}
