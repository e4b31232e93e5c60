// Towns that war reporting names often but OCHA's tables hold only as admin units: each must be findable as
// a settlement, in Arabic and in the English spellings of wire copy, with a parent in the right governorate.
import { describe, expect, it } from 'vitest';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';

const gazetteer = loadDefaultGazetteer();
const SETTLEMENT = new Set(['city', 'town', 'village']);

/** [Arabic, English, governorate] */
const TOWNS: [string, string, string][] = [
  ['أريحا', 'Ariha', 'Idlib'],
  ['معرة النعمان', 'Maarat al-Numan', 'Idlib'],
  ['سراقب', 'Saraqib', 'Idlib'],
  ['كفرنبل', 'Kafr Nabl', 'Idlib'],
  ['جسر الشغور', 'Jisr al-Shughur', 'Idlib'],
  ['خان شيخون', 'Khan Shaykhun', 'Idlib'],
  ['حيش', 'Hish', 'Idlib'],
  ['بنش', 'Binnish', 'Idlib'],
  ['سرمين', 'Sarmin', 'Idlib'],
  ['تفتناز', 'Taftanaz', 'Idlib'],
  ['معرة مصرين', 'Maaret Misrin', 'Idlib'],
  ['دانا', 'Dana', 'Idlib'],
  ['سرمدا', 'Sarmada', 'Idlib'],
  ['أطمة', 'Atmeh', 'Idlib'],
  ['حارم', 'Harem', 'Idlib'],
  ['سلقين', 'Salqin', 'Idlib'],
  ['دركوش', 'Darkush', 'Idlib'],
  ['جرجناز', 'Jarjanaz', 'Idlib'],
  ['الأتارب', 'Atarib', 'Aleppo'],
  ['اعزاز', 'Azaz', 'Aleppo'],
  ['جرابلس', 'Jarablus', 'Aleppo'],
  ['منبج', 'Manbij', 'Aleppo'],
  ['تل رفعت', 'Tal Rifaat', 'Aleppo'],
  ['الباب', 'Al-Bab', 'Aleppo'],
  ['اللطامنة', 'Latamna', 'Hama'],
  ['كفرزيتا', 'Kafr Zita', 'Hama'],
  ['مورك', 'Morek', 'Hama'],
  ['دوما', 'Douma', 'Rural Damascus'],
  ['حرستا', 'Harasta', 'Rural Damascus'],
  ['عربين', 'Arbin', 'Rural Damascus'],
  ['كفر بطنا', 'Kafr Batna', 'Rural Damascus'],
  ['زملكا', 'Zamalka', 'Rural Damascus'],
  ['داريا', 'Daraya', 'Rural Damascus'],
  ['معضمية الشام', 'Muadamiya', 'Rural Damascus'],
  ['بصرى الشام', 'Bosra', 'Daraa'],
  ['نوى', 'Nawa', 'Daraa'],
  ['انخل', 'Inkhil', 'Daraa'],
  ['جاسم', 'Jasim', 'Daraa'],
  ['طفس', 'Tafas', 'Daraa'],
  ['بصر الحرير', 'Busra al-Harir', 'Daraa'],
  ['تل أبيض', 'Tal Abyad', 'Raqqa'],
  ['عين عيسى', 'Ain Issa', 'Raqqa'],
  ['سلوك', 'Suluk', 'Raqqa'],
  ['رأس العين', 'Ras al-Ain', 'Hasakah'],
  ['القامشلي', 'Qamishli', 'Hasakah'],
  ['عامودا', 'Amuda', 'Hasakah'],
  ['الدرباسية', 'Darbasiyah', 'Hasakah'],
  ['تل تمر', 'Tal Tamr', 'Hasakah'],
  ['الشدادي', 'Shaddadi', 'Hasakah'],
  ['مركدة', 'Markada', 'Hasakah'],
  ['الهول', 'Al-Hol', 'Hasakah'],
];

describe('towns of war reporting are settlements in the default gazetteer', () => {
  it.each(TOWNS)('%s / %s is a settlement in %s, with coordinates', (ar, en, governorate) => {
    for (const name of [ar, en]) {
      const towns = gazetteer.lookup(name).filter((e) => SETTLEMENT.has(e.kind) && e.governorate === governorate);
      expect(towns.length, name).toBeGreaterThan(0);
      const [town] = towns;
      expect(town?.lat, name).toBeGreaterThan(32);
      expect(town?.lon, name).toBeGreaterThan(35);
    }
  });

  it('finds the town, not the sub-district, after a settlement cue in a sentence', () => {
    const text = 'قتل ثلاثة مدنيين في قصف على بلدة سرمين وجرح آخرون في مدينة أريحا وبلدة حيش';
    expect(gazetteer.findMentions(text).map((m) => m.entry.id)).toEqual(['sarmin', 'ariha', 'hish']);
  });

  it('gives Ariha the town its sub-district as parent', () => {
    expect(gazetteer.parentOf('ariha')?.id).toBe('SY070500');
    expect(gazetteer.areRelated('ariha', 'SY070500')).toBe(true);
  });
});

describe('English spellings of wire copy', () => {
  const cases: [string, string][] = [
    ['Maarat al-Numan', 'maarat-al-numan'],
    ['Maaret al-Numan', 'maarat-al-numan'],
    ["Ma'arat al-Nu'man", 'maarat-al-numan'],
    ['Khan Sheikhoun', 'khan-sheikhoun'],
    ['Khan Shaykhun', 'khan-sheikhoun'],
    ['Jisr al-Shughour', 'jisr-al-shughur'],
    ['Kafranbel', 'kafr-nabl'],
    ['Ras al-Ain', 'ras-al-ain'],
    ['Ras al Ayn', 'ras-al-ain'],
    ['Tal Abyad', 'tal-abyad'],
    ['Tel Abyad', 'tal-abyad'],
    ['Qamishli', 'qamishli'],
    ['Qamishlo', 'qamishli'],
    ['Tell Rifaat', 'tal-rifaat'],
    ['Moadamiyeh', 'muadamiya'],
  ];
  it.each(cases)('"%s" in a sentence is %s', (name, id) => {
    const mentions = gazetteer.findMentions(`Activists said shelling hit ${name} on Tuesday, killing two.`);
    expect(mentions.map((m) => [m.text, m.entry.id])).toEqual([[name, id]]);
  });
});
