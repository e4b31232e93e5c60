// Words that say someone was killed besides the usual verb: other verbs, idioms, words broken by marks.
import { describe, expect, it } from 'vitest';
import { casualties, resultReader, stated, statedReader } from './claim-helpers.ts';

describe('martyrdom and loss idioms are killings', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it('ارتقى شهيد، فقدنا الشاب', async () => {
    expect(await statedOf('ارتقى شهيد في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('فقدنا الشاب محمد العلي في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
  });
});

describe('words broken to dodge moderation are read whole', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it('tatweel, a mark, tatweel: "استـ*ـشهاد", "فقـ ـد … حـ ـياته"', async () => {
    expect(await statedOf('فقـ ـد مدني حـ ـياته وأُصـ ـيب 4 آخرون بغـ ـارة على دراجة نارية شرق سرمين.')).toEqual([
      { civilians_killed: 1, injured: 4 },
    ]);
    expect(await statedOf('عاجل: استـ*ـشهاد اثنين من المدنيين جراء هجـ*ـوم بطائرة مسيرة جنوب كوباني.')).toEqual([
      { civilians_killed: 2 },
    ]);
  });
});

describe('other killing verbs', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('reads other killing verbs and dual nouns in one claim', async () => {
    const [claim] = casualties((await extract('قضى 5 أشخاص بينهم امرأتان في قصف لقوات النظام على هجين.')).claims);
    expect(stated(claim)).toEqual({ killed: 5, women_killed: 2 });
    expect(claim?.perpetrator).toBe('syrian-government');
    const [other] = casualties((await extract('استشهد 7 مدنيين وأصيب 15 آخرون جراء قصف على السوسة.')).claims);
    expect(stated(other)).toEqual({ civilians_killed: 7, injured: 15 });
  });
});
