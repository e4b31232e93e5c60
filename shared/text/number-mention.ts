// What the number readers give: a count in the text, with what it counts when the words around it say so.

export interface NumberMention {
  value: number;
  /** Offsets into the text given to readNumbers; raw = text.slice(start, end). */
  start: number;
  end: number;
  raw: string;
  /** Set when the number comes from a dual noun ("طفلين"): the noun itself is what is counted. */
  dualNoun?: string;
  /** Set for a singular victim noun in a toll's breakdown ("بينهم سيدة" = 1): the noun, normalised. */
  singularNoun?: string;
  /** "مقتل مدني", "استشهاد طفل": a singular victim right after a casualty noun, a count of one by itself. */
  eventObject?: boolean;
  /** "استشهاد المدنيين خالد وبشار": the plural noun (normalised) whose named members were counted. */
  namedList?: string;
  /** "ما أدى إلى استشهادهما": the number is the casualty word itself, with a dual pronoun. */
  selfGoverned?: boolean;
  /**
   * "مقتل رجل وامرأة وطفل": a further victim joined by و to the victim right before it, after the same casualty
   * word; the figure readers add the joined victims up into one toll.
   */
  joinedVictim?: boolean;
  /** "أسماء الشهداء: فلان، والطفلة فلانة": the children a list of the dead names, a part of the list's count. */
  inNamedList?: boolean;
}

/** Childhood ends at eighteen (the Convention on the Rights of the Child, and every monitor's "child"). */
export const ADULT_AGE = 18;
