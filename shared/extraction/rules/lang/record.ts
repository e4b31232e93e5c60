// What the rules extractor needs to know of one language, as data: the algorithm files build their patterns from
// these lists, so each word is written once. Words are in the folded form the patterns match (see
// `foldText`: أ/إ/آ → ا، ة → ه، ى → ي, no diacritics, lower case).

export interface LanguageRecord {
  /** ISO 639-1 code. */
  readonly code: string;
  /** Whole words by which a party says a strike, a harm or a report is untrue. */
  readonly denialVerbs: readonly string[];
  /**
   * The denial forms also read with a conjunction written onto the word (Arabic و/ف: "ونفت"); empty where the
   * language writes its conjunctions apart. A subset of `denialVerbs` for now: widening it changes results.
   */
  readonly denialVerbsWithConjunction: readonly string[];
  /** Verbs that deny only with an accusation or a report as their object ("رفض الاتهامات", "disputed the toll"). */
  readonly objectDenialVerbs: readonly string[];
  /** Whole words by which a party admits it struck or caused the harm. */
  readonly acknowledgmentVerbs: readonly string[];
  /** A second statement by the speaker of the first, joined by "and" ("…وينفي", "… and denies"). */
  readonly coordinatedStatementVerbs: readonly string[];
  /** Verbs (and participles) whose subject is the claimant of what follows ("قال المرصد", "the monitor said"). */
  readonly attributionVerbs: readonly string[];
  /** Words that open a statement: a date right after them is when it was said, not when the event happened. */
  readonly statementOpeners: readonly string[];
}
