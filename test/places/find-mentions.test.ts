import { describe, expect, it } from 'vitest';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import type { PlaceMention } from '../../shared/places/gazetteer.ts';

const gazetteer = loadDefaultGazetteer();

function found(text: string): { text: string; id: string }[] {
  return gazetteer.findMentions(text).map((m) => ({ text: m.text, id: m.entry.id }));
}

function ids(text: string): string[] {
  return gazetteer.findMentions(text).map((m) => m.entry.id);
}

function expectOffsets(text: string, mentions: PlaceMention[]): void {
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('findMentions: Arabic', () => {
  it('finds a plain name and gives offsets into the original text', () => {
    const text = 'قصفت الطائرات بلدة هجين صباح اليوم.';
    const mentions = gazetteer.findMentions(text);
    expect(mentions.map((m) => m.entry.id)).toEqual(['hajin']);
    expect(mentions[0]?.start).toBe(text.indexOf('هجين'));
    expect(mentions[0]?.end).toBe(text.indexOf('هجين') + 'هجين'.length);
    expectOffsets(text, mentions);
  });

  it('reads a hashtag name whose words are joined by underscores', () => {
    const text = 'قصف مدفعي على #عين_عيسى و#جسر_الشغور، وقرب بلدة #أبو_راسين';
    expect(ids(text)).toEqual(['ain-issa', 'jisr-al-shughur', 'abu-rasin']);
    expectOffsets(text, gazetteer.findMentions(text));
  });

  it('strips clitic prefixes and reports the name without them', () => {
    // ل + السوسة is written للسوسة: the alef of the article is gone, so the mention is "سوسة".
    const text = 'غارات بدير الزور والباغوز وللسوسة وفي الشعفة';
    expect(found(text)).toEqual([
      { text: 'دير الزور', id: 'deir-ez-zor-city' },
      { text: 'الباغوز', id: 'baghuz-fawqani' },
      { text: 'سوسة', id: 'susah' },
      { text: 'الشعفة', id: 'shafa' },
    ]);
    expectOffsets(text, gazetteer.findMentions(text));
  });

  it('matches with or without the article', () => {
    expect(ids('وصلوا إلى سوسة ثم إلى شعفة')).toEqual(['susah', 'shafa']);
    expect(ids('قرب الهجين')).toEqual(['hajin']);
  });

  it('folds hamza, taa marbuta, alef maqsura, diacritics and tatweel', () => {
    const text = 'قُتِلَ خمسة في ابو الحسن و في السوسه وفي الشَّعْفَـــة';
    const mentions = gazetteer.findMentions(text);
    expect(mentions.map((m) => m.entry.id)).toEqual(['abu-al-hassan', 'susah', 'shafa']);
    expect(mentions[2]?.text).toBe('الشَّعْفَـــة');
    expectOffsets(text, mentions);
  });

  it('matches a name written without its space', () => {
    expect(found('في ريف ديرالزور الشرقي')).toEqual([{ text: 'ديرالزور', id: 'SY09' }]);
    expect(found('وصل إلى ديرالزور')).toEqual([{ text: 'ديرالزور', id: 'deir-ez-zor-city' }]);
  });

  it('prefers the longest name', () => {
    expect(found('قرية الباغوز فوقاني')).toEqual([{ text: 'الباغوز فوقاني', id: 'baghuz-fawqani' }]);
    expect(found('قرية الباغوز تحتاني')).toEqual([{ text: 'الباغوز تحتاني', id: 'baghuz-tahtani' }]);
    expect(found('حي الحوامة في هجين')).toEqual([
      { text: 'حي الحوامة', id: 'hawama' },
      { text: 'هجين', id: 'hajin' },
    ]);
  });

  it('does not match a name inside a longer word', () => {
    expect(ids('هجينة وهجينات')).toEqual([]);
    expect(ids('الديرالزورية')).toEqual([]);
  });

  it('picks the governorate after محافظة or ريف, else the town', () => {
    expect(ids('في محافظة دير الزور')).toEqual(['SY09']);
    expect(ids('في مدينة دير الزور')).toEqual(['deir-ez-zor-city']);
    const [hajin] = gazetteer.findMentions('هجين');
    expect(hajin?.entry.kind).toBe('town');
    expect(hajin?.alternatives?.map((e) => e.id)).toContain('SY090201');
  });

  it('does not read common words as places', () => {
    const sentences = [
      'اندلعت الثورة السورية عام 2011 وطالب الناس بالكرامة',
      'فتح الباب أمام المفاوضات',
      'نشرت صور للضحايا على مواقع التواصل',
      'الطبقة السياسية في البلاد منقسمة',
      'ودعا إلى احترام الطبقة العاملة',
      'وقالت إن الغارات تدمر المنازل',
      'انحسرت مياه البحرة بسبب الجفاف',
      'وأكد أن الحراك السلمي مستمر',
      'ويقدر عدد المقاتلين في هذا الجيب بألفي عنصر',
      'وحذرت من الهول الذي يعيشه المدنيون',
      'وقال أبو الحسن إن الهجوم فشل',
      'الحدود السورية العراقية',
    ];
    for (const s of sentences) expect(ids(s), s).toEqual([]);
  });

  it('accepts an ambiguous name next to a place cue', () => {
    expect(ids('سيطرت القوات على مدينة الطبقة')).toEqual(['tabqa']);
    expect(ids('غارة على بلدة البحرة شرق دير الزور')).toEqual(['bahra', 'deir-ez-zor-city']);
    expect(ids('معارك في تدمر')).toEqual(['palmyra']);
    expect(ids('مخيم الهول')).toEqual(['al-hol']);
    expect(ids('الميادين شرقي دير الزور')).toEqual(['mayadin', 'deir-ez-zor-city']);
    expect(ids('استهدفت قرية أبو الحسن')).toEqual(['abu-al-hassan']);
  });

  it('does not take the first word of an unknown compound name', () => {
    expect(ids('معبر باب الهوى')).toEqual([]);
    expect(ids('بلدة تل الضمان')).toEqual(['SY020002']);
  });
});

describe('findMentions: English', () => {
  it('is case-insensitive and ignores articles and transliteration variants', () => {
    for (const [text, id] of [
      ['strikes on HAJIN', 'hajin'],
      ['near Hajeen', 'hajin'],
      ['in al-Baghouz', 'baghuz-fawqani'],
      ['the village of Al Sha\u2019afa', 'shafa'],
      ["in Sha'fa", 'shafa'],
      ['in Abu al-Hasan', 'abu-al-hassan'],
      ['in Albu Hasan', 'abu-al-hassan'],
      ['the town of al-Susah', 'susah'],
      ['in Al Bukamal', 'al-bukamal'],
      ['in Albukamal', 'al-bukamal'],
      ['in Abu Kamal', 'al-bukamal'],
    ] as const) {
      expect(ids(text), text).toEqual([id]);
    }
  });

  it('matches the spellings of Deir ez-Zor', () => {
    for (const spelling of ['Deir ez-Zor', 'Deir al-Zor', 'Deir Ezzor', 'Deir el-Zour', 'deir ez zor', 'Deir-ez-Zor']) {
      const text = `fighting in ${spelling} city`;
      const mentions = gazetteer.findMentions(text);
      expect(
        mentions.map((m) => m.entry.id),
        spelling,
      ).toEqual(['deir-ez-zor-city']);
      expect(mentions[0]?.text).toBe(spelling);
    }
    // "province" after the name points to the governorate, as "محافظة" before it does.
    expect(ids('in Deir ez-Zor province')).toEqual(['SY09']);
  });

  it('ends a name before an English possessive', () => {
    expect(found("Raqqa's hospitals and Deir ez-Zor’s outskirts")).toEqual([
      { text: 'Raqqa', id: 'raqqa-city' },
      { text: 'Deir ez-Zor', id: 'deir-ez-zor-city' },
    ]);
  });

  it('includes a leading article in the mention text', () => {
    const text = 'Jets hit al-Bukamal and Al Mayadin.';
    const mentions = gazetteer.findMentions(text);
    expect(mentions.map((m) => m.text)).toEqual(['al-Bukamal', 'Al Mayadin']);
    expectOffsets(text, mentions);
  });

  it('does not read English words as places', () => {
    for (const s of [
      'a sarin attack',
      'they dug a hole',
      'crossing at Bab al-Hawa',
      'Tall buildings',
      'as the army moved',
    ]) {
      expect(ids(s), s).toEqual([]);
    }
    expect(ids('the village of Sarin')).toEqual(['SY020602']);
  });

  it('reads a name shared by two governorates as the one the text is about', () => {
    // "northern Hama" is the northern Hama countryside, an area of the governorate.
    expect(ids('Shelling hit Suran and Morek in northern Hama.')).toEqual([
      'suran-hama',
      'morek',
      'northern-hama-countryside',
    ]);
    expect(ids('Shelling hit Suran near Azaz, north of Aleppo.')).toEqual(['suran-aleppo', 'azaz', 'aleppo-city']);
  });

  it('handles mixed Arabic and English text', () => {
    expect(ids('Hajin (هجين) and Susah (السوسة)')).toEqual(['hajin', 'hajin', 'susah', 'susah']);
  });
});
