// Places the gazetteer does not list, read from how Arabic names a settlement: a settlement noun in the construct
// state is followed by the place's proper name ("قرية X", "بلدة X", "مخيم X", "حي الX", "منطقة الX"), and a dual
// or plural one by a list of names ("قريتي X وY", "بلدات X وY وZ"). Most villages of a war report are not in any
// admin table, and without this rule the figure goes to the nearest town or governorate the gazetteer knows, which
// is another place or only the region. Works on folded text (folded-text.ts).
import type { PlaceKind } from '../../places/gazetteer.ts';
import { wordsOfScript } from './lang/registry.ts';

export interface UnlistedPlace {
  /** Folded offsets of the name (without quotes or a hashtag sign; a landmark's with its noun). */
  start: number;
  end: number;
  kind: PlaceKind;
  landmark?: true;
  /** End of the name without its qualifier ("جعدة" of "جعدة الكبيرة"), which reports also write alone. */
  bareEnd?: number;
  /** Names of one list ("قريتي X وY") share the folded offset of their settlement noun. */
  list?: number;
}

/** Settlement nouns (folded, without article): the kind of place their name is, and whether they name a list. */
interface Cue {
  kind: PlaceKind;
  list: boolean;
  /** The name carries the article ("حي الجورة"). */
  needsArticle?: boolean;
  /** A landmark's name includes its noun: "سد تشرين" is the Tishreen dam, not the place Tishreen. */
  landmark?: boolean;
}
const CUES: Record<string, Cue> = {
  قريه: { kind: 'village', list: false },
  قريتي: { kind: 'village', list: true },
  قري: { kind: 'village', list: true },
  بلده: { kind: 'town', list: false },
  بلدتي: { kind: 'town', list: true },
  بلدات: { kind: 'town', list: true },
  مدينه: { kind: 'town', list: false },
  مخيم: { kind: 'village', list: false },
  // "حي" is also the adjective "alive" and "منطقة" any zone ("منطقة سكنية", "منطقة “درع الفرات”"): a name after
  // them carries the article ("حي الجورة", "منطقة “الوساطة”").
  حي: { kind: 'neighbourhood', list: false, needsArticle: true },
  منطقه: { kind: 'area', list: false, needsArticle: true },
  // Landmarks, scenes of their own, named by their noun and a name: a dam, a bridge, a prison, a roundabout, an
  // airport, a border crossing.
  سد: { kind: 'neighbourhood', list: false, landmark: true },
  جسر: { kind: 'neighbourhood', list: false, landmark: true },
  سجن: { kind: 'neighbourhood', list: false, landmark: true },
  دوار: { kind: 'neighbourhood', list: false, landmark: true },
  مطار: { kind: 'neighbourhood', list: false, landmark: true },
  معبر: { kind: 'neighbourhood', list: false, landmark: true },
};
const CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:[وف]?(?:ب|ل|في\s+)?)(${Object.keys(CUES).join('|')})(?![\p{L}])`,
  'gu',
);

/**
 * First words of compound names, after which the next word always belongs to the name whether or not it carries the
 * article: كفر (village), تل (hill), عين (spring), دير (monastery), خربة (ruin), بيت, رأس, جسر, خان, معرة, أبو, أم…
 */
const NAME_HEADS = new Set([
  'كفر',
  'تل',
  'عين',
  'دير',
  'خربه',
  'جديد',
  'ابو',
  'ام',
  'بيت',
  'معره',
  'معاره',
  'راس',
  'جسر',
  'خان',
  'عرب',
  'بير',
  'قصر',
  'سد',
  'بني',
  'جب',
  'تلول',
  'حزره',
  'مرج',
  'وادي',
  'جبل',
  'ظهر',
  'دوير',
  'شيخ',
  'الشيخ',
  'باب',
  'اهل',
]);

/**
 * Words that follow a settlement noun and are not a name: prepositions and pronouns, the relatives and participles
 * that describe the place ("الواقعة", "المجاورة"), directions, time words, quantities and common adjectives
 * ("قرية صغيرة", "بلدة حدودية").
 */
const NOT_A_NAME = new Set([
  ...['في', 'من', 'علي', 'الي', 'عن', 'مع', 'منذ', 'بين', 'قرب', 'بقرب', 'حول', 'داخل', 'خارج', 'عند', 'لدي'],
  ...['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'هذه', 'هذا', 'تلك', 'ذلك', 'نفسها', 'نفسه', 'ذاتها', 'ذاته'],
  ...['ما', 'مما', 'حيث', 'كما', 'او', 'ثم', 'لم', 'لا', 'قد', 'كان', 'كانت', 'وقد', 'وهي', 'وهو', 'هي', 'هو'],
  ...['الواقعه', 'الواقع', 'المجاوره', 'المجاور', 'المحاذيه', 'القريبه', 'القريب', 'الحدوديه', 'الحدودي'],
  ...['المحرره', 'المحاصره', 'المستهدفه', 'المذكوره', 'التابعه', 'التابع', 'الخاضعه', 'المنكوبه', 'المدمره'],
  ...['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'ريف', 'بريف', 'وسط', 'اطراف', 'محيط'],
  ...['اليوم', 'امس', 'الليله', 'صباح', 'مساء', 'فجر', 'ليل', 'ليله', 'ظهر', 'يوم', 'خلال', 'بعد', 'قبل'],
  ...['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'],
  ...['صغيره', 'كبيره', 'نائيه', 'حدوديه', 'مجاوره', 'قريبه', 'اخري', 'واحده', 'ثانيه', 'سكنيه', 'زراعيه'],
  ...['اخري', 'عده', 'عدد', 'كل', 'بعض', 'جميع', 'كامل', 'عسكريه', 'امنه', 'خفض', 'للنازحين', 'النازحين'],
  ...['نازحين', 'عشوائي', 'لاجئين', 'اللاجئين', 'المدينه', 'القريه', 'البلده', 'المخيم', 'المنطقه', 'الحي'],
  ...['مهجرين', 'المهجرين', 'لمهجرين', 'لنازحين', 'الاشتباكات', 'الاشتباك', 'الحادث', 'الحادثه', 'القصف'],
  ...['الانفجار', 'التصعيد', 'الحدود', 'العمليات', 'النزاع', 'الاستهداف', 'المعارك', 'الهجوم', 'السيطره'],
  ...['جوي', 'بري', 'بحري', 'عسكري', 'مدني', 'الخاضع', 'سيء'],
  ...['ضمن', 'مقاطعه', 'طريق', 'الطريق', 'مهجوره', 'ارياف'],
  ...['بقذائف', 'بالقذائف', 'بالمدفعيه', 'بصاروخ', 'بصواريخ', 'بطائره', 'بغاره', 'بغارات', 'بالطيران'],
]);

/**
 * A word of a name: Arabic letters, or a hashtag's words joined by underscores ("#خان_شيخون"). A hashtag may hold the
 * settlement noun too ("#قرية_الجماس", "#سد_تشرين"): then an underscore parts the noun from the name.
 */
const WORD = /^(?:\s*#?|_)([\u0621-\u064a]{2,}(?:_[\u0621-\u064a]+)*)/u;
/** A name in quotes: up to four words, read whole ("قرية “تل شنان”", "منطقة “الوساطة”"). */
const QUOTED = /^\s*["']([\u0621-\u064a]{2,}(?:[ _][\u0621-\u064a]+){0,3})["']/u;
/** "X وY", "X، Y": the next name of a list ("X، وسقطت…" after a comma and "و" is the sentence going on). */
const LIST_JOIN = /^\s*(?:[،,]\s*(?!و)|و\s*)/u;

/** "الغربي", "الحدودية": an adjective of relation with the article, which describes a place and is never its name. */
const isRelationAdjective = (word: string) => /^ال[\u0621-\u064a]{2,}(?:ي|يه)$/u.test(word);
/** "وبلدات", "ومدن": another settlement noun of the list, not a name. */
const isSettlementNoun = (word: string) => {
  const bare = word.replace(/^[وفبل]/u, '');
  return word in CUES || bare in CUES || SETTLEMENT_NOUNS.has(bare) || SETTLEMENT_NOUNS.has(word);
};
const SETTLEMENT_NOUNS = new Set(['مدن', 'مناطق', 'احياء', 'مخيمات', 'قري', 'بلدات', 'قريه', 'بلده', 'مدينه', 'ناحيه']);

/** "ريف", "بريفي", "ريفها": the countryside around a place, never a name. */
const COUNTRYSIDE = /^[وفب]?(?:ال)?ريف/u;
/** "المتاخمة", "المتجاورتين": a participle of the forms تفاعل / تفعّل with the article describes the place. */
const isParticipleOfT = (word: string) => /^المت[\u0621-\u064a]{3,}$/u.test(word);

const notAName = (word: string) =>
  NOT_A_NAME.has(word) ||
  NOT_A_NAME.has(word.replace(/^[وف]/u, '')) ||
  isSettlementNoun(word) ||
  COUNTRYSIDE.test(word) ||
  word.startsWith('لل');

/** "الكبيرة", "الصغيرة": an adjective that tells two villages of one name apart (the records' placeQualifiers). */
const QUALIFIERS = new Set(wordsOfScript('arabic', (r) => r.placeQualifiers));

interface Name {
  start: number;
  end: number;
  bareEnd?: number;
  /** The name continues in a hashtag or quotes, or is already two words: no second word is read. */
  closed: boolean;
  first: string;
}

function wordAt(folded: string, at: number): Name | undefined {
  const slice = folded.slice(at, at + 60);
  const quoted = QUOTED.exec(slice);
  if (quoted) {
    const start = at + quoted[0].length - 1 - (quoted[1]?.length ?? 0);
    const first = quoted[1]?.split(/[ _]/u)[0] ?? '';
    return { start, end: start + (quoted[1]?.length ?? 0), closed: true, first };
  }
  const m = WORD.exec(slice);
  if (!m) return undefined;
  const start = at + m[0].length - (m[1]?.length ?? 0);
  const first = m[1]?.split('_')[0] ?? '';
  return { start, end: start + (m[1]?.length ?? 0), closed: m[1]?.includes('_') ?? false, first };
}

/** One name at `at`: a first word and, after a name head or when it carries the article, a second. */
function nameAt(folded: string, at: number, needsArticle: boolean): Name | undefined {
  const name = wordAt(folded, at);
  if (!name || notAName(name.first)) return undefined;
  if (needsArticle && !name.first.startsWith('ال')) return undefined;
  if (name.closed) return name;
  const second = /^[ \t]$/u.test(folded.slice(name.end, name.end + 1)) ? wordAt(folded, name.end) : undefined;
  const joins =
    second !== undefined &&
    !second.closed &&
    !notAName(second.first) &&
    !isParticipleOfT(second.first) &&
    (NAME_HEADS.has(name.first) || (second.first.startsWith('ال') && !isRelationAdjective(second.first)));
  if (!joins) return name;
  return { ...name, end: second.end, closed: true, ...(QUALIFIERS.has(second.first) ? { bareEnd: name.end } : {}) };
}

/** Every name a settlement noun introduces in the folded text, in text order. */
export function findUnlistedPlaces(folded: string): UnlistedPlace[] {
  const out: UnlistedPlace[] = [];
  for (const cue of folded.matchAll(CUE)) {
    const spec = CUES[cue[1] as string];
    if (!spec) continue;
    let at = (cue.index ?? 0) + cue[0].length;
    for (let i = 0; i < (spec.list ? 5 : 1); i += 1) {
      const name = nameAt(folded, at, spec.needsArticle ?? false);
      if (!name) break;
      const nounStart = (cue.index ?? 0) + cue[0].length - (cue[1]?.length ?? 0);
      out.push(
        spec.landmark
          ? { start: nounStart, end: name.end, kind: spec.kind, landmark: true }
          : {
              start: name.start,
              end: name.end,
              kind: spec.kind,
              ...(name.bareEnd ? { bareEnd: name.bareEnd } : {}),
              ...(spec.list ? { list: nounStart } : {}),
            },
      );
      const after = name.end + (/["']/u.test(folded[name.end] ?? '') ? 1 : 0);
      const join = LIST_JOIN.exec(folded.slice(after));
      if (!join) break;
      at = after + join[0].length;
    }
  }
  return withoutGluedWords(folded, out);
}

/**
 * A captured page may glue its heading to the body's first word ("…على سد تشرينكشفت الإدارة…"), which the reader
 * takes for the end of the name. When the text also writes a name that is this one cut short at a letter, the
 * name is that one: the rest is a glued word.
 */
function withoutGluedWords(folded: string, places: UnlistedPlace[]): UnlistedPlace[] {
  const written = (p: UnlistedPlace) => folded.slice(p.start, p.end).replace(/_/gu, ' ');
  const names = [...new Set(places.map(written))];
  return places.map((p) => {
    const name = written(p);
    // A glued word has three letters at least: "الحسنة" is not "الحسن" with a glued ة.
    const shorter = names.find(
      (n) => n.length + 3 <= name.length && name.startsWith(n) && /^\p{L}{3}/u.test(name.slice(n.length)),
    );
    return shorter ? { ...p, end: p.start + shorter.length } : p;
  });
}
