// The offline rules extractor: reads casualty claims, denials, acknowledgments and war-wide totals out of
// Arabic and English reports without any model. See figures.ts (what a number counts), claimants.ts (who says
// it), dates.ts, place-choice.ts and merge.ts (one claim per claimant and event).
import type { PerpetratorId } from '../../domain/perpetrators.ts';
import type { DateRange, ExtractedClaim } from '../../domain/schema.ts';
import type { Gazetteer } from '../../places/gazetteer.ts';
import type { ExtractionInput, ExtractionResult, Extractor } from '../../ports/extractor.ts';
import { BULLET_MARKS } from '../../text/list-bullets.ts';
import { readNumbers, victimNames } from '../../text/numbers.ts';
import { extractInWindows } from '../long-reports.ts';
import { boilerplateRanges, inBoilerplate } from './boilerplate.ts';
import { civiliansStated } from './civilian-status.ts';
import { CLAIMANTS, UNATTRIBUTED } from './claimant-table.ts';
import {
  type Attribution,
  type ClaimantMention,
  claimantOfSource,
  findAttributions,
  findClaimantMentions,
  isAccuser,
  isPerpetratorRole,
  publisherSpeaking,
} from './claimants.ts';
import { groupFigures } from './counts.ts';
import { type DateMention, eventRangeFromStatement, findDates } from './dates.ts';
import { type Figure, findFigures, findKeywords } from './figures.ts';
import { B, E, type FoldedText, foldText, originalRange } from './folded-text.ts';
import { foreignPlaceIn } from './foreign-place.ts';
import type { LanguageRecord } from './lang/record.ts';
import { wordsOfScript } from './lang/registry.ts';
import { languageOf } from './language-of.ts';
import { type DraftClaim, mergeClaims } from './merge.ts';
import { agentIn, findPartyMentions, type PartyMention } from './perpetrators.ts';
import { choosePlace, type LocatedMention, locateMentions, placeOf, TOWN_RANK } from './place-choice.ts';
import { type Sentence, splitSentences } from './segments.ts';
import {
  ACK_SCREEN,
  ACKNOWLEDGMENT,
  BREAKDOWN_FOLLOWS,
  CRIMINAL_KILLING,
  DENIAL_TOPIC,
  DISCREDITED,
  hasDenialVerb,
  isAggregate,
  NEGATED_ACTION,
  PAST_PERFECT,
  RISE_VERBS_ARABIC,
  STATEMENT_SCREEN,
  TWO_DAY_TOLL,
  TWO_REGIONS,
} from './vocabulary.ts';

export class RulesExtractor implements Extractor {
  readonly name = 'rules';
  constructor(private readonly gazetteer: Gazetteer) {}

  /** Long reports are read in overlapping windows, so the time stays linear in the text. */
  async extract(input: ExtractionInput): Promise<ExtractionResult> {
    return extractInWindows(input, async (part) => extractWithRules(this.gazetteer, part));
  }
}

interface Doc {
  input: ExtractionInput;
  text: FoldedText;
  sentences: Sentence[];
  titleEnd: number;
  /** The headline and a short standfirst: they restate the body's figures. */
  leadEnd: number;
  mentions: ClaimantMention[];
  attributions: Attribution[];
  parties: PartyMention[];
  dates: DateMention[];
  places: LocatedMention[];
  gazetteer: Gazetteer;
  /** Sentences with casualty figures of their own: a denial's place and date are not looked for past them. */
  figureSentences?: Set<number>;
  clauseFigures?: Map<{ start: number; end: number }, Figure[]>;
  /** Who the whole report speaks for: a headline "المرصد السوري: …" or a dateline "حلب-سانا". */
  reportClaimant?: ExtractedClaim['claimant'];
}

/** "وكان" right before a subject: the past perfect "وكان X قد قال" that opens a statement of its own. */
const PAST_PERFECT_SUBJECT = /(?<![\p{L}])[وف]?\s*(?:كان|كانت|كانوا)\s+$/u;
const ACCUSATION = /^[وف]?(?:اتهم|اتهمت|يتهم|تتهم|حمل|حملت|يحمل|تحمل)(?![\p{L}])/u;

const STATEMENT_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:${wordsOfScript('arabic', (r) => r.and).join('|')})` +
    String.raw`(?:${wordsOfScript('arabic', (r) => r.coordinatedStatementVerbs).join('|')})(?![\p{L}])` +
    String.raw`|${B}(?:${wordsOfScript('latin', (r) => r.and).join('|')})\s+` +
    `(?:${wordsOfScript('latin', (r) => r.coordinatedStatementVerbs).join('|')})${E}`,
  'gu',
);
// Words that point back to the period or the attacks just named: "during it" (خلاله), "the aforementioned"
// (آنفة الذكر، سالفة الذكر), "the same period" (الفترة ذاتها/نفسها), "during that time".
const DURING_IT = new RegExp(
  String.raw`(?<![\p{L}])(?:خلاله|خلالها|[اآ]نف[هة]\s+الذكر|سالف[هة]\s+الذكر|ال(?:فتر[هة]|مد[هة])\s+(?:ذاتها|نفسها))` +
    String.raw`(?![\p{L}])|\b(?:during\s+(?:that|this|the\s+same)\s+(?:time|period))\b`,
  'u',
);
const RECOVERY = new RegExp(
  String.raw`\b(?:pulled|recovered|retrieved|unearthed|exhumed|found)\b[^.;]*\b(?:bodies|body|remains` +
    String.raw`|rubble)\b|\b(?:bodies|body|remains)\b[^.;]*\b(?:pulled|recovered|retrieved|unearthed` +
    String.raw`|exhumed|found)\b`,
  'u',
);
const MOSTLY_CIVILIANS = new RegExp(
  String.raw`(?:اغلبهم|معظمهم|غالبيتهم|اكثرهم)\s+(?:من\s+)?(?:ال)?مدني|mostly\s+civilians` +
    String.raw`|most\s+of\s+(?:them|whom)\s+(?:were\s+)?civilians|majority\s+(?:of\s+(?:them` +
    String.raw`|whom)\s+)?(?:were\s+)?civilians`,
  'u',
);

export function extractWithRules(gazetteer: Gazetteer, input: ExtractionInput): ExtractionResult {
  const text = foldText(input.text);
  const sentences = splitSentences(text.folded);
  const mentions = findClaimantMentions(text);
  const doc: Doc = {
    input,
    text,
    sentences,
    titleEnd: titleEnd(text.folded),
    leadEnd: leadEnd(text.folded),
    mentions,
    attributions: findAttributions(text, mentions),
    parties: findPartyMentions(text),
    dates: findDates(text, input.publishedAt),
    places: locateMentions(gazetteer, text),
    gazetteer,
  };
  const reportClaimant = reportClaimantOf(text.folded, mentions);
  if (reportClaimant) doc.reportClaimant = reportClaimant;
  const drafts: DraftClaim[] = [];
  const figureSentences = new Set<number>();
  const clauseFigures = new Map<{ start: number; end: number }, Figure[]>();
  const keywords = findKeywords(text.folded);
  const victims = victimNames(input.text);
  // Link lists and photo captions restate other pages' figures: they are not read at all.
  const furniture = boilerplateRanges(text.folded);
  const body = sentences.filter((s) => !inBoilerplate(furniture, s.start));
  for (const s of body) {
    for (const [i, clause] of s.clauses.entries()) {
      const reach = i === s.clauses.length - 1 ? namesListEnd(text.folded, sentences, s) : clause.end;
      const own = findFigures(text, clause.start, reach, doc.dates, keywords, victims).filter(
        (x) => x.start < clause.end,
      );
      const figures =
        own.length > 0 ? own : listItemFigures(text, clause, clauseFigures.get(s.clauses[i - 1] ?? clause) ?? []);
      clauseFigures.set(clause, figures);
      if (figures.length > 0) figureSentences.add(s.index);
    }
  }
  // "بعد انتشال 8 جثث جديدة": recovered bodies are part of a toll the report states elsewhere, never a toll of their
  // own.
  if (
    [...clauseFigures.values()].some((list) => list.some((x) => x.event === 'kill' && !x.recovered && !x.inclusion))
  ) {
    for (const [clause, list] of clauseFigures)
      clauseFigures.set(
        clause,
        list.filter((x) => !x.recovered),
      );
    figureSentences.clear();
    for (const s of body)
      if (s.clauses.some((c) => (clauseFigures.get(c) ?? []).length > 0)) figureSentences.add(s.index);
  }
  doc.figureSentences = figureSentences;
  doc.clauseFigures = clauseFigures;
  for (const s of body) {
    for (const clause of s.clauses)
      drafts.push(...casualtyClaims(doc, s, clause, clauseFigures.get(clause) ?? [], figureSentences));
    const statement = statementClaim(doc, s, drafts);
    if (statement) drafts.push(statement);
    const status = figureSentences.has(s.index) ? undefined : civilianStatusClaim(doc, s, drafts);
    if (status) drafts.push(status);
  }
  inheritDates(doc, drafts);
  const claims = mergeClaims(gazetteer, drafts, (a, b) => joinQuotes(input.text, a, b));
  const title = titleOf(input.text);
  const firstCasualty = claims.find((c) => c.type === 'casualty');
  return {
    language: languageOf(input.text),
    ...(title ? { title } : {}),
    ...(firstCasualty || title ? { summary: firstCasualty?.evidence ?? title } : {}),
    claims,
  };
}

/** The number of a group's only kill figure when that figure counts "victims" (ضحايا) and no death. */
function victimsOnlyOf(figures: readonly Figure[]): { victimsOnly?: number } {
  const kills = figures.filter((x) => x.event === 'kill' && !x.inclusion);
  const [only] = kills;
  return kills.length === 1 && only?.victimsOnly && only.value !== null ? { victimsOnly: only.value } : {};
}

/** A line of a list: a dash or bullet, or a number with a dash, stop or bracket ("2- فلان", "3) فلان"). */
const LIST_LINE = new RegExp(String.raw`^(?:[${BULLET_MARKS}ـ]|[0-9\u0660-\u0669]{1,2}\s*[-_.)])`, 'u');

/**
 * "أسماء الشهداء هم:" then one name per line: the heading's figure is read over the lines of the list after it
 * (figures inside those lines stay theirs). The end of the last list line after a sentence ending in a colon.
 */
function namesListEnd(folded: string, sentences: Sentence[], s: Sentence): number {
  if (!/:\s*$/u.test(folded.slice(s.start, s.end))) return s.end;
  let end = s.end;
  for (let k = s.index + 1; k < sentences.length; k++) {
    const line = sentences[k] as Sentence;
    if (!LIST_LINE.test(folded.slice(line.start, line.end))) break;
    end = line.end;
  }
  return end;
}

const LIST_ITEM = /^\s*,?\s*(?:and\s+)?(\S+)\s+in\s/u;

/**
 * "… 13 people were killed in Saqba, nine in Hamouriyah and six in Kafr Batna": a clause that is only a number
 * and a place, after a clause with a toll, counts what that toll counts.
 */
function listItemFigures(text: FoldedText, clause: { start: number; end: number }, previous: Figure[]): Figure[] {
  const head = previous.find((x) => !x.inclusion && x.value !== null);
  const m = LIST_ITEM.exec(text.folded.slice(clause.start, clause.end));
  if (!head || !m?.[1]) return [];
  const [n] = readNumbers(m[1]);
  if (n?.start !== 0 || n.end !== m[1].length) return [];
  const start = clause.start + m[0].indexOf(m[1]);
  return [
    {
      ...head,
      start,
      end: start + m[1].length,
      value: n.value,
      qualifier: 'exact',
      risingToll: false,
      additional: false,
      partial: false,
    },
  ];
}

// "وبذلك يرتفع عدد ضحايا الغارة إلى 6": the running toll of one strike named with the article (the victims of
// the shelling, the massacre, the raid) is that strike's rising toll, not a campaign total.
const ONE_STRIKE_RUNNING_TOLL = new RegExp(
  String.raw`وبذلك[،,]?\s+(?:\S+\s+){0,1}?(?:${RISE_VERBS_ARABIC})\s+(?:\S+\s+){0,2}?(?:عدد|حصيله)\s+` +
    String.raw`(?:ال)?(?:ضحايا|شهداء|قتلي)\s+(?:ال)?(?:قصف|غاره|مجزره|استهداف|هجوم|انفجار|تفجير)(?![\p{L}])`,
  'u',
);

/** A running toll of one strike, and nothing else in the clause (a start date, a span) makes it a total. */
function oneStrikeRunningToll(clause: string, largest: number): boolean {
  return ONE_STRIKE_RUNNING_TOLL.test(clause) && !isAggregate(clause.replace(/وبذلك/u, ''), largest);
}

const LIST_ITEM_START = new RegExp(String.raw`^[${BULLET_MARKS}]\s*`, 'u');
/** A breakdown line: a dash or bullet, then the count it breaks out ("– 67 استهداف …", "– 18 مدنيين …"). */
const COUNT_ITEM_START = new RegExp(String.raw`^[${BULLET_MARKS}]\s*[0-9\u0660-\u0669]`, 'u');

/**
 * "وبذلك يرتفع إلى 102 تعداد الاستهدافات … منذ مطلع العام، توزعت كالتالي:" then "– 67 استهداف على الحسكة أسفرت
 * عن مقتل 15": the lines of a list under a total break the total down, so each is a total too, when the list is
 * announced by a colon or its line opens with a count (bulleted news points after a total are not a breakdown).
 * Walks back over the list's items (and a short lead-in without figures) to the sentence the list hangs from.
 */
function itemOfTotal(doc: Doc, s: Sentence): boolean {
  const f = doc.text.folded;
  const own = f.slice(s.start, s.end);
  if (!LIST_ITEM_START.test(own)) return false;
  let introduced = COUNT_ITEM_START.test(own);
  let leadIns = 0;
  for (let k = s.index - 1; k >= 0; k--) {
    const prev = doc.sentences[k] as Sentence;
    const text = f.slice(prev.start, prev.end);
    if (LIST_ITEM_START.test(text)) continue;
    introduced ||= /:\s*$/u.test(text);
    if (isAggregate(text, 0)) return introduced;
    if (doc.figureSentences?.has(prev.index) || ++leadIns > 1) return false;
  }
  return false;
}

/**
 * "قتل 4 مدنيين خلال يوم أمس." then "وتوزعت الحصيلة كما يلي:": a toll whose own sentence, after it, or the next one
 * (a lead-in with no figures of its own) says it is broken down in what follows is the round-up's total; its items
 * are the events.
 */
function totalBrokenDownAfter(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  figureSentences: ReadonlySet<number>,
): boolean {
  const f = doc.text.folded;
  if (BREAKDOWN_FOLLOWS.test(f.slice(clause.start, s.end))) return true;
  const next = doc.sentences[s.index + 1];
  if (next === undefined || figureSentences.has(next.index)) return false;
  const lead = f.slice(next.start, next.end);
  // A lead-in that is a total of its own ("ويرتفع إلى 40 عدد الغارات منذ مطلع العام، وتوزعت كالتالي:") is what
  // the list breaks down.
  return BREAKDOWN_FOLLOWS.test(lead) && !isAggregate(lead, 0);
}

/** "وتسببت الهجمات بمقتل", "أدت هذه الهجمات", "مجموع الهجمات": the attacks named before cause the toll. */
const THOSE_ATTACKS =
  /(?<![\p{L}])(?:(?:هذه|تلك|مجموع)\s+الهجمات|[وف]?(?:تسببت|ادت|اسفرت|خلفت|حصدت)\s+الهجمات)(?![\p{L}])/u;

/**
 * "تعاملت الفرق منذ آذار مع أكثر من 210 هجمات." then "وتسببت الهجمات بمقتل 48 شخصاً": a toll of "the attacks"
 * right after a total's sentence is the toll of that total's attacks.
 */
function attacksOfTotal(doc: Doc, s: Sentence, clauseText: string): boolean {
  if (!THOSE_ATTACKS.test(clauseText)) return false;
  const prev = doc.sentences[s.index - 1];
  return prev !== undefined && isAggregate(doc.text.folded.slice(prev.start, prev.end), 0);
}

function casualtyClaims(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  figures: Figure[],
  figureSentences: Set<number>,
): DraftClaim[] {
  const f = doc.text.folded;
  if (figures.length === 0) return [];
  const clauseText = f.slice(clause.start, clause.end);
  // A crime's dead (thieves, a vendetta, a brawl) are no claim of the conflict's.
  if (CRIMINAL_KILLING.test(clauseText)) return [];
  const largest = Math.max(...figures.map((x) => x.value ?? x.min ?? 0));
  const sentenceText = f.slice(s.start, s.end);
  // "… منذ 30 نيسان، والذي وثق المرصد خلاله مقتل 780": "during it" takes the period named earlier in the sentence.
  const aggregate =
    (isAggregate(clauseText, largest) && !oneStrikeRunningToll(clauseText, largest)) ||
    (DURING_IT.test(clauseText) &&
      (isAggregate(sentenceText, largest) || /(?<![\p{L}])[وف]?منذ(?![\p{L}])/u.test(sentenceText))) ||
    itemOfTotal(doc, s) ||
    attacksOfTotal(doc, s, clauseText) ||
    totalBrokenDownAfter(doc, s, clause, figureSentences);
  const groups = groupFigures(figures, MOSTLY_CIVILIANS.test(f.slice(s.start, s.end)));
  const out: DraftClaim[] = [];
  for (const group of groups) {
    if (Object.keys(group.counts).length === 0) continue;
    const at = group.figures[0]?.start ?? clause.start;
    const ownSource = claimantFor(doc, s, clause, at);
    // "… were killed, the civil defence said. At least 20 others were injured.": "others" continues the toll
    // of the sentence before, and so does its source.
    const previous = !ownSource.explicit && group.additional ? previousInParagraph(doc, s, 1)[0] : undefined;
    const inherited = previous ? claimantFor(doc, previous, previous, previous.end) : undefined;
    const { claimant, explicit } = inherited?.explicit ? inherited : ownSource;
    const context = contextRanges(doc, s, figureSentences, false);
    // The figure's own clause first: "شهدت أريحا مجزرة راح ضحيتها 17، في حين قتل 4 في معرة النعمان".
    const place = choosePlace(
      doc.gazetteer,
      doc.places,
      clause,
      at,
      clause.start === s.start && clause.end === s.end ? context : [s, ...context],
      f,
    );
    // "…hit the border town of Kilis, wounding three": a place outside Syria is its own event.
    const foreign = aggregate
      ? undefined
      : foreignPlaceIn(doc.gazetteer, originalText(doc, clause), originalText(doc, s));
    const perpetrator = perpetratorFor(doc, s, clause, at);
    // "Rescuers pulled five more bodies from the rubble on Tuesday": the day of the recovery, not of the strike.
    // Only dates named after the recovery words: "killed on Friday, 23 September, after more bodies were recovered".
    const recovery = RECOVERY.exec(clauseText);
    const own = recovery ? { ...s, end: clause.start + recovery.index } : s;
    // A two-day toll, or a toll over two regions, whose place is a region (an area, district or governorate, not a
    // town) is a total of many strikes.
    const total =
      aggregate ||
      ((TWO_DAY_TOLL.test(clauseText) || TWO_REGIONS.test(clauseText)) && (!place || place.rank < TOWN_RANK));
    const date = total ? undefined : dateFor(doc, own, own === s ? clause : own, at, context, false);
    // "وكانت القوات قد قصفت البلدة في 9 أيار، فقتلت ثلاثة رعاة": the past perfect with a calendar date of its
    // own tells an earlier event, never the one an undated figure of the report is about.
    const background =
      PAST_PERFECT.test(sentenceText) &&
      doc.dates.some((d) => d.start >= s.start && d.end <= s.end && d.strength === 3 && !d.statement && !d.since);
    out.push({
      claim: {
        type: total ? 'aggregate' : 'casualty',
        claimant,
        ...(foreign && !total ? { place: foreign } : place && !total ? { place: placeOf(doc.gazetteer, place) } : {}),
        ...(date ? { date } : {}),
        ...(perpetrator ? { perpetrator } : {}),
        counts: group.counts,
        // A heading's names set out one per line are its figure: the quote takes them in.
        evidence: evidenceOf(doc, s, clause, clause.end === s.end ? namesListEnd(f, doc.sentences, s) : undefined),
      },
      explicitClaimant: explicit,
      risingToll: group.risingToll,
      additional: group.additional,
      breakdown: group.breakdown,
      ...(background ? { background } : {}),
      ...victimsOnlyOf(group.figures),
      inTitle: s.start < doc.leadEnd,
      order: at,
      // A place borrowed from the headline does not make two body figures one event (a roundup's headline
      // names several places).
      placeRank: foreign
        ? FOREIGN_PLACE_RANK
        : place && !(place.start < doc.titleEnd && s.start >= doc.titleEnd)
          ? place.rank
          : -1,
    });
  }
  return out;
}

const GENERAL_DENIAL = new RegExp(
  String.raw`\b(?:deny|denies)\s+(?:ever\s+|deliberately\s+|intentionally\s+)?(?:targeting|striking` +
    String.raw`|attacking|bombing|hitting)\s+civilians?\b`,
  'u',
);
const NEGATED_BEFORE = /(?:لم|لا|لن|not|never|n't)\s*$/u;

// A denial verb: "نفت", "ينكر", "رفضت", "denied", "dismisses".
const denialVerbs = (r: LanguageRecord) => [...r.denialVerbs, ...r.objectDenialVerbs];
const DENIAL_VERB = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:${wordsOfScript('arabic', denialVerbs).join('|')})(?![\p{L}])` +
    `|${B}(?:${wordsOfScript('latin', denialVerbs).join('|')})${E}`,
  'u',
);

/** Whether a denial verb starts at `at` in the folded text. */
function deniesAt(f: string, at: number): boolean {
  const m = DENIAL_VERB.exec(f.slice(at, at + 24));
  return m?.index === 0;
}

/**
 * "وأعلن التحالف مقتل عنصرين من التنظيم. … يذكر أن الشابين مدنيان": a sentence saying that as many dead as a toll
 * before it counted were civilians is a claim of that many civilians killed in that event, by its own speaker (or
 * the report), beside the toll's claim that they were fighters.
 */
/** How many sentences back a civilian status may speak of a toll. */
const STATUS_REACH = 3;

function civilianStatusClaim(doc: Doc, s: Sentence, drafts: readonly DraftClaim[]): DraftClaim | undefined {
  const n = civiliansStated(doc.text.folded.slice(s.start, s.end));
  if (n === undefined) return undefined;
  // The toll it speaks of stands within the three sentences before it (or is the headline's); a line of a few words
  // (a byline, a time) is no sentence there.
  let near = s.start;
  for (let k = s.index - 1, counted = 0; k >= 0 && counted < STATUS_REACH; k--) {
    const before = doc.sentences[k] as Sentence;
    near = before.start;
    if (doc.text.folded.slice(before.start, before.end).trim().split(/\s+/u).length >= 4) counted++;
  }
  const toll = drafts.findLast(
    (d) =>
      d.claim.type === 'casualty' &&
      (d.order >= near || d.inTitle) &&
      d.claim.counts.civilians_killed === undefined &&
      (d.claim.counts.killed?.stated === n || d.claim.counts.combatants_killed?.stated === n),
  );
  if (!toll) return undefined;
  const { claimant, explicit } = claimantFor(doc, s, s, s.start);
  const { victimsOnly: _lump, ...draft } = toll;
  return {
    ...draft,
    claim: {
      ...toll.claim,
      claimant,
      counts: { civilians_killed: { stated: n, qualifier: 'exact', min: n, max: n } },
      evidence: evidenceOf(doc, s, s),
    },
    explicitClaimant: explicit,
    risingToll: false,
    additional: false,
    breakdown: false,
    civilianStatus: true,
    inTitle: s.start < doc.leadEnd,
    order: s.start,
  };
}

/** A denial or an acknowledgment made in this sentence, if any. */
function statementClaim(doc: Doc, s: Sentence, drafts: DraftClaim[]): DraftClaim | undefined {
  const f = doc.text.folded;
  const sentence = f.slice(s.start, s.end);
  // Cheap screens first: most sentences state neither.
  if (!STATEMENT_SCREEN.test(sentence)) return undefined;
  const ack = ACK_SCREEN.test(sentence) ? ACKNOWLEDGMENT.exec(sentence) : null;
  let type: 'denial' | 'acknowledgment' | undefined;
  let at = s.start;
  // "وبذلك يرتفع إلى 735 عدد المدنيين الذين يقر التحالف بأنهم قتلوا": an admitted total, not an admitted strike.
  if (ack && isAggregate(sentence, 0)) return undefined;
  if (ack) {
    type = 'acknowledgment';
    at = s.start + ack.index;
  } else if (hasDenialVerb(sentence) && DENIAL_TOPIC.test(sentence)) {
    const m = DENIAL_VERB.exec(sentence);
    const verbless = m ? null : DISCREDITED.exec(sentence);
    if (verbless) {
      type = 'denial';
      at = s.start + verbless.index;
    } else if (!m || NEGATED_BEFORE.test(sentence.slice(0, m.index))) return undefined;
    else {
      type = 'denial';
      at = s.start + m.index;
    }
  } else {
    // "لم تنفذ أي غارات": a denial only when a belligerent says it.
    const negated = NEGATED_ACTION.exec(sentence);
    if (negated) {
      const who = statementClaimant(doc, s, s.start + negated.index);
      if (CLAIMANTS.some((c) => c.name === who.claimant.name && c.party)) {
        type = 'denial';
        at = s.start + negated.index;
      }
    }
  }
  if (!type) return undefined;
  const { claimant, explicit } = statementClaimant(doc, s, at);
  // A later sentence with figures of its own ("وأضاف أن القوات قتلت 20 مسلحاً قرب …") is another event.
  const context = contextRanges(doc, s, doc.figureSentences ?? new Set(), true);
  // "… لم ينفذ أي غارات، مضيفاً أن 30 مسلحاً قتلوا قرب …": a clause with figures of its own names another event's
  // place.
  const atClause = s.clauses.find((c) => c.start <= at && at < c.end);
  const othersCount = s.clauses.some((c) => c !== atClause && (doc.clauseFigures?.get(c)?.length ?? 0) > 0);
  // "يقر بمقتل 5 في الرقة وينفي استهداف مدرسة في الميادين": the second statement's place is not the first's.
  STATEMENT_VERB.lastIndex = at - s.start + 3;
  const nextVerb = STATEMENT_VERB.exec(doc.text.folded.slice(s.start, s.end));
  const own = atClause && othersCount ? atClause : nextVerb ? { start: s.start, end: s.start + nextVerb.index } : s;
  const found = choosePlace(
    doc.gazetteer,
    doc.places,
    own,
    at,
    own === s ? context : [...s.clauses.filter((c) => !doc.clauseFigures?.get(c)?.length), ...context],
  );
  // "…denied that its aircraft had carried out the strike": with no place of its own, a denial is about the
  // event the report has just described, not one named after it.
  const ownPlace = found && found.start >= s.start && found.end <= s.end ? found : undefined;
  // "Moscow rejected accusations over civilian deaths in Eastern Ghouta": a denial naming only a region is about
  // the latest event reported inside it.
  const regional = ownPlace && ownPlace.rank < TOWN_RANK ? ownPlace.entry.id : undefined;
  const prior = !ownPlace
    ? lastEventBefore(drafts, s.start, doc.titleEnd)
    : regional
      ? lastEventBefore(
          drafts,
          s.start,
          doc.titleEnd,
          (id) => id === regional || doc.gazetteer.ancestors(id).some((a) => a.id === regional),
        )
      : undefined;
  // "The Russian and Syrian governments deny targeting civilians": a policy, not a denial of any one attack.
  if (type === 'denial' && !ownPlace && GENERAL_DENIAL.test(sentence)) return undefined;
  const place = prior ? undefined : found;
  const ownDate = prior
    ? doc.dates.find((d) => d.start >= s.start && d.end <= s.end && d.strength === 3 && !d.statement && !d.since)
    : undefined;
  const date = prior ? (ownDate?.range ?? prior.claim.date) : dateFor(doc, s, s.clauses[0] ?? s, at, context, true);
  const party = CLAIMANTS.find((c) => c.name === claimant.name)?.party;
  return {
    claim: {
      type,
      claimant,
      ...(place ? { place: placeOf(doc.gazetteer, place) } : {}),
      ...(prior?.claim.place ? { place: { ...prior.claim.place } } : {}),
      ...(date ? { date: { ...date } } : {}),
      ...(party ? { perpetrator: party } : {}),
      counts: {},
      evidence: evidenceOf(doc, s, s),
    },
    explicitClaimant: explicit,
    risingToll: false,
    additional: false,
    inTitle: s.start < doc.leadEnd,
    order: at,
    placeRank: prior ? prior.placeRank : (place?.rank ?? -1),
  };
}

/** The latest one-event casualty claim with a place, read before `before` in the body (after the headline). */
function lastEventBefore(
  drafts: DraftClaim[],
  before: number,
  titleEnd: number,
  within?: (placeId: string) => boolean,
): DraftClaim | undefined {
  return [...drafts]
    .reverse()
    .find(
      (d) =>
        d.claim.type === 'casualty' &&
        d.claim.place &&
        d.order < before &&
        d.order >= titleEnd &&
        (!within || (d.claim.place.placeId !== undefined && within(d.claim.place.placeId))),
    );
}

/** Who denies or acknowledges: the speaker of the verb, else the belligerent named before it in the sentence. */
function statementClaimant(
  doc: Doc,
  s: Sentence,
  at: number,
): { claimant: ExtractedClaim['claimant']; explicit: boolean } {
  const own = doc.attributions.find((a) => a.verbStart === at || (a.start <= at && a.end >= at));
  if (own) return { claimant: own.claimant, explicit: true };
  // '"… we have found no evidence of civilian casualties," a coalition spokesperson said': a statement made in
  // a quote belongs to the speaker the sentence names after it; a party named inside the quote is spoken about.
  const quotes = quotedSpans(doc.text.folded, s);
  const quote = quotes.find(([from, to]) => from <= at && at < to);
  const afterQuote = quote && doc.attributions.find((a) => a.verbStart >= quote[1] && a.verbStart < s.end);
  if (afterQuote) return { claimant: afterQuote.claimant, explicit: true };
  const inSentence = doc.mentions.filter(
    (m) => m.start >= s.start && m.end <= s.end && !quotes.some(([from, to]) => from <= m.start && m.end <= to),
  );
  const speaking = inSentence.filter(
    (m) => m.entry?.party && !isPerpetratorRole(doc.text.folded, m) && !isAccuser(doc.text.folded, m),
  );
  const party = [...speaking].reverse().find((m) => m.start < at);
  if (party) return { claimant: party.claimant, explicit: true };
  const attr = doc.attributions.filter((a) => a.start >= s.start && a.end <= s.end);
  // "وجاء في التقرير: … قتلوا بشكل غير مقصود … مقاتلين من داعش": the quoted speaker, not a party named later.
  const attrBefore = [...attr].reverse().find((a) => a.verbStart <= at);
  if (attrBefore) return { claimant: attrBefore.claimant, explicit: true };
  if (speaking[0]) return { claimant: speaking[0].claimant, explicit: true };
  if (attr[0]) return { claimant: attr[0].claimant, explicit: true };
  return claimantFor(doc, s, s, at);
}

/** Folded offsets of the quotations in a sentence (curly and guillemet quotes are folded to "). */
function quotedSpans(folded: string, s: Sentence): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of folded.slice(s.start, s.end).matchAll(/"[^"]{1,800}"/g))
    spans.push([s.start + m.index, s.start + m.index + m[0].length]);
  return spans;
}

function claimantFor(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  at: number,
): { claimant: ExtractedClaim['claimant']; explicit: boolean } {
  for (const range of [clause, s]) {
    const inRange = doc.attributions.filter((a) => a.start >= range.start && a.start < range.end);
    // A party that denies ("نفت فيه أي علاقة بالتفجير الذي قتل 8") does not state the toll it denies.
    const before = [...inRange].reverse().find((a) => a.verbStart <= at && !deniesAt(doc.text.folded, a.verbStart));
    // A later verb may name the figure's source ("… 8 قتلى، بحسب المرصد"), but not an accuser ("ويتهم النظام الفصائل"),
    // nor one that opens an earlier statement in the past perfect ("…، وكان التحالف قد أعلن مقتل عنصرين").
    const pick =
      before ??
      inRange.find(
        (a) =>
          a.verbStart > at &&
          !ACCUSATION.test(doc.text.folded.slice(a.verbStart, a.verbStart + 8)) &&
          !PAST_PERFECT_SUBJECT.test(doc.text.folded.slice(Math.max(0, a.start - 12), a.start)),
      );
    if (pick) {
      const claimant = relayedParty(doc, range, pick, at) ?? pick.claimant;
      return { claimant: publisherSpeaking(claimant, doc.input.source), explicit: true };
    }
  }
  const named = [...doc.mentions]
    .reverse()
    .find((m) => m.start >= clause.start && m.end <= at && !isPerpetratorRole(doc.text.folded, m) && !m.entry?.party);
  if (named) return { claimant: named.claimant, explicit: true };
  if (doc.reportClaimant) return { claimant: doc.reportClaimant, explicit: false };
  const source = doc.input.source?.trim();
  return { claimant: source ? claimantOfSource(source) : { name: UNATTRIBUTED }, explicit: false };
}

/**
 * "نقلاً عن الخوذ البيضاء", "المعلومات التي نشرتها منظمة …", "citing the White Helmets": the source the speaker relays.
 */
const RELAY_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:نقلا\s+عن|عن|نشرها|نشرتها|نشره|نشرته|اوردها|اوردتها|اعلنها|اعلنتها|وثقها` +
    String.raw`|وثقتها|ذكرها|ذكرتها|قدمتها|قدمها)|\b(?:citing|quoting|published\s+by|released\s+by` +
    String.raw`|issued\s+by))\s+(?:(?:ال)?(?:منظمه|وكاله|هييه|مركز|شبكه|فرق|مجموعه|the)\s+)?["']?\s*$`,
  'u',
);

/**
 * A figure the speaker attributes to another party ("the ministry said the 39 deaths reported by the White Helmets
 * were fabricated") is that party's claim: a non-belligerent claimant named between the speaker's verb and the
 * figure (or right after the verb when the verb follows the figure) after a relay word.
 */
function relayedParty(
  doc: Doc,
  range: { start: number; end: number },
  pick: Attribution,
  at: number,
): ExtractedClaim['claimant'] | undefined {
  const f = doc.text.folded;
  const from = Math.min(pick.verbStart, at);
  const to = pick.verbStart <= at ? at : Math.min(range.end, pick.end + 80);
  const relayed = doc.mentions.find(
    (m) =>
      m.start >= from &&
      m.start < to &&
      m.entry &&
      !m.entry.party &&
      m.claimant.name !== pick.claimant.name &&
      RELAY_BEFORE.test(f.slice(Math.max(0, m.start - 30), m.start)),
  );
  return relayed?.claimant;
}

function perpetratorFor(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  at: number,
): PerpetratorId | undefined {
  const inClause = agentIn(doc.parties, clause.start, clause.end, at);
  if (inClause) return inClause;
  const inSentence = agentIn(doc.parties, s.start, s.end, at);
  if (inSentence) return inSentence;
  for (const prev of previousInParagraph(doc, s, 2)) {
    const p = agentIn(doc.parties, prev.start, prev.end, prev.end);
    if (p) return p;
  }
  return doc.titleEnd > 0 ? agentIn(doc.parties, 0, doc.titleEnd, 0) : undefined;
}

function previousInParagraph(doc: Doc, s: Sentence, n: number): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s.index - 1; i >= 0 && out.length < n; i--) {
    const prev = doc.sentences[i] as Sentence;
    if (prev.paragraph !== s.paragraph) break;
    out.push(prev);
  }
  return out;
}

/**
 * Sentences that may say where/when a claim happened: the previous ones in its paragraph, the next ones (up to
 * the next sentence with figures of its own; denials look further), then the headline.
 */
function contextRanges(
  doc: Doc,
  s: Sentence,
  figureSentences: Set<number>,
  statement: boolean,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [...previousInParagraph(doc, s, 2)];
  for (let i = s.index + 1; i < doc.sentences.length && i <= s.index + (statement ? 3 : 2); i++) {
    if (figureSentences.has(i)) break;
    out.push(doc.sentences[i] as Sentence);
  }
  if (doc.titleEnd > 0 && s.start >= doc.titleEnd) out.push({ start: 0, end: doc.titleEnd });
  // Then the lead (the first two sentences after the headline): a later "the attack" is the lead's event.
  if (doc.titleEnd > 0)
    out.push(
      ...doc.sentences
        .filter((x) => x.start >= doc.titleEnd)
        .slice(0, 2)
        .filter((x) => x.start < s.start),
    );
  return out;
}

const OPENS_WITH_DATE = /^\s*(?:[وف]?(?:في|بتاريخ|يوم)?|(?:and\s+)?on)\s*$/u;

function dateFor(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  at: number,
  context: Array<{ start: number; end: number }>,
  statement: boolean,
): DateRange | undefined {
  // "since January 20" starts a campaign: it never dates the strike in the same sentence.
  const within = (r: { start: number; end: number }) =>
    doc.dates.filter((d) => d.start >= r.start && d.end <= r.end && !d.since && !d.dateline);
  const nearest = (list: DateMention[]) =>
    list.reduce<DateMention | undefined>(
      (b, d) => (!b || Math.abs(d.start - at) < Math.abs(b.start - at) ? d : b),
      undefined,
    );
  if (statement) {
    // A denial's statement often names the day of the strikes it denies: prefer a calendar date nearby.
    const explicit = [s, ...context.filter((r) => r.start > s.start)]
      .flatMap((r) => within(r))
      .find((d) => d.strength === 3 && !d.statement);
    if (explicit) return explicit.range;
  }
  const clauseDates = within(clause);
  const clauseEvent = nearest(clauseDates.filter((d) => !d.statement));
  if (clauseEvent) return clauseEvent.range;
  const clauseStatement = nearest(clauseDates.filter((d) => d.statement));
  if (clauseStatement) return eventRangeFromStatement(clauseStatement);
  const sentenceDates = within(s);
  const sentenceEvent = nearest(sentenceDates.filter((d) => !d.statement));
  if (sentenceEvent) return sentenceEvent.range;
  for (const r of context) {
    const events = within(r).filter((x) => !x.statement);
    // "وفي 7 من أيار الحالي، قالت القيادة…", "On May 7, …": a later sentence that opens with its own date is
    // another dated happening, not the day of the figure before it.
    if (r.start >= s.end && events[0] && OPENS_WITH_DATE.test(doc.text.folded.slice(r.start, events[0].start)))
      continue;
    // A neighbour naming two different days ("شيّع اليوم الثلاثاء ضحايا انفجار السبت") does not say which is ours.
    if (events.some((x) => x.range.from !== events[0]?.range.from)) continue;
    if (events[0]) return events[0].range;
  }
  const sentenceStatement = nearest(sentenceDates.filter((d) => d.statement));
  return sentenceStatement ? eventRangeFromStatement(sentenceStatement) : undefined;
}

/** A claim with no date of its own takes the date of an earlier claim about the same place in this report. */
function inheritDates(doc: Doc, drafts: DraftClaim[]): void {
  for (const [i, d] of drafts.entries()) {
    if (d.claim.date || d.claim.type === 'aggregate' || !d.claim.place?.placeId) continue;
    const placeId = d.claim.place.placeId;
    for (let j = i - 1; j >= 0; j--) {
      const prev = drafts[j] as DraftClaim;
      if (prev.background || !prev.claim.date || !prev.claim.place?.placeId || prev.claim.type === 'aggregate')
        continue;
      const related =
        prev.claim.place.placeId === placeId ||
        doc.gazetteer.ancestors(placeId).some((a) => a.id === prev.claim.place?.placeId) ||
        doc.gazetteer.ancestors(prev.claim.place.placeId).some((a) => a.id === placeId);
      if (related) {
        d.claim.date = { ...prev.claim.date };
        break;
      }
    }
  }
}

const HEADLINE_SPEAKER_AFTER = /^\s*:/u;
const DATELINE_BEFORE = /^[\p{L}\s]{2,30}[-–—/]\s*$/u;
const DATELINE_AFTER = /^\s*(?:\n|$|[:\-–—])/u;

/**
 * The claimant a report speaks for: named before a colon at the start of the headline ("المرصد السوري: ارتفاع
 * حصيلة…") or in a dateline among the first lines ("حلب-سانا"). Unattributed figures in it are theirs.
 */
function reportClaimantOf(folded: string, mentions: ClaimantMention[]): ExtractedClaim['claimant'] | undefined {
  const head = folded.slice(0, 400);
  for (const m of mentions) {
    if (m.start >= head.length) break;
    const lineStart = folded.lastIndexOf('\n', m.start - 1) + 1;
    const before = folded.slice(lineStart, m.start);
    const after = folded.slice(m.end, m.end + 3);
    if (lineStart === 0 && /^[\s"']*$/u.test(before) && HEADLINE_SPEAKER_AFTER.test(after)) return m.claimant;
    // A masthead: "شبكة شام الإخبارية - حصاد يوم …", "أورينت نت - خاص".
    if (lineStart === 0 && /^\s*$/u.test(before) && /^\s+[-–—|]\s/u.test(folded.slice(m.end, m.end + 4)))
      return m.claimant;
    if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return m.claimant;
    // A byline: the claimant's name alone on a line under the headline ("Syrian Observatory for Human Rights").
    if (lineStart > 0 && /^\s*$/u.test(before) && /^\s*(?:\n|$)/u.test(folded.slice(m.end, m.end + 3)))
      return m.claimant;
  }
  return undefined;
}

/** The passage of the report from the first quote to the second (either order), if at most ~two paragraphs long. */
function joinQuotes(text: string, a: string, b: string): string | undefined {
  const ia = text.indexOf(a);
  const ib = text.indexOf(b);
  if (ia < 0 || ib < 0) return undefined;
  const start = Math.min(ia, ib);
  const end = Math.max(ia + a.length, ib + b.length);
  return end - start <= 700 ? text.slice(start, end) : undefined;
}

/** A foreign town is as specific as a Syrian town (place-choice's rank for towns). */
const FOREIGN_PLACE_RANK = 5;

function originalText(doc: Doc, r: { start: number; end: number }): string {
  const { start, end } = originalRange(doc.text, r.start, r.end);
  return doc.text.original.slice(start, end);
}

function evidenceOf(doc: Doc, s: Sentence, clause: { start: number; end: number }, through?: number): string {
  const range = s.end - s.start > 600 ? clause : s;
  const { start, end } = originalRange(doc.text, range.start, Math.max(range.end, through ?? 0));
  return doc.text.original.slice(start, end).trim();
}

/** The headline: the first line, when it is short and followed by more text. */
function titleEnd(folded: string): number {
  const m = /^\s*([^\n]{3,220})\n/u.exec(folded);
  return m ? m[0].length : 0;
}

function leadEnd(folded: string): number {
  const m = /^\s*[^\n]{3,250}\n+(?:[^\n]{3,250}\n)?/u.exec(folded);
  return m ? m[0].length : 0;
}

function titleOf(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim().length > 0);
  const t = line?.trim();
  return t ? (t.length > 220 ? `${t.slice(0, 217)}…` : t) : undefined;
}
