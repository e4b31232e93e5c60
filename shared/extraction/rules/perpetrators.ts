// Alleged perpetrators: who struck, as a short id. A party counts as the perpetrator only in a perpetrator
// role ("غارات التحالف", "قوات النظام", "Russian air strikes", "by the coalition", "التحالف يرتكب").
import type { PerpetratorId } from '../../domain/perpetrators.ts';
import { type FoldedText, wordsSource } from './folded-text.ts';

/** Names of each party of the domain's registry (shared/domain/perpetrators.ts), in folded Arabic and English. */
const PARTIES: Array<{ id: PerpetratorId; ar: string[]; en: string[] }> = [
  {
    id: 'coalition',
    ar: [
      'التحالف الدولي',
      'التحالف',
      'قوات التحالف',
      'الطيران الامريكي',
      'الطيران الاميركي',
      'الطايرات الامريكيه',
      'القوات الامريكيه',
      'الامريكي',
      'الامريكيه',
      'الاميركيه',
    ],
    en: [
      'us-led coalition',
      'u.s.-led coalition',
      'international coalition',
      'coalition',
      'american',
      'u.s.',
      'us-led',
      'pentagon',
    ],
  },
  {
    id: 'russia',
    ar: ['روسيا', 'الروسي', 'الروسيه', 'الطيران الروسي', 'القوات الروسيه', 'روسيه', 'روسي'],
    en: ['russian', 'russia', 'russians'],
  },
  {
    id: 'syrian-government',
    ar: [
      'قوات النظام',
      'النظام السوري',
      'النظام',
      'الحكومه السوريه',
      'قوات الحكومه',
      'القوات الحكوميه',
      'الجيش السوري',
      'الجيش العربي السوري',
      'قوات الاسد',
      'نظام الاسد',
      'الطيران الحربي السوري',
      'الطيران السوري',
      'طيران النظام',
      'البراميل المتفجره',
      'الميليشيات المواليه',
      'القوات المواليه',
      'الطيران المروحي',
      'الطيران الحربي',
    ],
    en: [
      'regime',
      'government forces',
      'government troops',
      'syrian army',
      'syrian military',
      'syrian government',
      'assad forces',
      'pro-government',
      'pro-regime',
      'loyalist',
      'barrel bombs',
      'barrel bomb',
      'government warplanes',
      'government aircraft',
      'government helicopters',
      'regime forces',
      'syrian warplanes',
      'syrian jets',
      'army',
      'government',
    ],
  },
  {
    id: 'islamic-state',
    ar: ['تنظيم الدوله الاسلاميه', 'تنظيم الدوله', 'الدوله الاسلاميه', 'تنظيم داعش', 'داعش', 'التنظيم'],
    en: ['islamic state', 'isis', 'isil', 'daesh', 'jihadists', 'jihadist'],
  },
  {
    id: 'sdf',
    ar: ['قوات سوريا الديمقراطيه', 'قوات سوريا الديموقراطيه', 'قسد', 'وحدات حمايه الشعب'],
    en: ['syrian democratic forces', 'sdf', 'ypg', 'kurdish-led', 'kurdish forces', 'kurdish fighters'],
  },
  {
    id: 'turkey',
    ar: ['تركيا', 'التركي', 'التركيه', 'الجيش التركي', 'القوات التركيه'],
    en: ['turkish', 'turkey', 'ankara'],
  },
  { id: 'iraq', ar: ['العراق', 'العراقي', 'العراقيه', 'الطيران العراقي'], en: ['iraqi', 'iraq'] },
  { id: 'israel', ar: ['اسراييل', 'الاسراييلي', 'الاسراييليه', 'الاحتلال الاسراييلي'], en: ['israeli', 'israel'] },
  {
    id: 'rebels',
    ar: [
      'فصايل المعارضه',
      'الفصايل المسلحه',
      'المعارضه المسلحه',
      'الفصايل',
      'هييه تحرير الشام',
      'جبهه النصره',
      'الجيش الحر',
      'المعارضه',
    ],
    en: [
      'rebels',
      'rebel',
      'opposition',
      'nusra',
      'al-nusra',
      'hts',
      'free syrian army',
      'fsa',
      'jaish al-islam',
      'insurgents',
    ],
  },
  {
    id: 'sna',
    ar: ['الجيش الوطني السوري', 'الجيش الوطني', 'فصايل الجيش الوطني', 'الفصايل المواليه لتركيا'],
    en: ['syrian national army', 'turkish-backed factions', 'turkish-backed rebels', 'turkey-backed factions'],
  },
  { id: 'iran', ar: ['ايران', 'الايرانيه', 'الايراني', 'الحرس الثوري'], en: ['iranian', 'iran', 'hezbollah'] },
];

const PARTY_PATTERNS = PARTIES.map((p) => ({
  id: p.id,
  re: new RegExp([wordsSource(p.ar, true), wordsSource(p.en, false)].join('|'), 'gu'),
}));

export interface PartyMention {
  id: PerpetratorId;
  start: number;
  end: number;
  /** Named as the one who struck (not as a target, a speaker or a victim). */
  agent: boolean;
}

const AGENT_BEFORE_AR = new RegExp(
  '(?:غارات|غاره|غاره|ضربات|ضربه|قصف|بقصف|طيران|طايرات|مقاتلات|صواريخ|قذايف|مدفعيه|هجوم|هجمات' +
    String.raw`|براميل|قوات|نفذها|نفذتها|شنها|شنتها|بقياده|قاده|اطلقتها|جراء\s+قصف|طايره` +
    String.raw`|حربي)\s*(?:\S+\s+){0,1}$`,
  'u',
);
const AGENT_AFTER_AR = new RegExp(
  String.raw`^\s*(?:\S+\s+){0,2}?(?:يرتكب|ترتكب|ارتكب|ارتكبت|شن|شنت|يشن|تشن|نفذ|نفذت|ينفذ|تنفذ|استهدف` +
    '|استهدفت|يستهدف|تستهدف|قصف|قصفت|يقصف|تقصف|قتل|قتلت|اغار|اغارت|اعدم|اعدمت|فجر' +
    String.raw`|فجرت)(?![\p{L}])`,
  'u',
);
const AGENT_BEFORE_EN = /(?:\bby|\bfrom)\s+(?:the\s+|a\s+|suspected\s+)?$/u;
const AGENT_AFTER_EN = new RegExp(
  String.raw`^\s*(?:-?\s*(?:led|backed))?\s*(?:air\s*strikes?|airstrikes?|air\s+raids?|raids?|jets` +
    '|warplanes|planes|aircraft|shelling|bombing|bombardment|forces|troops|artillery|strikes?' +
    '|missiles?|drones?|helicopters?|attack|attacks|offensive|fire|barrel|rocket|rockets' +
    String.raw`|soldiers|army|militia|fighters|snipers|car\s+bomb|suicide)|^\s*(?:\w+\s+){0,1}?(?:killed` +
    String.raw`|bombed|struck|shelled|hit|launched|carried\s+out|targeted|pounded|executed|attacked)\b`,
  'u',
);
const VICTIM_BEFORE = new RegExp(
  String.raw`(?:من|صفوف|عناصر|مقاتلي|ضد|علي|لسيطره|سيطره|مناطق|مواقع|معاقل|جيب|\bagainst|\bof|\bamong` +
    String.raw`|\bon|\bheld|\bcontrolled|\b(?:held|controlled|run|dominated` +
    String.raw`|besieged)\s+by\s+(?:the\s+)?)\s*$`,
  'u',
);
/** "rebel stronghold", "Kurdish-held town": a party named as who holds a place, not who struck. */
const HOLDER_AFTER_EN =
  /^\s*(?:-?\s*(?:held|controlled|run|dominated)\b|(?:stronghold|strongholds|territory|enclave|bastion|areas?)\b)/u;

export function findPartyMentions(text: FoldedText): PartyMention[] {
  const f = text.folded;
  const found: PartyMention[] = [];
  for (const { id, re } of PARTY_PATTERNS) {
    re.lastIndex = 0;
    for (const m of f.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const before = f.slice(Math.max(0, start - 28), start);
      const after = f.slice(end, end + 40);
      const victim = VICTIM_BEFORE.test(before) || HOLDER_AFTER_EN.test(after);
      const agent =
        !victim &&
        (AGENT_BEFORE_AR.test(before) ||
          AGENT_AFTER_AR.test(after) ||
          AGENT_BEFORE_EN.test(before) ||
          AGENT_AFTER_EN.test(after));
      found.push({ id, start, end, agent });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PartyMention[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The agent nearest to `at` within [from, to), if any. */
export function agentIn(mentions: PartyMention[], from: number, to: number, at: number): PerpetratorId | undefined {
  let best: PartyMention | undefined;
  for (const m of mentions) {
    if (!m.agent || m.start < from || m.end > to) continue;
    if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  }
  return best?.id;
}
