// How a casualty figure is stated when no digit is written: a singular noun is one person, a dual pronoun two,
// a list of the dead by name is the count of names, the martyrdom and loss idioms are killings. Every sentence
// was written for its test.
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2021-03-10') =>
  (await extractChecked({ text, publishedAt })).claims;
const statedOf = async (text: string) => casualties(await claimsOf(text)).map(stated);

describe('a singular victim noun is a count of one', () => {
  it('after a casualty verb or noun, indefinite or definite', async () => {
    expect(await statedOf('قتل مدني جراء قصف على بلدة سرمين.')).toEqual([{ civilians_killed: 1 }]);
    expect(await statedOf('استشهدت امرأة بعد استهدافها بقناص في قرية حزوان.')).toEqual([{ women_killed: 1 }]);
    expect(await statedOf('مسيرة تركية تقتل شخصاً في قرية السويدية.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('استشهد الطفل محمد العلي في قصف على بلدة سرمين.')).toEqual([{ children_killed: 1 }]);
    expect(await statedOf('أصيب طفل بجروح في قصف على بلدة سرمين.')).toEqual([{ injured: 1 }]);
  });

  it('before "الذي/التي" and its casualty verb', async () => {
    expect(await statedOf('كشفت العائلة هوية المدني الذي استشهد في قصف على قرية السويدية.')).toEqual([
      { civilians_killed: 1 },
    ]);
  });

  it('before its verb, with the adjective that says who the victim is', async () => {
    expect(await statedOf('أعلنت الإدارة أن شخصاً مدنياً لقي مصرعه نتيجة قصف مسيرة على مدينة كوباني.')).toEqual([
      { civilians_killed: 1 },
    ]);
    expect(await statedOf('فقد مدني حياته في قصف على بلدة سرمين.')).toEqual([{ civilians_killed: 1 }]);
  });

  it('not after قضى, which says "spent" as often as "died"', async () => {
    expect(await statedOf('قضى طفل طوال حياته في المخيم قرب بلدة سرمين.')).toEqual([]);
  });

  it('for a fighter, as a combatant', async () => {
    expect(await statedOf('مقتل عنصر من قوات النظام بانفجار لغم قرب مدينة الباب.')).toEqual([
      { killed: 1, combatants_killed: 1 },
    ]);
  });

  it('in English, "a civilian was killed" and "killing a civilian"', async () => {
    expect(await statedOf('A civilian was killed in shelling on Hajin on Monday.')).toEqual([{ civilians_killed: 1 }]);
    expect(await statedOf('A young boy died of his wounds in Hajin on Monday.')).toEqual([{ children_killed: 1 }]);
    expect(await statedOf('The strike on Hajin killed a civilian and wounded two others.')).toEqual([
      { civilians_killed: 1, injured: 2 },
    ]);
  });

  it('but not a singular noun that names no victim', async () => {
    expect(await statedOf('He was a man of peace, a neighbour said in Hajin.')).toEqual([]);
    expect(await statedOf('قال المدني إن القصف استمر طوال الليل على بلدة سرمين.')).toEqual([]);
  });
});

describe('a dual pronoun on a casualty noun is two', () => {
  it('"ما أسفر عن استشهادهما"', async () => {
    expect(await statedOf('قصفت طائرة مسيرة سيارة في قرية العمية ما أسفر عن استشهادهما.')).toEqual([{ killed: 2 }]);
  });
});

describe('a list of the dead by name is the count of names', () => {
  it('after a definite plural noun, in quotes or after a colon', async () => {
    expect(await statedOf('أدى القصف إلى استشهاد المدنيين خالد حسن وبشار علي في قرية السويدية.')).toEqual([
      { civilians_killed: 2 },
    ]);
    expect(await statedOf('استشهد المدنيون "سامر الأحمد، وعلي الحسن، وفاطمة العمر" في قصف على بلدة سرمين.')).toEqual([
      { civilians_killed: 3 },
    ]);
    expect(await statedOf('شهداء القصف على قرية كفرنبل: أحمد العلي، بلال الحسن، محمد الخطيب.')).toEqual([
      { killed: 3 },
    ]);
  });

  it('never from words that follow an indefinite noun, nor from one item', async () => {
    expect(await statedOf('التحالف ينفي قتل مدنيين شرق ديرالزور، والخارجية تندد بالقصف.')).toEqual([]);
    expect(await statedOf('استشهاد المدنيين والأطفال في قصف على بلدة سرمين.')).toEqual([]);
    expect(await statedOf('وقال المشفى إن بين القتلى نساء وأطفالاً، وإن عدداً من الجثث لم يعرف أصحابها.')).toEqual([]);
  });
});

describe('martyrdom and loss idioms are killings', () => {
  it('ارتقى شهيد، فقدنا الشاب', async () => {
    expect(await statedOf('ارتقى شهيد في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('فقدنا الشاب محمد العلي في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
  });
});

describe('killed and wounded', () => {
  it('side by side are two figures', async () => {
    expect(await statedOf('سقط 9 قتلى و61 جريحاً في انفجار سيارة مفخخة في مدينة الباب.')).toEqual([
      { killed: 9, injured: 61 },
    ]);
  });

  it('lumped into one number are neither', async () => {
    expect(await statedOf('سقط 12 قتيلاً وجريحاً في قصف على مدينة الباب.')).toEqual([]);
    expect(await statedOf('Shelling on Hajin left 12 dead or wounded on Monday.')).toEqual([]);
  });

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
