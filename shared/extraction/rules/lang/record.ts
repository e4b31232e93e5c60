// What the rules extractor needs to know of one language, as data: the algorithm files build their patterns from
// these lists, so each word is written once. Words are in the folded form the patterns match (see
// `foldText`: أ/إ/آ → ا، ة → ه، ى → ي, no diacritics, lower case).

/** The qualifiers a number can carry before it (the domain's `Qualifier`, but for `exact`). */
export type QualifierBefore = 'at_least' | 'more_than' | 'about' | 'up_to';

/**
 * Words that qualify a number, by how far a prefix may be written onto their first word. A phrase's words are
 * apart by one space.
 */
export interface QualifierWords {
  /** Read from a word's start, with nothing written onto it. */
  readonly fromWordStart: readonly string[];
  /** Also with a conjunction or a preposition written onto it (Arabic و/ب/ل: "بأكثر من", "لنحو"). */
  readonly withPreposition: readonly string[];
  /** Also with a conjunction written onto it (Arabic و/ف: "وتجاوز"). */
  readonly withConjunction: readonly string[];
  /** Also inside a longer word, so with any prefix ("وعلى الأقل", "فما يزيد عن"). */
  readonly anywhere: readonly string[];
}

/** Qualifier words with the prefix kinds a language lacks left empty. */
export function qualifierWords(words: Partial<QualifierWords>): QualifierWords {
  return { fromWordStart: [], withPreposition: [], withConjunction: [], anywhere: [], ...words };
}

/** What a noun right after a number counts; `thing` = not people (strikes, families, kilometres, days…). */
export type NounClass = 'civilians' | 'children' | 'women' | 'people' | 'combatants' | 'injured' | 'dead' | 'thing';

/**
 * What a word list cannot say, as regular-expression sources over folded text (read with the `u` flag): the
 * algorithm files join every language's sources, so a language with none of a kind reads none. A source names the
 * general construction it reads in a comment where the record writes it.
 */
/** A vague amount: a pattern of words for an unstated number that is not zero, and the least it allows. */
export interface VagueAmountPattern {
  /** A regular expression source, read in any case. */
  readonly pattern: string;
  /** The least the words allow ("عشرات" → 20, "several" → 3). */
  readonly min: number;
}

export interface Constructions {
  /** A war- or campaign-wide total, never one event's toll ("منذ بداية الحملة", "in recent weeks"). */
  readonly aggregate: readonly string[];
  /** A count from a start ("since 2011"): a total only with `perfectTense` in the same clause. */
  readonly sinceStart: readonly string[];
  /** The perfect tense of a running count ("have been killed", "has risen"). */
  readonly perfectTense: readonly string[];
  /** A toll over two days: a total when its place is a region ("خلال يومين", "over the past two days"). */
  readonly twoDayToll: readonly string[];
  /**
   * A toll over two regions at once ("على ريفي إدلب وحلب", "in Idlib and Aleppo provinces"): a total of several
   * strikes when no town is its place, as no one strike hits two governorates.
   */
  readonly twoRegions: readonly string[];
  /**
   * The past perfect, which tells a happening before the report's own ("وكانت القوات قد قصفت", "had shelled"): with a
   * date of its own, a figure in it is an earlier event, not the one the report is about.
   */
  readonly pastPerfect: readonly string[];
  /** A denial without a denial verb: the action negated ("لم تنفذ أي غارات", "did not carry out"). */
  readonly negatedAction: readonly string[];
  /** A denial without a denial verb: the reports called false ("dismissed the reports as fake news"). */
  readonly discredited: readonly string[];
  /** An admission without an admission verb: hedged or unintended ("ربما نفذت", "may have struck"). */
  readonly hedgedAcknowledgment: readonly string[];
  /** Right before a party's name when it struck ("غارات التحالف", "by the coalition"); each ends in `$`. */
  readonly agentBefore: readonly string[];
  /** Right after a party's name when it struck ("التحالف يرتكب", "Russian air strikes"); each starts with `^`. */
  readonly agentAfter: readonly string[];
  /** Right before a party's name when it is the target ("against the rebels", "مواقع التنظيم"); ends in `$`. */
  readonly victimBefore: readonly string[];
  /** Right after a party's name when it holds a place ("rebel-held town"); each starts with `^`. */
  readonly holderAfter: readonly string[];
  /**
   * A verb that reports only with its source after it, met without one ("نقلت الفرق الجرحى إلى المشفى": carried,
   * not relayed); each starts with `^` at the verb.
   */
  readonly relayWithoutSource: readonly string[];
  /**
   * Right before the place a person comes from, which is not where the person was hit ("…بقصف على مدينة X، وهو من
   * قرية Y", "a native of Y"); the place follows within a few words.
   */
  readonly placeOfOrigin: readonly string[];
  /**
   * Where the attacking side sits, not where its fire fell ("القوات المتمركزة في معسكر X قصفت القرية", "من مواقعها
   * في X", "انطلاقاً من قاعدة X", "forces stationed in X shelled the town"): each match covers the phrase and the
   * few words of the place after it, up to the verb or preposition of the target.
   */
  readonly attackerPosition: readonly string[];
  /**
   * "the village" pointing back to the village named before ("أصيب 5 من سكان القرية", "residents of the village"),
   * not another one ("القرية المجاورة", "the village of X"); `townAnaphor` the same for a town.
   */
  readonly villageAnaphor: readonly string[];
  readonly townAnaphor: readonly string[];
  /**
   * A word of loss that means a death: with an injury after it in the clause ("أسفر القصف عن فقدان 3 مدنيين وإصابة
   * 8", "فقد شابان وأصيب مسعف") or "of their lives" closing it ("بفقدان اثنين … لحياتهما"); alone it may mean
   * missing. Each match covers the loss word.
   */
  readonly lossAsDeath: readonly string[];
  /**
   * A sentence saying the toll before it is broken down in what follows ("وتوزعت الحصيلة كما يلي:", "broken down as
   * follows:"): that toll is the sum of the items listed after it, a round-up's total, not one event's.
   */
  readonly breakdownFollows: readonly string[];
  /**
   * A sentence saying that dead the report counted were civilians, by a count of its own ("الشابين مدنيين", "the two
   * men were civilians"): a claim of that many civilians killed, by whoever says it, beside a side's claim that
   * they were fighters. The match covers the count and the civilians word; a negation is not matched.
   */
  readonly civilianStatus: readonly string[];
  /**
   * A killing in a crime, not in the conflict: by thieves, in a robbery, a vendetta, a family quarrel or a brawl
   * ("قام لصوص بقتل …", "killed in a robbery"). A toll in such a clause is no claim of the conflict's dead.
   */
  readonly criminalKilling: readonly string[];
}

/**
 * How a script joins words, which decides how the patterns find a record's words: Arabic writes conjunctions,
 * prepositions and the article onto the word (و، ف، ب، ل، ك، ال), so its words are read after those clitics and
 * its screens read stems inside words; Latin-script languages write words apart (an elided "l'"/"d'" ends at the
 * apostrophe), so their words are read whole, in any case.
 */
export type Script = 'arabic' | 'latin';

export interface LanguageRecord {
  /** ISO 639-1 code. */
  readonly code: string;
  readonly script: Script;
  /** Short words frequent in any text of the language: they tell it from the other languages of its script. */
  readonly commonWords: readonly string[];
  /** Whole words by which a party says a strike, a harm or a report is untrue. */
  readonly denialVerbs: readonly string[];
  /**
   * The denial forms also read with a conjunction written onto the word (Arabic و/ف: "ونفت"); empty where the
   * language writes its conjunctions apart. A subset of `denialVerbs` for now: widening it changes results.
   */
  readonly denialVerbsWithConjunction: readonly string[];
  /** Verbs that deny only with an accusation or a report as their object ("رفض الاتهامات", "disputed the toll"). */
  readonly objectDenialVerbs: readonly string[];
  /** The objects that make those verbs a denial: accusations, reports, or a determiner before one. */
  readonly deniedObjects: readonly string[];
  /** Stems (read inside words) of what a denial must be about: harm, strikes, responsibility, the reports. */
  readonly denialTopics: readonly string[];
  /** Stems (read inside words) every denial of the language contains: a cheap screen before the patterns. */
  readonly denialStems: readonly string[];
  /** Stems (read inside words) every acknowledgment of the language contains: a cheap screen. */
  readonly acknowledgmentStems: readonly string[];
  /**
   * Words of any casualty report, the screen that spares the LLM texts with none: Arabic-script stems read inside
   * words, Latin-script words read whole (see `Script`).
   */
  readonly casualtyScreen: readonly string[];
  /** The word "and" that joins a second statement to the first ("…وينفي", "… and denies"). */
  readonly and: readonly string[];
  /** Whole words by which a party admits it struck or caused the harm. */
  readonly acknowledgmentVerbs: readonly string[];
  /** A second statement by the speaker of the first, joined by "and" ("…وينفي", "… and denies"). */
  readonly coordinatedStatementVerbs: readonly string[];
  /** Verbs (and participles) whose subject is the claimant of what follows ("قال المرصد", "the monitor said"). */
  readonly attributionVerbs: readonly string[];
  /**
   * "According to" and its kin, whose source is named after them ("according to the monitor", "citing"). Empty for
   * Arabic, whose according-to phrases take a relative clause ("بحسب ما أفاد به"): claimants.ts reads those.
   */
  readonly accordingTo: readonly string[];
  /**
   * The publisher naming itself or its staff as the speaker ("قال مراسلنا", "our correspondent said"): what they
   * say is the publisher's claim.
   */
  readonly selfReference: readonly string[];
  /** Words that open a statement: a date right after them is when it was said, not when the event happened. */
  readonly statementOpeners: readonly string[];
  /** Words right before a number that qualify it ("ما لا يقل عن 20", "more than 20"). */
  readonly qualifiersBefore: Readonly<Record<QualifierBefore, QualifierWords>>;
  /** Words a little after a number's noun that qualify it ("30 قتيلا على الأقل", "20 people or so"). */
  readonly qualifiersAfter: { readonly at_least: readonly string[]; readonly about: readonly string[] };
  /** Words before a figure that make it part of the toll before it ("بينهم 28 مدنيا", "including 28 civilians"). */
  readonly inclusionWords: readonly string[];
  /** Victim nouns read after "among" ("من بين القتلى 5 أطفال"). Arabic only for now: English reads none. */
  readonly inclusionAmongNouns: readonly string[];
  /** Verbal nouns of a toll that rose ("ارتفاع الحصيلة إلى 30"). */
  readonly tollRiseNouns: readonly string[];
  /** Verbs (and participles) of a toll that rose: the new figure replaces the old ("ارتفعت الحصيلة", "rose to"). */
  readonly tollRiseVerbs: readonly string[];
  /** Verbs of an event that raised a toll ("ما رفع عدد الضحايا إلى 30", "raising the toll to 30"). */
  readonly tollRaiseVerbs: readonly string[];
  /** The preposition before a risen toll's new figure ("إلى 30", "to 30"). */
  readonly tollRiseTo: readonly string[];
  /** Words of killing and death: verbs, nouns of the dead and idioms ("لقوا حتفهم", "killed", "death toll"). */
  readonly killWords: readonly string[];
  /** Words of injury: verbs, nouns of the wounded ("أصيب", "جرحى", "wounded"). */
  readonly injuryWords: readonly string[];
  /**
   * Nouns that count the dead as victims ("ضحايا"), which news also uses for the dead and the wounded together: a
   * toll named only so may be that lump (see lumpedVictims in merge.ts).
   */
  readonly victimWords: readonly string[];
  /** Casualty words that name no death of their own ("سقوط" fell, "حصيلة" the toll): no more than victims. */
  readonly deathlessCasualtyWords: readonly string[];
  /** Verbs by which a count reaches its number ("بلغ عدد القتلى 20", "وصل إلى 20"). */
  readonly tollReachVerbs: readonly string[];
  /** Verbs by which a count exceeds its number ("تجاوز عدد الجرحى الخمسين"). */
  readonly tollExceedVerbs: readonly string[];
  /**
   * Vague amounts ("عشرات", "عدد من", "dozens", "plusieurs"), the longer phrases first: a span one pattern read is not
   * read again by a later one ("several hundreds" before "several").
   */
  readonly vagueAmounts: readonly VagueAmountPattern[];
  /** The nouns a number counts, by class ("28 مدنيا", "28 civilians", "3 strikes"). */
  readonly countedNouns: Readonly<Record<NounClass, readonly string[]>>;
  /**
   * Adjectives after a village's name that tell two villages of one name apart ("X الكبيرة", "X الصغيرة"): reports
   * also write the name without them, so the place is named both ways.
   */
  readonly placeQualifiers: readonly string[];
  readonly constructions: Constructions;
}
