// Words that say someone was killed besides the usual verb: other verbs, idioms, words broken by marks.
import { describe, expect, it } from 'vitest';
import { casualties, claimsReader, resultReader, stated, statedReader } from './claim-helpers.ts';

describe('martyrdom and loss idioms are killings', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it('ارتقى شهيد، فقدنا الشاب', async () => {
    expect(await statedOf('ارتقى شهيد في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('فقدنا الشاب محمد العلي في قصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
  });

  it('the verb of a dying idiom before its subject: لقي مصرعه، فارق الحياة، فقدان … لحياته', async () => {
    expect(await statedOf('لقي شاب مصرعه بانفجار لغم أرضي قرب بلدة بنش.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('لقيت امرأة حتفها وأصيب طفلان بقذيفة على سرمين.')).toEqual([
      { women_killed: 1, killed: 1, injured: 2 },
    ]);
    expect(await statedOf('فارق مسن الحياة بعد يومين من إصابته في غارة على بنش.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('أسفرت الغارة على سرمين عن فقدان مواطن لحياته.')).toEqual([{ civilians_killed: 1 }]);
  });

  it('a loss (فقدان، فقد) counted beside an injury is a death: "فقدان 4 مدنيين وإصابة 7"', async () => {
    expect(await statedOf('أسفر القصف على بنش عن فقدان 4 مدنيين وإصابة 7 آخرين.')).toEqual([
      { civilians_killed: 4, injured: 7 },
    ]);
    expect(await statedOf('فقد مدنيان وأصيب طفل جراء غارة على بلدة سرمين.')).toEqual([
      { civilians_killed: 2, injured: 1 },
    ]);
    // Her brother, named by kinship after the injury, is the one injured.
    expect(await statedOf('تسبب القصف على بنش بفقدان طفلة وإصابة شقيقها.')).toEqual([
      { children_killed: 1, killed: 1, injured: 1 },
    ]);
    // "لحياتهما" closing the phrase, past the names and a comma.
    const named = 'تسبب القصف على بنش بفقدان اثنين من العمال وهما سالم العمر وخالد الحسن، لحياتهما وإصابة اثنين آخرين.';
    expect(await statedOf(named)).toEqual([{ killed: 2, injured: 2 }]);
  });

  it('a loss with no injury beside it, or the particle فقد before a verb, is no death', async () => {
    // فقدان alone may be the missing; "فقد استهدفت" is ف + قد.
    expect(await statedOf('أعلنت الفرق فقدان 3 صيادين في النهر قرب بنش.')).toEqual([]);
    expect(await statedOf('فقد استهدفت الطائرة بلدة سرمين وأصيب 3 مدنيين.')).toEqual([{ injured: 3 }]);
    expect(await statedOf('أعلن الدفاع المدني فقدان 3 متطوعين، وإصابة اثنين في بنش.')).toEqual([{ injured: 2 }]);
  });

  it('an obituary of a name with a violent cause after it is one dead; without the cause, none', async () => {
    expect(await statedOf('انتقل إلى رحمة الله (سامر الحسن) نتيجة القصف على بلدة بنش.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('في ذمة الله الحاج عمر الخطيب أبو أحمد إثر غارة على سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('انتقل إلى رحمة الله سامر الحسن عن عمر ناهز 80 عاماً في بنش.')).toEqual([]);
  });

  it('a definite victim after "أن" is the subject of the dying verb after it', async () => {
    expect(await statedOf('وأفاد مراسلنا أن الطفلة فارقت الحياة متأثرة بجراحها في بنش.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
  });

  it('the body of a named victim handed over is one dead', async () => {
    expect(await statedOf('سلم الحاجز جثة المدني "يوسف الحمدان" لأهله بعد وفاته تحت التعذيب قرب بنش.')).toEqual([
      { civilians_killed: 1 },
    ]);
  });

  it('obituary idioms: في ذمة الله، انتقل إلى رحمة الله تعالى, then the victim', async () => {
    expect(await statedOf('في ذمة الله الشاب وليد السالم إثر غارة جوية على بلدة بنش.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('في ذمة الله الشقيقان حسن وعلي الناصر جراء قصف على سرمين.')).toEqual([{ killed: 2 }]);
    expect(await statedOf('انتقلت إلى رحمة الله تعالى الطفلة سلمى العبد متأثرة بإصابتها في قصف على بنش.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
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

  it('a dot glued between a tatweel and a letter, an asterisk inside a word: "وفـ.اة", "استشـ*هد"', async () => {
    expect(await statedOf('وفـ.اة الطفلة "ريم الخطيب" وإصـ.ابة شابين بقـ.صف مدفعي على قرية شرق سرمين.')).toEqual([
      { children_killed: 1, killed: 1, injured: 2 },
    ]);
    expect(await statedOf('استشـ*هد 3 مدنيين وأُصـ*يب 9 آخرون بغارة على بلدة سرمين.')).toEqual([
      { civilians_killed: 3, injured: 9 },
    ]);
  });

  it('keeps a full stop between two words, and a dot or asterisk outside a word', async () => {
    // A full stop glued to the next word still ends its sentence: the second figure is a claim of its own.
    const claims = await statedOf('قتل 4 مدنيين في قصف على سرمين.وأصيب طفلان في قصف على بنش.');
    expect(claims).toEqual([{ civilians_killed: 4 }, { injured: 2 }]);
    expect(await statedOf('*عاجل* مقتل 5 مدنيين بغارة على بلدة سرمين.')).toEqual([{ civilians_killed: 5 }]);
  });
});

describe('a word boundary the capture lost is put back', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it("after ى or ة glued to the next word, which Arabic writes only at a word's end", async () => {
    expect(await statedOf('سقطت قذيفة على أطراف القريةاستشهد على إثرها 3 مدنيين في سرمين.')).toEqual([
      { civilians_killed: 3 },
    ]);
    // ي ends words and starts them: glued after it, no boundary can be told.
    expect(await statedOf('قصف مدفعي على ريف بنش الشرقيفقد مدني حياته وأصيب طفلان.')).not.toContainEqual({
      civilians_killed: 1,
      injured: 2,
    });
    expect(await statedOf('انتقل إلى رحمة الله تعالىالشاب سامي العمر إثر قصف على بنش.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('قصف مدفعي على ريف بنش الشرقىفقد مدني حياته وأصيب طفلان.')).toEqual([
      { civilians_killed: 1, injured: 2 },
    ]);
  });

  it('after the hashtag that heads a post (#عاجل، #متابعات، #وفيات), glued to its first word', async () => {
    expect(await statedOf('#عاجلفقـ ـد مدني حـ ـياته وأصيب طفل بقصف على بلدة بنش.')).toEqual([
      { civilians_killed: 1, injured: 1 },
    ]);
    expect(await statedOf('#متابعاتشهيدان من المدنيين في القصف على أطراف بنش.')).toEqual([{ killed: 2 }]);
    expect(await statedOf('#عـــاجـــلمقتل 3 مدنيين بقصف على بلدة سرمين.')).toEqual([{ civilians_killed: 3 }]);
  });

  it("where Arabic script meets Latin, as a page's chrome glued to the post", async () => {
    expect(await statedOf('March 3 · Shared with Publicمقتل 4 مدنيين بغارة جوية على بلدة بنش.')).toEqual([
      { civilians_killed: 4 },
    ]);
  });

  it("before a report's first word glued to the end of a hashtag, broken or whole", async () => {
    expect(await statedOf('قصف على #ريف_بنشاستـ*ـشهاد ثلاثة مدنيين وإصابة 6 آخرين.')).toEqual([
      { civilians_killed: 3, injured: 6 },
    ]);
    expect(await statedOf('#سرمين_الآناصيب 3 أطفال بقذيفة صاروخية على البلدة.')).toEqual([{ injured: 3 }]);
    // A tag whose word is the opener with its article or a clitic is one word: nothing was glued.
    expect(await statedOf('#والاستشهاد طفل في قصف على بلدة بنش')).toEqual([]);
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

  it('reads an assassination (اغتيال، اغتال) as a killing, with the gunmen as its subject', async () => {
    const statedOf = statedReader({ publishedAt: '2018-11-18' });
    expect(await statedOf('اغتيال مدني برصاص مجهولين في بلدة الجيزة.')).toEqual([{ civilians_killed: 1 }]);
    expect(await statedOf('اغتال مسلحون مجهولون امرأة في بلدة الجيزة.')).toEqual([{ women_killed: 1, killed: 1 }]);
    expect(await statedOf('أعلن التحالف اغتيال عنصرين من التنظيم وإصابة آخر بغارة قرب الجيزة.')).toEqual([
      { combatants_killed: 2, killed: 2, injured: 1 },
    ]);
  });
});

describe("a crime's dead are not the conflict's", () => {
  const claimsOf = claimsReader({ publishedAt: '2022-05-10' });

  it('reads no claim of a killing by thieves, in a vendetta or a brawl', async () => {
    expect(casualties(await claimsOf('قام لصوص بقتل رجل وزوجته في منزلهما بحي الميدان في مدينة حلب.'))).toEqual([]);
    expect(casualties(await claimsOf('لقي شاب مصرعه بإطلاق نار بدافع الثأر في قرية الصالحية.'))).toEqual([]);
    expect(casualties(await claimsOf('Two men were killed by robbers in Hajin on Monday.'))).toEqual([]);
  });

  it("keeps the conflict's toll of the same sentence, in its own clause", async () => {
    const claims = casualties(
      await claimsOf('قتل 3 مدنيين بقصف على قرية الصالحية، فيما قتل شاب في مشاجرة بالقرية المجاورة.'),
    );
    expect(claims.map(stated)).toEqual([{ civilians_killed: 3 }]);
  });
});
