// City neighbourhoods (cue-only), "مدينة X" vs "ريف X", Kurdish spellings and areas with their towns, on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';

const g = loadDefaultGazetteer();

function found(text: string): { text: string; id: string }[] {
  return g.findMentions(text).map((m) => ({ text: m.text, id: m.entry.id }));
}
function ids(text: string): string[] {
  return g.findMentions(text).map((m) => m.entry.id);
}
function cityOf(text: string, name: string): string | undefined {
  const m = g.findMentions(text).find((x) => x.text === name);
  return m ? g.parentOf(m.entry.id)?.id : undefined;
}

describe('city neighbourhoods', () => {
  it('holds the OCHA neighbourhoods of the big cities under their city', () => {
    const under = (city: string) => g.childrenOf(city).filter((e) => e.kind === 'neighbourhood').length;
    expect(under('aleppo-city')).toBeGreaterThan(100);
    expect(under('damascus-city')).toBeGreaterThan(90);
    expect(under('homs-city')).toBeGreaterThan(30);
    expect(under('raqqa-city')).toBeGreaterThan(25);
    expect(under('deir-ez-zor-city')).toBeGreaterThan(20);
    expect(g.get('N0156')).toMatchObject({
      nameAr: 'الشعار',
      kind: 'neighbourhood',
      parentId: 'aleppo-city',
      pcode: 'N0156',
    });
  });

  it('finds a neighbourhood after حي / أحياء / منطقة, in the right city', () => {
    expect(found('سقطت براميل على حي الشعار صباح اليوم')).toEqual([{ text: 'الشعار', id: 'N0156' }]);
    expect(cityOf('قذائف على حي الميدان بدمشق', 'الميدان')).toBe('damascus-city');
    expect(cityOf('قذائف على حي الميدان في حلب', 'الميدان')).toBe('aleppo-city');
    expect(cityOf('غارة على حي القصور في دير الزور', 'القصور')).toBe('deir-ez-zor-city');
    expect(cityOf('اشتباكات في حي الرميلة شرقي مدينة الرقة', 'الرميلة')).toBe('raqqa-city');
    expect(ids('قناص في حي الوعر المحاصر')).toEqual(['N0246']);
    expect(ids('قصف منطقة الثكنة')).toEqual(['raqqa-thakna']);
  });

  it('continues a list after the cue', () => {
    expect(ids('طال القصف أحياء الشعار والصاخور وطريق الباب')).toEqual(['N0156', 'N0139', 'aleppo-tariq-al-bab']);
    expect(ids('strikes on the al-Shaar and Bustan al-Qasr neighbourhoods')).toEqual(['N0156', 'N0204']);
  });

  it('finds a neighbourhood named right before its city', () => {
    expect(ids('سقط صاروخ على الشعار في حلب')).toEqual(['N0156', 'aleppo-city']);
    expect(ids('قتل شاب في الميدان بدمشق')).toEqual(['A013', 'damascus-city']);
    expect(ids('the Waer district of Homs')).toEqual(['N0246', 'homs-city']);
    expect(cityOf('a rocket hit the al-Zahraa neighbourhood in Aleppo', 'al-Zahraa')).toBe('aleppo-city');
  });

  it('never matches a neighbourhood name bare, as a common word or as the tail of another name', () => {
    for (const s of [
      'نزل الناس إلى الميدان للاحتفال',
      'تم نقل الجرحى إلى الثكنة العسكرية',
      'عاد إلى الأندلس في روايته',
      'وأحيت المدينة ذكرى الشهداء',
      'انطلقت الثورة في درعا عام 2011',
      'وقال صلاح الدين إن الوضع صعب',
      'the Assad government has denied it',
      'fighters took the southern districts',
    ]) {
      expect(
        g.findMentions(s).filter((m) => m.entry.kind === 'neighbourhood'),
        s,
      ).toEqual([]);
    }
    // "ضاحية الأسد" is a suburb we do not list, not Latakia's الأسد neighbourhood.
    expect(ids('اشتباكات في حي ضاحية الأسد')).toEqual([]);
    // A neighbourhood of a town we do not list is not the same-named one of a big city.
    expect(ids('سقطت قذيفة في حي الروضة بمدينة جرمانا')).toEqual(['jaramana']);
  });

  it('lets a few distinctive names and names holding their city match bare', () => {
    expect(ids('معارك عنيفة في جوبر')).toEqual(['A008']);
    expect(ids('اشتباكات في الشيخ مقصود')).toEqual(['N0123']);
    expect(ids('قصف درعا البلد')).toEqual(['daraa-al-balad']);
    expect(ids('قذيفة على باب توما في دمشق القديمة')).toEqual(['N0049', 'A011']);
  });
});

describe('city or governorate', () => {
  it('reads "مدينة X" as the city and leaves "مدينة" outside the mention', () => {
    for (const [text, id, name] of [
      ['في مدينة حلب', 'aleppo-city', 'حلب'],
      ['بمدينة الرقة', 'raqqa-city', 'الرقة'],
      ['وسط مدينة دير الزور', 'deir-ez-zor-city', 'دير الزور'],
      ['in the city of Aleppo', 'aleppo-city', 'Aleppo'],
      ['in Raqqa city', 'raqqa-city', 'Raqqa'],
    ] as const) {
      expect(found(text), text).toEqual([{ text: name, id }]);
    }
  });

  it('reads "محافظة X", "ريف X", "X province" and "X countryside" as the governorate', () => {
    expect(ids('في محافظة حلب')).toEqual(['SY02']);
    expect(ids('في ريف الرقة')).toEqual(['SY11']);
    expect(ids('in Aleppo province')).toEqual(['SY02']);
    expect(ids('in the Raqqa countryside')).toEqual(['SY11']);
    expect(ids('in Idlib governorate')).toEqual(['SY07']);
  });
});

describe('Kurdish and colloquial spellings', () => {
  it('maps them to the same place as the Arabic name', () => {
    for (const [written, arabic] of [
      ['قامشلو', 'القامشلي'],
      ['كوباني', 'عين العرب'],
      ['سري كانيه', 'رأس العين'],
      ['كري سبي', 'تل أبيض'],
      ['ديريك', 'بلدة المالكية'],
      ['ديرك', 'بلدة المالكية'],
      ['زركان', 'بلدة أبو راسين'],
      ['تربه سبي', 'بلدة القحطانية'],
      ['جل آغا', 'بلدة الجوادية'],
      ['شيه', 'شيخ الحديد'],
    ] as const) {
      const [a] = g.findMentions(`في ${written}`);
      const [b] = g.findMentions(`في ${arabic}`);
      expect(a?.entry.id, written).toBeDefined();
      expect(a?.entry.id, written).toBe(b?.entry.id);
    }
    expect(ids('قصف على جنديرس وراجو')).toEqual(['jinderes', 'raju']);
  });
});

describe('areas with their towns', () => {
  it('puts the Eastern Ghouta towns under the area, and the area under Rural Damascus', () => {
    expect(g.parentOf('eastern-ghouta')?.id).toBe('SY03');
    for (const name of [
      'حمورية',
      'سقبا',
      'كفربطنا',
      'عين ترما',
      'جسرين',
      'مسرابا',
      'بيت سوى',
      'عربين',
      'زملكا',
      'دوما',
      'حرستا',
      'مديرا',
      'الشيفونية',
      'أوتايا',
      'النشابية',
    ]) {
      const [m] = g.findMentions(`بلدة ${name}`);
      expect(m?.entry.kind, name).toMatch(/^(town|city)$/);
      expect(m && g.ancestors(m.entry.id).map((e) => e.id), name).toContain('eastern-ghouta');
    }
    expect(ids('بلدة حمورية في الغوطة الشرقية')).toEqual(['hamouria', 'eastern-ghouta']);
    expect(g.areRelated('hamouria', 'eastern-ghouta')).toBe(true);
  });

  it('reads the countryside areas as areas holding their towns', () => {
    expect(found('غارات على ريف إدلب الجنوبي')).toEqual([
      { text: 'ريف إدلب الجنوبي', id: 'southern-idlib-countryside' },
    ]);
    expect(ids('في ريف حماة الشمالي')).toEqual(['northern-hama-countryside']);
    expect(ids('في سهل الغاب')).toEqual(['ghab-plain']);
    expect(ids('قرى جبل الزاوية')).toEqual(['jabal-al-zawiya']);
    expect(ids('في وادي بردى')).toEqual(['wadi-barada']);
    expect(ids('جبال القلمون')).toEqual(['qalamoun']);
    const within = (id: string, area: string) => g.ancestors(id).some((e) => e.id === area);
    expect(within('maarat-al-numan', 'southern-idlib-countryside')).toBe(true);
    expect(within('kansafra', 'southern-idlib-countryside')).toBe(true);
    expect(within('kafr-zita', 'northern-hama-countryside')).toBe(true);
    expect(g.get('maarat-al-numan')?.governorate).toBe('Idlib');
  });

  it('does not read words that look like the new village names as places', () => {
    for (const s of ['ما معان هذه الكلمات', 'كلف المشروع بليون دولار', 'دفع الزكاة واجب', 'The man who has seen it']) {
      expect(ids(s), s).toEqual([]);
    }
  });
});
