// Finds who says what: claimant mentions from the claimant table, and attributions (an attribution verb or
// "according to" with its subject), so each figure can be credited to the party that states it.
import type { Claimant } from '../../domain/schema.ts';
import { allPhrases, CLAIMANTS, type ClaimantEntry } from './claimant-table.ts';
import {
  B,
  E,
  escapeRegex,
  type FoldedText,
  foldPattern,
  foldText,
  originalRange,
  phraseAlternatives,
  wordsSource,
} from './folded-text.ts';
import { constructionPattern, ofScript, wordsOfAll, wordsOfScript } from './lang/registry.ts';

export interface ClaimantMention {
  entry?: ClaimantEntry;
  claimant: Claimant;
  /** Folded offsets. */
  start: number;
  end: number;
}

export interface Attribution {
  claimant: Claimant;
  /** Folded span covering the verb and its subject. */
  start: number;
  end: number;
  verbStart: number;
}

/** One pass over the text: every phrase of every entry in one alternation, longest first. */
const phraseKey = (phrase: string) => phrase.replace(/[\s-]+/g, '');
const PHRASE_TO_ENTRY = new Map<string, ClaimantEntry>();
for (const entry of CLAIMANTS) {
  for (const phrase of allPhrases(entry)) {
    const key = phraseKey(foldPattern(phrase).toLowerCase());
    if (!PHRASE_TO_ENTRY.has(key)) PHRASE_TO_ENTRY.set(key, entry);
  }
}
const ALL_AR = CLAIMANTS.flatMap((e) => ofScript(e.phrases, 'arabic'));
const ALL_EN = CLAIMANTS.flatMap((e) => ofScript(e.phrases, 'latin'));
const MENTION_RE = new RegExp(`${wordsSource(ALL_AR, true, '', 'a')}|${wordsSource(ALL_EN, false, '', 'e')}`, 'gu');

export function claimantOf(entry: ClaimantEntry): Claimant {
  return { name: entry.name, aliases: [...entry.aliases] };
}

/**
 * The claimant a report's `source` metadata names ("SOHR", "Syrian Observatory for Human Rights website",
 * "عنب بلدي"): the table entry whose longest name, alias or phrase it contains as whole words; else the source as
 * given.
 */
export function claimantOfSource(source: string): Claimant {
  let entry = SOURCE_CACHE.get(source);
  if (entry === undefined) {
    const folded = ` ${sourceKey(source)} `;
    let best: { entry: ClaimantEntry; length: number } | undefined;
    for (const [key, e] of SOURCE_KEYS)
      if (folded.includes(` ${key} `) && (!best || key.length > best.length)) best = { entry: e, length: key.length };
    entry = best?.entry ?? null;
    if (SOURCE_CACHE.size > 1000) SOURCE_CACHE.clear();
    SOURCE_CACHE.set(source, entry);
  }
  return entry ? claimantOf(entry) : { name: source };
}
/**
 * "قال مراسلنا", "مراسل وكالتنا", "our correspondent said": the publisher speaking through its staff (the records'
 * `selfReference`, first or after the one word it qualifies).
 */
const SELF_REFERENCE_WORDS = wordsSource(
  wordsOfAll((r) => r.selfReference),
  false,
  '[وف]?',
);
const SELF_REFERENCE = new RegExp(`^\\s*(?:[\\p{L}]+\\s+)?${SELF_REFERENCE_WORDS}`, 'u');

/** The claimant, or the publisher when the claimant is the publisher's own staff ("مراسلنا"). */
export function publisherSpeaking(claimant: Claimant, source: string | undefined): Claimant {
  const publisher = source?.trim();
  if (!publisher || !SELF_REFERENCE.test(foldText(claimant.name).folded)) return claimant;
  return claimantOfSource(publisher);
}

const sourceKey = (name: string) =>
  foldPattern(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
const SOURCE_KEYS: Array<[string, ClaimantEntry]> = CLAIMANTS.flatMap((e) =>
  [e.name, ...e.aliases, ...allPhrases(e)]
    .map((n): [string, ClaimantEntry] => [sourceKey(n), e])
    .filter(([k]) => k.length >= 3),
);
const SOURCE_CACHE = new Map<string, ClaimantEntry | null>();

/** Capitals that speak for their governments ("نفت دمشق") but are far more often places ("ريف دمشق", "دمشق-سانا"). */
const PLACE_NAMES = new Set(['دمشق', 'damascus', 'moscow'].map(phraseKey));
const PLACE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:ريف|في|من|الي|علي|قرب|مدينه|العاصمه|محافظه|جنوب|شمال|شرق|غرب|جنوبي|شمالي` +
    String.raw`|شرقي|غربي|وسط|احياء|حي|rural|in|near|outside|of|to|from|around|central)\s+$`,
  'u',
);
const PLACE_AFTER = /^\s*(?:[-–—/(]|القديمه|وريفها|countryside|suburbs?|province|old\s+city)/u;

/** The capital is named as a place: after a preposition or "ريف", with a clitic (بدمشق), or in a dateline. */
function namesAPlace(f: string, start: number, end: number, hasClitic: boolean): boolean {
  if (hasClitic && /^[وف]?[بل]/u.test(f.slice(start, end))) return true;
  return PLACE_BEFORE.test(f.slice(Math.max(0, start - 12), start)) || PLACE_AFTER.test(f.slice(end, end + 14));
}

const SOURCES_ANAPHORA = /(?<![\p{L}])[وفبل]?(?:ال|لل)(?:مصادر|مصدر)(?![\p{L}])|\bthe\s+sources?\b/gu;

/**
 * Claimant-table mentions, longest first, non-overlapping, in text order; "المصادر" resolves to the latest sources
 * named.
 */
export function findClaimantMentions(text: FoldedText): ClaimantMention[] {
  const found: ClaimantMention[] = [];
  MENTION_RE.lastIndex = 0;
  for (const m of text.folded.matchAll(MENTION_RE)) {
    const phrase = m.groups?.pa ?? m.groups?.la ?? m.groups?.pe ?? '';
    const entry = PHRASE_TO_ENTRY.get(phraseKey(phrase)) ?? PHRASE_TO_ENTRY.get(phraseKey(`ال${phrase}`));
    if (!entry) continue;
    const start = m.index ?? 0;
    if (
      PLACE_NAMES.has(phraseKey(phrase)) &&
      namesAPlace(text.folded, start, start + m[0].length, m[0].length > phrase.length)
    )
      continue;
    found.push({ entry, claimant: claimantOf(entry), start, end: start + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ClaimantMention[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  // Anaphora: "وقالت المصادر" = the sources named just before.
  for (const m of text.folded.matchAll(SOURCES_ANAPHORA)) {
    const start = m.index ?? 0;
    if (kept.some((k) => start < k.end && start + m[0].length > k.start)) continue;
    const antecedent = kept
      .filter((k) => k.end <= start && k.entry?.sources)
      .reduce<ClaimantMention | undefined>((b, k) => (!b || k.end > b.end ? k : b), undefined);
    if (antecedent) kept.push({ ...antecedent, start, end: start + m[0].length });
  }
  return kept.sort((a, b) => a.start - b.start);
}

const AR_VERB_RE = new RegExp(
  wordsSource(
    wordsOfScript('arabic', (r) => r.attributionVerbs),
    false,
    '[وف]?',
  ),
  'gu',
);
// "بحسب ما أفاد به", "وفق ما أعلنته", "وفقاً لما ذكره": the relative "ما" and its verb belong to the phrase, so the
// speaker is the noun phrase after them. These come first: the bare "بحسب" would otherwise match alone.
const AR_ACCORDING_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:[وف]?(?:بحسب|حسب|وفق|وفقا|طبقا|تبعا)\s+(?:ل)?ما\s+[\p{L}]+(?:\s+(?:به|بها` +
    String.raw`|عنه|عنها))?|[وف]?(?:بحسب|حسب|وفق|وفقا\s+ل|طبقا\s+ل|نقلا\s+عن|استنادا\s+(?:الي|ل)` +
    String.raw`|بحسب\s+ما\s+(?:\S+\s+){0,1}?(?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|قال|قالت)|(?:وفقا|طبقا` +
    String.raw`|تبعا)\s+لما\s+[\p{L}]+|(?:بحسب|حسب)\s+ما\s+[\p{L}]+))(?![\p{L}])`,
  'gu',
);
// "claimed" (not "claimed the lives of", "claimed responsibility"), "put the death toll at".
/** "وجاء في التقرير:", "وورد في البيان": the statement of the last speaker (or of the one named in it). */
const AR_REPORTED_RE = /(?<![\p{L}])[وف]?(?:جاء|ورد)\s+في\s+(?:ال)?(?:تقرير|بيان|تصريح)[\p{L}]*/gu;
const EN_VERB_RE = new RegExp(
  `${B}(?:${wordsOfScript('latin', (r) => r.attributionVerbs).join('|')}` +
    String.raw`|reported(?!\s+(?:to\s+date|so\s+far|by|killed|dead|injured|wounded|missing))` +
    String.raw`|(?:claimed|claims)(?!\s+(?:the\s+)?(?:lives?` +
    String.raw`|responsibility|credit))|(?:put|puts|placed|places)\s+(?:the\s+|its\s+` +
    String.raw`|their\s+)?(?:death\s+)?toll)${E}`,
  'gu',
);
const EN_ACCORDING_RE = new RegExp(
  `${B}(?:${phraseAlternatives(wordsOfScript('latin', (r) => r.accordingTo))})${E}`,
  'gu',
);
/** Where an Arabic subject ends: the complementizer or a quote. */
const SUBJECT_STOP = /(?<![\p{L}])(?:ان|بان|انه|انها|انهم|عن|ل?ان|الي)(?![\p{L}])|[:"«]/u;
/** The subject is a pronoun: "وقال إن" = the last speaker said. */
// A verb followed by "إلى أن" or by its object, a casualty noun ("وتعلن مقتل 4"), has a pronoun subject too.
const PRONOUN_SUBJECT_AR = new RegExp(
  String.raw`^\s*(?:[،,]\s*)?(?:ان|انه|انها|انهم|في|فيه|فيها|خلال|عبر|ل|:|الي\s+ان(?![\p{L}])|(?:مقتل|استشهاد` +
    String.raw`|اصابه|سقوط|وفاه|ارتفاع|مصرع)(?![\p{L}]))`,
  'u',
);
const RELAY_WITHOUT_SOURCE = constructionPattern((c) => c.relayWithoutSource);
/**
 * A verb's form right after the head noun of a body is the verbal noun that names it ("شبكة رصد …", "مركز توثيق
 * …", "مكتب إعلام …"): part of a name, never a verb with a subject of its own.
 */
const BODY_HEAD_BEFORE_AR =
  /(?<![\p{L}])[وف]?(?:ال)?(?:شبكه|مركز|منظمه|هييه|جمعيه|وكاله|فريق|مجموعه|موقع|صفحه|مكتب|لجنه|منصه)\s+$/u;
/**
 * "بيان التحالف المزعوم", "رواية النظام المزعومة": a statement the writer calls alleged is disputed, not the
 * writer's source; its author speaks nothing in the sentence.
 */
const ALLEGED_AFTER_AR = /^\s*(?:\S+\s+){0,3}?(?:ال)?مزعوم(?:ه|ين|ون)?(?![\p{L}])/u;
/** "يُذكر أن …" (it is worth mentioning that): the writer's aside, passive and impersonal; nobody speaks. */
const IMPERSONAL_AR = /^[وف]?يذكر\s+(?:ان|بان)(?![\p{L}])/u;
/** The particle قد alone between a subject and its verb ("التحالف قد أعلن"). */
const PARTICLE_BEFORE_VERB_AR = /^\s{0,3}قد\s{1,3}$/u;
const PRONOUN_FIRST_AR = /^\s*(?:فيه|فيها|انه|انها|انهم|الي\s+انه|الي\s+انها)(?![\p{L}])/u;
const ANAPHORIC_SUBJECT_AR = new RegExp(
  String.raw`^\s*(?:ال)?(?:بيان|البيان|المتحدث|الناطق|المسوول|المصدر|الوزاره|التقرير|المنظمه|الهييه` +
    String.raw`|الشبكه|الوكاله|المركز|القياده)(?![\p{L}])`,
  'u',
);
const DENIED_OBJECT_BEFORE = /\b(?:rejects?|rejected|denies|denied|dismiss(?:es|ed)?|refutes?|refuted)\s+(?:the\s+)?$/u;
const PRONOUN_SUBJECT_EN =
  /\b(?:he|she|they|it|we|the\s+statement|the\s+spokesman|the\s+spokeswoman|the\s+group|the\s+monitor)\s*$/u;

/**
 * Attributions in document order. A verb with a pronoun subject ("وأضاف", "he said") inherits the last speaker.
 * Unknown speakers are named as written ("a monitoring group", "مصدر عسكري").
 */
export function findAttributions(text: FoldedText, mentions: ClaimantMention[]): Attribution[] {
  const out: Attribution[] = [];
  const f = text.folded;
  const events: Array<{ at: number; kind: 'ar' | 'ar-acc' | 'en' | 'en-acc'; end: number }> = [];
  for (const [re, kind] of [
    [AR_VERB_RE, 'ar'],
    [AR_ACCORDING_RE, 'ar-acc'],
    [AR_REPORTED_RE, 'ar'],
    [EN_VERB_RE, 'en'],
    [EN_ACCORDING_RE, 'en-acc'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of f.matchAll(re)) events.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind });
  }
  events.sort((a, b) => a.at - b.at);
  let lastSpeaker: Claimant | undefined;
  for (const ev of events) {
    if (ev.kind === 'ar' && IMPERSONAL_AR.test(f.slice(ev.at, ev.end + 8))) continue;
    if (ev.kind === 'ar' && BODY_HEAD_BEFORE_AR.test(f.slice(Math.max(0, ev.at - 24), ev.at))) continue;
    if (ev.kind === 'ar' && ALLEGED_AFTER_AR.test(f.slice(ev.end, ev.end + 48))) continue;
    if (RELAY_WITHOUT_SOURCE.test(f.slice(ev.at, ev.at + 120))) continue;
    let subject: { claimant: Claimant; start: number; end: number } | undefined;
    if (ev.kind === 'ar' || ev.kind === 'ar-acc') {
      const windowEnd = subjectWindowEnd(f, ev.end, 90);
      // "بياناً نفت فيه …", "وقالت إنها …": a verb followed at once by a complementizer or a pronoun-bearing
      // preposition has a pronoun subject; a name later in the clause is not its subject.
      const pronounFirst = ev.kind === 'ar' && PRONOUN_FIRST_AR.test(f.slice(ev.end, ev.end + 12));
      const after = mentions.find(
        (m) =>
          m.start >= ev.end &&
          m.start < windowEnd &&
          !isPerpetratorRole(f, m) &&
          !isAddressee(f, m) &&
          (!pronounFirst || m.start - ev.end <= 3),
      );
      // SVO: "المرصد السوري يعلن", "التحالف ينفي".
      // "according to" always names its source after it: "… بريف دمشق، وفق ما أفاد به الدفاع المدني".
      const before =
        ev.kind === 'ar-acc'
          ? undefined
          : [...mentions]
              .reverse()
              .find((m) => m.end <= ev.at && ev.at - m.end <= 14 && !/[.\n]/.test(f.slice(m.end, ev.at)));
      // A subject right before the verb ("التحالف ينفي") beats a later noun unless that follows the verb directly.
      // So does one that only the particle قد parts from it, as the past perfect puts it ("وكان التحالف قد أعلن
      // مقتل عنصرين من التنظيم": the coalition speaks; the group after the figure is the victims').
      const adjacentBefore =
        before && (ev.at - before.end <= 3 || PARTICLE_BEFORE_VERB_AR.test(f.slice(before.end, ev.at)));
      const adjacentAfter = after && after.start - ev.end <= 3;
      if (after && (!before || (adjacentAfter ?? false) || (!adjacentBefore && after.start - ev.end < 40)))
        subject = after;
      else if (before) subject = before;
      else if (ev.kind === 'ar') {
        const rest = f.slice(ev.end, ev.end + 60);
        const pronoun = PRONOUN_SUBJECT_AR.test(rest) || ANAPHORIC_SUBJECT_AR.test(rest);
        // No one quoted yet: "أصدرت قوة المهام المشتركة تقريرها … وقالت إنها" — the claimant named just before.
        const antecedent = lastSpeaker ?? (pronoun ? namedBefore(f, mentions, ev.at) : undefined);
        if (pronoun && antecedent) {
          subject = { claimant: antecedent, start: ev.at, end: ev.end };
        } else if (/^[وف]?بيان$/u.test(f.slice(ev.at, ev.end))) {
          // "في بيان" names its author only when the author is a known claimant ("بيان المرصد").
        } else {
          const unknown = unknownArabicSubject(text, ev.end, windowEnd);
          if (unknown) subject = unknown;
        }
      } else {
        const unknown = unknownArabicSubject(text, ev.end, Math.min(f.length, ev.end + 60));
        if (unknown) subject = unknown;
      }
    } else if (ev.kind === 'en-acc') {
      const after = mentions.find((m) => m.start >= ev.end && m.start - ev.end < 40);
      const unknown = after ? undefined : unknownEnglishSubject(text, ev.end, 'after');
      // "According to the spokesman, …": the spokesman quoted before.
      const anaphoric =
        unknown &&
        lastSpeaker &&
        /^the\s+spokes(?:man|woman|person)$/u.test(f.slice(unknown.start, unknown.end).trim());
      subject = after ?? (anaphoric && lastSpeaker ? { ...unknown, claimant: lastSpeaker } : unknown);
    } else {
      let before = [...mentions]
        .reverse()
        .find((m) => m.end <= ev.at && ev.at - m.end <= 50 && !/[."]/.test(f.slice(m.end, ev.at)));
      // "The Observatory, which works through a network of activists, put the toll at…": a name inside the
      // appositive is not the speaker; the noun before the appositive is.
      if (before && f.slice(before.end, ev.at).includes(',')) {
        const open = f.lastIndexOf(',', before.start);
        const head = [...mentions]
          .reverse()
          .find((m) => m.end <= open && open - m.end <= 2 && !/[."\n]/.test(f.slice(m.end, ev.at)));
        if (head) before = head;
      }
      const after = mentions.find(
        (m) =>
          m.start >= ev.end && m.start - ev.end <= 30 && !/[."]/.test(f.slice(ev.end, m.start)) && !isAccuser(f, m),
      );
      if (before) subject = before;
      else if (after) subject = after;
      else if (PRONOUN_SUBJECT_EN.test(f.slice(Math.max(0, ev.at - 20), ev.at)) && lastSpeaker) {
        subject = { claimant: lastSpeaker, start: ev.at, end: ev.end };
      } else subject = unknownEnglishSubject(text, ev.at, 'before');
    }
    if (!subject) continue;
    // "Turkey rejects YPG claims of …": a noun ("claims"), the object of a denial, not YPG speaking.
    if (
      ev.kind === 'en' &&
      /^claims?$/u.test(f.slice(ev.at, ev.end).trim()) &&
      DENIED_OBJECT_BEFORE.test(f.slice(Math.max(0, subject.start - 24), subject.start))
    )
      continue;
    subject = {
      ...subject,
      claimant:
        antecedentOfBareHead(f.slice(subject.start, subject.end), out) ??
        introducedSpeaker(f, subject, mentions, out) ??
        bodyOfUnit(f, subject, mentions) ??
        subject.claimant,
    };
    subject = {
      ...subject,
      claimant: monitorNamedInReport(f.slice(subject.start, subject.end), mentions) ?? subject.claimant,
    };
    lastSpeaker = subject.claimant;
    out.push({
      claimant: subject.claimant,
      start: Math.min(subject.start, ev.at),
      end: Math.max(subject.end, ev.end),
      verbStart: ev.at,
    });
  }
  return out;
}

/** "a war monitor said" (AFP's lead) is the monitor the report names: the only one, if it names one kind. */
const INDEFINITE_MONITOR = new RegExp(
  String.raw`^\s*(?:a|the)\s+(?:(?:war|britain-based|british-based|uk-based|london-based` +
    String.raw`|syrian)\s+)?(?:(?:war|human\s+rights)\s+)?(?:monitor|monitoring\s+(?:group|organisation` +
    String.raw`|organization|network))\s*$`,
  'u',
);
function monitorNamedInReport(written: string, mentions: ClaimantMention[]): Claimant | undefined {
  if (!INDEFINITE_MONITOR.test(written)) return undefined;
  const monitors = new Map(
    mentions
      .filter((m) => m.entry && /observatory|monitor|network\s+for\s+human\s+rights/i.test(m.entry.name))
      .map((m) => [m.entry?.id, m.claimant]),
  );
  return monitors.size === 1 ? [...monitors.values()][0] : undefined;
}

/**
 * "وقال رئيس مركز المصالحة الروسي، اللواء أليكسي سوروكين، … وأضاف سوروكين": a person first named right after a
 * known claimant speaks for it later.
 */
function introducedSpeaker(
  f: string,
  subject: { claimant: Claimant; start: number; end: number },
  mentions: ClaimantMention[],
  earlier: readonly Attribution[],
): Claimant | undefined {
  const name = f.slice(subject.start, subject.end).trim();
  if (name.length < 3 || mentions.some((m) => m.start === subject.start)) return undefined;
  for (const a of [...earlier].reverse()) {
    if (a.end >= subject.start) continue;
    const known = CLAIMANTS.some((c) => c.name === a.claimant.name);
    const intro = f.slice(a.end, Math.min(subject.start, a.end + 80));
    if (known && new RegExp(`(?<![\\p{L}])${escapeRegex(name)}(?![\\p{L}])`, 'u').test(intro)) return a.claimant;
  }
  return undefined;
}

/** A body's own units: its command, office, wing, council, centre, administration, department, branch. */
const UNIT_HEAD = /^[وف]?ال(?:قياده|مكتب|جناح|مجلس|مركز|اداره|جهاز|ذراع|دايره|فرع|قسم)(?![\p{L}])/u;

/** "القيادة العامة لوحدات حماية الشعب", "المكتب الإعلامي لـ…": a unit of a known body speaks for the body. */
function bodyOfUnit(
  f: string,
  subject: { start: number; end: number },
  mentions: ClaimantMention[],
): Claimant | undefined {
  if (!UNIT_HEAD.test(f.slice(subject.start, subject.end).trim())) return undefined;
  return mentions.find((m) => m.start >= subject.end && m.start - subject.end <= 2 && /^[وف]?ل/u.test(f.slice(m.start)))
    ?.claimant;
}

/** The latest speaking claimant named in the paragraph before `at`, if any. */
function namedBefore(f: string, mentions: ClaimantMention[], at: number): Claimant | undefined {
  const paragraphStart = f.lastIndexOf('\n', at) + 1;
  return [...mentions].reverse().find((m) => m.end <= at && m.start >= paragraphStart && !isPerpetratorRole(f, m))
    ?.claimant;
}

/**
 * A bare head noun ("وأضاف المرصد", "the monitor added") names the last claimant of that kind the report
 * quoted — a local monitor named in full earlier — and means SOHR only when no other monitor was quoted.
 */
const BARE_HEADS: ReadonlyArray<{ bare: RegExp; kind: RegExp }> = [
  { bare: /^\s*[وفبل]?(?:ال)?مرصد\s*$/u, kind: /مرصد|observatory|monitor/iu },
  { bare: /^\s*the\s+(?:observatory|monitor|monitoring\s+group)\s*$/iu, kind: /مرصد|observatory|monitor/iu },
];

/** "بحسب المصدر ذاته", "وفق المصادر نفسها", "the same source": whoever was quoted last. */
const SAME_SOURCE =
  /^\s*[وفبل]?(?:ال)?(?:مصدر|مصادر)\s+(?:ذاته|نفسه|ذاتها|نفسها|ذاتهم|نفسهم)\s*$|^\s*the\s+same\s+sources?\s*$/u;

function antecedentOfBareHead(written: string, earlier: readonly Attribution[]): Claimant | undefined {
  if (SAME_SOURCE.test(written)) return earlier.at(-1)?.claimant;
  const head = BARE_HEADS.find((h) => h.bare.test(written));
  if (!head) return undefined;
  return [...earlier]
    .reverse()
    .find((a) => [a.claimant.name, ...(a.claimant.aliases ?? [])].some((n) => head.kind.test(n)))?.claimant;
}

function subjectWindowEnd(f: string, from: number, max: number): number {
  const slice = f.slice(from, from + max);
  // A quoted name right after the verb ('ووثق "تجمع …"') is the subject, not the start of a quote.
  const open = /^\s*["«]/u.exec(slice)?.[0].length ?? 0;
  const stopMatch = SUBJECT_STOP.exec(slice.slice(open));
  const stop = stopMatch ? { index: stopMatch.index + open } : null;
  const sentenceEnd = /[.\n؟!]/.exec(slice);
  const ends = [stop?.index, sentenceEnd?.index].filter((x): x is number => x !== undefined);
  return from + (ends.length > 0 ? Math.min(...ends) : slice.length);
}

/** "لأورينت نت", "للمرصد", "لمراسل سانا", "لوكالة فرانس برس": whom a speaker told, not the speaker. */
function isAddressee(f: string, m: { start: number; end: number }): boolean {
  return (
    /^[وف]?ل/u.test(f.slice(m.start, m.end)) ||
    /(?<![\p{L}])[وف]?ل[\p{L}]{2,}\s+$/u.test(f.slice(Math.max(0, m.start - 14), m.start))
  );
}

const PERP_BEFORE = new RegExp(
  '(?:غارات|غاره|ضربات|ضربه|قصف|طيران|طايرات|مقاتلات|صواريخ|قذايف|هجوم|هجمات|براميل|ضد|لسيطره' +
    String.raw`|سيطره|مناطق|مواقع|عناصر|مقاتلي|مقاتلين|مسلحي|مسلحين|صفوف)\s*(?:[^\s]+\s+){0,1}$`,
  'u',
);

/** "rejects YPG claims", "rejected claims by the PKK's Syrian offshoot YPG": the party that accuses, not the denier. */
export function isAccuser(f: string, m: { start: number; end: number }): boolean {
  return (
    /^\s*(?:'s\s+)?(?:claims?|accusations?|allegations?)\b/u.test(f.slice(m.end, m.end + 20)) ||
    /\b(?:claims?|accusations?|allegations?|reports?)\s+(?:made\s+)?by\s+(?:[\w'-]+\s+){0,5}$/u.test(
      f.slice(Math.max(0, m.start - 70), m.start),
    )
  );
}

/** A mention that names a target or a perpetrator rather than a speaker ("قصف التحالف", "مواقع داعش"). */
export function isPerpetratorRole(f: string, m: { start: number }): boolean {
  return PERP_BEFORE.test(f.slice(Math.max(0, m.start - 24), m.start));
}

// Words no speaker's name runs into: complementizers ("بأنه"), prepositions and particles that open what follows
// the subject ("عبر بيان", "فقد", "بذلك"), times. Arabic puts the subject right after the verb, then these.
const AR_UNKNOWN_STOP = new RegExp(
  '^(?:ان|بان|انه|بانه|بانها|بانهم|قوله|قولها|قولهم|في|عن|الي|علي|من|خلال|يوم|يومي|اليوم|امس|ما|مما|الذي' +
    String.raw`|التي|بعض|عبر|بذلك|ذلك|فقد|قد|لقد|به|بها|بهم|عنه|عنها|فيه|فيها|حول|ضد|منذ|حيث|اثر|جراء|بين|لل?\S*)$`,
  'u',
);
/**
 * A time right after the verb is an adverb, never the speaker ("وسجّل الشهر الماضي 40 هجوماً": the month does not
 * speak). Only first: later in a name the same word is an adjective ("المحامي العام").
 */
const AR_TIME_FIRST = /^(?:الشهر|الاسبوع|العام|السنه|الليله|الصباح|المساء|الفجر|الظهر|صباح|مساء|فجر|ظهر)$/u;
/** The wounded and the dead are what a verb reports or carries ("نقلت الفرق الجرحى"), never who speaks. */
const VICTIM_NOUN = new RegExp(
  `^${wordsSource(
    wordsOfScript('arabic', (r) => [...r.countedNouns.injured, ...r.countedNouns.dead]),
    true,
  )}$`,
  'u',
);
/** Heads that take a "في" phrase naming their body: "مسؤول في الأسايش", "مصدر في قيادة الشرطة". */
const GENERIC_SPEAKER = /^(?:مسوول|مسوولا|مسوولون|مسوولين|مصدر|مصادر|متحدث|ناطق|عضو|مدير|رييس|قايد|ضابط|طبيب|مراسل)$/u;
/** A definite nisba adjective ends a name after the usual three words: "رئاسة الأركان العامة التركية". */
const NISBA = /^ال[\p{L}]{2,}(?:ي|يه)$/u;

/** News agencies that relay others' claims: "نقلت رويترز عن مسؤول" credits the official. */
const REPORTER = new RegExp(
  String.raw`^\s*(?:وكاله\s+)?(?:رويترز|فرانس\s+برس|الفرنسيه|اسوشيتد\s+برس|الاناضول|الجزيره` +
    String.raw`|الصحافه\s+الفرنسيه)(?:\s+للانباء)?\s+عن\s+`,
  'u',
);

// "بحسب الحصيلة التي أعلنها …", and with an indefinite head and no relative pronoun "وفق إحصائية أصدرتها …" (a count
// … issued): the subject of the relative clause is the source. Each verb in the past, its subject masculine or
// feminine, with the head as its object or without ("أعلن، أعلنت، أعلنه، أعلنها، أعلنته، أعلنتها").
const RELATIVE_SOURCE_VERBS = ['اعلن', 'نشر', 'اورد', 'وثق', 'ذكر', 'اصدر'].flatMap((stem) =>
  ['', 'ت', 'ه', 'ها', 'ته', 'تها'].map((ending) => stem + ending),
);
const RELATIVE_SOURCE = new RegExp(
  String.raw`^\s*[\p{L}]+\s+(?:(?:التي|الذي)\s+)?(?:${RELATIVE_SOURCE_VERBS.join('|')})\s+`,
  'u',
);
/** A casualty noun right after a verb is its object ("وتعلن مقتل 4"), never its subject. */
/** What a denial or report is about ("تنفي استهداف مدنيين", "نفت صحة الادعاءات"): an object, never the speaker. */
const STATEMENT_OBJECT = new RegExp(
  String.raw`^\s*[وفب]?(?:ال)?(?:استهداف|قصف|تنفيذ|شن|صحه|ادعاءات|الادعاءات|تقارير|التقارير|انباء` +
    String.raw`|الانباء|اخبار|الاخبار|اي|وجود|ارتكاب|مسووليه|تورط|قيام|سقوط|وقوع|بيانا|تقريرا|تصريحا)(?![\p{L}])`,
  'u',
);
const CASUALTY_OBJECT = /^\s*[وفب]?(?:ال)?(?:مقتل|قتل|استشهاد|اصابه|سقوط|وفاه|حصيله|ارتفاع|مصرع)(?![\p{L}])/u;

/** 'حملة "الرقة تذبح بصمت"', 'وكالة «أعماق»': a generic head and the organisation's quoted name, kept whole. */
const QUOTED_BODY = new RegExp(
  String.raw`^\s*[وف]?((?:حمله|وكاله|شبكه|تجمع|منظمه|مرصد|هييه|فريق|مجموعه|صفحه|موقع|مركز|جمعيه|لجنه` +
    '|لجان|تنسيقيه|اتحاد|رابطه|حركه|جبهه|فصيل|قناه|صحيفه' +
    String.raw`|مجلس))\s*["«“]\s*([^"»”\n]{2,50}?)\s*["»”]`,
  'u',
);

function quotedBody(
  text: FoldedText,
  from: number,
  m: RegExpExecArray,
): { claimant: Claimant; start: number; end: number } {
  const headStart = from + m[0].indexOf(m[1] as string);
  const nameStart = from + m[0].lastIndexOf(m[2] as string);
  const end = nameStart + (m[2] as string).length;
  const head = originalRange(text, headStart, headStart + (m[1] as string).length);
  const body = originalRange(text, nameStart, end);
  const name = text.original.slice(body.start, body.end).trim();
  const headWord = text.original.slice(head.start, head.end).trim();
  return { claimant: { name, aliases: [`${headWord} ${name}`] }, start: headStart, end };
}

function unknownArabicSubject(
  text: FoldedText,
  from: number,
  to: number,
): { claimant: Claimant; start: number; end: number } | undefined {
  const reporter = REPORTER.exec(text.folded.slice(from, from + 60));
  if (reporter)
    return unknownArabicSubject(text, from + reporter[0].length, Math.max(to, from + reporter[0].length + 40));
  // "بحسب الحصيلة التي أعلنها المجلس المحلي": the subject of the relative clause is the source.
  const relative = RELATIVE_SOURCE.exec(text.folded.slice(from, from + 60));
  if (relative) {
    const source = unknownArabicSubject(text, from + relative[0].length, Math.max(to, from + relative[0].length + 40));
    // A known body named there ("… أصدرتها "الخوذ البيضاء"") is that body.
    return source && { ...source, claimant: claimantOfSource(source.claimant.name) };
  }
  const quoted = QUOTED_BODY.exec(text.folded.slice(from, from + 80));
  if (quoted?.[1] && quoted[2]) return quotedBody(text, from, quoted);
  const slice = text.folded.slice(from, to);
  if (CASUALTY_OBJECT.test(slice) || STATEMENT_OBJECT.test(slice)) return undefined;
  const tokens = [...slice.matchAll(/[\p{L}]+/gu)].slice(0, 9);
  const kept: RegExpMatchArray[] = [];
  let limit = 3;
  for (const [i, t] of tokens.entries()) {
    if (!/[\u0600-\u06FF]/.test(t[0])) break;
    // "المجلس المحلي، فيما": punctuation ends the subject.
    const prev = kept.at(-1);
    if (prev && /[،,.:؛;"()]/u.test(slice.slice((prev.index ?? 0) + prev[0].length, t.index ?? 0))) break;
    if (t[0] === 'في' && kept.length === 1 && GENERIC_SPEAKER.test(kept[0]?.[0] ?? '')) {
      kept.push(t);
      limit = 6;
      continue;
    }
    if (AR_UNKNOWN_STOP.test(t[0]) || (kept.length === 0 && AR_TIME_FIRST.test(t[0]))) break;
    // The object starts at a number ("وثق المكتب 15 هجوماً"), or at a casualty, statement or victim noun after a
    // definite noun ("وثق المكتب مقتل 4", "ذكرت الفصائل استهداف"): a definite noun cannot govern a genitive, while
    // an indefinite one does ("وزارة الصحة", "مؤسسة عوائل الشهداء" stay whole).
    if (prev && /\p{N}/u.test(slice.slice((prev.index ?? 0) + prev[0].length, t.index ?? 0))) break;
    const objectNoun = CASUALTY_OBJECT.test(t[0]) || STATEMENT_OBJECT.test(t[0]) || VICTIM_NOUN.test(t[0]);
    if (objectNoun && (!prev || /^[وف]?(?:ال|لل)/u.test(prev[0]))) break;
    // Past the usual length only an adjective phrase ending in a nisba: "… العامة التركية", "… الجوية العامة الأردنية".
    const next = tokens[i + 1]?.[0] ?? '';
    if (
      kept.length >= limit &&
      !NISBA.test(t[0]) &&
      !(kept.length === limit && t[0].startsWith('ال') && NISBA.test(next))
    )
      break;
    kept.push(t);
  }
  // "مسؤول في" with nothing after: just the head.
  if (kept.at(-1)?.[0] === 'في') kept.pop();
  if (kept.length === 0) return undefined;
  const start = from + (kept[0]?.index ?? 0);
  const last = kept.at(-1) as RegExpMatchArray;
  const end = from + (last.index ?? 0) + last[0].length;
  const range = originalRange(text, start, end);
  const name = text.original.slice(range.start, range.end).trim();
  if (name.length < 3) return undefined;
  return { claimant: { name }, start, end };
}

const EN_DETERMINER = /^(?:a|an|the|two|three|several|some)$/;

// "the health authority of …": a head noun and "of" right before an unknown English subject.
const HEAD_NOUN_BEFORE_OF = new RegExp(
  String.raw`\b(?:the|a|an)\s+(?:[a-z][\w'-]*\s+){0,2}(?:authority|authorities|ministry|office` +
    '|department|directorate|council|administration|committee|spokesman|spokeswoman' +
    String.raw`|spokesperson|head|director|chief)\s+of\s+$`,
  'u',
);

/**
 * Where the source after "according to" ends: at a relative or a preposition, and at the clause the source reports,
 * which opens with a pronoun, a verb or a count ("according to the hospital four people died", "according to the
 * group they were …").
 */
const EN_SOURCE_PHRASE_END = new RegExp(
  '^(?:that|who|which|and|on|in|at|as|to|the|they|he|she|it|we|there|was|were|is|are|had|has|have|said|also' +
    '|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands|several|some|many)$',
  'u',
);

function unknownEnglishSubject(
  text: FoldedText,
  at: number,
  side: 'before' | 'after',
): { claimant: Claimant; start: number; end: number } | undefined {
  const f = text.folded;
  if (side === 'after') {
    const m = /^\s*((?:[a-z][\w'-]*\s+){0,4}[a-z][\w'-]*)/u.exec(f.slice(at, at + 60));
    if (!m?.[1]) return undefined;
    const words = m[1].split(/\s+/);
    const cut = words.findIndex((w, i) => i > 0 && EN_SOURCE_PHRASE_END.test(w));
    const phrase = (cut > 0 ? words.slice(0, cut) : words).join(' ');
    return toUnknown(text, at + m[0].indexOf(m[1]), phrase.length);
  }
  const window = f.slice(Math.max(0, at - 60), at);
  const m = /((?:[a-z][\w'-]*\s+){1,4})$/u.exec(window);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/);
  let from = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (EN_DETERMINER.test(words[i] as string)) {
      from = i;
      break;
    }
  }
  if (from < 0) {
    // "officials said", "residents said": a bare plural noun right before the verb.
    const lastWord = words.at(-1) ?? '';
    if (!/s$/.test(lastWord) || /^(?:was|is|has|as|this|its|his|us)$/.test(lastWord)) return undefined;
    from = words.length - 1;
  }
  const phrase = words.slice(from).join(' ');
  if (/^(?:the|a|an)$/.test(phrase) || /^(?:it|he|she|they)$/.test(phrase)) return undefined;
  // "the death toll (was) estimated at…": a figure, not a speaker.
  if (/\b(?:toll|tolls|number|figure|figures|count|total)$/.test(phrase)) return undefined;
  const start = at - (window.length - window.lastIndexOf(phrase));
  // "the health authority of the Jazira canton announced": the head noun before "of" is the speaker.
  const head = HEAD_NOUN_BEFORE_OF.exec(f.slice(Math.max(0, start - 60), start));
  if (head && /^the\s/u.test(phrase)) return toUnknown(text, start - head[0].length, head[0].length + phrase.length);
  return toUnknown(text, start, phrase.length);
}

function toUnknown(
  text: FoldedText,
  start: number,
  length: number,
): { claimant: Claimant; start: number; end: number } | undefined {
  if (length < 3) return undefined;
  const range = originalRange(text, start, start + length);
  const name = text.original.slice(range.start, range.end).trim();
  // "The Kurdish Red Crescent": also known without its article.
  const bare = name.replace(/^(?:the|a|an)\s+/iu, '');
  return name
    ? {
        claimant: { name, ...(bare !== name && bare.length >= 3 ? { aliases: [bare] } : {}) },
        start,
        end: start + length,
      }
    : undefined;
}
