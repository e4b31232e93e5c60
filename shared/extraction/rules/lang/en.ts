// English for the rules extractor. A verb is listed past then present third person (the forms of a report's
// statements), then any other form the extractor reads.
import { MONTH_FAMILIES, WEEKDAYS } from '../../../text/calendar-words.ts';
import { type LanguageRecord, qualifierWords, type VagueAmountPattern } from './record.ts';

// deny: past and present, then base and gerund ("continues to deny", "denying").
const DENY = ['denied', 'denies'];
const DENY_OTHER = ['deny', 'denying'];
// reject, dismiss, refute: deny by calling a claim wrong.
const REJECT = ['rejected', 'rejects'];
const DISMISS_REFUTE = ['dismissed', 'dismisses', 'refuted', 'refutes'];
// dispute: a denial only with the claim as object ("disputed the toll"); "a disputed raid" is none.
const DISPUTE = ['disputed', 'disputes'];
// admit, acknowledge, concede: a party owns the strike or the harm.
const ADMIT = ['admitted', 'admits'];
const ACKNOWLEDGE = ['acknowledged', 'acknowledges'];
const CONCEDE = ['conceded', 'concedes'];
// The past verbs that open a statement: said, told, announced, added.
const STATEMENT_PAST = ['said', 'told', 'announced', 'added'];
// Other verbs of saying, documenting and counting whose subject is the claimant.
const ATTRIBUTION_MORE = [
  'says',
  'say',
  'reports',
  'stated',
  'documented',
  'confirmed',
  'estimated',
  'estimates',
  'counted',
  'recorded',
];
// Nouns and verbs that carry a statement and its date ("in a statement on Tuesday", "reported on Monday").
const STATEMENT_CARRIERS = ['statement', 'reported'];

// Qualifiers before a number, each read from a word's start (English writes its prepositions apart).
const AT_LEAST = ['at least', 'no fewer than', 'no less than', 'a minimum of'];
const MORE_THAN = ['more than', 'over', 'upwards of', 'in excess of', 'exceeding'];
const ABOUT = [
  'around',
  'about',
  'approximately',
  'roughly',
  'some',
  'nearly',
  'almost',
  'an estimated',
  'estimated',
  'close to',
];
const UP_TO = ['up to', 'as many as'];
// Qualifiers a few words after the number's noun ("20 people at least", "20 people or so").
const AT_LEAST_AFTER = ['at least'];
const ABOUT_AFTER = ['approximately', 'or so'];
// A part of the toll before: "including", "among (them/whom)", "of them/whom", "most of them".
const INCLUSION = ['including', 'among', 'among them', 'among whom', 'of them', 'of whom', 'most of them'];
// A toll that rose, climbed, jumped or increased; then an event that raised or brought it ("raising the toll to").
const RISE = ['rose', 'risen', 'rising', 'climbed', 'jumped', 'increased', 'rise', 'climb'];
const RAISE = ['raising', 'raised', 'raises', 'bringing', 'brought', 'brings'];
// Killing and death: kill and die in every form, the dead and their toll, and the verbs of a violent death.
const KILL = ['killed', 'kill', 'kills', 'killing', 'killings', 'shot dead', 'gunned down'];
const DEATH = ['dead', 'death', 'deaths', 'died', 'die', 'dying', 'toll', 'lives', 'fatality', 'fatalities'];
const DEAD = ['bodies', 'casualties', 'martyrs', 'martyred', 'slain', 'perished'];
const VIOLENT_DEATH = [
  'executed',
  'massacred',
  'massacre',
  'murdered',
  'slaughtered',
  'assassinated',
  'beheaded',
  'beheading',
  'beheadings',
  'beheads',
  'behead',
];
// Injury: wound and injure in every form, and hurt.
const WOUND = ['wounded', 'wounding', 'wound', 'wounds'];
const INJURE = ['injured', 'injuring', 'injures', 'injure', 'injuries', 'injury', 'hurt'];
// Counted nouns. Civilians, children (by age and sex), women; the injured and the dead as nouns.
const CIVILIANS = ['civilians', 'civilian', 'noncombatants'];
const CHILDREN = [
  'children',
  'child',
  'boy',
  'girl',
  'boys',
  'girls',
  'kids',
  'minors',
  'infants',
  'babies',
  'toddlers',
  'schoolchildren',
  'teenagers',
];
const WOMEN = ['women', 'woman', 'females'];
const INJURED_COUNTED = ['injured', 'wounded'];
const DEAD_COUNTED = ['dead', 'victims', 'bodies', 'fatalities', 'deaths'];
// People in general, then people by what they were doing or their work when struck, then by kin.
const PEOPLE = ['people', 'persons', 'person', 'men', 'individuals', 'residents', 'villagers', 'syrians'];
const PEOPLE_BY_KIN = ['brothers', 'sisters', 'siblings', 'cousins', 'sons', 'daughters'];
const PEOPLE_BY_ROLE = [
  'worshippers',
  'passengers',
  'pilgrims',
  'members',
  'relatives',
  'volunteers',
  'workers',
  'rescuers',
  'medics',
  'paramedics',
  'doctors',
  'nurses',
  'patients',
  'students',
  'teachers',
  'journalists',
  'mourners',
  'farmers',
  'shepherds',
  'employees',
  'staff',
  'guests',
  'inmates',
  'youths',
  'adults',
  'elderly',
];
// Combatants: fighters, soldiers, police, armed groups' members, and those attacking.
const COMBATANTS = [
  'fighters',
  'fighter',
  'soldiers',
  'soldier',
  'troops',
  'militants',
  'militant',
  'rebels',
  'rebel',
  'jihadists',
  'jihadist',
  'jihadis',
  'gunmen',
  'policemen',
  'police',
  'loyalists',
  'loyalist',
  'insurgents',
  'terrorists',
  'extremists',
  'militiamen',
  'paramilitaries',
  'mercenaries',
  'servicemen',
  'officers',
  'commanders',
  'guards',
  'personnel',
  'combatants',
  'pilots',
  'conscripts',
  'recruits',
  'attackers',
];
// Not people: strikes and munitions, vehicles, places, families, units of distance, time, money and weight, and
// the displaced and detained (not victims).
const ATTACKS = [
  'strikes',
  'strike',
  'airstrikes',
  'airstrike',
  'air',
  'raids',
  'raid',
  'attacks',
  'attack',
  'sorties',
];
const MUNITIONS = ['rockets', 'missiles', 'shells', 'barrel', 'barrels', 'bombs', 'aircraft', 'jets', 'planes'];
const PLACES_VEHICLES = [
  'vehicles',
  'tanks',
  'trucks',
  'homes',
  'houses',
  'buildings',
  'villages',
  'towns',
  'hospitals',
  'schools',
  'targets',
  'positions',
  'sites',
  'locations',
  'checkpoints',
  'shelters',
  'camps',
];
const FAMILIES = ['families', 'family'];
const UNITS = [
  'kilometres',
  'kilometers',
  'km',
  'miles',
  'mile',
  'metres',
  'meters',
  'days',
  'day',
  'hours',
  'hour',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'minutes',
  'am',
  'pm',
  'gmt',
  'percent',
  'per',
  'times',
  'cases',
  'dollars',
  'tons',
  'tonnes',
  'million',
  'billion',
];
const DISPLACED_DETAINED = ['refugees', 'displaced', 'prisoners', 'detainees'];
// Totals: the conflicts a count runs from ("since the uprising began", "since the war").
const CONFLICTS = ['war', 'conflict', 'uprising', 'revolt', 'revolution', 'crisis'];

const past = (forms: readonly string[]) => forms[0] as string;

// Constructions (see `Constructions`).
const MONTH = `(?:${MONTH_FAMILIES.en.full.map(([name]) => name).join('|')})`;
const WEEKDAY_NAMES = WEEKDAYS.en.map(([name]) => name).join('|');
const CONFLICT = `(?:${CONFLICTS.join('|')})`;
/** Markers that are totals by themselves ("in recent weeks", "between 21 and 26 September"). */
const AGGREGATE =
  String.raw`\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months|years` +
  String.raw`|week|month|year)\b|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:three|four` +
  String.raw`|five|six|seven|eight|nine|ten|several|few|\d+)\s+days\b|\b(?:over|in|during)\s+(?:that` +
  String.raw`|the\s+same|this)\s+period\b|\bacross\s+(?:syria|syrian\s+territory|the\s+country)\b` +
  // "killed in separate incidents", "in various areas": the dead of several events, each in its own place.
  String.raw`|\bin\s+(?:separate|several|various|different)\s+(?:incidents|attacks|areas|places|locations)\b` +
  String.raw`|\bdaily\s+toll\b|\bthis\s+month\b|\bin\s+${MONTH}(?!\s+\d{1,2}\b)(?:\s+\d{4})?\b` +
  String.raw`|\bthis\s+year\b|\bso\s+far\s+this\b|\blast\s+year\b|\b(?:war|conflict|uprising|crisis` +
  String.raw`|fighting|campaign|offensive|bombardment|violence)\s+(?:\w+\s+){0,3}?(?:has|have` +
  String.raw`|had)\s+(?:\w+\s+)?(?:killed|claimed|left|cost)\b|\b(?:war` +
  String.raw`|conflict)(?:'s)?\s+(?:death\s+)?toll\b|\bin\s+total\b|\bmonthly\s+toll\b` +
  String.raw`|\b\w+-year(?:-long|-old)?\s+(?:civil\s+)?(?:war|conflict)\b` +
  String.raw`|\byear-long\s+(?:civil\s+)?(?:war|conflict)\b` +
  String.raw`|\bsince\s+(?:\w+\s+){0,2}?${CONFLICT}\s+(?:began|started|erupted|broke)` +
  String.raw`|\bin\s+recent\s+(?:days|weeks|months)\b|\bbetween\s+(?:the\s+)?\d{1,2}(?:st|nd|rd` +
  String.raw`|th)?\s+(?:and|to|-)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}` +
  String.raw`|\bbetween\s+${MONTH}\s+\d{1,2}\s+and\s+(?:${MONTH}\s+)?\d{1,2}\b` +
  // "in three days of shelling", "over two weeks of fighting": a toll of days of attacks is their total.
  String.raw`|\b(?:in|over|during)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+` +
  String.raw`(?:days|weeks|months)\s+of\b`;
/** "since 2011", "since the start of…", "since Thursday": a total only with a perfect tense. */
const SINCE_START =
  String.raw`\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|launch|early|late|mid|last` +
  // A campaign, too, counts from its start.
  String.raw`|march\s+2011|\d{4}|then|the\s+(?:${CONFLICTS.join('|')}|campaign))` +
  // "since Thursday", "since September", "since the army began its offensive": a multi-day total.
  String.raw`|\bsince\s+(?:${WEEKDAY_NAMES}|${MONTH})\b` +
  String.raw`|\bsince\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}` +
  String.raw`|\bsince\s+(?:\w+\s+){0,3}?(?:offensive|campaign|operation|assault|bombardment|siege|truce` +
  String.raw`|ceasefire|escalation)\b` +
  String.raw`|\bsince\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:army|regime|government|military|coalition` +
  String.raw`|forces)\s+(?:\w+\s+){0,4}?(?:began|launched|started)\b`;
/** "have reportedly been killed"; "the number … has risen to 213" (a running total since a start date). */
const PERFECT_TENSE =
  String.raw`\b(?:has|have|had)\s+(?:(?:now|been|reportedly|reported(?:ly)?|so\s+far|already` +
  String.raw`|admitted\s+to|acknowledged|confirmed)\s+){0,3}(?:killed|killing|died|lost\s+their\s+lives` +
  String.raw`|left|claimed)\b|\b(?:has|have)\s+(?:now\s+)?(?:risen|rose|reached|climbed|increased)\b`;
/** "a native of X", "who hails from X", "originally from X": the home of the person named before, not the scene. */
const PLACE_OF_ORIGIN = String.raw`\b(?:a\s+native\s+of|hails?\s+from|hailed\s+from|originally\s+from)\b`;
/**
 * "forces stationed in X shelled…", "from their positions in X", "launched from X": where the attacking side sits or
 * fires from; the place is the next few words, up to the target's preposition or verb.
 */
const ATTACKER_POSITION =
  String.raw`\b(?:(?:stationed|positioned|deployed|entrenched)\s+(?:in|at|near|around)` +
  String.raw`|from\s+(?:its|their|his)\s+(?:positions?|bases?|posts?)\s+(?:in|at|near)|(?:launched|fired)\s+from)\b` +
  String.raw`(?:\s+(?!(?:on|at|against|toward|towards|into|killing|hitting|shelled|struck|and)\b)[^\s.,;:\n]+){1,4}`;
/** "the toll … over the past two days"; "over the weekend" (Saturday and Sunday). */
const TWO_DAY_TOLL =
  String.raw`\b(?:toll|number)\b[^.;]{0,60}\b(?:over|in)\s+(?:the\s+past\s+)?two\s+days\b` +
  String.raw`|\b(?:over|during)\s+the\s+(?:past\s+)?weekend\b`;
/** "had shelled", "had been killed", "had already struck": had before a past participle. */
const PAST_PERFECT = String.raw`\bhad\s+(?:already\s+|also\s+|previously\s+)?(?:been\s+)?[a-z]+(?:ed|en|ck|wn|lt)\b`;
/** "did not carry out", "was not involved", "no responsibility": the strike or the responsibility negated. */
const NEGATED_ACTION =
  String.raw`\b(?:did\s+not|didn't|never|was\s+not|were\s+not|had\s+not|hadn't` +
  String.raw`|have\s+not|has\s+not)\s+(?:carry\s+out|carried\s+out|conduct|conducted|strike|struck` +
  String.raw`|target|targeted|bomb|bombed|involved|responsible)\b|\bno\s+(?:involvement` +
  String.raw`|responsibility)\b`;
/**
 * The reports called false ("assessed the allegation as non-credible", "called the reports fake news", "no
 * evidence that civilians were present").
 */
const DISCREDITED =
  String.raw`\b(?:reports?|claims?|allegations?|accusations?|accounts?)\b[^.;]{0,40}?\b(?:fake` +
  String.raw`|fabricated|false|baseless|groundless|unfounded|non-credible|not\s+credible|lies` +
  String.raw`|a\s+provocation|a\s+fabrication|staged)\b|\b(?:fake|fabricated|false|baseless|groundless` +
  String.raw`|unfounded|non-credible)\s+(?:news|reports?|claims?|allegations?|accusations?)\b` +
  String.raw`|\bno\s+evidence\s+(?:that\s+|of\s+)(?:any\s+)?civilians?\b`;
/** "may have conducted strikes", "assessed … credible", "unintentionally killed": a hedged or unintended admission. */
const HEDGED_ACKNOWLEDGMENT = [
  String.raw`\b(?:may|might|could)\s+have\s+(?:\w+\s+){0,2}?(?:conducted|carried|struck|killed|caused|hit` +
    String.raw`|been\s+responsible|resulted)`,
  String.raw`\bassessed\s+(?:\w+\s+){0,6}?credible|\bdeemed\s+credible|\bunintentionally\s+killed`,
];
/** "by the coalition", "from suspected Russian jets": the agent of a passive. */
const AGENT_BEFORE = String.raw`(?:\bby|\bfrom)\s+(?:the\s+|a\s+|suspected\s+)?$`;
/** "Russian air strikes", "US-led coalition forces", "the regime bombed": the party before its weapon or verb. */
const AGENT_AFTER =
  String.raw`^\s*(?:-?\s*(?:led|backed))?\s*(?:air\s*strikes?|airstrikes?|air\s+raids?|raids?|jets` +
  '|warplanes|planes|aircraft|shelling|bombing|bombardment|forces|troops|artillery|strikes?' +
  '|missiles?|drones?|helicopters?|attack|attacks|offensive|fire|barrel|rocket|rockets' +
  String.raw`|soldiers|army|militia|fighters|snipers|car\s+bomb|suicide)|^\s*(?:\w+\s+){0,1}?(?:killed` +
  String.raw`|bombed|struck|shelled|hit|launched|carried\s+out|targeted|pounded|executed|attacked)\b`;
/** "against the rebels", "of ISIS", "held by the regime": the party as target or holder. */
const VICTIM_BEFORE =
  String.raw`(?:\bagainst|\bof|\bamong|\bon|\bheld|\bcontrolled|\b(?:held|controlled|run|dominated` +
  String.raw`|besieged)\s+by\s+(?:the\s+)?)\s*$`;
/** "rebel stronghold", "Kurdish-held town": a party named as who holds a place, not who struck. */
const HOLDER_AFTER =
  String.raw`^\s*(?:-?\s*(?:held|controlled|run|dominated)\b|(?:stronghold|strongholds|territory|enclave|bastion` +
  String.raw`|areas?)\b)`;

// The most frequent short words of English prose.
const COMMON = ['the', 'and', 'of', 'in', 'to', 'was', 'were', 'said', 'is', 'by', 'with', 'that', 'for', 'on'];
// What "disputed"/"rejected" must take as its object to deny: a determiner, or the claim, report or figure itself.
const DENIED_OBJECTS = [
  'the',
  'this',
  'these',
  'those',
  'that',
  'its',
  'their',
  'report',
  'reports',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'account',
  'accounts',
  'figure',
  'figures',
  'it',
  'them',
];
// What a denial is about: civilians, casualties, responsibility, strikes, raids, bombs, attacks, killing, the
// allegations and reports, targets, shelling, aircraft.
const DENIAL_TOPICS = [
  'civilian',
  'casualt',
  'responsib',
  'involvement',
  'strike',
  'struck',
  'raid',
  'bomb',
  'attack',
  'kill',
  'death',
  'allegation',
  'accusation',
  'report',
  'claim',
  'target',
  'shell',
  'warplane',
  'aircraft',
  'jets',
];
// Stems of every denial: deny/denied, reject, dismiss, refute, dispute, negations, and the words that call a claim
// untrue.
const DENIAL_STEMS = [
  'deni',
  'deny',
  'reject',
  'dismiss',
  'refut',
  'disput',
  'not',
  'never',
  'no ',
  'fake',
  'fabricat',
  'false',
  'baseless',
  'groundless',
  'unfounded',
  'lies',
];
// Stems of every acknowledgment: the hedges (may, might, could), admit, acknowledge, concede, credible,
// unintentional.
const ACKNOWLEDGMENT_STEMS = ['may', 'might', 'could', 'admit', 'acknowledg', 'conced', 'credible', 'unintentional'];
// Words of any casualty report, read whole: killing, the dead, the toll, the wounded, massacre, execution; and a
// denial.
const CASUALTY_SCREEN = [
  'killed',
  'kill',
  'kills',
  'killing',
  'dead',
  'death',
  'deaths',
  'died',
  'toll',
  'wounded',
  'injured',
  'casualties',
  'massacre',
  'executed',
  'beheaded',
  'beheading',
  'deny',
  'denied',
  'denies',
];

/**
 * Vague amounts: tens or hundreds of thousands, several hundreds, thousands or dozens, dozens and scores, "several
 * people", "a number of civilians" (not "the number of", a count with its number elsewhere), hundreds, thousands.
 */
const VAGUE_AMOUNTS: readonly VagueAmountPattern[] = [
  { pattern: String.raw`\btens\s+of\s+thousands\b`, min: 20_000 },
  { pattern: String.raw`\bhundreds\s+of\s+thousands\b`, min: 200_000 },
  { pattern: String.raw`\b(?:several|a\s+few|few)\s+hundreds?\b`, min: 200 },
  { pattern: String.raw`\b(?:several|a\s+few|few)\s+thousands?\b`, min: 2000 },
  { pattern: String.raw`\b(?:several|a\s+few|few)\s+dozens?\b`, min: 24 },
  { pattern: String.raw`\b(?:dozens|scores)\b`, min: 20 },
  { pattern: String.raw`\bseveral\b`, min: 3 },
  { pattern: String.raw`(?<!\bthe\s)\ba\s+number\s+of\b`, min: 2 },
  { pattern: String.raw`\bhundreds\b`, min: 200 },
  { pattern: String.raw`\bthousands\b`, min: 2000 },
];

export const en: LanguageRecord = {
  code: 'en',
  script: 'latin',
  commonWords: COMMON,
  denialVerbs: [...DENY, ...DENY_OTHER, ...REJECT, ...DISMISS_REFUTE],
  // English writes "and" apart: `coordinatedStatementVerbs` reads "and denies".
  denialVerbsWithConjunction: [],
  objectDenialVerbs: DISPUTE,
  deniedObjects: DENIED_OBJECTS,
  denialTopics: DENIAL_TOPICS,
  denialStems: DENIAL_STEMS,
  acknowledgmentStems: ACKNOWLEDGMENT_STEMS,
  casualtyScreen: CASUALTY_SCREEN,
  and: ['and'],
  acknowledgmentVerbs: [...ADMIT, ...ACKNOWLEDGE, ...CONCEDE],
  coordinatedStatementVerbs: [...DENY, ...ADMIT, ...ACKNOWLEDGE, ...REJECT],
  attributionVerbs: [...STATEMENT_PAST, ...ATTRIBUTION_MORE, ...DENY, past(ADMIT), past(ACKNOWLEDGE)],
  accordingTo: ['according to', 'citing', 'cited by', 'quoted by'],
  selfReference: [
    ...['our correspondent', 'our correspondents', 'our reporter', 'our reporters', 'our team', 'our sources'],
    'our crew',
  ],
  statementOpeners: [...STATEMENT_PAST, past(DENY), ...STATEMENT_CARRIERS],
  qualifiersBefore: {
    at_least: qualifierWords({ fromWordStart: AT_LEAST }),
    more_than: qualifierWords({ fromWordStart: MORE_THAN }),
    about: qualifierWords({ fromWordStart: ABOUT }),
    up_to: qualifierWords({ fromWordStart: UP_TO }),
  },
  qualifiersAfter: { at_least: AT_LEAST_AFTER, about: ABOUT_AFTER },
  inclusionWords: INCLUSION,
  // "among the dead" is not read yet: adding it changes results.
  inclusionAmongNouns: [],
  // "rise" is both: English needs no separate noun list.
  tollRiseNouns: [],
  tollRiseVerbs: RISE,
  tollRaiseVerbs: RAISE,
  tollRiseTo: ['to'],
  killWords: [...KILL, ...DEATH, ...DEAD, ...VIOLENT_DEATH],
  injuryWords: [...WOUND, ...INJURE],
  // Not read yet: the victims lump is read for Arabic only.
  victimWords: [],
  deathlessCasualtyWords: [],
  // English reads a count reaching its number with its own pattern (EN_TOLL_REACHES in figures.ts).
  tollReachVerbs: [],
  tollExceedVerbs: [],
  vagueAmounts: VAGUE_AMOUNTS,
  countedNouns: {
    civilians: CIVILIANS,
    children: CHILDREN,
    women: WOMEN,
    injured: INJURED_COUNTED,
    dead: DEAD_COUNTED,
    people: [...PEOPLE, ...PEOPLE_BY_ROLE, ...PEOPLE_BY_KIN],
    combatants: COMBATANTS,
    thing: [...ATTACKS, ...MUNITIONS, ...PLACES_VEHICLES, ...FAMILIES, ...UNITS, ...DISPLACED_DETAINED],
  },
  // English writes the qualifier before the name ("Upper X"), which names it apart: none.
  placeQualifiers: [],
  constructions: {
    aggregate: [AGGREGATE],
    sinceStart: [SINCE_START],
    perfectTense: [PERFECT_TENSE],
    twoDayToll: [TWO_DAY_TOLL],
    // "in Idlib and Aleppo provinces", "the provinces of Idlib and Hama".
    twoRegions: [
      String.raw`\b[a-z'-]+\s+and\s+[a-z'-]+\s+(?:provinces|governorates|countrysides)\b` +
        String.raw`|\b(?:provinces|governorates)\s+of\s+[a-z'-]+\s+and\s+[a-z'-]+`,
    ],
    pastPerfect: [PAST_PERFECT],
    negatedAction: [NEGATED_ACTION],
    discredited: [DISCREDITED],
    hedgedAcknowledgment: HEDGED_ACKNOWLEDGMENT,
    agentBefore: [AGENT_BEFORE],
    agentAfter: [AGENT_AFTER],
    victimBefore: [VICTIM_BEFORE],
    holderAfter: [HOLDER_AFTER],
    relayWithoutSource: [],
    placeOfOrigin: [PLACE_OF_ORIGIN],
    attackerPosition: [ATTACKER_POSITION],
    // "the village of X" names another place: a cue, not a pointer back.
    villageAnaphor: [String.raw`\bthe\s+village\b(?!\s+of\b)`],
    townAnaphor: [String.raw`\bthe\s+town\b(?!\s+of\b)`],
    lossAsDeath: [],
    // "The toll was broken down as follows:", "distributed as follows".
    breakdownFollows: [String.raw`\b(?:broken\s+down|distributed|divided|spread)\s+(?:\S+\s+){0,4}?as\s+follows\b`],
    // "the two men were civilians", "all three victims were civilians": a count, then the dead, said to be civilians;
    // "the man killed was a civilian": one.
    civilianStatus: [
      String.raw`\bthe\s+(?:(?:dead|young)\s+)?(?:man|woman|victim|person)\s+(?:(?:killed|targeted)\s+)?` +
        String.raw`was\s+a\s+civilian\b`,
      String.raw`\b(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:young\s+)?men|victims` +
        String.raw`|dead|people|brothers|women)\s+(?:were|are)\s+(?:all\s+)?civilians\b`,
    ],
    // Crime, not war: robbers and thieves, a robbery or burglary, a blood or family feud, a brawl.
    criminalKilling: [
      String.raw`\b(?:robbers?|robbery|burglars?|burglary|thieves|thief|brawl|(?:blood|family)\s+feud` +
        String.raw`|family\s+dispute)\b`,
    ],
  },
};
