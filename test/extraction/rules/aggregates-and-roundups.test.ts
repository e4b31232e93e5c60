// Campaign, multi-day, monthly and war-long totals are aggregates; a one-event toll stays a casualty.
import { describe, expect, it } from 'vitest';
import { casualties, claimsReader, ofType, resultReader, stated } from './claim-helpers.ts';

describe('Arabic running totals', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('marks "وبذلك يرتفع" running totals and tolls "خلال الأيام" as aggregates', async () => {
    const running = await claimsOf('وبذلك، يرتفع إلى 230 عدد الأشخاص الذين وثق المرصد مقتلهم في الشعفة.');
    expect(running.map((c) => c.type)).toEqual(['aggregate']);
    const days = await claimsOf('قتل 75 مدنياً خلال الأيام الخمسة الأخيرة في بلدة هجين.');
    expect(days.map((c) => c.type)).toEqual(['aggregate']);
  });
});

describe('Arabic totals that are not incidents', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

  it('reads a toll beside a count of five or more attacks as their total', async () => {
    for (const text of [
      'واستجابت فرق الإسعاف لـ 140 هجوماً على ريف حماة، تسببت هذه الهجمات بمقتل 31 مدنياً بينهم 9 أطفال.',
      'وجاء ريف حلب ثانياً بواقع 47 هجوم قتل على إثرها 12 مدنياً وأصيب 30 آخرون.',
      '– 18 استهداف على ريف القامشلي أسفرت عن مقتل 7 مدنيين.',
    ]) {
      expect(
        (await claimsOf(text)).map((c) => c.type),
        text,
      ).toEqual(['aggregate']);
    }
  });

  it('reads the toll of "the attacks" right after a total as that total\'s, not after one strike', async () => {
    const total = await claimsOf(
      'ونفذت الطائرات الحربية هجمات على قرى سهل الغاب خلال الفترة من 3 إلى 17 آذار.\n\n' +
        'وتسببت الهجمات بمقتل 40 شخصاً على الأقل، منهم 12 طفلاً.',
    );
    expect(total.map((c) => c.type)).toEqual(['aggregate']);
    const strike = await claimsOf(
      'شنت قوات النظام هجمات على بلدة كفرنبل صباح اليوم.\n\nوتسببت الهجمات بمقتل 5 مدنيين.',
    );
    expect(strike.map((c) => c.type)).toEqual(['casualty']);
  });

  it('reads the dead "in various circumstances" as a day\'s total, but not a death in unknown ones', async () => {
    const day = await claimsOf('9 قتلوا وماتوا في ظروف مختلفة في مناطق متفرقة من البلاد.');
    expect(day.map((c) => c.type)).toEqual(['aggregate']);
    const unknown = await claimsOf('قتل 3 أشخاص في ظروف غامضة في بلدة الصبحة.');
    expect(unknown.map((c) => c.type)).toEqual(['casualty']);
  });

  it('reads the dead in several places or incidents, or across a country, as a total', async () => {
    for (const text of [
      'قتل 5 مدنيين بانفجار ألغام في مناطق متفرقة من ريف حلب.',
      'قتل 4 أشخاص برصاص مجهولين في حوادث منفصلة بمدينة درعا.',
      'وثق ناشطون مقتل 6 مدنيين وإصابة طفلين بانفجار ألغام وقذائف قديمة في عموم المناطق السورية.',
    ]) {
      expect(
        (await claimsOf(text)).map((c) => c.type),
        text,
      ).toEqual(['aggregate']);
    }
    // Farmland ("الأراضي الزراعية") is one scene, not a country's land.
    const farmland = await claimsOf('قتل 3 أطفال بقذيفة سقطت على الأراضي الزراعية قرب بنش.');
    expect(farmland.map((c) => c.type)).toEqual(['casualty']);
  });

  it('reads a toll the next words break down "as follows" as the total, and its items as the events', async () => {
    const roundup = [
      'رصد ناشطون خلال يوم أمس مقتل 3 مدنيين في حوادث عدة بريف حلب.',
      'وتوزعت الحصيلة كما يلي:',
      '- قتل رجل بانفجار لغم في قرية العلوش.',
      '- قتل شابان برصاص مجهولين في بلدة سرمين.',
    ].join('\n');
    expect(
      (await claimsOf(roundup)).map((c) => [c.type, c.counts.killed?.stated ?? c.counts.civilians_killed?.stated]),
    ).toEqual([
      ['aggregate', 3],
      ['casualty', 1],
      ['casualty', 2],
    ]);
    const sameSentence = 'بلغت حصيلة ضحايا القصف على ريف إدلب 5 قتلى، توزعوا على الشكل الآتي: 3 في سرمين و2 في بنش.';
    expect((await claimsOf(sameSentence)).map((c) => c.type)).toContain('aggregate');
    // A breakdown announced after a total of its own belongs to that total, not to the toll before it.
    const ownTotal = [
      'قتل مدني في قصف على بلدة سرمين.',
      'وبذلك يرتفع إلى 9 عدد القتلى منذ بداية الشهر، وتوزعوا على النحو التالي:',
    ].join('\n');
    expect((await claimsOf(ownTotal)).map((c) => c.type)).toEqual(['casualty', 'aggregate']);
  });

  it('keeps the toll of a few attacks or of many strikes on one town a casualty', async () => {
    for (const text of [
      'شنت الطائرات الحربية 3 هجمات على بلدة كفرنبل ما أدى لمقتل 4 مدنيين.',
      'نفذت الطائرات 12 غارة على بلدة كفرنبل أسفرت عن مقتل 6 مدنيين.',
    ]) {
      expect(
        (await claimsOf(text)).map((c) => c.type),
        text,
      ).toEqual(['casualty']);
    }
  });

  it('reads what a war "took the lives of" (أودى، أودت بحياة) as a total, not a strike\'s toll', async () => {
    for (const text of [
      'وقال ناشطون من بلدة هجين إن النزاع أودى بحياة 40 مدنياً من أبناء البلدة.',
      'وقال ناشطون من بلدة هجين إن الحرب أودت بحياة 40 مدنياً من أبناء البلدة.',
    ]) {
      expect(
        (await claimsOf(text)).map((c) => c.type),
        text,
      ).toEqual(['aggregate']);
    }
    const strike = await claimsOf('قصف على بلدة هجين أودى بحياة 4 مدنيين.');
    expect(strike.map((c) => c.type)).toEqual(['casualty']);
  });

  it(
    'reads a campaign toll since a calendar date, "منذ N أيام" and a ' + "region's two-day toll as aggregates",
    async () => {
      const since = await claimsOf('ووثق المرصد السوري مقتل 412 مدنياً في ريف دير الزور منذ 12 شباط الماضي.');
      expect(ofType(since, 'casualty')).toEqual([]);
      expect(stated(ofType(since, 'aggregate')[0])).toEqual({ civilians_killed: 412 });
      const days = await claimsOf('وتشهد مدينة حلب قصفاً منذ 5 أيام أودى بحياة أكثر من 90 مدنياً.');
      expect(ofType(days, 'casualty')).toEqual([]);
      const region = await claimsOf(
        'وارتفعت حصيلة القتلى في محافظة دير الزور خلال يومين إلى 64 مدنياً، بحسب المرصد السوري.',
      );
      expect(ofType(region, 'casualty')).toEqual([]);
    },
  );

  it('keeps a rising toll of one event, and a two-day toll at one town, as casualties', async () => {
    const [rose] = ofType(
      await claimsOf('ارتفعت حصيلة ضحايا الغارة على بلدة هجين إلى 23 مدنياً، بحسب المرصد السوري.'),
      'casualty',
    );
    expect(stated(rose)).toEqual({ civilians_killed: 23 });
    const [town] = ofType(await claimsOf('ارتفعت حصيلة القتلى في بلدة السوسة خلال يومين إلى 17 مدنياً.'), 'casualty');
    expect(stated(town)).toEqual({ civilians_killed: 17 });
  });

  it('reads a toll over two regions at once as a total, unless a town is its place', async () => {
    for (const text of [
      'قتل 4 مدنيين وأصيب 11 آخرون أمس بقصف مدفعي على ريفي حماة وإدلب.',
      'Shelling killed 9 civilians in Idlib and Hama provinces on Tuesday.',
      'Des frappes ont tué 6 civils dans les régions de Gao et de Mopti mardi.',
    ]) {
      const claims = await claimsOf(text);
      expect(ofType(claims, 'casualty')).toEqual([]);
      expect(ofType(claims, 'aggregate')).toHaveLength(1);
    }
    // The region pair names the barrage; the dead are in one town.
    const town = await claimsOf('قتل مدني بقصف على بلدة كفرنبل، بالتزامن مع قصف طال بلدات أخرى بريفي حماة وإدلب.');
    expect(ofType(town, 'casualty').map(stated)).toEqual([{ civilians_killed: 1 }]);
  });

  it('reads a toll over a stated span of days, or over what has gone on since, as a total', async () => {
    for (const text of [
      'ووثقت الشبكة مقتل 310 مدنيين في ريف إدلب خلال الفترة من 2 آذار إلى 20 نيسان.',
      'وثقت الشبكة في الفترة الممتدة بين 3 و19 آب مقتل 64 مدنياً في ريف حماة.',
      'وقتل 35 مدنياً في القصف المتواصل منذ شهر على قرى جبل الزاوية.',
    ]) {
      const claims = await claimsOf(text);
      expect(ofType(claims, 'casualty'), text).toEqual([]);
      expect(ofType(claims, 'aggregate'), text).toHaveLength(1);
    }
  });

  it('reads a period with a conjunction on it ("ومنذ", "وخلال") as one without', async () => {
    for (const text of [
      'ومنذ مطلع العام وحتى منتصف أيار، استجابت فرق الإنقاذ لـ 600 هجوم على ريف حماة، قتل فيها 95 مدنياً.',
      'وخلال الشهر الماضي، شنت الطائرات 140 غارة على ريف إدلب، وقتل فيها 52 مدنياً.',
    ]) {
      expect(ofType(await claimsOf(text), 'casualty'), text).toEqual([]);
    }
  });

  it('keeps a toll compared with a period by a superlative ("أعنف قصف منذ…") a casualty', async () => {
    const claims = await claimsOf('قتل 4 مدنيين في قرية الصالحية، في أعنف قصف منذ مطلع العام.');
    expect(ofType(claims, 'casualty').map(stated)).toEqual([{ civilians_killed: 4 }]);
    const deadliest = await claimsOf('وقتل 11 مدنياً في سوق البلدة في الهجوم الأكثر دموية منذ بداية الحرب.');
    expect(ofType(deadliest, 'casualty').map(stated)).toEqual([{ civilians_killed: 11 }]);
  });

  it('reads "during it" (خلاله) after a campaign start as an aggregate', async () => {
    const claims = await claimsOf(
      'يأتي ذلك ضمن حملة قصف مستمرة منذ 3 آذار، والتي وثقت الشبكة السورية خلالها مقتل 215 مدنياً.',
    );
    expect(ofType(claims, 'casualty')).toEqual([]);
  });

  it('keeps the clause that points back to a running total ("آنفة الذكر", "الفترة ذاتها") in the total', async () => {
    for (const text of [
      'وبذلك يرتفع إلى 75 عدد القتلى في ريف حماة منذ مطلع العام، كما أصيب بالهجمات آنفة الذكر 30 مدنياً.',
      'ووثقت الشبكة مقتل 90 مدنياً منذ مطلع الشهر، كما أصيب 41 آخرون خلال الفترة ذاتها في ريف حماة.',
    ]) {
      expect(ofType(await claimsOf(text), 'casualty'), text).toEqual([]);
    }
    // A clause that does not point back is its own event.
    const event = await claimsOf(
      'ووثقت الشبكة مقتل 90 مدنياً منذ مطلع الشهر، كما أصيب 4 مدنيين اليوم في قرية الصالحية.',
    );
    expect(ofType(event, 'casualty').map(stated)).toEqual([{ injured: 4 }]);
  });
});

describe('English totals that are not one event', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('reads multi-day and campaign totals as aggregates', async () => {
    const totals = [
      'Since Thursday, bombing on Hajin has killed 44 civilians, including 11 women.',
      'Since Saturday at least 68 civilians have been killed in air raids on Hajin.',
      'At least 127 people have been killed in Hajin since the army began its offensive two weeks ago.',
      'The raids on Hajin have intensified in recent weeks, killing at least 57 civilians.',
      'Between 21 and 26 September, hospitals in Hajin received more than 270 dead.',
      'The coalition has admitted to killing at least 1,300 civilians since it began its campaign in 2014.',
      'Rescuers said 45 people had died in three days of shelling on the eastern suburbs.',
      'Government bombs killed at least 49 people over the weekend in Idlib province, activists said.',
    ];
    for (const text of totals) {
      const claims = await claimsOf(text);
      expect({
        text,
        casualties: casualties(claims).length,
        aggregates: claims.filter((c) => c.type === 'aggregate').length,
      }).toEqual({
        text,
        casualties: 0,
        aggregates: 1,
      });
    }
  });

  it('keeps a one-day toll a casualty', async () => {
    const [claim] = casualties(await claimsOf('Air strikes killed 12 civilians in Hajin on Tuesday, activists said.'));
    expect(stated(claim)).toEqual({ civilians_killed: 12 });
    // After days of fighting is when, not over how long.
    const [after] = casualties(await claimsOf('Shelling killed 12 civilians in Hajin after two weeks of fighting.'));
    expect(stated(after)).toEqual({ civilians_killed: 12 });
  });

  it('reads a toll "broken down as follows" as a total', async () => {
    const claims = await claimsOf(
      'Nine civilians were killed across Idlib province on Monday. ' +
        'The toll was broken down as follows: five in Sarmin and four in Binnish.',
    );
    expect(claims.map((c) => c.type)).toEqual(['aggregate']);
  });

  it('reads campaign, daily, monthly and war-long totals as aggregates', async () => {
    const totals = [
      'Five civilians were killed in separate incidents in Idlib province on Monday.',
      'Since 4 March, at least 210 people have reportedly been killed in Hajin, according to local health authorities.',
      "The monitor's daily toll across Syria stood at 37 dead on Monday.",
      'Coalition strikes have killed 900 civilians in the country over that period, the monitor says.',
      'At least 58 civilians were killed in Hajin in the past week, residents said.',
      'Over the past five days, 73 civilians have been killed in Hajin, residents said.',
      'Air strikes killed 120 civilians in Hajin this month, the monitor said.',
      'Some 300 civilians were killed in Hajin in April, the monitor said.',
      'The number of civilians killed in Hajin since the start of the campaign on Monday, 13 May, has risen to 84.',
      'The coalition has killed at least 1,100 civilians since 2014, the monitor says.',
    ];
    for (const text of totals) {
      const claims = await claimsOf(text);
      expect(casualties(claims), text).toEqual([]);
      expect(ofType(claims, 'aggregate').length, text).toBeGreaterThan(0);
    }
  });
});

describe('Arabic war-wide and campaign totals', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('marks war-wide and campaign totals as aggregates, never casualties', async () => {
    const war = await extract('ويعيش البلد حربا تسببت منذ اندلاعها قبل سنوات بمقتل أكثر من 400 ألف شخص.');
    expect(war.claims.map((c) => [c.type, c.counts.killed?.stated, c.counts.killed?.qualifier])).toEqual([
      ['aggregate', 400000, 'more_than'],
    ]);
    const campaign = await extract(
      'قتل 17 شخصا على الأقل في الشعفة الأحد، ' +
        'في حين وثق المرصد السوري مقتل 412 مدنيا بينهم 97 طفلا خلال الأشهر الأربعة الماضية.',
    );
    expect(campaign.claims.map((c) => [c.type, stated(c)])).toEqual([
      ['casualty', { killed: 17 }],
      ['aggregate', { civilians_killed: 412, children_killed: 97 }],
    ]);
  });
});

describe('English war-wide tolls', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('marks war-wide tolls as aggregates', async () => {
    const { claims } = await extract('More than 350,000 people have been killed since the conflict began in 2011.');
    expect(claims.map((c) => c.type)).toEqual(['aggregate']);
  });
});

describe('sentences glued by a full stop without a space', () => {
  const claimsOf = claimsReader({ publishedAt: '2023-02-06' });

  it('ends a sentence at a dot between two Arabic words, so a total after it stays apart', async () => {
    const claims = await claimsOf(
      'قتل مدنيان بقصف مدفعي على بلدة سرمين.ووثقت الشبكة مقتل 140 مدنياً في المحافظة منذ 3 آذار الماضي.',
    );
    expect(claims.map((c) => [c.type, stated(c)])).toEqual([
      ['casualty', { civilians_killed: 2 }],
      ['aggregate', { civilians_killed: 140 }],
    ]);
  });

  it('and at a dot moved off the word before onto the next ("… سرمين .ووثقت")', async () => {
    const claims = await claimsOf(
      'قتل مدنيان بقصف مدفعي على بلدة سرمين .ووثقت الشبكة مقتل 140 مدنياً في المحافظة منذ 3 آذار الماضي.',
    );
    expect(claims.map((c) => [c.type, stated(c)])).toEqual([
      ['casualty', { civilians_killed: 2 }],
      ['aggregate', { civilians_killed: 140 }],
    ]);
  });

  it('and at a dot after a closing bracket or quote glued to the next word', async () => {
    const claims = await claimsOf(
      'استشهد المواطن سامر العبد (40 عاماً).وبذلك يرتفع عدد المدنيين الذين قتلوا منذ بداية الشهر إلى 30.',
    );
    expect(claims.map((c) => [c.type, stated(c)])).toEqual([
      ['casualty', { civilians_killed: 1 }],
      ['aggregate', { civilians_killed: 30 }],
    ]);
  });
});

describe('the lines of a list under a total', () => {
  const claimsOf = claimsReader({ publishedAt: '2023-06-02' });

  it('reads each line of a breakdown under a running total as a total', async () => {
    const text = [
      'قتل مدني بقذيفة على قرية الصالحية اليوم.',
      'وبذلك يرتفع إلى 40 عدد الغارات على ريف حماة منذ مطلع العام، وتوزعت على النحو الآتي:',
      '– 25 غارة على السقيلبية أسفرت عن مقتل 12 مدنياً.',
      '– الشهر الثاني، 15 غارة أسفرت عن مقتل 9 مدنيين.',
    ].join('\n');
    const claims = await claimsOf(text);
    expect(ofType(claims, 'casualty').map(stated)).toEqual([{ civilians_killed: 1 }]);
    // The forty are raids, no one's toll.
    expect(ofType(claims, 'aggregate').map(stated)).toEqual([{ civilians_killed: 12 }, { civilians_killed: 9 }]);
  });

  it('keeps bulleted news points after a total, which open with words and follow no colon, as events', async () => {
    const text = [
      'وثقت الشبكة مقتل 300 مدني في ريف حماة منذ مطلع العام.',
      '- قصفت المدفعية قرية الصالحية اليوم ما أدى إلى مقتل 3 مدنيين.',
    ].join('\n');
    expect(ofType(await claimsOf(text), 'casualty').map(stated)).toEqual([{ civilians_killed: 3 }]);
  });
});
