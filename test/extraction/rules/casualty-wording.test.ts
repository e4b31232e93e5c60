// Words that say a person was killed although no usual casualty verb is written: martyrdom and loss idioms, and
// words broken by marks to dodge moderation. Every sentence was written for its test.
import { describe, expect, it } from 'vitest';
import { statedReader } from './claim-helpers.ts';

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
    expect(await statedOf('فقـ ـد مدني حـ ـياته وإصـ ـيب 3 آخرين بقـ ـصف على سيارة قرب بلدة سرمين.')).toEqual([
      { civilians_killed: 1, injured: 3 },
    ]);
    expect(await statedOf('عاجل: استـ*ـشهاد اثنين من المدنيين جراء هجـ*ـوم بطائرة مسيرة جنوب كوباني.')).toEqual([
      { civilians_killed: 2 },
    ]);
  });
});
