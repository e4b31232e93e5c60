// Who makes casualty claims: canonical names with aliases in both scripts, and the phrases that name them in
// report text. Reuters/AFP/Al Jazeera are reporters, not claimants, so they are not here.

import type { PerpetratorId } from '../../domain/perpetrators.ts';

export interface ClaimantEntry {
  id: string;
  name: string;
  aliases: string[];
  /**
   * Phrases that name this claimant in report text, by the code of a registered language (lang/registry.ts): Arabic
   * written naturally, Latin-script languages in lower case.
   */
  phrases: Readonly<Record<string, readonly string[]>>;
  /** When the claimant is a belligerent: its perpetrator id. */
  party?: PerpetratorId;
  /** Generic sources ("مصادر محلية"): "المصادر" later in the text refers back to the latest of these. */
  sources?: boolean;
}

/** Every phrase of an entry, in every language. */
export const allPhrases = (entry: ClaimantEntry): string[] => Object.values(entry.phrases).flat();

/** The claimant of a figure the report states without saying who claims it (and has no publisher). */
export const UNATTRIBUTED = 'unattributed';

export const CLAIMANTS: ClaimantEntry[] = [
  {
    id: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    aliases: ['SOHR', 'المرصد السوري لحقوق الإنسان', 'المرصد السوري', 'Syrian Observatory'],
    phrases: {
      ar: ['المرصد السوري لحقوق الإنسان', 'المرصد السوري', 'المرصد', 'رامي عبد الرحمن', 'رامي عبدالرحمن'],
      en: [
        'syrian observatory for human rights',
        'syrian observatory',
        'the observatory',
        'observatory',
        'sohr',
        'rami abdel rahman',
        'rami abdulrahman',
        'rami abdel-rahman',
        'abdel rahman',
        'abdulrahman',
        'britain-based monitor',
        'uk-based monitor',
        'british-based monitor',
        'britain-based observatory',
        'britain-based syrian observatory',
        'britain-based syrian observatory for human rights',
        'british-based syrian observatory for human rights',
        'british-based syrian observatory',
        'uk-based syrian observatory',
      ],
      fr: ["observatoire syrien des droits de l'homme", 'observatoire syrien', "l'observatoire", 'osdh'],
    },
  },
  {
    id: 'snhr',
    name: 'Syrian Network for Human Rights',
    aliases: ['SNHR', 'الشبكة السورية لحقوق الإنسان'],
    phrases: {
      ar: ['الشبكة السورية لحقوق الإنسان', 'الشبكة السورية'],
      en: ['syrian network for human rights', 'snhr'],
      fr: ["réseau syrien des droits de l'homme", 'rsdh'],
    },
  },
  {
    id: 'sana',
    name: 'SANA',
    aliases: [
      'Syrian Arab News Agency',
      'سانا',
      'الوكالة العربية السورية للأنباء',
      'وكالة الأنباء السورية',
      'وكالة سانا',
    ],
    phrases: {
      ar: [
        'الوكالة العربية السورية للأنباء',
        'وكالة الأنباء السورية الرسمية',
        'وكالة الأنباء السورية',
        'وكالة الأنباء الرسمية',
        'وكالة سانا',
        'سانا',
      ],
      en: ['syrian arab news agency', 'state news agency sana', 'state news agency', 'official news agency', 'sana'],
    },
  },
  {
    id: 'syrian-state-media',
    name: 'Syrian state media',
    aliases: ['state media', 'state television', 'التلفزيون السوري', 'الإعلام الرسمي'],
    phrases: {
      ar: [
        'التلفزيون السوري الرسمي',
        'التلفزيون الرسمي السوري',
        'التلفزيون السوري',
        'التلفزيون الرسمي',
        'الإعلام الرسمي السوري',
        'الإعلام الرسمي',
        'وسائل الإعلام الرسمية',
        'الإخبارية السورية',
      ],
      en: [
        'state television',
        'state tv',
        'state media',
        'state-run television',
        'state-run tv',
        'state-run media',
        'syrian television',
        'syrian tv',
        'official media',
        'al-ikhbariya',
      ],
    },
    party: 'syrian-government',
  },
  {
    id: 'local-sources',
    name: 'local sources',
    aliases: ['مصادر محلية', 'local source', 'مصدر محلي'],
    phrases: {
      ar: ['مصادر محلية', 'مصدر محلي', 'مصادر أهلية', 'مصادر محليه'],
      en: ['local sources', 'a local source', 'local source'],
      fr: ['sources locales', 'source locale'],
    },
    sources: true,
  },
  {
    id: 'field-sources',
    name: 'field sources',
    aliases: ['مصادر ميدانية', 'مصدر ميداني'],
    phrases: {
      ar: ['مصادر ميدانية', 'مصدر ميداني'],
      en: ['field sources', 'a field source'],
    },
    sources: true,
  },
  {
    id: 'medical-sources',
    name: 'medical sources',
    aliases: ['مصادر طبية', 'مصدر طبي', 'medical source'],
    phrases: {
      ar: ['مصادر طبية', 'مصدر طبي'],
      en: [
        'medical sources',
        'a medical source',
        'medical source',
        'hospital sources',
        'hospital officials',
        'medics',
        'doctors',
      ],
      fr: ['sources médicales', 'source médicale'],
    },
    sources: true,
  },
  {
    id: 'activists',
    name: 'activists',
    aliases: ['ناشطون', 'ناشطين', 'نشطاء', 'activist'],
    phrases: {
      ar: ['ناشطون محليون', 'ناشطين محليين', 'ناشطون إعلاميون', 'ناشطون', 'ناشطين', 'نشطاء', 'ناشط', 'تنسيقيات'],
      en: ['local activists', 'opposition activists', 'activists', 'an activist', 'local coordination committees'],
    },
  },
  {
    id: 'residents',
    name: 'residents',
    aliases: ['أهالي', 'سكان', 'witnesses', 'شهود عيان'],
    phrases: {
      ar: ['شهود عيان', 'الأهالي', 'أهالي', 'سكان محليون', 'السكان'],
      en: ['residents', 'witnesses', 'a witness', 'eyewitnesses', 'locals'],
      fr: ['habitants', 'témoins', 'un témoin'],
    },
  },
  {
    id: 'coalition',
    name: 'US-led coalition',
    aliases: [
      'coalition',
      'CJTF-OIR',
      'Operation Inherent Resolve',
      'Combined Joint Task Force',
      'التحالف الدولي',
      'التحالف',
      'قوات المهام المشتركة',
    ],
    phrases: {
      ar: [
        'قوات المهام المشتركة',
        'قوة المهام المشتركة',
        'التحالف الدولي',
        'قوات التحالف',
        'قيادة التحالف',
        'التحالف',
        'عملية العزم الصلب',
        'العزم الصلب',
        'شون رايان',
        'شون ريان',
        'شون راين',
        'رايان',
        'ريان',
        'راين',
        'رايان ديلون',
        'ريان ديلون',
        'توماس فيل',
      ],
      en: [
        'combined joint task force',
        'cjtf-oir',
        'cjtf',
        'operation inherent resolve',
        'inherent resolve',
        'us-led coalition',
        'u.s.-led coalition',
        'international coalition',
        'coalition',
        'sean ryan',
        'col. sean ryan',
        'ryan dillon',
        'oirspox',
        'thomas veale',
        'centcom',
        'central command',
        'pentagon',
        'us military',
        'u.s. military',
      ],
      fr: ['coalition internationale', 'coalition menée par les états-unis', 'la coalition'],
    },
    party: 'coalition',
  },
  {
    id: 'islamic-state',
    name: 'Islamic State',
    aliases: ['Amaq', 'أعماق', 'تنظيم الدولة الإسلامية', 'تنظيم الدولة', 'داعش', 'ISIS', 'ISIL', 'Daesh'],
    phrases: {
      ar: [
        'وكالة أعماق',
        'أعماق',
        'تنظيم الدولة الإسلامية',
        'تنظيم الدولة',
        'الدولة الإسلامية',
        'تنظيم داعش',
        'داعش',
        'التنظيم',
      ],
      en: ['islamic state', 'isis', 'isil', 'daesh', 'amaq'],
    },
    party: 'islamic-state',
  },
  {
    id: 'us-state-department',
    name: 'US State Department',
    aliases: ['State Department', 'وزارة الخارجية الأمريكية', 'الخارجية الأمريكية'],
    phrases: {
      ar: ['وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية', 'الخارجية الأمريكية', 'الخارجية الأميركية'],
      en: ['state department', 'us state department', 'u.s. state department'],
    },
  },
  {
    id: 'russia-mofa',
    name: 'Russian Foreign Ministry',
    aliases: ['وزارة الخارجية الروسية', 'الخارجية الروسية'],
    phrases: {
      ar: ['وزارة الخارجية الروسية', 'الخارجية الروسية'],
      en: ['russian foreign ministry', 'russian ministry of foreign affairs'],
    },
    party: 'russia',
  },
  {
    // "as Moscow denied its jets had carried out the attack": the capital speaks for the government.
    id: 'russia-government',
    name: 'Russian government',
    aliases: ['Moscow', 'Kremlin'],
    phrases: {
      ar: [],
      en: ['moscow', 'the kremlin', 'kremlin', 'russia'],
    },
    party: 'russia',
  },
  {
    id: 'turkey-mofa',
    name: 'Turkish Foreign Ministry',
    aliases: ['وزارة الخارجية التركية', 'الخارجية التركية'],
    phrases: {
      ar: ['وزارة الخارجية التركية', 'الخارجية التركية'],
      en: ['turkish foreign ministry'],
    },
    party: 'turkey',
  },
  {
    id: 'syria-mofa',
    name: 'Syrian Ministry of Foreign Affairs',
    aliases: [
      'Syrian Foreign Ministry',
      'وزارة الخارجية السورية',
      'وزارة الخارجية',
      'خارجية الأسد',
      'الخارجية السورية',
    ],
    phrases: {
      ar: [
        'وزارة خارجية نظام الأسد',
        'وزارة خارجية النظام',
        'وزارة خارجية الأسد',
        'وزارة الخارجية والمغتربين',
        'وزارة الخارجية السورية',
        'الخارجية السورية',
        'خارجية الأسد',
        'خارجية النظام',
        'وزارة الخارجية',
        'الخارجية',
      ],
      en: ['syrian foreign ministry', 'syrian ministry of foreign affairs', 'foreign ministry'],
    },
    party: 'syrian-government',
  },
  {
    id: 'syrian-government',
    name: 'Syrian government',
    aliases: ['Syrian regime', 'Damascus', 'الحكومة السورية', 'النظام السوري', 'دمشق', 'Syrian army', 'الجيش السوري'],
    phrases: {
      ar: [
        'الحكومة السورية',
        'النظام السوري',
        'نظام الأسد',
        'الجيش العربي السوري',
        'الجيش السوري',
        'القيادة العامة للجيش',
        'دمشق',
      ],
      en: [
        'syrian government',
        'the government',
        'damascus',
        'the regime',
        'syrian regime',
        'assad regime',
        'syrian army',
        'syrian military',
        'the army',
      ],
      fr: ['armée syrienne', 'régime syrien', 'gouvernement syrien'],
    },
    party: 'syrian-government',
  },
  {
    id: 'white-helmets',
    name: 'White Helmets',
    aliases: ['Syria Civil Defence', 'civil defence', 'الدفاع المدني', 'الخوذ البيضاء', 'الدفاع المدني السوري'],
    phrases: {
      ar: ['الدفاع المدني السوري', 'الدفاع المدني', 'الخوذ البيضاء'],
      // "rescue workers said" in opposition areas is the civil defence ("the White Helmets rescue workers" is one
      // claimant).
      en: [
        'white helmets rescue workers',
        'civil defence rescue workers',
        'civil defense rescue workers',
        'white helmets',
        'syria civil defence',
        'syrian civil defence',
        'syrian civil defense',
        'civil defence',
        'civil defense',
        'rescue workers',
        'rescuers',
      ],
      fr: ['casques blancs', 'défense civile syrienne', 'défense civile'],
    },
  },
  {
    id: 'russia-mod',
    name: 'Russian Ministry of Defence',
    aliases: ['Russian Defence Ministry', 'Russian MoD', 'Russian military', 'وزارة الدفاع الروسية'],
    phrases: {
      ar: ['وزارة الدفاع الروسية', 'الدفاع الروسية', 'الجيش الروسي', 'مركز المصالحة الروسي', 'قاعدة حميميم'],
      en: [
        'russian defence ministry',
        'russian defense ministry',
        'russian ministry of defence',
        'russian ministry of defense',
        'russian military',
        'russian army',
        "russia's defence ministry",
        "russia's defense ministry",
        'russias defence ministry',
        'russias defense ministry',
      ],
      fr: ['ministère russe de la défense', 'armée russe'],
    },
    party: 'russia',
  },
  {
    id: 'airwars',
    name: 'Airwars',
    aliases: ['ايروورز', 'إيروورز'],
    phrases: {
      ar: ['إيروورز', 'ايروورز', 'اير وورز'],
      en: ['airwars'],
    },
  },
  {
    id: 'un',
    name: 'United Nations',
    aliases: ['UN', 'الأمم المتحدة', 'OHCHR'],
    phrases: {
      ar: ['الأمم المتحدة', 'المفوضية السامية لحقوق الإنسان', 'مكتب تنسيق الشؤون الإنسانية'],
      en: ['united nations', 'the un', 'u.n.', 'un human rights office', 'ohchr', 'ocha', 'un envoy'],
      fr: ['nations unies', 'onu', "bureau des droits de l'homme de l'onu", 'ocha'],
    },
  },
  {
    id: 'unicef',
    name: 'UNICEF',
    aliases: ['يونيسف', 'اليونيسف'],
    phrases: {
      ar: ['اليونيسف', 'يونيسف', 'منظمة الأمم المتحدة للطفولة'],
      en: ['unicef'],
      fr: ['unicef'],
    },
  },
  {
    id: 'sdf',
    name: 'Syrian Democratic Forces',
    aliases: ['SDF', 'قوات سوريا الديمقراطية', 'قسد'],
    phrases: {
      ar: ['قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية', 'قسد'],
      en: ['syrian democratic forces', 'sdf'],
    },
    party: 'sdf',
  },
  {
    // The Kurdish YPG speaks for itself (its media centre); as a belligerent it is the SDF's core.
    id: 'ypg',
    name: 'YPG',
    aliases: ["People's Protection Units", 'وحدات حماية الشعب', 'المركز الإعلامي لوحدات حماية الشعب'],
    phrases: {
      ar: ['المركز الإعلامي لوحدات حماية الشعب', 'وحدات حماية الشعب'],
      en: ["people's protection units", 'peoples protection units', 'ypg'],
    },
    party: 'sdf',
  },
  {
    // Turkey's state agency: "Turkey's state news agency Anadolu" must not read as SANA's "state news agency".
    id: 'anadolu',
    name: 'Anadolu',
    aliases: ['Anadolu Agency', 'الأناضول', 'وكالة الأناضول'],
    phrases: {
      ar: [],
      en: [
        "turkey's state news agency anadolu",
        "turkey's state-run anadolu agency",
        'turkish state news agency anadolu',
        'anadolu news agency',
        'anadolu agency',
        'anadolu',
      ],
    },
  },
  {
    id: 'kurdish-red-crescent',
    name: 'Kurdish Red Crescent',
    aliases: ['الهلال الأحمر الكردي', 'Heyva Sor'],
    phrases: {
      ar: ['الهلال الأحمر الكردي'],
      en: ['kurdish red crescent', 'heyva sor'],
    },
  },
  {
    id: 'sarc',
    name: 'Syrian Arab Red Crescent',
    aliases: ['SARC', 'الهلال الأحمر العربي السوري', 'الهلال الأحمر السوري'],
    phrases: {
      ar: ['الهلال الأحمر العربي السوري', 'الهلال الأحمر السوري'],
      en: ['syrian arab red crescent', 'sarc'],
    },
  },
  // Syrian outlets that count casualties through their own correspondents (their mastheads and datelines name them).
  {
    id: 'rbss',
    name: 'Raqqa Is Being Slaughtered Silently',
    aliases: ['RBSS', 'الرقة تذبح بصمت'],
    phrases: {
      ar: ['الرقة تذبح بصمت'],
      en: ['raqqa is being slaughtered silently', 'rbss'],
    },
  },
  {
    id: 'shaam',
    name: 'Shaam News Network',
    aliases: ['شبكة شام', 'شبكة شام الإخبارية', 'Shaam Network'],
    phrases: {
      ar: ['شبكة شام الإخبارية', 'شبكة شام'],
      en: ['shaam news network', 'shaam network'],
    },
  },
  {
    id: 'enab-baladi',
    name: 'Enab Baladi',
    aliases: ['عنب بلدي'],
    phrases: {
      ar: ['عنب بلدي'],
      en: ['enab baladi'],
    },
  },
  {
    id: 'syria-tv',
    name: 'Syria TV',
    aliases: ['تلفزيون سوريا', 'Syria TV'],
    phrases: {
      ar: ['تلفزيون سوريا'],
      en: ['syria tv'],
    },
  },
  {
    id: 'orient',
    name: 'Orient News',
    aliases: ['أورينت نت', 'أورينت', 'Orient Net'],
    phrases: {
      ar: ['أورينت نت', 'أورينت نيوز'],
      en: ['orient news', 'orient net'],
    },
  },
  {
    id: 'anha',
    name: 'Hawar News Agency',
    aliases: ['ANHA', 'وكالة أنباء هاوار', 'هاوار'],
    phrases: {
      ar: ['وكالة أنباء هاوار', 'وكالة هاوار'],
      en: ['hawar news agency', 'anha'],
    },
  },
  {
    id: 'turkey-military',
    name: 'Turkish military',
    aliases: [
      'Turkish army',
      'الجيش التركي',
      'وزارة الدفاع التركية',
      'Turkish General Staff',
      'رئاسة الأركان العامة التركية',
    ],
    phrases: {
      ar: [
        'وزارة الدفاع التركية',
        'الدفاع التركية',
        'الجيش التركي',
        'القوات المسلحة التركية',
        'رئاسة الأركان العامة التركية',
        'رئاسة الأركان التركية',
        'هيئة الأركان التركية',
        'الأركان العامة التركية',
        'الأركان التركية',
      ],
      en: [
        'turkish military',
        'turkish army',
        'turkish defence ministry',
        'turkish defense ministry',
        'turkish armed forces',
        'turkish general staff',
        "turkey's defence ministry",
        "turkey's defense ministry",
        'turkeys defence ministry',
        'turkish ministry of national defence',
      ],
    },
    party: 'turkey',
  },
  {
    id: 'iraq-military',
    name: 'Iraqi military',
    aliases: ['Iraqi army', 'الجيش العراقي', 'خلية الإعلام الأمني'],
    phrases: {
      ar: ['خلية الإعلام الأمني', 'الجيش العراقي', 'قيادة العمليات المشتركة العراقية'],
      en: ['iraqi military', 'iraqi army', 'security media cell'],
    },
    party: 'iraq',
  },
  {
    id: 'israel-military',
    name: 'Israeli military',
    aliases: ['IDF', 'Israeli army', 'الجيش الإسرائيلي'],
    phrases: {
      ar: ['الجيش الإسرائيلي', 'جيش الاحتلال'],
      en: ['israeli military', 'israeli army', 'idf', 'israel defense forces'],
    },
    party: 'israel',
  },
  {
    id: 'msf',
    name: 'Doctors Without Borders',
    aliases: ['MSF', 'أطباء بلا حدود'],
    phrases: {
      ar: ['أطباء بلا حدود'],
      en: ['doctors without borders', 'medecins sans frontieres', 'msf'],
      fr: ['médecins sans frontières', 'msf'],
    },
  },
  {
    id: 'sams',
    name: 'Syrian American Medical Society',
    aliases: ['SAMS', 'الجمعية الطبية السورية الأمريكية'],
    phrases: {
      ar: ['الجمعية الطبية السورية الأمريكية', 'سامز'],
      en: ['syrian american medical society', 'sams'],
    },
  },
  {
    id: 'hrw',
    name: 'Human Rights Watch',
    aliases: ['HRW', 'هيومن رايتس ووتش'],
    phrases: {
      ar: ['هيومن رايتس ووتش'],
      en: ['human rights watch', 'hrw'],
      fr: ['human rights watch', 'hrw'],
    },
  },
  {
    id: 'amnesty',
    name: 'Amnesty International',
    aliases: ['منظمة العفو الدولية', 'العفو الدولية'],
    phrases: {
      ar: ['منظمة العفو الدولية', 'العفو الدولية'],
      en: ['amnesty international', 'amnesty'],
      fr: ['amnesty international', 'amnesty'],
    },
  },
  {
    id: 'step',
    name: 'Step News Agency',
    aliases: ['ستيب', 'وكالة ستيب الإخبارية'],
    phrases: {
      ar: ['وكالة ستيب الإخبارية', 'وكالة ستيب', 'ستيب الإخبارية', 'ستيب'],
      en: ['step news agency', 'step news'],
    },
  },
];
