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
import { type Token, tokenize } from './match-text.ts';
import { contentTokens, isLatinArticle, nameMatchKeys, stripArabicArticle } from './name-keys.ts';

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
  return next.script === 'lat' && (next.capitalised || ['al', 'el', 'ar', 'as', 'ash', 'ad', 'az', 'at', 'an'].includes(next.folded));
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
  return after !== undefined && after.script === 'ar' && !after.folded.startsWith('ال') && hasKey(after, HEAD_RELEASE_AFTER_KEYS);
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

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      for (const name of new Set([entry.nameAr, entry.nameEn, ...entry.aliases])) {
        if (!name) continue;
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
  }

  /** Entries indexed under a match key. */
  entriesFor(key: string): GazetteerEntry[] {
    return this.byKey.get(key) ?? [];
  }

  findMentions(text: string): PlaceMention[] {
    const tokens = tokenize(text);
    const mentions: PlaceMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.longestAt(tokens, i, true);
      if (!hit) {
        i++;
        continue;
      }
      const first = tokens[hit.startToken] as Token;
      const last = tokens[hit.endToken] as Token;
      const start = first.origin[hit.skip] ?? first.origin[0] ?? 0;
      const ranked = this.rank(this.byKey.get(hit.key) ?? [], tokens[hit.startToken - 1], first);
      const [entry, ...alternatives] = ranked;
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
  private longestAt(tokens: readonly Token[], i: number, guard: boolean): Hit | undefined {
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
        if (guard && !this.passesGuard(key, tokens, i, end, head)) continue;
        if (end === h && HEAD_WORD_KEYS.has(key) && startsCompound(tokens[end + 1])) {
          if (!(head.script === 'ar' && headForm.article && releasesHeadWord(tokens, i, end))) continue;
        }
        best = { key, startToken: i, endToken: end, skip: h === i ? skip : 0 };
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
    return !(head.script === 'lat' ? AMBIGUOUS_EN_KEYS : AMBIGUOUS_AR_KEYS).has(hit.key);
  }

  /** Same-named entries, most likely first: a cue word picks governorate or settlement, else the settlement. */
  private rank(entries: readonly GazetteerEntry[], before: Token | undefined, first: Token): GazetteerEntry[] {
    const cue = first.joinsPrev ? before : undefined;
    const wantsGovernorate = hasKey(cue, GOVERNORATE_CUE_KEYS);
    const wantsSettlement = hasKey(cue, SETTLEMENT_CUE_KEYS);
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
