// Finds gazetteer names in text: whole words, after Arabic/Latin folding, with Arabic clitic prefixes
// (و ف ب ل ك and their pairs, لل for ل+ال) and articles optional, longest match first, offsets into the
// original text. Names that are also common words match only next to a place cue (ambiguous-names.ts).
import {
  AMBIGUOUS_AR_KEYS,
  AMBIGUOUS_EN_KEYS,
  CUE_AFTER_AR_KEYS,
  CUE_AFTER_EN_KEYS,
  CUE_BEFORE_AR_KEYS,
  CUE_BEFORE_EN_KEYS,
  EVENT_CUE_AR_KEYS,
  EVENT_GUARDED_KEYS,
  GOVERNORATE_CUE_KEYS,
  HEAD_RELEASE_AFTER_KEYS,
  HEAD_RELEASE_BEFORE_KEYS,
  HEAD_WORD_KEYS,
  NOT_PLACE_AR_FORMS,
  PREPOSITION_CUE_KEYS,
  PREPOSITION_GUARDED_KEYS,
  RAID_CUE_AR_KEYS,
  SETTLEMENT_CUE_KEYS,
} from './ambiguous-names.ts';
import type { GazetteerEntry, PlaceKind, PlaceMention } from './gazetteer.ts';
import { entriesAt, type MentionFinderSnapshot, toKeyedRefs } from './gazetteer-snapshot.ts';
import { type Token, tokenize } from './match-text.ts';
import { contentTokens, isLatinArticle, nameMatchKeys, stripArabicArticle } from './name-keys.ts';
import {
  BARE_NEIGHBOURHOOD_KEYS,
  CITY_DIRECTION_KEYS,
  CITY_LINK_KEYS,
  CITY_WORD_KEYS,
  CUE_WORD_ONLY_NEIGHBOURHOOD_KEYS,
  LIST_JOIN_KEYS,
  NAME_HEAD_KEYS,
  NEIGHBOURHOOD_CUE_AFTER_KEYS,
  NEIGHBOURHOOD_CUE_BEFORE_KEYS,
  OF_KEYS,
} from './neighbourhood-cues.ts';

/** Clitics that attach to a following word: conjunctions و ف, prepositions ب ل ك, and pairs of them. */
const CLITICS = ['وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
/** ل + ال is written لل: "للسوسة" is ل + السوسة. */
const LAM_ARTICLE = ['ولل', 'فلل', 'لل'];

/** Which of several same-named entries a bare mention most likely means: the settlement first. */
const KIND_RANK: Record<PlaceKind, number> = {
  city: 0,
  town: 1,
  village: 2,
  neighbourhood: 3,
  area: 4,
  subdistrict: 5,
  district: 6,
  governorate: 7,
  country: 8,
};

interface Form {
  /** The word's folded form after removing `skip` leading characters. */
  form: string;
  skip: number;
  /** A one- or two-letter clitic (و ف ب ل ك…) was removed; the article, if any, is still in `form`. */
  clitic?: boolean;
  /** The word carries the article: "ال" in `form`, or the "لل" of ل + ال. */
  article?: boolean;
}

/** Ways to read a word as the start of a name: as it is, or with a clitic prefix removed. */
function wordForms(token: Token): Form[] {
  if (token.script === 'lat') {
    const forms: Form[] = [{ form: token.key, skip: 0 }];
    // "Albukamal", "Alhol": an article written together with the name.
    if (/^(al|el)/.test(token.key) && token.key.length >= 6) forms.push({ form: token.key.slice(2), skip: 2 });
    return forms;
  }
  const word = token.folded;
  const forms: Form[] = [{ form: word, skip: 0, article: word.startsWith('ال') }];
  for (const p of LAM_ARTICLE) {
    if (word.startsWith(p) && word.length - p.length >= 2) {
      forms.push({ form: word.slice(p.length), skip: p.length, article: true });
    }
  }
  for (const p of CLITICS) {
    if (word.startsWith(p) && word.length - p.length >= 3) {
      const form = word.slice(p.length);
      forms.push({ form, skip: p.length, clitic: true, article: form.startsWith('ال') });
    }
  }
  return forms;
}

/** Keys a single word can stand for (for cue words): every form, article dropped. */
function wordKeys(token: Token | undefined): string[] {
  if (!token) return [];
  return wordForms(token).map((f) => (token.script === 'lat' ? f.form : stripArabicArticle(f.form)));
}

function hasKey(token: Token | undefined, keys: ReadonlySet<string>): boolean {
  return wordKeys(token).some((k) => keys.has(k));
}

/** True when the token continues a compound name: an Arabic word, a capitalised word or an article. */
function startsCompound(next: Token | undefined): boolean {
  if (!next?.joinsPrev) return false;
  if (next.script === 'ar') return true;
  return (
    next.script === 'lat' &&
    (next.capitalised || ['al', 'el', 'ar', 'as', 'ash', 'ad', 'az', 'at', 'an'].includes(next.folded))
  );
}

/**
 * A name shared by places in different governorates (Suran in Aleppo and in Hama) is read as the one in the
 * governorate the rest of the text talks about: "the towns of Suran and Morek in Hama province".
 */
function preferMentionedGovernorates(mentions: PlaceMention[]): PlaceMention[] {
  const governoratesOf = (m: PlaceMention) => new Set([m.entry, ...(m.alternatives ?? [])].map((e) => e.governorate));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const govs = governoratesOf(m);
    const [only] = govs;
    if (govs.size === 1 && only) counts.set(only, (counts.get(only) ?? 0) + 1);
  }
  if (counts.size === 0) return mentions;
  return mentions.map((m) => {
    if (!m.alternatives || governoratesOf(m).size < 2) return m;
    const candidates = [m.entry, ...m.alternatives];
    const score = (e: GazetteerEntry) => (e.governorate ? (counts.get(e.governorate) ?? 0) : 0);
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    if (best === m.entry) return m;
    return { ...m, entry: best, alternatives: candidates.filter((e) => e !== best) };
  });
}

/**
 * "مدينة الباب شمال حلب": a head word with the article ("الباب", "التل") stands alone, not as the start of
 * "باب الهوى" or "الباب الخلفي", after a settlement word or before a bare direction or "ريف" word.
 */
function releasesHeadWord(tokens: readonly Token[], from: number, end: number): boolean {
  const before = tokens[from]?.joinsPrev ? tokens[from - 1] : undefined;
  if (hasKey(before, HEAD_RELEASE_BEFORE_KEYS)) return true;
  const after = tokens[end + 1];
  // "الباب الشرقي" is a gate; "الباب شرقي حلب" is the town.
  return (
    after !== undefined &&
    after.script === 'ar' &&
    !after.folded.startsWith('ال') &&
    hasKey(after, HEAD_RELEASE_AFTER_KEYS)
  );
}

/** "مجزرة أريحا", "قصف أريحا", "غارة على أريحا": an attack word right before the name. */
function followsEventCue(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from]?.joinsPrev ? tokens[from - 1] : undefined;
  if (!before) return false;
  // A cue noun governs the name only without the article: "قصف أريحا", not "القصف أريحا".
  if (!before.folded.startsWith('ال') && hasKey(before, EVENT_CUE_AR_KEYS)) return true;
  if (before.folded !== 'علي') return false; // على, folded
  // The attack word may be up to three words back: "غارات جوية روسية على".
  for (let j = from - 1; j > from - 4 && tokens[j]?.joinsPrev; j--) {
    if (hasKey(tokens[j - 1], RAID_CUE_AR_KEYS)) return true;
  }
  return false;
}

interface Hit {
  key: string;
  startToken: number;
  endToken: number; // inclusive
  skip: number;
  /** The entries the span may name, most likely first, when a neighbourhood rule chose them. */
  entries?: GazetteerEntry[];
  /** A neighbourhood cue made it a neighbourhood (it may continue a list: "أحياء الشعار والصاخور"). */
  neighbourhood?: boolean;
}

/** The neighbourhood's name holds the cue or its city ("حي البدو", "مخيم اليرموك", "درعا البلد"): no cue needed. */
function selfCued(name: string, cityKeys: ReadonlySet<string>): boolean {
  const words = tokenize(name);
  const [first] = words;
  if (first && hasKey(first, NEIGHBOURHOOD_CUE_BEFORE_KEYS)) return true;
  if (first && first.script === 'ar' && ['مخيم', 'مساكن', 'ضاحيه'].includes(first.folded)) return true;
  return words.some((w) => cityKeys.has(w.script === 'lat' ? w.key : stripArabicArticle(w.folded)));
}

export class MentionFinder {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  /** Match keys of the first word of every multi-word name. */
  private readonly firstWords = new Set<string>();
  /**
   * Keys of Arabic names written without the article ("سوسة", "دير الزور"). After a clitic, an article-less
   * word must be one of these: "فرقه" ("its team") is ف + رقه, but Raqqa is only ever "الرقة".
   */
  private readonly bareArabicKeys = new Set<string>();
  private maxTokens = 1;
  /** Per key, the neighbourhoods it names that need a cue (see neighbourhood-cues.ts). */
  private readonly cueNeeding = new Map<string, Set<GazetteerEntry>>();
  /** Keys that name only neighbourhoods needing a cue: never a place on their own. */
  private readonly cueOnlyKeys = new Set<string>();

  constructor(entries: readonly GazetteerEntry[]) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const entry of entries) {
      const parent = entry.parentId === undefined ? undefined : byId.get(entry.parentId);
      const cityKeys = new Set(
        parent ? [parent.nameAr, parent.nameEn, ...parent.aliases].filter(Boolean).flatMap(nameMatchKeys) : [],
      );
      for (const name of new Set([entry.nameAr, entry.nameEn, ...entry.aliases])) {
        if (!name) continue;
        if (entry.kind === 'neighbourhood' && !selfCued(name, cityKeys)) {
          for (const key of nameMatchKeys(name)) {
            if (BARE_NEIGHBOURHOOD_KEYS.has(key)) continue;
            const set = this.cueNeeding.get(key) ?? new Set<GazetteerEntry>();
            set.add(entry);
            this.cueNeeding.set(key, set);
          }
        }
        const tokens = tokenize(name);
        this.maxTokens = Math.max(this.maxTokens, tokens.length);
        for (const loose of [false, true]) {
          const [first, second] = contentTokens(tokens, loose);
          if (first && second) this.firstWords.add(first.script === 'lat' ? first.key : stripArabicArticle(first.key));
        }
        const [firstToken] = tokens;
        const bareArabic = firstToken?.script === 'ar' && !firstToken.folded.startsWith('ال');
        for (const key of nameMatchKeys(name)) {
          if (bareArabic) this.bareArabicKeys.add(key);
          const list = this.byKey.get(key) ?? [];
          if (!list.includes(entry)) list.push(entry);
          this.byKey.set(key, list);
        }
      }
    }
    this.markCueOnlyKeys();
  }

  /** Keys whose every entry needs a cue word: without one, nothing is found under them. */
  private markCueOnlyKeys(): void {
    for (const [key, needing] of this.cueNeeding) {
      if ((this.byKey.get(key) ?? []).every((e) => needing.has(e))) this.cueOnlyKeys.add(key);
    }
  }

  /** The index as plain data (see gazetteer-snapshot.ts), entries given by their position. */
  toSnapshot(positionOf: ReadonlyMap<GazetteerEntry, number>): MentionFinderSnapshot {
    return {
      byKey: toKeyedRefs(this.byKey, positionOf),
      firstWords: [...this.firstWords],
      bareArabicKeys: [...this.bareArabicKeys],
      maxTokens: this.maxTokens,
      cueNeeding: toKeyedRefs(this.cueNeeding, positionOf),
    };
  }

  /** A finder over an index saved by toSnapshot(), without tokenising a single name. */
  static fromSnapshot(snapshot: MentionFinderSnapshot, entries: readonly GazetteerEntry[]): MentionFinder {
    const finder = new MentionFinder([]);
    for (const [key, refs] of snapshot.byKey) finder.byKey.set(key, entriesAt(refs, entries));
    for (const key of snapshot.firstWords) finder.firstWords.add(key);
    for (const key of snapshot.bareArabicKeys) finder.bareArabicKeys.add(key);
    finder.maxTokens = snapshot.maxTokens;
    for (const [key, refs] of snapshot.cueNeeding) finder.cueNeeding.set(key, new Set(entriesAt(refs, entries)));
    finder.markCueOnlyKeys();
    return finder;
  }

  /** Entries indexed under a match key. */
  entriesFor(key: string): GazetteerEntry[] {
    return this.byKey.get(key) ?? [];
  }

  findMentions(text: string): PlaceMention[] {
    const tokens = tokenize(text);
    const mentions: PlaceMention[] = [];
    let i = 0;
    let listEnd: number | undefined; // last token of a neighbourhood that a list may continue
    while (i < tokens.length) {
      const hit = this.longestAt(tokens, i, true, listEnd);
      if (!hit) {
        i++;
        continue;
      }
      const first = tokens[hit.startToken] as Token;
      const last = tokens[hit.endToken] as Token;
      const start = first.origin[hit.skip] ?? first.origin[0] ?? 0;
      const ranked =
        hit.entries ??
        this.rank(this.byKey.get(hit.key) ?? [], tokens[hit.startToken - 1], first, tokens[hit.endToken + 1]);
      const [entry, ...alternatives] = ranked;
      listEnd = entry?.kind === 'neighbourhood' ? hit.endToken : undefined;
      if (entry) {
        const mention: PlaceMention = { entry, start, end: last.end, text: text.slice(start, last.end) };
        if (alternatives.length > 0) mention.alternatives = alternatives;
        mentions.push(mention);
      }
      i = hit.endToken + 1;
    }
    return preferMentionedGovernorates(mentions);
  }

  /** The longest name starting at token i (an article word, then one word or several joined ones). */
  private longestAt(tokens: readonly Token[], i: number, guard: boolean, listEnd?: number): Hit | undefined {
    const start = tokens[i];
    if (!start || start.script === 'num') return undefined;
    const h = isLatinArticle(start, tokens[i + 1]) ? i + 1 : i;
    const head = tokens[h] as Token;
    const forms = wordForms(head);
    if (head.script === 'ar' && forms.some((f) => NOT_PLACE_AR_FORMS.has(f.form))) return undefined;
    let best: Hit | undefined;
    for (const headForm of forms) {
      const { form, skip } = headForm;
      // The clitic belongs to the word at i only when no Latin article word came first.
      const cliticWithoutArticle = h === i && headForm.clitic === true && !headForm.article;
      const headKey = head.script === 'lat' ? form : stripArabicArticle(form);
      const extendable = this.firstWords.has(headKey);
      if (!extendable && !this.byKey.has(headKey)) continue; // the common case: no name starts here
      // Keys of the spans starting here, shortest first; only heads of multi-word names are extended.
      const spans: { key: string; end: number }[] = [{ key: headKey, end: h }];
      if (extendable) {
        let key = headKey;
        for (let j = h + 1; j < tokens.length && j - i < this.maxTokens; j++) {
          const t = tokens[j] as Token;
          if (!t.joinsPrev || t.script === 'num') break;
          if (isLatinArticle(t, tokens[j + 1])) continue; // "Deir ez-Zor": the article is not part of the key
          key += t.key;
          spans.push({ key, end: j });
        }
      }
      for (let k = spans.length - 1; k >= 0; k--) {
        const { key, end } = spans[k] as { key: string; end: number };
        if (best && end <= best.endToken) break;
        if (!this.byKey.has(key)) continue;
        if (cliticWithoutArticle && !this.bareArabicKeys.has(key)) continue;
        if (end === h && HEAD_WORD_KEYS.has(key) && startsCompound(tokens[end + 1])) {
          if (!(head.script === 'ar' && headForm.article && releasesHeadWord(tokens, i, end))) continue;
        }
        const candidate: Hit = { key, startToken: i, endToken: end, skip: h === i ? skip : 0 };
        const needing = guard ? this.cueNeeding.get(key) : undefined;
        if (needing) {
          const nb = this.neighbourhoodEntries(key, needing, tokens, i, end, listEnd);
          if (nb?.length === 0) continue;
          if (nb) {
            Object.assign(candidate, { entries: nb, neighbourhood: true });
          } else {
            if (this.cueOnlyKeys.has(key)) continue;
            if (!this.passesGuard(key, tokens, i, end, head)) continue;
            const rest = (this.byKey.get(key) ?? []).filter((e) => !needing.has(e));
            candidate.entries = this.rank(rest, tokens[i - 1], tokens[i] as Token, tokens[end + 1]);
          }
        } else if (guard && !this.passesGuard(key, tokens, i, end, head)) {
          continue;
        }
        best = candidate;
        break;
      }
    }
    return best;
  }

  /** Ambiguous names need a place cue before or after them. */
  private passesGuard(key: string, tokens: readonly Token[], from: number, to: number, head: Token): boolean {
    const before = tokens[from]?.joinsPrev ? tokens[from - 1] : undefined;
    const after = tokens[to + 1]?.joinsPrev ? tokens[to + 1] : undefined;
    if (head.script === 'lat') {
      if (!AMBIGUOUS_EN_KEYS.has(key)) return true;
      if (!head.capitalised) return false;
      return hasKey(before, CUE_BEFORE_EN_KEYS) || hasKey(after, CUE_AFTER_EN_KEYS);
    }
    if (!AMBIGUOUS_AR_KEYS.has(key)) return true;
    if (hasKey(before, CUE_BEFORE_AR_KEYS) || hasKey(after, CUE_AFTER_AR_KEYS)) return true;
    if (PREPOSITION_GUARDED_KEYS.has(key) && hasKey(before, PREPOSITION_CUE_KEYS)) return true;
    if (EVENT_GUARDED_KEYS.has(key) && followsEventCue(tokens, from)) return true;
    // "الميادين بريف دير الزور": followed directly by an unambiguous place name.
    return after !== undefined && this.passesNext(tokens, to + 1);
  }

  /** True when an unambiguous place name starts at token i. */
  private passesNext(tokens: readonly Token[], i: number): boolean {
    const hit = this.longestAt(tokens, i, false);
    if (!hit) return false;
    const head = tokens[i] as Token;
    if (this.cueOnlyKeys.has(hit.key)) return false;
    return !(head.script === 'lat' ? AMBIGUOUS_EN_KEYS : AMBIGUOUS_AR_KEYS).has(hit.key);
  }

  /**
   * The entries a span names when a neighbourhood cue stands by it, neighbourhoods first (those of the city
   * named right after it before the others); undefined without a cue.
   */
  private neighbourhoodEntries(
    key: string,
    needing: ReadonlySet<GazetteerEntry>,
    tokens: readonly Token[],
    from: number,
    to: number,
    listEnd: number | undefined,
  ): GazetteerEntry[] | undefined {
    // The word before, or before a Latin article ("Dahiyet al-Assad" tried from "Assad").
    let b = from - 1;
    if (tokens[b] && tokens[b + 1]?.joinsPrev && isLatinArticle(tokens[b] as Token, tokens[b + 1])) b--;
    const before = tokens[b + 1]?.joinsPrev ? tokens[b] : undefined;
    if (hasKey(before, NAME_HEAD_KEYS) && (before?.script === 'ar' || before?.capitalised)) return undefined;
    const cuedByWord =
      this.cueWordAround(tokens, from, to) ||
      this.continuesList(tokens, from, listEnd) ||
      this.listEndsInCue(tokens, to);
    const cities = this.cityAfter(tokens, to);
    const inCity = [...needing].filter((e) => e.parentId !== undefined && cities.has(e.parentId));
    if (!cuedByWord && (inCity.length === 0 || CUE_WORD_ONLY_NEIGHBOURHOOD_KEYS.has(key))) return undefined;
    // "حي الروضة بمدينة جرمانا": a neighbourhood of a town we do not list, not Damascus's الروضة, nor any
    // other place of that name (an empty list).
    if (inCity.length === 0 && this.otherTownNear(tokens, to, needing)) return [];
    const all = this.byKey.get(key) ?? [];
    const others = all.filter((e) => !needing.has(e));
    return [...new Set([...inCity, ...needing, ...others])];
  }

  /** "حي الميدان", "بحي الشعار", "the neighbourhood of Jobar", "the Shaar district". */
  private cueWordAround(tokens: readonly Token[], from: number, to: number): boolean {
    const before = tokens[from]?.joinsPrev ? tokens[from - 1] : undefined;
    if (hasKey(before, NEIGHBOURHOOD_CUE_BEFORE_KEYS)) return true;
    if (
      hasKey(before, OF_KEYS) &&
      tokens[from - 1]?.joinsPrev &&
      hasKey(tokens[from - 2], NEIGHBOURHOOD_CUE_BEFORE_KEYS)
    )
      return true;
    const after = tokens[to + 1]?.joinsPrev ? tokens[to + 1] : undefined;
    return after?.script === 'lat' && hasKey(after, NEIGHBOURHOOD_CUE_AFTER_KEYS);
  }

  /** "أحياء الشعار والصاخور، وطريق الباب", "the Shaar, Sakhour and Hanano districts": the next name in a list. */
  private continuesList(tokens: readonly Token[], from: number, listEnd: number | undefined): boolean {
    if (listEnd === undefined) return false;
    if (from - 1 === listEnd) return true;
    return from - 2 === listEnd && tokens[from - 1]?.script !== 'num' && hasKey(tokens[from - 1], LIST_JOIN_KEYS);
  }

  /** "al-Shaar and Bustan al-Qasr neighborhoods": a later name of the list carries the cue. */
  private listEndsInCue(tokens: readonly Token[], to: number): boolean {
    let j = to + 1;
    for (let n = 0; n < 3; n++) {
      if (tokens[j]?.script === 'lat' && hasKey(tokens[j], LIST_JOIN_KEYS)) j++;
      const next = tokens[j];
      if (next?.script !== 'lat') return false;
      const hit = this.longestAt(tokens, j, false);
      if (!hit || !(this.byKey.get(hit.key) ?? []).some((e) => e.kind === 'neighbourhood')) return false;
      const after = tokens[hit.endToken + 1];
      if (after?.joinsPrev && hasKey(after, NEIGHBOURHOOD_CUE_AFTER_KEYS)) return true;
      j = hit.endToken + 1;
    }
    return false;
  }

  /** A settlement other than the neighbourhood's city named within a few words after it, in the same clause. */
  private otherTownNear(tokens: readonly Token[], to: number, needing: ReadonlySet<GazetteerEntry>): boolean {
    const parents = new Set([...needing].map((e) => e.parentId));
    for (let j = to + 1; j <= to + 8 && tokens[j]?.joinsPrev; j++) {
      const near = j === to + 1 || hasKey(tokens[j - 1], SETTLEMENT_CUE_KEYS) || hasKey(tokens[j - 1], CITY_LINK_KEYS);
      if (!near || (j === to + 1 && hasKey(tokens[j], CITY_LINK_KEYS))) continue;
      const hit = this.longestAt(tokens, j, false);
      if (!hit || this.cueNeeding.has(hit.key)) continue;
      const entries = this.byKey.get(hit.key) ?? [];
      if (entries.some((e) => parents.has(e.id))) return false;
      if (entries.some((e) => e.kind === 'city' || e.kind === 'town' || e.kind === 'village')) return true;
    }
    return false;
  }

  /** Ids of the places named right after a name: "في حلب", "بحلب", "شرقي مدينة الرقة", "in eastern Aleppo". */
  private cityAfter(tokens: readonly Token[], to: number): Set<string> {
    let j = to + 1;
    const skip = (keys: ReadonlySet<string>) => {
      const t = tokens[j];
      if (
        t?.joinsPrev &&
        !t.folded.startsWith('ال') &&
        hasKey(t, keys) &&
        !this.byKey.has(stripArabicArticle(t.folded))
      )
        j++;
    };
    if (tokens[j]?.script === 'lat') skip(NEIGHBOURHOOD_CUE_AFTER_KEYS); // "the Zahraa neighbourhood in Aleppo"
    skip(CITY_LINK_KEYS);
    skip(CITY_DIRECTION_KEYS);
    skip(CITY_WORD_KEYS);
    skip(OF_KEYS);
    if (!tokens[j]?.joinsPrev) return new Set();
    const hit = this.longestAt(tokens, j, false);
    // "باب توما في دمشق القديمة": a part of the city names the city too.
    const named = hit ? (this.byKey.get(hit.key) ?? []) : [];
    return new Set(named.flatMap((e) => (e.kind === 'neighbourhood' && e.parentId ? [e.id, e.parentId] : [e.id])));
  }

  /** Same-named entries, most likely first: a cue word picks governorate or settlement, else the settlement. */
  private rank(
    entries: readonly GazetteerEntry[],
    before: Token | undefined,
    first: Token,
    next?: Token,
  ): GazetteerEntry[] {
    const cue = first.joinsPrev ? before : undefined;
    // English puts the cue after the name too: "Aleppo province", "Raqqa countryside", "Raqqa city".
    const after = next?.joinsPrev && next.script === 'lat' ? next : undefined;
    const wantsGovernorate = hasKey(cue, GOVERNORATE_CUE_KEYS) || hasKey(after, GOVERNORATE_CUE_KEYS);
    const wantsSettlement =
      !wantsGovernorate && (hasKey(cue, SETTLEMENT_CUE_KEYS) || hasKey(after, SETTLEMENT_CUE_KEYS));
    const score = (e: GazetteerEntry): number => {
      if (wantsGovernorate && e.kind === 'governorate') return -2;
      if (wantsSettlement && (e.kind === 'city' || e.kind === 'town' || e.kind === 'village')) return -1;
      return KIND_RANK[e.kind];
    };
    return entries
      .map((e, order) => ({ e, order, s: score(e) }))
      .sort((a, b) => a.s - b.s || a.order - b.order)
      .map((x) => x.e);
  }
}
