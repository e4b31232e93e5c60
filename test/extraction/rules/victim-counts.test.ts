// How a casualty figure is stated when no digit is written: a singular noun is one person, a dual pronoun two,
// a list of the dead by name is the count of names, the martyrdom and loss idioms are killings. Every sentence
// was written for its test.
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2021-03-10') =>
  (await extractChecked({ text, publishedAt })).claims;
const statedOf = async (text: string) => casualties(await claimsOf(text)).map(stated);

describe('martyrdom and loss idioms are killings', () => {
  it('ارتقى شهيد، فقدنا الشاب', async () => {
    expect(await statedOf('ارتقى شهيد في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('فقدنا الشاب محمد العلي في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
  });
});

describe('killed and wounded', () => {
  it('a lone death that raises a toll is inside that toll', async () => {
    expect(await statedOf('توفي طفل متأثراً بجراحه في هجين، ما رفع عدد الضحايا المدنيين إلى 14 مدنياً.')).toEqual([
      { civilians_killed: 14 },
    ]);
    expect(
      await statedOf('A woman died of her wounds in Hajin, raising to 31 the number of civilians killed there.'),
    ).toEqual([{ civilians_killed: 31 }]);
  });
});

describe('words broken to dodge moderation are read whole', () => {
  it('tatweel, a mark, tatweel: "استـ*ـشهاد", "فقـ ـد … حـ ـياته"', async () => {
    expect(await statedOf('فقـ ـد مدني حـ ـياته وإصـ ـيب 3 آخرين بقـ ـصف على سيارة قرب بلدة سرمين.')).toEqual([
      { civilians_killed: 1, injured: 3 },
    ]);
    expect(await statedOf('عاجل: استـ*ـشهاد اثنين من المدنيين جراء هجـ*ـوم بطائرة مسيرة جنوب كوباني.')).toEqual([
      { civilians_killed: 2 },
    ]);
  });
});
