// Arabic for the rules extractor. A verb is listed in the forms news Arabic uses for a party or an agency as
// subject: third person masculine and feminine (a ministry, a monitor, a force is feminine), past then present.
import { MONTH_FAMILIES } from '../../../text/calendar-words.ts';
import { type LanguageRecord, qualifierWords, type VagueAmountPattern } from './record.ts';

// نفى "deny": past and present singular (folded, نفى is also the verbal noun "denial").
const DENY_SINGULAR = ['نفي', 'نفت', 'ينفي', 'تنفي'];
// نفى, plural subject (the officials denied).
const DENY_PLURAL = ['نفوا', 'ينفون'];
// نفيه/نفيها "his/its denial": the verbal noun with the denier as pronoun ("في نفيها").
const DENIAL_NOUN = ['نفيه', 'نفيها'];
// أنكر "disavow": past, then present.
const DISAVOW_PAST = ['انكر', 'انكرت'];
const DISAVOW_PRESENT = ['ينكر', 'تنكر'];
// كذّب "call a lie", فنّد "refute": past.
const BELIE_PAST = ['كذب', 'كذبت', 'فند', 'فندت'];
// رفض "reject": a denial only when its object is an accusation or a report.
const REJECT_PAST = ['رفض', 'رفضت'];
const REJECT_PRESENT = ['يرفض', 'ترفض'];
// أقرّ "concede", اعترف "admit": past, then present; اعترافه/اعترافها "his/its admission".
const CONCEDE_PAST = ['اقر', 'اقرت'];
const CONCEDE_PRESENT = ['يقر', 'تقر'];
const ADMIT_PAST = ['اعترف', 'اعترفت'];
const ADMIT_PRESENT = ['يعترف', 'تعترف'];
const ADMISSION_NOUN = ['اعترافه', 'اعترافها'];

// The past verbs that open a statement or an accusation: said, announced, mentioned, reported, confirmed, directed
// (an accusation), added, explained, held (responsible).
const STATEMENT_PAST = [
  'قال',
  'قالت',
  'اعلن',
  'اعلنت',
  'ذكر',
  'ذكرت',
  'افاد',
  'افادت',
  'اكد',
  'اكدت',
  'وجه',
  'وجهت',
  'اضاف',
  'اضافت',
  'اوضح',
  'اوضحت',
  'حمل',
  'حملت',
];
// بيان "statement": heads a speaker's words like a verb ("بيان للمرصد").
const STATEMENT_NOUN = ['بيان'];
// Other nouns that carry a statement and its date: a declaration, a tweet, a report, "issued (by)".
const STATEMENT_CARRIERS = ['تصريح', 'تغريده', 'تقرير', 'الصادر', 'الصادره'];
// More verbs of saying, documenting, counting and accusing, in the present and past, whose subject is the claimant.
const ATTRIBUTION_MORE = [
  'يقول',
  'تقول',
  'يفيد',
  'تفيد',
  'يذكر',
  'تذكر',
  'يعلن',
  'تعلن',
  'اعلان',
  'وثق',
  'وثقت',
  'يوثق',
  'توثق',
  'احصي',
  'احصت',
  'يحصي',
  'يوكد',
  'توكد',
  'اشار',
  'اشارت',
  'يشير',
  'تشير',
  'نقل',
  'نقلت',
  'يحمل',
  'تحمل',
  'اتهم',
  'اتهمت',
  'يتهم',
  'تتهم',
  'ادعي',
  'ادعت',
  'زعم',
  'زعمت',
  'رصد',
  'رصدت',
  'سجل',
  'سجلت',
  'اورد',
  'اوردت',
  'بث',
  'بثت',
  'نشر',
  'نشرت',
  'قدر',
  'قدرت',
  'يقدر',
  'تقدر',
  'تابع',
  'تابعت',
  'اردف',
  'تحدث',
  'تحدثت',
];
// Participles that continue the last speaker's statement: "…، مشيرة إلى أن", "مضيفاً أن".
const CONTINUING_PARTICIPLES = [
  'مشيرا',
  'مشيره',
  'مضيفا',
  'مضيفه',
  'موكدا',
  'موكده',
  'موضحا',
  'موضحه',
  'لافتا',
  'لافته',
  'معلنا',
  'معلنه',
];
// The verb with the toll as object pronoun: "في حصيلة أعلنها الدفاع المدني".
const WITH_OBJECT_PRONOUN = ['اعلنها', 'اعلنته', 'ذكرها', 'اوردها', 'نشرها', 'وثقها', 'اكدها'];

// Qualifiers before a number. "At least": على الأقل، ما لا يقل عن (no fewer than), ليس أقل من (not less than).
const AT_LEAST = ['علي الاقل', 'ما لا يقل عن', 'لا يقل عن', 'ليس اقل من'];
// "More than" أكثر من, which takes a preposition ("بأكثر من", "لأكثر من").
const MORE_THAN = ['اكثر من'];
// تجاوز/تخطى "exceed(ed)", past then present: the figure is more than the number. A count reads the present of
// تخطى (يتخطى) only as a qualifier.
const EXCEED = ['تجاوز', 'تجاوزت', 'يتجاوز', 'تتجاوز', 'تخطي', 'تخطت'];
const EXCEEDS_PRESENT = ['يتخطي'];
// بلغ "reached" and وصل "came to", past then present: a count reaching its number.
const REACH = ['بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'وصل', 'وصلت', 'يصل', 'تصل'];
// "What exceeds / surpasses / is above" (ما يزيد عن، ما يربو على، ما يفوق), with or without ما, and أزيد من.
const ABOVE = [
  'ما يزيد عن',
  'ما يزيد علي',
  'يزيد عن',
  'يزيد علي',
  'ازيد من',
  'ما يربو علي',
  'يربو علي',
  'ما يفوق',
  'يفوق',
];
// "About": نحو، حوالي، قرابة، زهاء, which take a preposition ("بنحو", "لحوالي").
const ABOUT = ['نحو', 'حوالي', 'قرابه', 'زهاء'];
// "What nears" (ما يقارب، ما يقرب من), with or without ما.
const NEARLY = ['ما يقارب', 'يقارب', 'ما يقرب من', 'يقرب من'];
// "Up to": حتى, and "what reaches (to)" (ما يصل إلى، ما يصل لـ), with or without ما.
const UP_TO = ['حتي'];
const REACHING = ['ما يصل الي', 'ما يصل ل', 'يصل الي', 'يصل ل'];
// Qualifiers a few words after the number's noun: "على الأقل" (at least), "تقريبا" (about).
const AT_LEAST_AFTER = ['علي الاقل'];
const ABOUT_AFTER = ['تقريبا'];
// A part of the toll before: "بينهم/بينها/بينهن" (among them), "منهم/منهن" (of them), "أغلبهم/معظمهم" (most of
// them), "(و)هم/وهن" (and they are: "20 قتيلاً، هم: 12 …"); the extractor also reads them after "(و)من".
const INCLUSION = ['بينهم', 'بينها', 'بينهن', 'منهم', 'منهن', 'اغلبهم', 'معظمهم', 'وهم', 'وهن', 'هم'];
// "(من) بين القتلى": the victim nouns read after بين, with or without the article.
const AMONG_VICTIMS = [
  'قتلي',
  'ضحايا',
  'شهداء',
  'جرحي',
  'مصابين',
  'المصابين',
  'الضحايا',
  'القتلي',
  'الشهداء',
  'الجرحي',
];
// A toll that rose: the verbal noun ارتفاع, then ارتفع "rose" past and present.
const RISE_NOUN = ['ارتفاع'];
const RISE = ['ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع'];
// An event that raised a toll: رفع "raised", past and present, and the participle رافعاً "raising".
const RAISE = ['رفع', 'يرفع', 'ترفع', 'رفعت', 'رافعا', 'رافعه'];
// Killing. مقتل "the killing (of)", with the victim as pronoun: his, hers, theirs, of both.
const KILLING_NOUN = ['مقتل', 'مقتله', 'مقتلها', 'مقتلهم', 'مقتلهما'];
// قتل "kill(ed)": past and present, passive and active, with the victims as object pronoun, and the dual.
const KILL_VERB = ['قتل', 'قتلت', 'قتلوا', 'يقتل', 'تقتل', 'قتلها', 'قتلهم', 'قتلا', 'قتلتا'];
// Assassination: اغتيال "the assassination (of)", with the victim as pronoun; اغتال "assassinated", past and present.
const ASSASSINATION = ['اغتيال', 'اغتياله', 'اغتيالها', 'اغتيالهم', 'اغتال', 'اغتالت', 'اغتالوا', 'يغتال', 'تغتال'];
// قتيل "one killed", singular, feminine, dual and plural قتلى.
const KILLED_NOUN = ['قتلي', 'قتيل', 'قتيلا', 'قتيله', 'قتيلان', 'قتيلين'];
// The idioms of dying: لقي مصرعه / حتفه "met his death", by pronoun; سقط "fell"; أودى بحياة "took the life of".
const MET_DEATH = ['مصرع', 'مصرعه', 'مصرعهم', 'مصرعهما', 'حتفه', 'حتفها', 'حتفهم', 'حتفهما'];
const FELL = ['سقوط', 'سقط', 'سقطوا', 'سقطا'];
const TOOK_LIFE = ['اودي', 'اودت', 'بحياه', 'الحياه'];
// قضى "passed away", and the loss idioms of obituaries: "فقدنا فلان" (we lost), "فقد حياته" (lost his life).
const PASSED_AWAY = ['قضي', 'قضوا', 'قضت', 'قضيا'];
const LOST_LIFE = ['فقدنا', 'حياته', 'حياتها', 'حياتهم', 'حياتهما'];
// The obituary idioms: "في ذمة الله" (in God's keeping), "انتقل إلى رحمة الله" (passed to God's mercy).
const OBITUARY = ['ذمه الله', 'الي رحمه الله'];
// ضحية "victim", and the toll حصيلة (with or without the article).
const VICTIM = ['ضحايا', 'ضحيه', 'ضحيتها', 'ضحيته'];
const TOLL = ['حصيله', 'الحصيله'];
// وفاة "death", توفي "died": masculine, plural, dual and feminine.
const DEATH = ['وفاه', 'وفاته', 'وفاتها', 'وفاتهم', 'وفاتهما', 'توفي', 'توفوا', 'توفيا', 'توفيت'];
// استشهد "was martyred", its verbal noun by pronoun, and شهيد "martyr"; ارتقى "rose" (= was martyred).
const MARTYRDOM = [
  'استشهاد',
  'استشهاده',
  'استشهادها',
  'استشهادهم',
  'استشهادهما',
  'استشهد',
  'استشهدت',
  'استشهدوا',
  'استشهدا',
  'استشهدتا',
  'شهداء',
  'شهيد',
  'شهيدا',
  'شهيده',
  'شهيدان',
  'شهيدين',
];
const ROSE_MARTYR = ['ارتقي', 'ارتقت', 'ارتقوا', 'ارتقاء', 'يرتقي'];
// Execution, bodies and massacre: إعدام/أعدم، جثة/جثث، مجزرة.
const EXECUTION_BODIES_MASSACRE = ['اعدام', 'اعدم', 'اعدمت', 'جثث', 'جثه', 'مجزره'];
// Injury. إصابة "injury" with pronouns, أصيب "was injured" (masculine, feminine, plural, dual), يصاب.
const INJURY = ['اصابه', 'اصابات', 'اصابته', 'اصابتها', 'اصابتهم', 'اصابتهما'];
const INJURED_VERB = ['اصيب', 'اصيبت', 'اصيبوا', 'اصيبا', 'اصيبتا', 'يصاب'];
// مصاب "injured", جريح "wounded" and جرحى, جرح "wound(ed)" and "بجروح" (with wounds).
const INJURED_NOUN = ['مصاب', 'مصابا', 'مصابين', 'مصابون', 'جرحي', 'جريح', 'جريحا', 'جريحين'];
const WOUND = ['جرح', 'جرحت', 'جرحا', 'بجروح', 'جروح'];
// Counted nouns, each in the forms after a number: singular, accusative (after 11–99), dual, plural.
// Civilians: مدني (civilian) and مواطن (citizen).
const CIVILIANS = ['مدني', 'مدنيا', 'مدنيه', 'مدنيين', 'مدنيون', 'مدنيات', 'مواطنين', 'مواطنا', 'مواطن', 'مواطنون'];
// Children: طفل/طفلة (child) and قاصر (minor).
const CHILDREN = ['طفل', 'طفلا', 'اطفال', 'اطفالا', 'طفله', 'طفلات', 'قاصرين', 'قاصرا'];
// Women: امرأة/نساء، سيدة، نسوة; SOHR writes مواطنة/مواطنات ("female citizens") for women.
const WOMEN = ['امراه', 'نساء', 'سيده', 'سيدات', 'نسوه', 'مواطنه', 'مواطنات'];
// The injured and the dead as nouns: جريح/جرحى، مصاب; قتيل/قتلى، شهيد/شهداء، ضحية/ضحايا، جثة/جثث.
const INJURED_COUNTED = ['جريح', 'جريحا', 'جرحي', 'مصاب', 'مصابا', 'مصابين', 'مصابون'];
const DEAD_COUNTED = ['قتيل', 'قتيلا', 'قتلي', 'شهيد', 'شهيدا', 'شهداء', 'ضحيه', 'ضحايا', 'جثه', 'جثث'];
// People: شخص (person), رجل (man), شاب (young man), فرد (individual).
const PEOPLE = [
  ...['شخص', 'شخصا', 'اشخاص', 'اشخاصا', 'رجل', 'رجلا', 'رجال', 'شاب', 'شابا', 'شبان', 'افراد', 'فردا'],
  // People named by their work: عامل (worker), صحفي (journalist), مسعف (paramedic), متطوع (volunteer), طالب
  // (student), in the forms after a number.
  ...['عمال', 'عاملا', 'عاملين', 'صحفيين', 'صحفيا', 'صحفيون', 'مسعفين', 'مسعفا', 'متطوعين', 'متطوعا'],
  ...['طلاب', 'طالبا', 'طالبات', 'طالبه'],
];
// Combatants: عنصر (member, with a party's pronoun), مقاتل (fighter), مسلح (gunman), جندي، عسكري، قيادي
// (commander), مرتزقة، إرهابي, and a commander's مرافقون (escorts).
const COMBATANTS = [
  'عنصر',
  'عنصرا',
  'عناصر',
  'عناصره',
  'عناصرها',
  'عناصرهم',
  'مرافقيه',
  'مرافقيهم',
  'مقاتل',
  'مقاتلا',
  'مقاتلين',
  'مقاتلون',
  'مقاتلي',
  'مقاتليه',
  'مقاتليها',
  'مسلح',
  'مسلحا',
  'مسلحين',
  'مسلحي',
  'جندي',
  'جنديا',
  'جنود',
  'عسكري',
  'عسكريا',
  'عسكريين',
  'مرتزقه',
  'ارهابي',
  'ارهابيا',
  'ارهابيين',
  'قيادي',
  'قياديين',
  'قياديا',
  // Attackers are armed: "قتل 4 من المهاجمين", "سقط عدد من المهاجمين".
  'مهاجم',
  'مهاجما',
  'مهاجمين',
  'مهاجمون',
];
// Not people: strikes and attacks, munitions and aircraft, vehicles, places and buildings. An attack counted
// with its accusative or dual ending or as a "targeting" is no victim either ("40 هجوماً قتل فيها 6 مدنيين",
// "4 استهدافات تسببت بمقتل 2").
const ATTACKS = [
  'ضربه',
  'ضربات',
  'ضربتين',
  'غاره',
  'غارات',
  'غارتين',
  'هجوم',
  'هجوما',
  'هجومين',
  'هجمات',
  'هجومات',
  'استهداف',
  'استهدافا',
  'استهدافين',
  'استهدافات',
  'طلعه',
  'طلعات',
  'هدف',
  'اهداف',
];
const MUNITIONS = ['صاروخ', 'صاروخا', 'صواريخ', 'قذيفه', 'قذايف', 'برميل', 'براميل', 'طايره', 'طايرات'];
const VEHICLES = ['اليه', 'اليات', 'سياره', 'سيارات', 'دبابه', 'دبابات', 'عربه'];
const PLACES = [
  'منزل',
  'منزلا',
  'منازل',
  'مبني',
  'مباني',
  'قريه',
  'قري',
  'بلده',
  'بلدات',
  'مشفي',
  'مستشفي',
  'مدرسه',
  'مدارس',
  'نقطه',
  'موقع',
  'مواقع',
  'حاجز',
  'مخيم',
];
// Not people: families and households, counted as units (عائلة، أسرة).
const FAMILIES = ['عايله', 'عايلات', 'عوايل', 'اسره', 'اسر'];
// Not people: distances, durations, percent and times, money, weight and thousands.
const DISTANCES = ['كيلومتر', 'كيلومترات', 'كيلو', 'كم', 'كلم', 'متر', 'مترا', 'امتار'];
const DURATIONS = [
  'يوم',
  'يوما',
  'ايام',
  'ساعه',
  'ساعات',
  'اسبوع',
  'اسابيع',
  'شهر',
  'اشهر',
  'شهور',
  'عام',
  'عاما',
  'اعوام',
  'سنه',
  'سنوات',
  'دقيقه',
  'دقايق',
];
const MEASURES = ['بالميه', 'بالمايه', 'الميه', 'مره', 'مرات', 'دولار', 'ليره', 'طن', 'الف'];
// Not people: messages and sightings, massacres, and the displaced, refugees, detainees and abductees (not victims).
const MESSAGES = ['رساله', 'رسايل', 'بيان', 'تغريده', 'مشاهده', 'مشاهدات'];
const MASSACRES = ['مجزره', 'مجازر'];
const DISPLACED_DETAINED = [
  'نازح',
  'نازحا',
  'نازحين',
  'لاجي',
  'لاجيا',
  'لاجيين',
  'معتقل',
  'معتقلا',
  'معتقلين',
  'مخطوف',
];
// Totals. What "منذ" (since) counts from: the outbreak, start or resumption of something, a year, a conflict.
// (بداي is the stem of بداية and بدايات.)
const STARTS = ['اندلاع', 'اندلاعه', 'اندلاعها', 'بداي', 'بدء', 'مطلع', 'انطلاق', 'استيناف'];
const YEAR = ['عام', 'العام', 'سنه', 'السنه'];
const CONFLICTS = ['الحرب', 'النزاع', 'الثوره', 'التدخل', 'الحمله', 'الاحداث'];
// What "خلال" (during) runs through: weeks, months, years (with or without the article), a conflict.
const SPANS = [
  'اسابيع',
  'اسبوع',
  'الاسبوع',
  'اشهر',
  'الاشهر',
  'شهور',
  'الشهور',
  'شهر',
  'الشهر',
  'عام',
  'العام',
  'اعوام',
  'الاعوام',
  'سنوات',
  'السنوات',
  'سنه',
  'السنه',
];
const SPAN_CONFLICTS = ['الحرب', 'النزاع', 'الحمله'];
// A total toll: "الحصيلة الإجمالية/الكلية" (overall), "الشهرية/السنوية" (monthly, yearly).
const TOTAL_ADJECTIVES = ['اجماليه', 'الاجماليه', 'الكليه', 'الشهريه', 'السنويه'];
// Conflicts that cause a toll: the war, the conflict, the strife, the crisis, the campaign.
const CAUSING_CONFLICTS = ['النزاع', 'الحرب', 'الصراع', 'الازمه', 'الحمله'];

// Constructions (see `Constructions`). "منذ 15 كانون" starts a count from a month: its first word, of the Levant's
// Syriac names and Egypt's Latin ones.
const MONTH_FIRST_WORDS = [
  ...new Set(
    [...MONTH_FAMILIES.ar.syriacWithArticle, ...MONTH_FAMILIES.ar.syriacOneWord, ...MONTH_FAMILIES.ar.latin].map(
      ([name]) => name.split(' ')[0] as string,
    ),
  ),
];
const alt = (list: readonly string[]) => list.join('|');
// "أعنف قصف منذ مطلع العام", "الأكثر دموية منذ": a superlative compares with a period, it counts nothing over it.
const SUPERLATIVES = ['اعنف', 'اكبر', 'اعلي', 'اسوا', 'اشد', 'اكثر', 'ادمي'];
/**
 * War- or campaign-wide totals: never one incident. The period may carry a conjunction ("ومنذ", "وخلال"), and is no
 * period after a superlative.
 */
const AGGREGATE =
  String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:ال)?(?:${alt(SUPERLATIVES)})\s+(?:\S+\s+){0,3})[وف]?` +
  String.raw`(?:منذ\s+(?:\S+\s+){0,2}?(?:${alt([...STARTS, ...YEAR, ...CONFLICTS])}|\d{4})` +
  String.raw`|خلال\s+(?:ال)?(?:${alt([...SPANS, ...SPAN_CONFLICTS])})` +
  String.raw`|(?:الحصيله|حصيله)\s+(?:ال)?(?:${alt(TOTAL_ADJECTIVES)})` +
  // A war or conflict that "took the lives of" (أودى/أودت بحياة), resulted in or reaped N: a war-long total. The
  // text read here is folded (ى → ي), so the masculine verb is written اودي.
  `|(?:${alt(CAUSING_CONFLICTS)})` +
  String.raw`\s+(?:\S+\s+){0,4}?(?:اودي|اودت|اسفر|اسفرت|تسبب|تسببت|حصد|حصدت|خلف|خلفت)` +
  String.raw`|حصيله\s+(?:\S+\s+){0,2}?(?:شهر|الشهر|العام|عام|الحرب|النزاع)|(?:في|خلال)\s+شهر(?![\p{L}])` +
  // "وبذلك يرتفع/يبلغ…" (with that it rises to / reaches): a running total.
  String.raw`|وبذلك[،,]?\s+(?:\S+\s+){0,1}?(?:${alt([...RISE, ...REACH])})` +
  String.raw`(?![\p{L}])|خلال\s+(?:ال)?(?:ايام|الايام|اسبوعين|الاسبوعين|شهرين|الشهرين)(?![\p{L}])` +
  String.raw`|(?:ال)?عدد\s+(?:ال)?اجمالي|اجمالي\s+(?:عدد|حصيله)|(?:خلال|منذ)\s+(?:ال)?(?:(?:[3-9]` +
  String.raw`|[1-9]\d+)\s+(?:ايام|يوما|اسابيع|اسبوعا|اشهر|شهور|شهرا|سنوات|عاما|اعوام)|(?:ثلاثه|اربعه` +
  String.raw`|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+(?:ايام|اسابيع|اشهر))(?![\p{L}])|منذ\s+(?:اسبوعين|شهرين` +
  String.raw`|عامين|اسابيع|اشهر|شهور|سنوات|اعوام)(?![\p{L}])|منذ\s+(?:مطلع\s+|بدايه\s+|منتصف\s+` +
  String.raw`|اواخر\s+)?\d{1,2}\s+(?:${alt(MONTH_FIRST_WORDS)})(?![\p{L}])` +
  String.raw`|منذ\s+(?:ان\s+)?(?:\S+\s+){0,4}?(?:حملت|حمله|الحمله|هجوم|الهجوم|تصعيد|التصعيد|عمليه` +
  '|العمليه|عمليت))';
/** "خلال الفترة من 3 إلى 19 آب", "في الفترة الممتدة بين …": a toll over a stated span of days is a total. */
const PERIOD_TOLL =
  String.raw`(?<![\p{L}])[وف]?(?:خلال|في)\s+(?:ال)?فتره\s+` +
  String.raw`(?:(?:الممتده|الواقعه|ما)\s+)?(?:من|بين)(?![\p{L}])`;
/**
 * "تعاملت فرقنا مع 140 هجوماً … قتل على إثرها 31", "بواقع 47 هجوم قتل فيها 12", "– 18 استهداف أسفرت عن مقتل
 * 7": a toll beside a count of attacks (five or more) is the total of all of them, never one incident's. Strikes
 * (غارات، ضربات) are left out: one raid on a town is often several of them.
 */
const COUNTED_ATTACKS =
  String.raw`(?<![\p{L}\p{N}.,])(?:[5-9]|[1-9]\d+)\s+` + String.raw`(?:هجوما|هجوم|هجمات|استهداف|استهدافات)(?![\p{L}])`;
/**
 * "9 قتلوا وماتوا في ظروف مختلفة", "مقتل 5 بانفجارات في مناطق متفرقة", "في حوادث منفصلة": the dead of a day's many
 * events, each in its own circumstances, place or incident.
 */
/**
 * "في عموم المناطق السورية", "على كامل الأراضي اليمنية", "في مختلف المناطق العراقية": all of a country's land (a
 * quantifier, then its lands or areas with a nationality adjective in -ية), where a toll sums many events. Without
 * the quantifier "الأراضي" is often farmland ("الأراضي الزراعية"), one scene.
 */
const ACROSS_COUNTRY =
  String.raw`(?<![\p{L}])(?:علي|في)\s+(?:كامل|عموم|مختلف|جميع)\s+(?:ال)?(?:اراضي|مناطق)` +
  String.raw`\s+ال\p{L}{3,}يه(?![\p{L}])`;
const VARIOUS_CIRCUMSTANCES =
  String.raw`(?<![\p{L}])(?:في|ب)\s*(?:ظروف|مناطق|اماكن|حوادث|حالات)\s+` +
  String.raw`(?:مختلفه|متفرقه|متعدده|متنوعه|منفصله)(?![\p{L}])`;
/**
 * "يذكر أن الشابين مدنيان", "وكان القتيلان مدنيين", "الرجلان من المدنيين": a dual of persons or of the dead (which
 * is its own count of two), as the subject of a nominal sentence or of كان, said to be civilians. "ليسا مدنيين"
 * (are not) has a word between and is not matched.
 */
const CIVILIAN_STATUS =
  String.raw`(?<![\p{L}])ال(?:شاب|رجل|شخص|قتيل|شهيد|ضحيت|شقيق|اخو)(?:ين|ان)\s+(?:(?:كانا|هما)\s+)?` +
  String.raw`(?:من\s+ال)?مدني(?:ين|ان)(?![\p{L}])`;
/**
 * "أن الشخص الذي استهدفته الطائرة فجر اليوم مدني", "بأن القتيل كان مدنياً": one person, after "that", said to be a
 * civilian, across a short relative clause that names them (and no further "that" clause).
 */
const CIVILIAN_STATUS_ONE =
  String.raw`(?<![\p{L}])[وب]?ان\s+ال(?:شخص|رجل|شاب|قتيل|شهيد|ضحيه)` +
  String.raw`(?:\s+(?:الذي|المستهدف|المقتول)(?:(?!\s[وب]?ان\s)[^.؟!]){0,90}?)?` +
  String.raw`[،,]?\s+(?:كان\s+)?مدني[اه]?(?![\p{L}])`;
/**
 * Crime, not war: thieves (لصوص، لص، سارق), a robbery or a burglary (بدافع السرقة، سطو)، a vendetta (قضية ثأر،
 * بدافع الثأر), a family quarrel (خلاف عائلي) or a brawl (مشاجرة، شجار).
 */
const CRIMINAL_KILLING =
  String.raw`(?<![\p{L}])[وبل]?(?:ال)?(?:لصوص|لص|سارق|سارقين|سطو|مشاجره|شجار)(?![\p{L}])` +
  String.raw`|(?:بدافع|بقصد|بهدف)\s+(?:ال)?(?:سرقه|ثار)(?![\p{L}])|(?:قضيه|خلفيه)\s+(?:ال)?ثار(?![\p{L}])` +
  String.raw`|خلاف(?:ات)?\s+عايلي(?:ه)?(?![\p{L}])`;
/**
 * "وتوزعت الحصيلة كما يلي:", "توزع الضحايا على النحو الآتي", "وجاءت الحصيلة موزعة كالتالي": the toll said before
 * is shared out (توزع، موزعة) over the items that follow (كما يلي، كالتالي، على النحو/الشكل الآتي/التالي).
 */
const BREAKDOWN_FOLLOWS =
  String.raw`(?<![\p{L}])(?:[وف]?(?:توزعت|توزعوا|توزع|تتوزع|يتوزع|يتوزعون)|موزعه|موزعين)\s+(?:\S+\s+){0,5}?` +
  String.raw`(?:كما\s+يلي|كالتالي|كالاتي|علي\s+(?:النحو|الشكل)\s+(?:ال)?(?:اتي|تالي))(?![\p{L}])`;
/** "القصف المتواصل منذ شهر", "الحملة المستمرة منذ أيام": what has gone on since then is a campaign. */
const ONGOING_SINCE = String.raw`(?<![\p{L}])(?:ال)?(?:مستمر|مستمره|متواصل|متواصله)\s+منذ(?![\p{L}])`;
/**
 * "وهو من قرية X", "أنه من سكان قرية X", "ينحدر من X", "المنحدرة من X", "أصله من X",
 * "امرأة مهجّرة من بلدة X" (displaced from): the home of the person named before, not the scene.
 * ("مواطنة من أهالي قرية X" is left out: Kurdish outlets name the shelled village so.)
 */
const PLACE_OF_ORIGIN =
  String.raw`(?<![\p{L}])(?:(?:و(?:هو|هي|هم|هما)|ب?ان(?:ه|ها|هم|هما))\s+من|(?:ي|ت)نحدر(?:ون|ان)?\s+من` +
  String.raw`|المنحدر(?:ه|ين|ون)?\s+من|(?:ال)?(?:مهجر|نازح)(?:ه|ين|ون|ات)?\s+من` +
  String.raw`|اصل(?:ه|ها|هم)\s+من)(?![\p{L}])` +
  // "والضحايا هم: فلان من قرية X، وفلان من قرية Y": in a list of the victims' names after "هم:" / "وهما:", the
  // place after each name is that person's home, named one by one, not the scene. The list is looked for behind
  // "من قرية" only once that is found: a lookbehind tried at every position of the text cost a tenth of extraction.
  String.raw`|(?<![\p{L}])من(?=\s+(?:قريه|بلده|مدينه|اهالي|سكان)(?![\p{L}]))` +
  String.raw`(?<=(?<![\p{L}])و?(?:هم|هما|هن)\s*:[^.\n]{0,150}من)`;
/**
 * A word of the place after an attacker's position: not the target's verb or preposition, nor a settlement noun that
 * opens the target ("المتمركزة في X بلدة Y": Y is struck) rather than the position ("القاعدة التركية في قرية X").
 */
const POSITION_WORD =
  String.raw`(?!(?:علي|الي|باتجاه|نحو|ضد|استهدف|استهدفت|قصف|قصفت|اطلق|اطلقت|ما|مما|حيث)(?![\p{L}]))` +
  String.raw`(?!(?<!(?:في|عند|قرب|محيط|اطراف|من)\s+)و?(?:قريه|قري|بلده|بلدات|مدينه|مدن|حي|احياء|مخيم|مخيمات)` +
  String.raw`(?![\p{L}]))[^\s.،,؛:\n]+`;
/**
 * "قوات النظام المتمركزة في معسكر X قصفت…", "من مواقعها في X", "انطلاقاً من قاعدة X", "قذيفة مصدرها القاعدة
 * التركية في قرية X": where the attacking side sits or fires from. The place is the next few words, up to the
 * target's verb or preposition ("المتمركزة في X على قرية Y": Y is struck).
 */
const ATTACKER_POSITION =
  String.raw`(?<![\p{L}])(?:(?:ال)?(?:متمركز|متموضع)(?:ه|ين|ون|ان)?` +
  String.raw`\s+(?:(?:في|عند|علي|قرب|داخل)(?![\p{L}])|ب(?=\p{L}))` +
  String.raw`|انطلاقا\s+من(?![\p{L}])|من\s+(?:مواقع|نقاط|قاعد)(?:ه|ها|هم|ته|تها|تهم)?(?![\p{L}])` +
  String.raw`|مصدر(?:ه|ها)\s+(?:ال)?قاعده(?![\p{L}]))` +
  String.raw`\s*[^\s.،,؛:\n]+(?:\s+${POSITION_WORD}){0,3}`;
/** "القرية", "بالبلدة", "للقرية" but not "القرية المجاورة" (the neighbouring village): the one named before. */
const anaphor = (noun: string) =>
  String.raw`(?<![\p{L}])(?:[وف]?(?:ب|ل|في\s+)?ال|[وف]?لل)${noun}(?![\p{L}])` +
  String.raw`(?!\s+(?:المجاوره|المجاور|القريبه|الاخري|الثانيه|المقابله|المحاذيه|الاولي))`;
/** "ارتفعت حصيلة القتلى في الغوطة الشرقية خلال يومين إلى 127": a toll counted over two days. */
const TWO_DAY_TOLL = String.raw`(?<![\p{L}])(?:حصيله|عدد)\s+(?:\S+\s+){0,6}?(?:خلال|في)\s+(?:ال)?يومين(?![\p{L}])`;
/**
 * نقل relays a report only with its source after it ("نقلت الوكالة عن مصدر"); without عن in its clause it carries
 * ("نقلت فرق الإسعاف الجرحى إلى المشفى", "تم نقل المصابين").
 */
const RELAY_WITHOUT_SOURCE =
  String.raw`^[وف]?(?:نقل|نقلت|ينقل|تنقل)(?![\p{L}])` + String.raw`(?![^.،,\n]{0,80}(?<![\p{L}])عن(?![\p{L}]))`;
/**
 * "وكانت القوات قد قصفت", "كان قد قتل", "وسبق أن قتل": كان (any person) then قد before a perfect verb, a few words
 * apart, or سبق أن — Arabic's past perfect, which tells what happened before the report's event.
 */
const PAST_PERFECT =
  String.raw`(?<![\p{L}])[وف]?(?:كان|كانت|كانوا|كنا)(?![\p{L}])(?:\s+\S+){0,5}?\s+قد\s+\S` +
  String.raw`|(?<![\p{L}])[وف]?سبق\s+(?:و|ل)?ان(?![\p{L}])`;
/** "لم تنفذ أي غارات": the strike or the responsibility negated with لم/لا. */
const NEGATED_ACTION =
  String.raw`(?<![\p{L}])(?:لم|لا)\s+(?:تنفذ|ينفذ|تشن|يشن|تستهدف|يستهدف|تقصف|يقصف|تكن\s+مسوول` +
  String.raw`|يكن\s+مسوول)(?![\p{L}])`;
/** "ربما نفذت", "قد تكون قصفت": a strike admitted as possible; "بشكل غير مقصود", "دون قصد": as unintended. */
const HEDGED_ACKNOWLEDGMENT =
  String.raw`(?<![\p{L}])(?:ربما\s+(?:\S+\s+){0,3}?(?:نفذ|نفذت|شن|شنت|قصف|قصفت|استهدف|استهدفت|قتل|قتلت` +
  String.raw`|تسبب|تسببت)|قد\s+(?:تكون|يكون)\s+(?:\S+\s+){0,3}?(?:نفذ|نفذت|شن|شنت|قصف|قتل|تسبب|تسببت)` +
  String.raw`|(?:بشكل|بصوره)\s+غير\s+مقصود(?![\p{L}])|(?:عن|من)\s+غير\s+قصد|دون\s+قصد)`;
/** A party after the strike, weapon or force it used, or after the one who carried it out ("غارات التحالف"). */
const AGENT_BEFORE =
  '(?:غارات|غاره|غاره|ضربات|ضربه|قصف|بقصف|طيران|طايرات|مقاتلات|صواريخ|قذايف|مدفعيه|هجوم|هجمات' +
  String.raw`|براميل|قوات|نفذها|نفذتها|شنها|شنتها|بقياده|قاده|اطلقتها|جراء\s+قصف|طايره` +
  String.raw`|حربي)\s*(?:\S+\s+){0,1}$`;
/** A party as the subject of a verb of striking a word or two on ("التحالف يرتكب", "التنظيم أعدم"). */
const AGENT_AFTER =
  String.raw`^\s*(?:\S+\s+){0,2}?(?:يرتكب|ترتكب|ارتكب|ارتكبت|شن|شنت|يشن|تشن|نفذ|نفذت|ينفذ|تنفذ|استهدف` +
  '|استهدفت|يستهدف|تستهدف|قصف|قصفت|يقصف|تقصف|قتل|قتلت|اغار|اغارت|اعدم|اعدمت|فجر' +
  String.raw`|فجرت)(?![\p{L}])`;
/**
 * فقدان "loss" and فقد/فقدت "lost", with the lost counted right after them and either a coordinated injury word a few
 * words on ("أسفر القصف عن فقدان 3 مدنيين وإصابة 8 آخرين", "فقد شابان وأصيب مسعف", "بفقدان طفلة وإصابة شقيقها"):
 * in a toll beside the injured, the lost are the dead; or "لحياتهم" (of their lives) closing the phrase past names
 * and commas ("بفقدان اثنين من العمال وهما فلان وفلان، لحياتهما"). Alone, فقدان names the missing ("فقدان أثر") or
 * a loss of things, and فقد is also the particle ف + قد ("فقد قصفت"), so the lost must come first, counted (a
 * number, a number word) or a person (a victim noun, singular, dual or plural, with or without the article).
 */
const LOST_COUNT = [
  ...['اثنين', 'اثنان', 'ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره'],
  ...[...CIVILIANS, ...CHILDREN, ...WOMEN, ...PEOPLE],
  ...['رضيع', 'رضيعه', 'صبي', 'مسن', 'مسنه', 'فتاه', 'شابه'],
];
const LOST_DUAL_STEMS = ['مدني', 'مواطن', 'طفل', 'صحفي', 'شاب', 'رجل', 'شخص', 'عامل', 'مسعف', 'متطوع', 'شقيق'];
const LOSS_AS_DEATH =
  String.raw`(?<![\p{L}])[وب]?(?:فقدان|فقد|فقدت)(?=\s+(?:\d|(?:ال)?(?:${LOST_COUNT.join('|')}` +
  String.raw`|(?:${LOST_DUAL_STEMS.join('|')})(?:ان|ين))(?![\p{L}]))` +
  String.raw`(?:[^.،,؛:!?()]{0,60}?(?<![\p{L}])و(?:اصابه|اصيب|اصيبت|اصيبا|اصيبوا|جرح)(?![\p{L}])` +
  // …or "لحياتهم" (of their lives) ending the phrase, past the names and commas between.
  String.raw`|[^.؛:!?]{0,120}?(?<![\p{L}])ل?حيات(?:ه|ها|هم|هما)(?![\p{L}])))`;
/** A party as the target or the holder of ground: "من عناصر", "ضد", "مواقع", "مناطق سيطرة". */
const VICTIM_BEFORE = String.raw`(?:من|صفوف|عناصر|مقاتلي|ضد|علي|لسيطره|سيطره|مناطق|مواقع|معاقل|جيب)\s*$`;

// The most frequent short words of Arabic prose: in, from, on, to, that.
const COMMON = ['في', 'من', 'علي', 'الي', 'ان'];
// What a rejection verb must take as its object to deny: the accusations, claims, allegations, reports, news.
const DENIED_OBJECTS = [
  'الاتهامات',
  'الاتهام',
  'الادعاءات',
  'المزاعم',
  'التقارير',
  'الانباء',
  'اتهامات',
  'ادعاءات',
  'مزاعم',
];
// What a denial is about: civilians, victims, killing, responsibility, targeting, strikes, shelling, the claims,
// losses.
const DENIAL_TOPICS = [
  'مدني',
  'ضحايا',
  'قتل',
  'مقتل',
  'مسوولي',
  'استهداف',
  'غارات',
  'غاره',
  'ضربات',
  'قصف',
  'الاتهام',
  'المزاعم',
  'الادعاء',
  'الانباء',
  'التقارير',
  'خساير',
];
// Stems of every denial: deny (نفى/نفي), disavow, belie, refute, reject, and the negations لم/لا.
const DENIAL_STEMS = ['نف', 'انكر', 'ينكر', 'تنكر', 'كذب', 'فند', 'رفض', 'يرفض', 'ترفض', 'لم', 'لا'];
// Stems of every acknowledgment: perhaps, may (قد), intent, concede, admit and the admission.
const ACKNOWLEDGMENT_STEMS = ['ربما', 'قد', 'قصد', 'اقر', 'يقر', 'تقر', 'اعترف', 'يعترف', 'تعترف', 'اعتراف'];
// Stems of any casualty report (clitics and inflections on both ends): killing, the dead, death, victims, the
// wounded, martyrdom, massacre, toll; and a denial (نفي، نفت).
const CASUALTY_SCREEN = [
  'مقتل',
  'قتل',
  'قتلي',
  'قتيل',
  'حتف',
  'مصرع',
  'ضحايا',
  'ضحيه',
  'جرحي',
  'جريح',
  'اصاب',
  'مصاب',
  'استشهاد',
  'شهداء',
  'شهيد',
  'وفاه',
  'مجزره',
  'حصيله',
  'نفي',
  'نفت',
  'ينفي',
  'تنفي',
];

/** A word of Arabic, after its clitics و/ب/ل (and the article where `article` allows it). */
const arabicWord = (word: string, article = true) =>
  String.raw`(?<![\p{L}\p{M}])[وبل]?${article ? '(?:ال)?' : ''}${word}(?![\p{L}\p{M}])`;
/**
 * Vague amounts: tens or hundreds of thousands (عشرات/مئات الآلاف), tens (عشرات), hundreds (مئات), thousands (آلاف),
 * a few (بضع/بضعة); and the quantifiers of an unstated amount before their noun: "عدد من" (a number of; not "عدد
 * منهم", part of a group already counted), "العديد من" (many of), "عدة" (several, before an indefinite noun).
 */
const VAGUE_AMOUNTS: readonly VagueAmountPattern[] = [
  { pattern: arabicWord(String.raw`عشرات(?:\s+(?:ال)?[آا]لاف)`), min: 20_000 },
  { pattern: arabicWord(String.raw`مئات(?:\s+(?:ال)?[آا]لاف)`), min: 200_000 },
  { pattern: arabicWord('عشرات'), min: 20 },
  { pattern: arabicWord('(?:مئات|مئآت)'), min: 200 },
  { pattern: arabicWord('[آا]لاف'), min: 2000 },
  { pattern: arabicWord('بضع[ةه]?'), min: 3 },
  { pattern: arabicWord(String.raw`عدد\s+من`, false), min: 2 },
  { pattern: arabicWord(String.raw`عديد\s+من`), min: 3 },
  { pattern: arabicWord('عد[ةه]', false), min: 3 },
];

export const ar: LanguageRecord = {
  code: 'ar',
  script: 'arabic',
  commonWords: COMMON,
  denialVerbs: [...DENY_SINGULAR, ...DENY_PLURAL, ...DENIAL_NOUN, ...DISAVOW_PAST, ...DISAVOW_PRESENT, ...BELIE_PAST],
  denialVerbsWithConjunction: [...DENY_SINGULAR, ...DENY_PLURAL, ...DISAVOW_PAST],
  objectDenialVerbs: [...REJECT_PAST, ...REJECT_PRESENT],
  deniedObjects: DENIED_OBJECTS,
  denialTopics: DENIAL_TOPICS,
  denialStems: DENIAL_STEMS,
  acknowledgmentStems: ACKNOWLEDGMENT_STEMS,
  casualtyScreen: CASUALTY_SCREEN,
  // "and" is written onto the next word.
  and: ['و'],
  acknowledgmentVerbs: [...CONCEDE_PAST, ...CONCEDE_PRESENT, ...ADMIT_PAST, ...ADMIT_PRESENT, ...ADMISSION_NOUN],
  coordinatedStatementVerbs: [
    ...DENY_SINGULAR,
    ...CONCEDE_PRESENT,
    ...CONCEDE_PAST,
    ...ADMIT_PRESENT,
    ...ADMIT_PAST,
    ...DISAVOW_PRESENT,
    ...REJECT_PRESENT,
  ],
  attributionVerbs: [
    ...STATEMENT_PAST,
    ...STATEMENT_NOUN,
    ...ATTRIBUTION_MORE,
    ...CONTINUING_PARTICIPLES,
    ...WITH_OBJECT_PRONOUN,
    ...DENY_SINGULAR,
    ...CONCEDE_PAST,
    ...ADMIT_PAST,
  ],
  // Arabic's according-to phrases take a relative clause: claimants.ts reads them (AR_ACCORDING_RE).
  accordingTo: [],
  // "Our" is the suffix نا: our correspondent(s), agency, channel, paper, team(s), network, office, sources.
  selfReference: [
    ...['مراسلنا', 'مراسلتنا', 'مراسلونا', 'مراسلينا', 'وكالتنا', 'قناتنا', 'صحيفتنا', 'فريقنا', 'فرقنا'],
    ...['شبكتنا', 'مكتبنا', 'مصادرنا'],
  ],
  statementOpeners: [...STATEMENT_PAST, ...DENY_SINGULAR, ...STATEMENT_NOUN, ...STATEMENT_CARRIERS],
  qualifiersBefore: {
    at_least: qualifierWords({ anywhere: AT_LEAST }),
    more_than: qualifierWords({
      withPreposition: MORE_THAN,
      withConjunction: [...EXCEED, ...EXCEEDS_PRESENT],
      anywhere: ABOVE,
    }),
    about: qualifierWords({ withPreposition: ABOUT, anywhere: NEARLY }),
    up_to: qualifierWords({ fromWordStart: UP_TO, anywhere: REACHING }),
  },
  qualifiersAfter: { at_least: AT_LEAST_AFTER, about: ABOUT_AFTER },
  inclusionWords: INCLUSION,
  inclusionAmongNouns: AMONG_VICTIMS,
  tollRiseNouns: RISE_NOUN,
  tollRiseVerbs: RISE,
  tollRaiseVerbs: RAISE,
  tollRiseTo: ['الي'],
  killWords: [
    ...KILLING_NOUN,
    ...KILL_VERB,
    ...ASSASSINATION,
    ...KILLED_NOUN,
    ...MET_DEATH,
    ...FELL,
    ...TOOK_LIFE,
    ...PASSED_AWAY,
    ...LOST_LIFE,
    ...OBITUARY,
    ...VICTIM,
    ...TOLL,
    ...DEATH,
    ...MARTYRDOM,
    ...ROSE_MARTYR,
    ...EXECUTION_BODIES_MASSACRE,
  ],
  injuryWords: [...INJURY, ...INJURED_VERB, ...INJURED_NOUN, ...WOUND],
  // Victims, with the pronoun of whose victims they are (ضحاياه، ضحاياها).
  victimWords: [...VICTIM, 'ضحاياه', 'ضحاياها'],
  deathlessCasualtyWords: [...FELL, ...TOLL],
  tollReachVerbs: REACH,
  tollExceedVerbs: EXCEED,
  vagueAmounts: VAGUE_AMOUNTS,
  countedNouns: {
    civilians: CIVILIANS,
    children: CHILDREN,
    women: WOMEN,
    injured: INJURED_COUNTED,
    dead: DEAD_COUNTED,
    people: PEOPLE,
    combatants: COMBATANTS,
    thing: [
      ...ATTACKS,
      ...MUNITIONS,
      ...VEHICLES,
      ...PLACES,
      ...FAMILIES,
      ...DISTANCES,
      ...DURATIONS,
      ...MEASURES,
      ...MESSAGES,
      ...MASSACRES,
      ...DISPLACED_DETAINED,
    ],
  },
  placeQualifiers: ['الكبيره', 'الكبير', 'الصغيره', 'الصغير', 'الجديده', 'الجديد', 'القديمه', 'القديم', 'العليا'],
  constructions: {
    aggregate: [AGGREGATE, PERIOD_TOLL, ONGOING_SINCE, COUNTED_ATTACKS, VARIOUS_CIRCUMSTANCES, ACROSS_COUNTRY],
    // Arabic reads its counts from a start with AGGREGATE alone ("منذ"), whatever the tense.
    sinceStart: [],
    perfectTense: [],
    twoDayToll: [TWO_DAY_TOLL],
    // The dual of a region's noun, then two names: "على ريفي إدلب وحلب", "في محافظتي الحسكة والرقة".
    twoRegions: [String.raw`(?<![\p{L}])[بف]?(?:ريفي|محافظتي)\s+(?:ال)?\p{L}+\s+و(?:ال)?\p{L}+`],
    pastPerfect: [PAST_PERFECT],
    negatedAction: [NEGATED_ACTION],
    discredited: [],
    hedgedAcknowledgment: [HEDGED_ACKNOWLEDGMENT],
    agentBefore: [AGENT_BEFORE],
    agentAfter: [AGENT_AFTER],
    victimBefore: [VICTIM_BEFORE],
    holderAfter: [],
    relayWithoutSource: [RELAY_WITHOUT_SOURCE],
    placeOfOrigin: [PLACE_OF_ORIGIN],
    attackerPosition: [ATTACKER_POSITION],
    villageAnaphor: [anaphor('قريه')],
    townAnaphor: [anaphor('بلده')],
    lossAsDeath: [LOSS_AS_DEATH],
    breakdownFollows: [BREAKDOWN_FOLLOWS],
    civilianStatus: [CIVILIAN_STATUS, CIVILIAN_STATUS_ONE],
    criminalKilling: [CRIMINAL_KILLING],
  },
};
