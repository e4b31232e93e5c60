// Who the victims are: civilians, children, women, combatants, toll breakdowns, killed-and-wounded lumps.
import { describe, expect, it } from 'vitest';
import {
  casualties,
  casualtiesReader,
  claimsReader,
  ofType,
  resultReader,
  stated,
  statedReader,
} from './claim-helpers.ts';

describe('Arabic breakdowns ("بينهم") and what a toll counts', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('counts a "بينهم" breakdown with the figure it breaks down, even when an injury verb is nearer', async () => {
    const [claim, ...rest] = casualties(
      await claimsOf(
        'قال المرصد السوري إن 9 مدنيين قتلوا في قصف على هجين، بينهم ثلاثة أطفال وامرأتان، وأصيب 14 آخرون.',
      ),
    );
    expect(rest).toEqual([]);
    expect(stated(claim)).toEqual({ civilians_killed: 9, children_killed: 3, women_killed: 2, injured: 14 });
  });

  it("reads the wounded named after the dead's breakdown as wounded, not as part of the dead", async () => {
    const [claim] = casualties(
      await claimsOf('قتلت الغارة 4 أشخاص بينهم امرأة، و9 جرحى أغلبهم أطفال، في قرية معرة حرمة.'),
    );
    expect(stated(claim)).toEqual({ killed: 4, women_killed: 1, injured: 9 });
    const [toll] = casualties(await claimsOf('ارتقى 13 مدنياً شهداء بينهم مسعف وتسعة جرحى في معرة حرمة.'));
    expect(stated(toll)).toEqual({ civilians_killed: 13, injured: 9 });
    // Wounded named inside an injured toll's breakdown stay its part.
    const [injured] = casualties(await claimsOf('أصيب 12 شخصاً بينهم 3 جرحى حالتهم خطرة في معرة حرمة.'));
    expect(stated(injured)).toEqual({ injured: 12 });
  });

  it('starts a new figure when a casualty word follows بينهم', async () => {
    const [claim] = casualties(
      await claimsOf('أسفر القصف على بلدة الشعفة عن استشهاد ستة أشخاص بينهم طفلان وإصابة 11 شخصاً.'),
    );
    expect(stated(claim)).toEqual({ killed: 6, children_killed: 2, injured: 11 });
  });

  it('takes the noun after عدد as what a SOHR-style toll counts, and its breakdown with مواطنات', async () => {
    const [claim] = casualties(
      await claimsOf('ارتفع إلى 21 عدد المدنيين الذين قضوا في القصف على السوسة، وهم 7 أطفال و4 مواطنات و10 رجال.'),
    );
    // The ten men are part of the 21, not the number of dead.
    expect(stated(claim)).toEqual({ civilians_killed: 21, children_killed: 7, women_killed: 4 });
  });
});

describe('Arabic single nouns in a breakdown', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

  it('counts "بينهم سيدة" and "امرأة وطفلان" as one woman', async () => {
    const [a] = ofType(await claimsOf('قتل 4 مدنيين بينهم سيدة في قصف مدفعي على هجين.'), 'casualty');
    expect(stated(a)).toEqual({ civilians_killed: 4, women_killed: 1 });
    const [b] = ofType(await claimsOf('قتل ستة مدنيين، بينهم امرأة وطفلان، في غارة على السوسة.'), 'casualty');
    expect(stated(b)).toEqual({ civilians_killed: 6, women_killed: 1, children_killed: 2 });
  });

  it('counts "بينهم طفلة" as one child, but not a title or a lone described victim', async () => {
    const [a] = ofType(await claimsOf('قتل 3 مدنيين بينهم طفلة بقصف على الشعفة.'), 'casualty');
    expect(stated(a)).toEqual({ civilians_killed: 3, children_killed: 1 });
    const [b] = ofType(await claimsOf('قالت السيدة أم محمد إن 5 مدنيين قتلوا في هجين.'), 'casualty');
    expect(stated(b)).toEqual({ civilians_killed: 5 });
    const [c] = ofType(await claimsOf('قتل 3 مدنيين في هجين، وكان أحدهم طفل يبلغ من العمر عشر سنوات.'), 'casualty');
    expect(c?.counts.children_killed).toBeUndefined();
  });
});

describe('Arabic bodies recovered and a combined killed-and-wounded figure', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

  it('drops bodies recovered and a combined killed-and-wounded figure', async () => {
    const claims = await claimsOf(
      'ارتفعت حصيلة القصف على هجين إلى 21 قتيلاً مدنياً، بحسب الدفاع المدني، ' +
        'الذي قال إن فرقه أنهت البحث بعد انتشال 6 جثث جديدة.',
    );
    const casualties = ofType(claims, 'casualty');
    expect(casualties).toHaveLength(1);
    expect(stated(casualties[0])).toEqual({ civilians_killed: 21 });
    const combined = await claimsOf(
      'وتبنى التنظيم الهجوم على السوسة قائلاً إنه أسفر عن ' + 'مقتل وإصابة أكثر من 70 عنصراً.',
    );
    expect(ofType(combined, 'casualty')).toEqual([]);
  });
});

describe('Arabic civilians ("من المدنيين") and killed-and-wounded lumps', () => {
  // Here `casualties` reads a sentence's casualty claims, shadowing the filter of claims.
  const casualties = casualtiesReader({ publishedAt: '2020-02-03' });

  it('reads "N شهيدا من المدنيين" as civilians killed', async () => {
    const [claim] = await casualties('قال مصدر محلي إن حصيلة القصف بلغت 12 شهيداً من المدنيين، بينهم 3 أطفال.');
    expect(stated(claim)).toEqual({ civilians_killed: 12, children_killed: 3 });
  });

  it('drops a killed-and-wounded lump stated with verbs ("قتلوا وجرحوا")', async () => {
    const claims = await casualties('وزعمت الجماعة أن مقاتليها قتلوا وجرحوا أكثر من 25 جندياً في الهجوم.');
    expect(claims.flatMap((c) => Object.keys(c.counts))).toEqual([]);
  });
});

describe('combatants', () => {
  const claimsOf = claimsReader({ publishedAt: '2021-03-10' });

  it('counts fighters of any side in combatants_killed and never in civilians', async () => {
    const [ar] = casualties(await claimsOf('قتل 5 من جنود النظام في هجوم على قرية الصالحية أمس.'));
    expect(stated(ar)).toEqual({ killed: 5, combatants_killed: 5 });
    const [en] = casualties(await claimsOf('Twelve militants were killed in an air strike near Hajin on Monday.'));
    expect(stated(en)).toEqual({ killed: 12, combatants_killed: 12 });
  });

  it('keeps civilians and fighters listed side by side apart, the dead being their sum', async () => {
    const [c] = casualties(await claimsOf('قتل 3 مدنيين و4 عناصر من الفصائل في قصف على مدينة الباب.'));
    expect(stated(c)).toEqual({ civilians_killed: 3, combatants_killed: 4, killed: 7 });
    const [e] = casualties(await claimsOf('Two civilians and six soldiers were killed in shelling on Hajin.'));
    expect(stated(e)).toEqual({ civilians_killed: 2, combatants_killed: 6, killed: 8 });
  });

  it('reads the dead of an armed side ("قتلى للنظام", "من قوات") as its fighters', async () => {
    const [side] = casualties(await claimsOf('4 قتلى للنظام بهجوم على حاجز قرب مدينة الصنمين.'));
    expect(stated(side)).toEqual({ killed: 4, combatants_killed: 4 });
    const [dual] = casualties(await claimsOf('قتيلان لقوات النظام بانفجار لغم قرب بلدة اللجاة.'));
    expect(stated(dual)).toEqual({ killed: 2, combatants_killed: 2 });
    const [members] = casualties(await claimsOf('مقتل 6 من قوات النظام بكمين في بادية السخنة.'));
    expect(stated(members)).toEqual({ killed: 6, combatants_killed: 6 });
  });

  it('reads members of an armed side named after من ("من تنظيم الدولة", "من الأسايش") as its fighters', async () => {
    const [group] = casualties(await claimsOf('قتل 4 من تنظيم الدولة في كمين قرب بلدة سرمين.'));
    expect(stated(group)).toEqual({ combatants_killed: 4, killed: 4 });
    const [force] = casualties(await claimsOf('قتل 3 من الأسايش في هجوم على حاجز قرب الحسكة.'));
    expect(stated(force)).toEqual({ combatants_killed: 3, killed: 3 });
  });

  it('reads a toll\'s breakdown after "هم:" item by item, fighters of two sides and civilians', async () => {
    const [claim] = casualties(
      await claimsOf('قتل 20 شخصاً في الاشتباكات قرب سرمين، هم: 12 من تنظيم الدولة و5 من قوات الأمن و3 مدنيين.'),
    );
    expect(stated(claim)).toEqual({ killed: 20, combatants_killed: 17, civilians_killed: 3 });
  });

  it('reads one soldier (عسكري) and the dead "من العسكريين" as fighters', async () => {
    const [one] = casualties(await claimsOf('أدى القصف إلى مقتل عسكري وجرح أربعة مدنيين في حي الميدان.'));
    expect(stated(one)).toEqual({ combatants_killed: 1, killed: 1, injured: 4 });
    const [both] = casualties(await claimsOf('تسببت الغارات بسقوط 5 شهداء مدنيين و12 قتيلاً من العسكريين.'));
    expect(stated(both)).toEqual({ civilians_killed: 5, combatants_killed: 12, killed: 17 });
  });

  it('reads "من العسكريين والمدنيين" as the dead of both sides, neither side\'s figure', async () => {
    const [mixed] = casualties(await claimsOf('ولقي 14 من العسكريين والمدنيين حتفهم بانفجار سيارة في أعزاز.'));
    expect(stated(mixed)).toEqual({ killed: 14 });
    const [dead] = casualties(await claimsOf('سقط 14 قتيلاً من المدنيين والعسكريين بانفجار سيارة في أعزاز.'));
    expect(stated(dead)).toEqual({ killed: 14 });
    const [apart] = casualties(await claimsOf('قتل 7 من المدنيين والأطفال في قصف على مدينة حلب.'));
    expect(stated(apart)).toEqual({ civilians_killed: 7 });
  });

  it('reads "the two men were civilians" after a side\'s "two fighters" as a claim of its own', async () => {
    const claims = casualties(
      await claimsOf(
        'قتل شخصان بقصف طائرة مسيرة على سيارة في قرية الزباري. وكانت قيادة التحالف قد أكدت مقتل عنصرين من ' +
          'تنظيم الدولة في الغارة. يذكر أن الشابين مدنيان ولا علاقة لهما بالتنظيم.',
      ),
    );
    expect(claims.map((c) => [c.claimant.name, stated(c)])).toEqual([
      ['unattributed', { killed: 2, civilians_killed: 2 }],
      ['US-led coalition', { combatants_killed: 2, killed: 2 }],
    ]);
    const english = casualties(
      await claimsOf('The coalition said its strike near Hajin killed two militants. The two men were civilians.'),
    );
    expect(english.map(stated)).toEqual([{ combatants_killed: 2, killed: 2 }, { civilians_killed: 2 }]);
  });

  it('reads one person said to be a civilian, across a relative clause, apart from the fighter count', async () => {
    const residents = casualties(
      await claimsOf(
        'مقتل قيادي في التنظيم بغارة لطائرة مسيرة قرب بلدة سرمين. ' +
          'ويقول أهالي البلدة إن الرجل الذي استهدفته الغارة، وهو راعي أغنام، مدني.',
      ),
    );
    expect(residents.map((c) => [c.claimant.name, stated(c)])).toEqual([
      ['unattributed', { combatants_killed: 1, killed: 1 }],
      ['residents', { civilians_killed: 1 }],
    ]);
    // One claimant calling the same dead a fighter and a civilian makes two claims, not one of both.
    const same = casualties(
      await claimsOf('مقتل قيادي في التنظيم بغارة قرب بلدة سرمين. يذكر أن القتيل كان مدنياً ولم يحمل السلاح.'),
    );
    expect(same.map(stated)).toEqual([{ combatants_killed: 1, killed: 1 }, { civilians_killed: 1 }]);
    const english = casualties(
      await claimsOf(
        'A drone strike near Sarmin killed a senior militant. The man killed was a civilian, his brother said.',
      ),
    );
    expect(english.map(stated)).toEqual([{ combatants_killed: 1, killed: 1 }, { civilians_killed: 1 }]);
  });

  it('reads no civilians from a status that is negated or matches no toll of the report', async () => {
    const negated = casualties(
      await claimsOf('أعلن التحالف مقتل عنصرين من التنظيم قرب الزباري. وقال الأهالي إن الشابين ليسا مدنيين.'),
    );
    expect(negated.map(stated)).toEqual([{ combatants_killed: 2, killed: 2 }]);
    const otherCount = casualties(
      await claimsOf('أعلن التحالف مقتل 3 عناصر من التنظيم قرب الزباري. وقال الأهالي إن الرجلين مدنيان.'),
    );
    expect(otherCount.map(stated)).toEqual([{ combatants_killed: 3, killed: 3 }]);
    // Four sentences on, "the two men" are no longer the toll's dead.
    const far = casualties(
      await claimsOf(
        'أعلن التحالف مقتل عنصرين من التنظيم قرب الزباري. وتشهد المنطقة توتراً منذ أسابيع بين الأطراف. ' +
          'وتقع القرية على الضفة الشرقية لنهر الفرات. ويعمل معظم سكانها في الزراعة وتربية المواشي. ' +
          'وكانت القرية قد شهدت اشتباكات في الصيف الماضي. وفي سياق آخر، قال الأهالي إن الرجلين مدنيان.',
      ),
    );
    expect(far.map(stated)).toEqual([{ combatants_killed: 2, killed: 2 }]);
  });

  it('keeps the dead of a family or a village as they are', async () => {
    const [family] = casualties(await claimsOf('5 قتلى لعائلة واحدة بقصف على بلدة سرمين.'));
    expect(stated(family)).toEqual({ killed: 5 });
    const [village] = casualties(await claimsOf('مقتل 4 أشخاص من قرية حزوان بقصف مدفعي.'));
    expect(stated(village)).toEqual({ killed: 4 });
  });
});

describe('killed and wounded', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });
  const claimsOf = claimsReader({ publishedAt: '2021-03-10' });

  it('side by side are two figures', async () => {
    expect(await statedOf('سقط 9 قتلى و61 جريحاً في انفجار سيارة مفخخة في مدينة الباب.')).toEqual([
      { killed: 9, injured: 61 },
    ]);
  });

  it('lumped into one number are neither', async () => {
    expect(await statedOf('سقط 12 قتيلاً وجريحاً في قصف على مدينة الباب.')).toEqual([]);
    expect(await statedOf('Shelling on Hajin left 12 dead or wounded on Monday.')).toEqual([]);
  });

  it('lumped by two verbs in the present, with the passive of injury, or with martyrdom, are neither', async () => {
    expect(await statedOf('دورية تطلق النار على سوق مدينة الباب وتقتل وتجرح 8 أشخاص.')).toEqual([]);
    expect(await statedOf('قتل وأصيب 11 شخصاً بقصف على مدينة الباب.')).toEqual([]);
    expect(await statedOf('أدى القصف على مدينة الباب إلى استشهاد وإصابة 9 مدنيين.')).toEqual([]);
    // With a number for each, they are two figures again.
    expect(await statedOf('قتل 2 وأصيب 9 أشخاص بقصف على مدينة الباب.')).toEqual([{ killed: 2, injured: 9 }]);
  });

  it('counted as "victims" (ضحايا) that are the dead plus the wounded the report gives, are that lump', async () => {
    const lump = casualties(
      await claimsOf(
        'خمسة أطفال من أسرة واحدة ضحايا غارة على قرية معرة حرمة\n' +
          'قتل طفلان وأصيب ثلاثة من أشقائهما بغارة جوية على قرية معرة حرمة.',
      ),
    );
    expect(lump.map(stated)).toEqual([{ killed: 2, children_killed: 2, injured: 3 }]);
    // Victims the report counts as dead elsewhere stay the dead.
    const dead = casualties(
      await claimsOf('خمسة أطفال من أسرة واحدة ضحايا غارة على قرية معرة حرمة\nقتل خمسة أطفال بغارة على القرية.'),
    );
    expect(dead.map(stated)).toEqual([{ killed: 5, children_killed: 5 }]);
    // "Fell" names no death either; a dead noun (شهداء) does.
    const fell = casualties(
      await claimsOf(
        'تسبب الهجوم بسقوط 9 ضحايا في قرية معرة حرمة. وقال الدفاع المدني إن 4 مدنيين قتلوا وأصيب 5 آخرون في القرية.',
      ),
    );
    expect(fell.map(stated)).toEqual([{ civilians_killed: 4, injured: 5 }]);
    const martyrs = casualties(await claimsOf('سقط 9 شهداء في قرية معرة حرمة. وقتل 4 مدنيين وأصيب 5 آخرون فيها.'));
    expect(martyrs.map((c) => stated(c).killed)).toContain(9);
  });

  it('lumped "بين شهيد وجريح" are neither, and a vague amount so lumped is both', async () => {
    expect(await statedOf('سقط 6 أشخاص بين شهيد وجريح في مدينة الباب.')).toEqual([]);
    expect(await statedOf('سقط في مدينة الباب عدد من الأشخاص بين شهيد وجريح.')).toEqual([
      { killed: null, injured: null },
    ]);
  });

  it('reads the breakdown after "وجرح آخرون" as the injured\'s, at least its number', async () => {
    expect(await statedOf('قتل شخص وجرح آخرون بينهم طفلان في قصف على مدينة الباب.')).toEqual([
      { killed: 1, injured: 2 },
    ]);
    const [claim] = casualties(await claimsOf('جرح عدد من الأهالي بينهم 3 أطفال في قصف على مدينة الباب.'));
    expect(claim?.counts.injured).toEqual({ stated: 3, qualifier: 'at_least', min: 3 });
  });

  it('reads no toll in how many of the wounded are in a condition ("3 من الجرحى حالتهم خطرة")', async () => {
    expect(await statedOf('أصيب 9 مدنيين بقصف على مدينة الباب، 4 من المصابين في حالة حرجة.')).toEqual([{ injured: 9 }]);
    expect(await statedOf('قتل رجل بقصف على مدينة الباب، واثنان من المصابين حالتهما حرجة.')).toEqual([{ killed: 1 }]);
  });
});

describe('English victims: nouns behind modifiers, fighters of two sides, killed and injured', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('reads beheadings and nouns behind modifiers', async () => {
    expect(stated(casualties(await claimsOf('The militants beheaded 18 Syrians in Hajin on Monday.'))[0])).toEqual({
      killed: 18,
    });
    expect(
      stated(casualties(await claimsOf('Fifteen SARC volunteers were killed in the strike on Hajin.'))[0]),
    ).toEqual({ killed: 15 });
    expect(
      stated(
        casualties(await claimsOf('At least 287 IS fighters have died in the battle for Hajin, the monitor said.'))[0],
      ),
    ).toMatchObject({ killed: 287 });
  });

  it('adds up fighters of two sides but not a restated fighters figure', async () => {
    const sides = casualties(
      await claimsOf('In Hajin, 45 Islamic State militants and 20 Kurdish fighters were killed on Monday.'),
    );
    expect(stated(sides[0])).toEqual({ killed: 65, combatants_killed: 65 });
    const restated = casualties(
      await claimsOf(
        'Ten Syrian troops killed in clashes with jihadists in Hajin on Tuesday as at least 10 Syrian soldiers ' +
          'were killed, the monitor said',
      ),
    );
    expect(restated.map((c) => c.counts.killed?.stated)).not.toContain(20);
  });

  it('gives a verb after "and" to the next figure, and an English subject its own passive verb', async () => {
    const [women] = casualties(
      await claimsOf('Shelling on Hajin killed at least three women and injured dozens of others on Thursday.'),
    );
    expect(women?.counts.women_killed?.stated).toBe(3);
    expect(women?.counts.injured?.stated).toBe(null);
    const claims = casualties(
      await claimsOf(
        'A child was killed and six other civilians, including three children (aged 5 to 8), were injured in Hajin.',
      ),
    );
    expect(claims.map(stated)).toEqual([{ children_killed: 1, killed: 1, injured: 6 }]);
  });

  it('gives a figure to the verb it is the object of, not to a verb after it with a number of its own', async () => {
    const bomber = casualties(await claimsOf('A car bomb killed 14 people injured 60 at a market in Hajin on Friday.'));
    expect(bomber.map(stated)).toEqual([{ killed: 14, injured: 60 }]);
    const lives = casualties(
      await claimsOf('Rockets hit the market in Hajin, taking the lives of four civilians injuring nine more.'),
    );
    expect(lives.map(stated)).toEqual([{ civilians_killed: 4, injured: 9 }]);
    // With no verb before it, a headline's figure takes the participle after its noun.
    const headline = casualties(await claimsOf('12 civilians killed 20 injured in rocket attacks on Hajin'));
    expect(headline.map(stated)).toEqual([{ civilians_killed: 12, injured: 20 }]);
  });
});

describe('Arabic civilians "including children and women"', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('reports civilians "including children and women" without inventing their numbers', async () => {
    const [claim] = casualties((await extract('قتل نحو 20 مدنيا بينهم أطفال ونساء في قصف على السوسة.')).claims);
    expect(stated(claim)).toEqual({ civilians_killed: 20 });
  });
});

describe('dead named only by who they are (women, children) are the dead a clause counts', () => {
  const statedOf = statedReader({ publishedAt: '2022-05-18' });

  it('reads a lone woman or child killed as one killed', async () => {
    expect(await statedOf('قتلت طفلة بقذيفة سقطت على منزل عائلتها في بلدة سرمين.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('مقتل امرأة وإصابة اثنين من أبنائها بقصف على قرية حزوان.')).toEqual([
      { women_killed: 1, killed: 1, injured: 2 },
    ]);
  });

  it('adds up women and children listed side by side', async () => {
    expect(await statedOf('أدى القصف على بلدة سرمين إلى مقتل امرأتين وثلاثة أطفال.')).toEqual([
      { women_killed: 2, children_killed: 3, killed: 5 },
    ]);
    expect(await statedOf('Two women and four children were killed when the shell hit Hajin.')).toEqual([
      { women_killed: 2, children_killed: 4, killed: 6 },
    ]);
  });

  it('leaves the total alone when a toll is stated or the children are its breakdown', async () => {
    expect(await statedOf('قتل سبعة مدنيين بينهم أربعة أطفال في غارة على السوسة.')).toEqual([
      { civilians_killed: 7, children_killed: 4 },
    ]);
    expect(await statedOf('قتل 9 أشخاص بينهم امرأة في قصف على الشعفة.')).toEqual([{ killed: 9, women_killed: 1 }]);
  });
});

describe('victims joined by و after one casualty word are one toll', () => {
  const statedOf = statedReader({ publishedAt: '2022-05-18' });

  it('adds up a man, a woman and a child, with the woman and the child as its breakdown', async () => {
    expect(await statedOf('قتل رجل وامرأة وطفل بقذيفة سقطت على منزلهم في بلدة كفرنبل.')).toEqual([
      { killed: 3, women_killed: 1, children_killed: 1 },
    ]);
    expect(await statedOf('استشهد شاب وطفلة برصاص قناص على أطراف قرية الصالحية.')).toEqual([
      { killed: 2, children_killed: 1 },
    ]);
  });

  it('reads "وطفلة" as a girl, not as "and her child", and "وطفلها" as her child', async () => {
    expect(await statedOf('أسفر القصف عن مقتل سيدة وطفلة في بلدة سرمين.')).toEqual([
      { killed: 2, women_killed: 1, children_killed: 1 },
    ]);
    expect(await statedOf('استشهاد امرأة وطفلها بغارة على مزرعة قرب بلدة بنش.')).toEqual([
      { killed: 2, women_killed: 1, children_killed: 1 },
    ]);
  });

  it('counts the nominative dual of kin ("وطفلاهما") as two, children of the family killed', async () => {
    expect(await statedOf('قتل رجل وزوجته وطفلاهما بقصف على قرية حزوان.')).toEqual([{ killed: 4, children_killed: 2 }]);
  });

  it('does not join a victim of another casualty word, nor the injured after the dead', async () => {
    expect(await statedOf('مقتل رجل وإصابة امرأة وطفل بقصف على قرية حزوان.')).toEqual([{ killed: 1, injured: 2 }]);
    expect(await statedOf('شهيد وجريحان بقصف مدفعي على بلدة الأتارب.')).toEqual([{ killed: 1, injured: 2 }]);
  });

  it("keeps a fighter joined to a civilian in the fighters' own count", async () => {
    expect(await statedOf('مقتل مدني وعنصر من الفصائل بقصف على قرية حزوان.')).toEqual([
      { civilians_killed: 1, combatants_killed: 1, killed: 2 },
    ]);
  });
});

describe('counts of attacks and things are no victims', () => {
  const claimsOf = claimsReader({ publishedAt: '2023-06-02' });

  it('reads a count of attacks in the accusative, the dual or as "استهدافات" as attacks', async () => {
    const monthly = await claimsOf('وسجل الشهر الماضي 40 هجوماً قتل فيها 6 مدنيين وأصيب 20 آخرون.');
    const [month] = ofType(monthly, 'aggregate');
    expect(stated(month)).toEqual({ civilians_killed: 6, injured: 20 });
    // A time right after the verb is no speaker.
    expect(month?.claimant.name).toBe('unattributed');
    const [item] = casualties(await claimsOf('في الأسبوع الأول، 4 استهدافات تسببت بسقوط قتيلين و5 جرحى.'));
    expect(stated(item)).toEqual({ killed: 2, injured: 5 });
    const [dual] = casualties(await claimsOf('نفذت الطائرات غارتين على بلدة سرمين قتلتا 3 مدنيين.'));
    expect(stated(dual)).toEqual({ civilians_killed: 3 });
  });

  it('reads "يرتفع إلى N تعداد X" as a count of X, like "عدد"', async () => {
    const raids = await claimsOf('وبذلك، يرتفع إلى 30 تعداد الغارات على المنطقة منذ مطلع العام، تسببت بمقتل 4 مدنيين.');
    expect(raids.map(stated)).toEqual([{ civilians_killed: 4 }]);
    const dead = await claimsOf('وبهذا يرتفع إلى 30 تعداد الأطفال الذين فقدوا حياتهم في المحافظة منذ بداية الشهر.');
    expect(dead.map(stated)).toEqual([{ children_killed: 30, killed: 30 }]);
  });
});
