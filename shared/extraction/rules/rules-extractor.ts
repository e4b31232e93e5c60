// The offline rules extractor: reads casualty claims, denials, acknowledgments and war-wide totals out of
// Arabic and English reports without any model. See figures.ts (what a number counts), claimants.ts (who says
// it), dates.ts, place-choice.ts and merge.ts (one claim per claimant and event).
import type { DateRange, ExtractedClaim } from '../../domain/schema.ts';
import type { Gazetteer } from '../../places/gazetteer.ts';
import type { ExtractionInput, ExtractionResult, Extractor } from '../../ports/extractor.ts';
import { type Attribution, type ClaimantMention, findAttributions, findClaimantMentions, isPerpetratorRole } from './claimants.ts';
import { groupFigures } from './counts.ts';
import { type DateMention, eventRangeFromStatement, findDates } from './dates.ts';
import { type FoldedText, foldText, originalRange } from './folded-text.ts';
import { type Figure, findFigures, findKeywords } from './figures.ts';
import { type DraftClaim, mergeClaims } from './merge.ts';
import { agentIn, findPartyMentions, type PartyMention } from './perpetrators.ts';
import { choosePlace, type LocatedMention, locateMentions } from './place-choice.ts';
import { type Sentence, splitSentences } from './segments.ts';
import { ACKNOWLEDGMENT, DENIAL_TOPIC, hasDenialVerb, isAggregate, NEGATED_ACTION } from './vocabulary.ts';
import { CLAIMANTS } from './claimant-table.ts';

export class RulesExtractor implements Extractor {
  readonly name = 'rules';
  constructor(private readonly gazetteer: Gazetteer) {}

  async extract(input: ExtractionInput): Promise<ExtractionResult> {
    return extractWithRules(this.gazetteer, input);
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
  /** Who the whole report speaks for: a headline "المرصد السوري: …" or a dateline "حلب-سانا". */
  reportClaimant?: ExtractedClaim['claimant'];
}

const ACCUSATION = /^[وف]?(?:اتهم|اتهمت|يتهم|تتهم|حمل|حملت|يحمل|تحمل)(?![\p{L}])/u;

const RECOVERY = /\b(?:pulled|recovered|retrieved|unearthed|exhumed|found)\b[^.;]*\b(?:bodies|body|remains|rubble)\b|\b(?:bodies|body|remains)\b[^.;]*\b(?:pulled|recovered|retrieved|unearthed|exhumed|found)\b/u;
const MOSTLY_CIVILIANS =
  /(?:اغلبهم|معظمهم|غالبيتهم|اكثرهم)\s+(?:من\s+)?(?:ال)?مدني|mostly\s+civilians|most\s+of\s+(?:them|whom)\s+(?:were\s+)?civilians|majority\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+)?civilians/u;

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
  for (const s of sentences) {
    for (const clause of s.clauses) {
      const figures = findFigures(text, clause.start, clause.end, doc.dates, keywords);
      clauseFigures.set(clause, figures);
      if (figures.length > 0) figureSentences.add(s.index);
    }
  }
  for (const s of sentences) {
    for (const clause of s.clauses) drafts.push(...casualtyClaims(doc, s, clause, clauseFigures.get(clause) ?? [], figureSentences));
    const statement = statementClaim(doc, s);
    if (statement) drafts.push(statement);
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
  const aggregate = isAggregate(clauseText, Math.max(...figures.map((x) => x.value ?? x.min ?? 0)));
  const groups = groupFigures(figures, MOSTLY_CIVILIANS.test(f.slice(s.start, s.end)));
  const out: DraftClaim[] = [];
  for (const group of groups) {
    if (Object.keys(group.counts).length === 0) continue;
    const at = group.figures[0]?.start ?? clause.start;
    const { claimant, explicit } = claimantFor(doc, s, clause, at);
    const context = contextRanges(doc, s, figureSentences, false);
    // The figure's own clause first: "شهدت أريحا مجزرة راح ضحيتها 17، في حين قتل 4 في معرة النعمان".
    const place = choosePlace(doc.gazetteer, doc.places, clause, at, clause.start === s.start && clause.end === s.end ? context : [s, ...context]);
    const perpetrator = perpetratorFor(doc, s, clause, at);
    // "Rescuers pulled five more bodies from the rubble on Tuesday": the day of the recovery, not of the strike.
    const own = RECOVERY.test(clauseText) ? { ...s, end: s.start } : s;
    const date = aggregate ? undefined : dateFor(doc, own, own === s ? clause : own, at, context, false);
    out.push({
      claim: {
        type: aggregate ? 'aggregate' : 'casualty',
        claimant,
        ...(place && !aggregate ? { place: doc.gazetteer.toPlace(place.entry, place.asWritten) } : {}),
        ...(date ? { date } : {}),
        ...(perpetrator ? { perpetrator } : {}),
        counts: group.counts,
        evidence: evidenceOf(doc, s, clause),
      },
      explicitClaimant: explicit,
      risingToll: group.risingToll,
      additional: group.additional,
      breakdown: group.breakdown,
      inTitle: s.start < doc.leadEnd,
      order: at,
      // A place borrowed from the headline does not make two body figures one event (a roundup's headline
      // names several places).
      placeRank: place && !(place.start < doc.titleEnd && s.start >= doc.titleEnd) ? place.rank : -1,
    });
  }
  return out;
}

const STATEMENT_SCREEN =
  /ربما|قد|قصد|اقر|يقر|تقر|اعترف|يعترف|تعترف|نف|انكر|ينكر|تنكر|كذب|فند|رفض|يرفض|ترفض|لم|لا|may|might|could|admit|acknowledg|conced|credible|unintentional|den[iy]|reject|dismiss|refut|disput|not|never|no\s/u;
const ACK_SCREEN = /ربما|قد|قصد|اقر|يقر|تقر|اعترف|يعترف|تعترف|may|might|could|admit|acknowledg|conced|credible|unintentional/u;
const NEGATED_BEFORE = /(?:لم|لا|لن|not|never|n't)\s*$/u;

/** A denial or an acknowledgment made in this sentence, if any. */
function statementClaim(doc: Doc, s: Sentence): DraftClaim | undefined {
  const f = doc.text.folded;
  const sentence = f.slice(s.start, s.end);
  // Cheap screens first: most sentences state neither.
  if (!STATEMENT_SCREEN.test(sentence)) return undefined;
  const ack = ACK_SCREEN.test(sentence) ? ACKNOWLEDGMENT.exec(sentence) : null;
  let type: 'denial' | 'acknowledgment' | undefined;
  let at = s.start;
  if (ack) {
    type = 'acknowledgment';
    at = s.start + ack.index;
  } else if (hasDenialVerb(sentence) && DENIAL_TOPIC.test(sentence)) {
    const m = /(?<![\p{L}])[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا|ينفون|نفي|نفيه|نفيها|تنفي|ينفي|انكر|انكرت|ينكر|تنكر|كذب|كذبت|فند|فندت|رفض|رفضت|يرفض|ترفض)(?![\p{L}])|\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b/u.exec(
      sentence,
    );
    if (!m || NEGATED_BEFORE.test(sentence.slice(0, m.index))) return undefined;
    type = 'denial';
    at = s.start + m.index;
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
  const context = contextRanges(doc, s, new Set(), true);
  const place = choosePlace(doc.gazetteer, doc.places, s, at, context);
  const date = dateFor(doc, s, s.clauses[0] ?? s, at, context, true);
  const party = CLAIMANTS.find((c) => c.name === claimant.name)?.party;
  return {
    claim: {
      type,
      claimant,
      ...(place ? { place: doc.gazetteer.toPlace(place.entry, place.asWritten) } : {}),
      ...(date ? { date } : {}),
      ...(party ? { perpetrator: party } : {}),
      counts: {},
      evidence: evidenceOf(doc, s, s),
    },
    explicitClaimant: explicit,
    risingToll: false,
    additional: false,
    inTitle: s.start < doc.leadEnd,
    order: at,
    placeRank: place?.rank ?? -1,
  };
}

/** Who denies or acknowledges: the speaker of the verb, else the belligerent named before it in the sentence. */
function statementClaimant(doc: Doc, s: Sentence, at: number): { claimant: ExtractedClaim['claimant']; explicit: boolean } {
  const own = doc.attributions.find((a) => a.verbStart === at || (a.start <= at && a.end >= at));
  if (own) return { claimant: own.claimant, explicit: true };
  const inSentence = doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const speaking = inSentence.filter((m) => m.entry?.party && !isPerpetratorRole(doc.text.folded, m));
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

function claimantFor(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  at: number,
): { claimant: ExtractedClaim['claimant']; explicit: boolean } {
  for (const range of [clause, s]) {
    const inRange = doc.attributions.filter((a) => a.start >= range.start && a.start < range.end);
    const before = [...inRange].reverse().find((a) => a.verbStart <= at);
    // A later verb may name the figure's source ("… 8 قتلى، بحسب المرصد"), but not an accuser ("ويتهم النظام الفصائل").
    const pick = before ?? inRange.find((a) => a.verbStart > at && !ACCUSATION.test(doc.text.folded.slice(a.verbStart, a.verbStart + 8)));
    if (pick) return { claimant: pick.claimant, explicit: true };
  }
  const named = [...doc.mentions]
    .reverse()
    .find((m) => m.start >= clause.start && m.end <= at && !isPerpetratorRole(doc.text.folded, m) && !m.entry?.party);
  if (named) return { claimant: named.claimant, explicit: true };
  if (doc.reportClaimant) return { claimant: doc.reportClaimant, explicit: false };
  const source = doc.input.source?.trim();
  return { claimant: { name: source || 'unattributed' }, explicit: false };
}

function perpetratorFor(doc: Doc, s: Sentence, clause: { start: number; end: number }, at: number): string | undefined {
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
function contextRanges(doc: Doc, s: Sentence, figureSentences: Set<number>, statement: boolean): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [...previousInParagraph(doc, s, 2)];
  for (let i = s.index + 1; i < doc.sentences.length && i <= s.index + (statement ? 3 : 2); i++) {
    if (!statement && figureSentences.has(i)) break;
    out.push(doc.sentences[i] as Sentence);
  }
  if (doc.titleEnd > 0 && s.start >= doc.titleEnd) out.push({ start: 0, end: doc.titleEnd });
  // Then the lead (the first two sentences after the headline): a later "the attack" is the lead's event.
  if (doc.titleEnd > 0) out.push(...doc.sentences.filter((x) => x.start >= doc.titleEnd).slice(0, 2).filter((x) => x.start < s.start));
  return out;
}

function dateFor(
  doc: Doc,
  s: Sentence,
  clause: { start: number; end: number },
  at: number,
  context: Array<{ start: number; end: number }>,
  statement: boolean,
): DateRange | undefined {
  const within = (r: { start: number; end: number }) => doc.dates.filter((d) => d.start >= r.start && d.end <= r.end);
  const nearest = (list: DateMention[]) =>
    list.reduce<DateMention | undefined>((b, d) => (!b || Math.abs(d.start - at) < Math.abs(b.start - at) ? d : b), undefined);
  if (statement) {
    // A denial's statement often names the day of the strikes it denies: prefer a calendar date nearby.
    const explicit = [s, ...context.filter((r) => r.start > s.start)].flatMap((r) => within(r)).find((d) => d.strength === 3 && !d.statement);
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
      if (!prev.claim.date || !prev.claim.place?.placeId || prev.claim.type === 'aggregate') continue;
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
    if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return m.claimant;
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

function evidenceOf(doc: Doc, s: Sentence, clause: { start: number; end: number }): string {
  const range = s.end - s.start > 600 ? clause : s;
  const { start, end } = originalRange(doc.text, range.start, range.end);
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

export function languageOf(text: string): 'ar' | 'en' {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > latin ? 'ar' : 'en';
}
