// French for the rules extractor: the casualty wording of French news and monitors' reports (Sahel, Levant). A verb
// is listed by its participles and present forms, the forms of a report's statements; elided articles ("l'",
// "d'") end at their apostrophe, so words are written without them. The words are folded: lower case, accents kept.
import { type LanguageRecord, qualifierWords, type VagueAmountPattern } from './record.ts';

// The most frequent short words of French prose (none of them an English word).
const COMMON = [
  'le',
  'la',
  'les',
  'des',
  'de',
  'du',
  'au',
  'aux',
  'et',
  'une',
  'un',
  'dans',
  'est',
  'ont',
  'été',
  'fait',
];
// démentir, nier: deny.
const DENY = ['dément', 'démentent', 'démenti', 'démentait', 'nie', 'nient', 'nié', 'niant'];
// rejeter, contester, réfuter: a denial only with the accusation or report as object ("rejette les accusations").
const REJECT = ['rejette', 'rejettent', 'rejeté', 'conteste', 'contestent', 'contesté', 'réfute', 'réfuté'];
// Their objects: the accusations, allegations, reports or toll, with their determiner ("rejette le projet" is none).
const DENIED_OBJECTS = [
  'les accusations',
  'ces accusations',
  'toute accusation',
  'les allégations',
  'ces allégations',
  'les informations',
  'ces informations',
  'le bilan',
  'ce bilan',
];
// reconnaître, admettre: a party owns the strike or the harm.
const ADMIT = ['reconnaît', 'reconnaissent', 'reconnu', 'admet', 'admettent', 'admis'];
// Verbs of saying whose subject is the claimant ("l'armée a déclaré", "a indiqué l'ONG").
const SAY = ['déclaré', 'déclare', 'affirmé', 'affirme', 'indiqué', 'indique', 'annoncé', 'annonce', 'précisé'];
// Nouns that carry a statement and its date ("dans un communiqué publié lundi").
const STATEMENT_CARRIERS = ['communiqué'];
// What a denial is about: civilians, victims, strikes, bombing, attacks, the dead, responsibility, accusations.
// Stems that are no English word's part ("mort" is in "mortar"): a French topic must not widen English denials.
const DENIAL_TOPICS = [
  'civils',
  'civile',
  'victime',
  'frappe',
  'bombardement',
  'attaque',
  'tués',
  'tuée',
  'responsab',
  'accusation',
  'allégation',
  'bilan',
  'bavure',
];
// Qualifiers before a number (read from a word's start; an elided "d'" before them ends at its apostrophe).
const AT_LEAST = ['au moins', 'pas moins de', 'au minimum'];
const MORE_THAN = ['plus de', 'davantage de'];
const ABOUT = ['environ', 'près de', 'quelque', 'approximativement', 'une estimation de'];
const UP_TO = ["jusqu'à"];
// Qualifiers a few words after the number's noun ("12 morts au moins", "20 blessés environ").
const AT_LEAST_AFTER = ['au moins'];
const ABOUT_AFTER = ['environ'];
// A part of the toll before: "dont", "parmi lesquels/lesquelles", "parmi eux/elles".
const INCLUSION = ['dont', 'parmi lesquels', 'parmi lesquelles', 'parmi eux', 'parmi elles', 'parmi les victimes'];
// A toll that grew ("le bilan s'est alourdi à", "est passé à", "a grimpé à"); an event that raised it ("portant le
// bilan à").
const RISE = ['alourdi', 'passé', 'grimpé', 'monté', 'augmenté'];
const RAISE = ['portant', 'porte', 'porté'];
// Killing and death: tuer in every form, the dead, death, perishing, losing one's life, massacre, execution. Not
// the present "tue": it is also English "Tue" (Tuesday) in datelines, before a day's number.
const KILL = ['tué', 'tués', 'tuée', 'tuées', 'tuent', 'tuant', 'tuer'];
const DEATH = ['mort', 'morts', 'morte', 'mortes', 'décès', 'décédé', 'décédés', 'péri', 'périt'];
const LOST_LIFE = ['perdu la vie', 'trouvé la mort', 'succombé'];
const VIOLENT_DEATH = ['massacre', 'massacré', 'massacrés', 'tuerie', 'exécuté', 'exécutés', 'exécutées'];
// Injury: blesser in every form, the wounds.
const WOUND = ['blessé', 'blessés', 'blessée', 'blessées', 'blessant', 'blesser', 'blessure', 'blessures'];
// Counted nouns: civilians, children, women, the injured, the dead, people, combatants; then what is no person.
// Plural only: the singular "civil" is also English ("civil war", "civil defence").
const CIVILIANS = ['civils', 'civiles'];
const CHILDREN = ['enfants', 'enfant', 'fillettes', 'garçons', 'mineurs', 'bébés', 'nourrissons', 'écoliers', 'élèves'];
const WOMEN = ['femmes', 'femme'];
const INJURED_COUNTED = ['blessés', 'blessées'];
const DEAD_COUNTED = ['morts', 'victimes', 'tués', 'décès'];
const PEOPLE = ['personnes', 'habitants', 'villageois', 'hommes', 'individus', 'fidèles', 'passagers', 'orpailleurs'];
const COMBATANTS = [
  'soldats',
  'soldat',
  'militaires',
  'combattants',
  'combattant',
  'jihadistes',
  'djihadistes',
  'terroristes',
  'rebelles',
  'insurgés',
  'assaillants',
  'miliciens',
  'gendarmes',
  'policiers',
];
const THINGS = [
  'frappes',
  'frappe',
  'raids',
  'attaques',
  'attaque',
  'drones',
  'roquettes',
  'obus',
  'bombes',
  'véhicules',
  'maisons',
  'villages',
  'familles',
  'famille',
  'kilomètres',
  'km',
  'jours',
  'heures',
  'semaines',
  'mois',
  'ans',
  'années',
  'fois',
  'pour cent',
  'tonnes',
  'millions',
  'milliards',
  'déplacés',
];
// Constructions (see `Constructions`), over folded text; a word starts after anything but a letter (B).
const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
/** "de la", "du", "des", "de l'", "de": the article after a noun ("frappes de la coalition"). */
const OF_THE = String.raw`(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+)`;
/** The conflicts a count can run from or through. */
const CONFLICT = String.raw`(?:la\s+guerre|du\s+conflit|le\s+conflit|la\s+crise|l'offensive|l'opération|la\s+campagne)`;
const AGGREGATE = [
  // A count from a start: "depuis le début de la guerre", "depuis le lancement de l'offensive".
  String.raw`${B}depuis\s+(?:le\s+)?(?:début|déclenchement|lancement)\s+${OF_THE}`,
  // A span of weeks, months or years: "au cours des dernières semaines", "ces derniers mois".
  String.raw`${B}(?:au\s+cours\s+des|ces|durant\s+les|pendant\s+les)\s+(?:derniers|dernières)\s+` +
    `(?:semaines|mois|années|ans)${E}`,
  // A conflict's own toll: "la guerre a fait", "le conflit a coûté la vie à".
  String.raw`${B}${CONFLICT}\s+(?:\S+\s+){0,3}?a\s+(?:fait|coûté|causé)${E}`,
  // A total toll: "bilan total", "bilan global", "bilan mensuel".
  String.raw`${B}bilan\s+(?:total|global|mensuel|annuel|cumulé)${E}`,
];
/** "originaire de X", "natif de X": the home of the person named before, not the scene. */
const PLACE_OF_ORIGIN = String.raw`${B}(?:originaire|originaires|natif|native|natifs)\s+d(?:e\s+|')`;
/**
 * "les forces stationnées à X ont bombardé…", "depuis leurs positions à X": where the attacking side sits or fires
 * from; the place is the next few words, up to the target's preposition or verb.
 */
const ATTACKER_POSITION =
  String.raw`${B}(?:(?:stationné|positionné|déployé|retranché)(?:e|s|es)?\s+(?:à|au|aux|en|dans|près\s+d[e'])` +
  String.raw`|depuis\s+(?:leurs?|ses|sa|son)\s+(?:positions?|bases?)\s+(?:à|au|aux|en|dans|de|d'))` +
  String.raw`(?:\s+(?!(?:sur|contre|vers|ont|a|et|tuant)${E})[^\s.,;:\n]+){1,4}`;
/** "le bilan … en deux jours": a toll counted over two days. */
const TWO_DAY_TOLL =
  String.raw`${B}(?:bilan|nombre)${E}[^.;]{0,60}${B}(?:en|sur|pendant)\s+(?:les\s+)?(?:deux|2)\s+` +
  String.raw`(?:derniers\s+)?jours${E}`;
/** "avait bombardé", "avaient été tués": the imperfect of avoir before a past participle (plus-que-parfait). */
const PAST_PERFECT =
  String.raw`${B}(?:avait|avaient)\s+(?:déjà\s+|aussi\s+)?(?:été\s+)?` +
  String.raw`\p{L}+(?:é|ée|és|ées|is|it|u|us)${E}`;
/** "n'a pas mené de frappes", "n'est pas responsable": the strike or the responsibility negated. */
const NEGATED_ACTION =
  String.raw`${B}n'(?:a|ont|avait|avaient)\s+(?:pas|jamais)\s+(?:mené|effectué|conduit|frappé|visé|bombardé` +
  String.raw`|ciblé)${E}|${B}n'(?:est|était)\s+pas\s+(?:responsable|impliquée?)${E}` +
  String.raw`|${B}ne\s+sont\s+pas\s+(?:responsables|impliqués)${E}`;
/** "les informations sont fausses", "qualifié de mensongères les accusations": the reports called false. */
const REPORTS = `(?:informations?|accusations?|allégations?|affirmations?)`;
const FALSE = String.raw`(?:fausses?|faux|infondées?|mensongères?|sans\s+fondement|fabriquées?)`;
const DISCREDITED = [
  `${B}${REPORTS}${E}[^.;]{0,40}?${B}${FALSE}${E}`,
  String.raw`${B}${FALSE}\s+(?:les\s+|ces\s+)?${REPORTS}${E}`,
];
/** "pourrait avoir tué", "aurait pu frapper", "par erreur", "involontairement": a hedged or unintended admission. */
const HEDGED_ACKNOWLEDGMENT =
  String.raw`${B}(?:pourrait|pourraient|aurait\s+pu|auraient\s+pu)\s+(?:avoir\s+)?(?:\S+\s+){0,2}?` +
  String.raw`(?:tué|causé|frappé|touché|mené|frapper|toucher|causer)${E}|${B}(?:involontairement|par\s+erreur)${E}`;
/** A party after its strikes, weapons or forces ("frappes russes", "raids de la coalition"), or after "par". */
const AGENT_BEFORE =
  `(?:${B}(?:frappes?|raids?|bombardements?|tirs|attaques?|drones?|avions|aviation|forces|troupes` +
  String.raw`|artillerie)(?:\s+(?:aériennes?|aériens?))?\s+${OF_THE}?|${B}par\s+(?:la\s+|le\s+|les\s+|l'|des\s+)?)$`;
/** A party as the subject of a verb of striking ("la coalition a frappé"). */
const STRUCK = '(?:frappé|bombardé|visé|tué|pilonné|ciblé|mené)';
const AGENT_AFTER = String.raw`^\s*(?:a|ont|avait|avaient)\s+(?:\S+\s+){0,1}?${STRUCK}${E}`;
/** A party as the target or the holder of ground: "contre les rebelles", "positions de l'EI", "tenue par". */
const VICTIM_BEFORE =
  String.raw`${B}(?:contre|(?:tenue?s?|contrôlée?s?)\s+par|(?:positions|combattants|membres|rangs|fiefs?` +
  String.raw`|bastions?)\s+(?:de\s+la|du|des|de))\s*(?:la\s+|le\s+|les\s+|l')?$`;
// Words of any casualty report, read whole: killing, death, injury, victims and civilians, the toll, a denial.
const CASUALTY_SCREEN = [
  ...KILL,
  ...DEATH,
  ...LOST_LIFE,
  ...VIOLENT_DEATH,
  ...WOUND,
  'victimes',
  'civils',
  'bilan',
  ...DENY,
];

/** Vague amounts: "des dizaines de civils" (dozens), "plusieurs personnes" (several), "un certain nombre de". */
const VAGUE_AMOUNTS: readonly VagueAmountPattern[] = [
  { pattern: String.raw`\b(?:des\s+)?dizaines\b`, min: 20 },
  { pattern: String.raw`\bplusieurs\b`, min: 3 },
  { pattern: String.raw`\bun\s+certain\s+nombre\s+d(?:e\b|')`, min: 2 },
];

export const fr: LanguageRecord = {
  code: 'fr',
  script: 'latin',
  commonWords: COMMON,
  denialVerbs: DENY,
  // French writes "et" apart: `coordinatedStatementVerbs` reads "et dément".
  denialVerbsWithConjunction: [],
  objectDenialVerbs: REJECT,
  deniedObjects: DENIED_OBJECTS,
  denialTopics: DENIAL_TOPICS,
  // Stems of every denial: démentir, nier, rejeter, contester, réfuter; the negation (ne … pas/jamais); the words that
  // call a report false.
  denialStems: [
    'dément',
    'démenti',
    'nie',
    'nié',
    'niant',
    'rejet',
    'contest',
    'réfut',
    'pas',
    'jamais',
    'faus',
    'faux',
    'infond',
    'mensong',
    'fabriqu',
    'fondement',
  ],
  // Stems of every acknowledgment: reconnaître, admettre, the hedges (pourrait, aurait pu) and the unintended.
  acknowledgmentStems: ['reconn', 'admet', 'admis', 'pourrai', 'aurai', 'erreur', 'involontaire'],
  casualtyScreen: CASUALTY_SCREEN,
  and: ['et'],
  acknowledgmentVerbs: ADMIT,
  coordinatedStatementVerbs: ['dément', 'nie', 'rejette', 'reconnaît', 'admet'],
  attributionVerbs: [...SAY, 'dément', 'reconnaît'],
  // "selon l'ONU", "d'après des sources locales".
  accordingTo: ['selon', "d'après"],
  selfReference: [
    ...['notre correspondant', 'notre correspondante', 'notre envoyé spécial', 'notre envoyée spéciale'],
    ...['notre équipe', 'nos sources'],
  ],
  statementOpeners: ['déclaré', 'annoncé', 'affirmé', ...STATEMENT_CARRIERS],
  qualifiersBefore: {
    at_least: qualifierWords({ fromWordStart: AT_LEAST }),
    more_than: qualifierWords({ fromWordStart: MORE_THAN }),
    about: qualifierWords({ fromWordStart: ABOUT }),
    up_to: qualifierWords({ fromWordStart: UP_TO }),
  },
  qualifiersAfter: { at_least: AT_LEAST_AFTER, about: ABOUT_AFTER },
  inclusionWords: INCLUSION,
  inclusionAmongNouns: [],
  tollRiseNouns: [],
  tollRiseVerbs: RISE,
  tollRaiseVerbs: RAISE,
  tollRiseTo: ['à'],
  killWords: [...KILL, ...DEATH, ...LOST_LIFE, ...VIOLENT_DEATH],
  injuryWords: WOUND,
  // Not read yet: the victims lump is read for Arabic only.
  victimWords: [],
  deathlessCasualtyWords: [],
  tollReachVerbs: [],
  tollExceedVerbs: [],
  vagueAmounts: VAGUE_AMOUNTS,
  countedNouns: {
    civilians: CIVILIANS,
    children: CHILDREN,
    women: WOMEN,
    injured: INJURED_COUNTED,
    dead: DEAD_COUNTED,
    people: PEOPLE,
    combatants: COMBATANTS,
    thing: THINGS,
  },
  // French writes the qualifier before the name or as a hyphenated part of it ("Haut-X"): none.
  placeQualifiers: [],
  constructions: {
    aggregate: AGGREGATE,
    // French counts from a start read as totals whatever the tense (AGGREGATE's "depuis le début").
    sinceStart: [],
    perfectTense: [],
    twoDayToll: [TWO_DAY_TOLL],
    // "dans les régions de Gao et de Tombouctou", "les provinces d'Idleb et d'Alep".
    twoRegions: [String.raw`\b(?:r[eé]gions|provinces)\s+d(?:e\s+|')\S+\s+et\s+d(?:e\s+|')\S+`],
    pastPerfect: [PAST_PERFECT],
    negatedAction: [NEGATED_ACTION],
    discredited: DISCREDITED,
    hedgedAcknowledgment: [HEDGED_ACKNOWLEDGMENT],
    agentBefore: [AGENT_BEFORE],
    agentAfter: [AGENT_AFTER],
    victimBefore: [VICTIM_BEFORE],
    holderAfter: [],
    relayWithoutSource: [],
    placeOfOrigin: [PLACE_OF_ORIGIN],
    attackerPosition: [ATTACKER_POSITION],
    // "le village de X" names another place: a cue, not a pointer back.
    villageAnaphor: [String.raw`${B}(?:le|du|au)\s+village${E}(?!\s+d[e'])`],
    townAnaphor: [String.raw`${B}(?:la|de\s+la|à\s+la)\s+localité${E}(?!\s+d[e'])`],
    lossAsDeath: [],
    // "Les victimes se répartissent comme suit :", "réparties comme suit".
    breakdownFollows: [String.raw`\br[eé]parti(?:e|s|es|ssent)?\s+(?:\S+\s+){0,4}?comme\s+suit\b`],
    // None yet: the number readers know no French number words, and "les deux hommes étaient des civils" counts by
    // one.
    civilianStatus: [],
    // Crime, not war: robbers, a burglary or a hold-up, a brawl, a family quarrel, a settling of scores.
    criminalKilling: [
      String.raw`\b(?:voleurs?|cambrioleurs?|cambriolage|braquage|rixe|querelle\s+familiale` +
        String.raw`|r[eè]glement\s+de\s+comptes)\b`,
    ],
  },
};
