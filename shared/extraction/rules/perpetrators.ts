// Alleged perpetrators: who struck, as a short id. A party counts as the perpetrator only in a perpetrator
// role ("غارات التحالف", "قوات النظام", "Russian air strikes", "by the coalition", "التحالف يرتكب").
import type { PerpetratorId } from '../../domain/perpetrators.ts';
import { type FoldedText, wordsSource } from './folded-text.ts';
import { constructionPattern, ofScript } from './lang/registry.ts';

/**
 * Names of each party of the domain's registry (shared/domain/perpetrators.ts), folded, by the code of a registered
 * language (lang/registry.ts).
 */
const PARTIES: Array<{ id: PerpetratorId; names: Readonly<Record<string, readonly string[]>> }> = [
  {
    id: 'coalition',
    names: {
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
      fr: [
        'coalition internationale',
        'coalition',
        'américaine',
        'américaines',
        'américain',
        'américains',
        'états-unis',
      ],
    },
  },
  {
    id: 'russia',
    names: {
      ar: ['روسيا', 'الروسي', 'الروسيه', 'الطيران الروسي', 'القوات الروسيه', 'روسيه', 'روسي'],
      en: ['russian', 'russia', 'russians'],
      fr: ['russe', 'russes', 'russie'],
    },
  },
  {
    id: 'syrian-government',
    names: {
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
      fr: ['régime syrien', 'régime', 'armée syrienne', 'forces gouvernementales', 'forces du régime', 'loyalistes'],
    },
  },
  {
    id: 'islamic-state',
    names: {
      ar: ['تنظيم الدوله الاسلاميه', 'تنظيم الدوله', 'الدوله الاسلاميه', 'تنظيم داعش', 'داعش', 'التنظيم'],
      en: ['islamic state', 'isis', 'isil', 'daesh', 'jihadists', 'jihadist'],
      fr: ['groupe état islamique', 'état islamique', 'daech', 'jihadistes', 'djihadistes'],
    },
  },
  {
    id: 'sdf',
    names: {
      ar: ['قوات سوريا الديمقراطيه', 'قوات سوريا الديموقراطيه', 'قسد', 'وحدات حمايه الشعب'],
      en: ['syrian democratic forces', 'sdf', 'ypg', 'kurdish-led', 'kurdish forces', 'kurdish fighters'],
      fr: ['forces démocratiques syriennes', 'fds', 'forces kurdes'],
    },
  },
  {
    id: 'turkey',
    names: {
      ar: ['تركيا', 'التركي', 'التركيه', 'الجيش التركي', 'القوات التركيه'],
      en: ['turkish', 'turkey', 'ankara'],
      fr: ['turc', 'turque', 'turcs', 'turques', 'turquie', 'ankara'],
    },
  },
  {
    id: 'iraq',
    names: {
      ar: ['العراق', 'العراقي', 'العراقيه', 'الطيران العراقي'],
      en: ['iraqi', 'iraq'],
      fr: ['irakien', 'irakienne', 'irak'],
    },
  },
  {
    id: 'israel',
    names: {
      ar: ['اسراييل', 'الاسراييلي', 'الاسراييليه', 'الاحتلال الاسراييلي'],
      en: ['israeli', 'israel'],
      fr: ['israélien', 'israélienne', 'israéliens', 'israël'],
    },
  },
  {
    id: 'rebels',
    names: {
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
      fr: ['rebelles', 'insurgés', 'opposition armée', 'hts'],
    },
  },
  {
    id: 'sna',
    names: {
      ar: ['الجيش الوطني السوري', 'الجيش الوطني', 'فصايل الجيش الوطني', 'الفصايل المواليه لتركيا'],
      en: ['syrian national army', 'turkish-backed factions', 'turkish-backed rebels', 'turkey-backed factions'],
      fr: ['armée nationale syrienne'],
    },
  },
  {
    id: 'iran',
    names: {
      ar: ['ايران', 'الايرانيه', 'الايراني', 'الحرس الثوري'],
      en: ['iranian', 'iran', 'hezbollah'],
      fr: ['iranien', 'iraniens', 'iranienne', 'iran', 'hezbollah'],
    },
  },
];

const PARTY_PATTERNS = PARTIES.map((p) => ({
  id: p.id,
  re: new RegExp(
    [wordsSource(ofScript(p.names, 'arabic'), true), wordsSource(ofScript(p.names, 'latin'), false)].join('|'),
    'gu',
  ),
}));

export interface PartyMention {
  id: PerpetratorId;
  start: number;
  end: number;
  /** Named as the one who struck (not as a target, a speaker or a victim). */
  agent: boolean;
}

/** The words around a party's name that make it the one who struck, its target, or the holder of a place. */
const AGENT_BEFORE = constructionPattern((c) => c.agentBefore);
const AGENT_AFTER = constructionPattern((c) => c.agentAfter);
const VICTIM_BEFORE = constructionPattern((c) => c.victimBefore);
const HOLDER_AFTER = constructionPattern((c) => c.holderAfter);

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
      const victim = VICTIM_BEFORE.test(before) || HOLDER_AFTER.test(after);
      const agent = !victim && (AGENT_BEFORE.test(before) || AGENT_AFTER.test(after));
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
