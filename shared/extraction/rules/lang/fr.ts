// French for the rules extractor: the casualty wording of French news and monitors' reports (Sahel, Levant). A verb
// is listed by its participles and present forms, the forms of a report's statements; elided articles ("l'",
// "d'") end at their apostrophe, so words are written without them. The words are folded: lower case, accents kept.
import { type LanguageRecord, qualifierWords } from './record.ts';

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
// Totals: what a count runs from ("depuis le début de la guerre") and the conflicts.
const CONFLICTS = ['guerre', 'conflit', 'crise', 'insurrection'];
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
  denialStems: ['dément', 'démenti', 'nie', 'nié', 'niant', 'rejet', 'contest', 'réfut'],
  acknowledgmentStems: ['reconn', 'admet', 'admis'],
  casualtyScreen: CASUALTY_SCREEN,
  and: ['et'],
  acknowledgmentVerbs: ADMIT,
  coordinatedStatementVerbs: ['dément', 'nie', 'rejette', 'reconnaît', 'admet'],
  attributionVerbs: [...SAY, 'dément', 'reconnaît'],
  // "selon l'ONU", "d'après des sources locales".
  accordingTo: ['selon', "d'après"],
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
  tollReachVerbs: [],
  tollExceedVerbs: [],
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
  aggregateWords: { sinceStarts: [], duringSpans: [], totalAdjectives: [], conflicts: CONFLICTS },
};
