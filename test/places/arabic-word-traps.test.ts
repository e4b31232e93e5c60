// Arabic words that look like place names once a clitic or a head-word rule is applied, and the cues that
// make a guarded name a place. Sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';

const gazetteer = loadDefaultGazetteer();

function found(text: string): { text: string; id: string }[] {
  return gazetteer.findMentions(text).map((m) => ({ text: m.text, id: m.entry.id }));
}

function ids(text: string): string[] {
  return gazetteer.findMentions(text).map((m) => m.entry.id);
}

describe('الباب (Al-Bab) as a town, باب as a door or gate', () => {
  it('finds Al-Bab after a settlement word, even when a word follows', () => {
    expect(found('سقطت قذائف على مدينة الباب شمال حلب مساء أمس')).toEqual([
      { text: 'الباب', id: 'al-bab' },
      { text: 'حلب', id: 'aleppo-city' },
    ]);
    expect(ids('أصيب طفلان في مدينة الباب بريف حلب الشرقي')[0]).toBe('al-bab');
    expect(ids('نزحت عائلات من بلدة الباب نحو الشمال')).toEqual(['al-bab']);
  });

  it('finds Al-Bab before a bare direction or ريف word', () => {
    expect(ids('قصف مدفعي استهدف الباب شرق حلب')).toEqual(['al-bab', 'aleppo-city']);
    expect(ids('اشتباكات قرب الباب بريف حلب')[0]).toBe('al-bab');
  });

  it('does not read a door, a gate or an unknown compound as Al-Bab', () => {
    for (const s of [
      'طرق الجنود الباب الخلفي للمنزل',
      'وقف الحارس قرب الباب الشرقي للمسجد',
      'عبرت الشاحنات معبر باب الهوى',
      'كسروا باب المنزل ليلا',
    ]) {
      expect(ids(s), s).not.toContain('al-bab');
      expect(ids(s), s).not.toContain('SY0202');
    }
  });
});

describe('clitic + article-less stem', () => {
  it('does not read "its teams" as و/ف + الرقة', () => {
    expect(ids('قال الدفاع المدني إن فرقه انتشلت جثتين من تحت الركام')).toEqual([]);
    expect(ids('وأضاف أن فرقها عملت طوال الليل')).toEqual([]);
    expect(ids('تحدث المسعف برقة عن الضحايا')).toEqual([]);
  });

  it('still strips a clitic before a name that has its article or is written without one', () => {
    expect(ids('نزح الأهالي من الطبقة إلى الرقة وبالرقة')).not.toContain('tabqa'); // الطبقة needs a cue
    expect(ids('وصلوا إلى الرقة وبالرقة وللرقة')).toEqual(['raqqa-city', 'raqqa-city', 'raqqa-city']);
    expect(ids('قصف بدير الزور وهجين وسوسة')).toEqual(['deir-ez-zor-city', 'hajin', 'susah']);
  });

  it('does not read whole words that contain a name as places', () => {
    for (const s of [
      'قصفت إسرائيل مواقع في جنوب لبنان',
      'عاد اللاجئون من لبنان ومن الأردن',
      'قال وفيق إنه نجا',
      'أصيبت ابنته فاطمة بجروح',
      'قالت أمها وفاطمة إنهما نجتا',
      'نحن بصدد إعداد تقرير',
    ]) {
      expect(ids(s), s).toEqual([]);
    }
    expect(ids('الحكومة السورية والقوات السورية')).toEqual([]);
  });
});

describe('attack and toll words as cues for guarded names', () => {
  it('reads a guarded town name after مجزرة, حصيلة, قصف, استهداف or غارة على', () => {
    expect(ids('ارتفعت حصيلة مجزرة أريحا إلى سبعة قتلى')).toEqual(['ariha']);
    expect(ids('تواصل قصف أريحا لليوم الثالث')).toEqual(['ariha']);
    expect(ids('أسفرت غارات جوية على أريحا عن مقتل مدني')).toEqual(['ariha']);
    expect(ids('أدى استهداف الميادين بالصواريخ إلى دمار واسع')).toEqual(['mayadin']);
    expect(ids('غارة على نوى توقع جرحى')).toEqual(['nawa']);
  });

  it('does not take an attack word as a cue when the name is a verb or the cue has the article', () => {
    expect(ids('غارات تدمر منازل المدنيين')).toEqual([]);
    expect(ids('قالت إن الغارات تدمر المنازل')).toEqual([]);
    expect(ids('القصف أريحا')).toEqual([]);
    expect(ids('حصيلة الثورة كانت ثقيلة')).toEqual([]);
  });
});
