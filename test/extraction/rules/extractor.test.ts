import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, namedAs, stated } from './claim-helpers.ts';

const extract = (text: string, publishedAt = '2018-11-18', source?: string) =>
  extractChecked({ text, publishedAt, ...(source ? { source } : {}) });

describe('RulesExtractor: Arabic casualty claims', () => {
  it('reads claimant, counts with "including", place, date and perpetrator', async () => {
    const { claims, language } = await extract(
      'قال المرصد السوري لحقوق الإنسان إن غارة جوية للتحالف الدولي على بلدة هجين أمس الأربعاء أسفرت عن مقتل 25 ' +
        'شخصا بينهم 12 مدنيا.',
      '2019-03-07',
    );
    expect(language).toBe('ar');
    const [claim] = casualties(claims);
    expect(stated(claim)).toEqual({ killed: 25, civilians_killed: 12 });
    expect(namedAs(claim, 'SOHR')).toBe(true);
    expect(claim?.place?.placeId).toBe('town-hajin');
    expect(claim?.date).toEqual({ from: '2019-03-06', to: '2019-03-06' });
    expect(claim?.perpetrator).toBe('coalition');
  });

  it("names the Turkish-backed Syrian National Army as its own party, on Turkey's side", async () => {
    // Arabic and English reports name the SNA by its own name, not as "the factions" or "the rebels".
    const ar = casualties((await extract('قتل 4 مدنيين بقصف مدفعي للجيش الوطني السوري على بلدة هجين أمس.')).claims);
    const en = casualties(
      (await extract('Shelling by the Syrian National Army killed four civilians in Hajin on Tuesday.')).claims,
    );
    expect(ar.map((c) => c.perpetrator)).toEqual(['sna']);
    expect(en.map((c) => c.perpetrator)).toEqual(['sna']);
  });

  it('reads qualifiers before and after the figure', async () => {
    const cases: Array<[string, number, string]> = [
      ['أفادت مصادر محلية بمقتل ما لا يقل عن 15 مدنيا في هجين.', 15, 'at_least'],
      ['قتل 15 شخصا على الأقل في قصف على هجين.', 15, 'at_least'],
      ['قتل نحو عشرين مدنيا في قصف على هجين.', 20, 'about'],
      ['قتل أكثر من ثلاثين مدنيا في قصف على هجين.', 30, 'more_than'],
      ['قتل قرابة أربعين مدنيا في قصف على هجين.', 40, 'about'],
      ['قتل حوالي 12 مدنيا في قصف على هجين.', 12, 'about'],
    ];
    for (const [text, value, qualifier] of cases) {
      const [claim] = casualties((await extract(text)).claims);
      const count = claim?.counts.civilians_killed ?? claim?.counts.killed;
      expect({ text, stated: count?.stated, qualifier: count?.qualifier }).toEqual({ text, stated: value, qualifier });
    }
  });

  it('reads dual nouns and vague amounts', async () => {
    const dual = casualties((await extract('أسفر القصف على هجين عن مقتل طفلين.')).claims);
    expect(stated(dual[0])).toEqual({ children_killed: 2 });
    const [vague] = casualties((await extract('أدى القصف على السوسة إلى مقتل عشرات المدنيين.')).claims);
    expect(vague?.counts.civilians_killed).toEqual({ stated: null, qualifier: 'at_least', min: 20 });
  });

  it('keeps a civilians sub-figure of one family as a floor when most of the dead were civilians', async () => {
    const [claim] = casualties(
      (
        await extract(
          'وأفادت مصادر محلية بمقتل 43 شخصا أغلبهم مدنيون جراء غارات على قرية أبو الحسن، ' +
            'بينهم 17 مدنيا من عائلة واحدة.',
        )
      ).claims,
    );
    expect(claim?.counts.killed?.stated).toBe(43);
    expect(claim?.counts.civilians_killed).toMatchObject({ stated: 17, qualifier: 'at_least' });
    expect(claim?.place?.placeId).toBe('vil-abu-hassan');
    expect(namedAs(claim, 'مصادر محلية')).toBe(true);
  });

  it('reports civilians "including children and women" without inventing their numbers', async () => {
    const [claim] = casualties((await extract('قتل نحو 20 مدنيا بينهم أطفال ونساء في قصف على السوسة.')).claims);
    expect(stated(claim)).toEqual({ civilians_killed: 20 });
  });

  it('replaces a toll by the risen one rather than adding it', async () => {
    const text = [
      'قتل 20 شخصا في قصف جوي على بلدة السوسة، بحسب المرصد السوري.',
      'وقال المرصد السوري لاحقا إن حصيلة القتلى ارتفعت إلى 30 شخصا.',
    ].join('\n');
    const claims = casualties((await extract(text)).claims);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.counts.killed?.stated).toBe(30);
    const fromTo = casualties(
      (await extract('وارتفعت حصيلة القتلى في السوسة من 20 إلى 30 شخصا بحسب المرصد السوري.')).claims,
    );
    expect(fromTo.map((c) => c.counts.killed?.stated)).toEqual([30]);
  });

  it('names claimants from the table in both scripts and falls back to the source, then "unattributed"', async () => {
    const sana = casualties(
      (await extract('وحملت وكالة الأنباء السورية سانا التحالف مسؤولية مقتل نحو ثلاثين مدنيا في هجين.')).claims,
    )[0];
    expect(namedAs(sana, 'SANA')).toBe(true);
    expect(namedAs(sana, 'سانا')).toBe(true);
    const amaq = casualties(
      (await extract('أعلن تنظيم الدولة عبر وكالة أعماق مقتل 40 مدنيا في قصف على هجين.')).claims,
    )[0];
    expect(namedAs(amaq, 'Amaq')).toBe(true);
    expect(namedAs(amaq, 'Islamic State')).toBe(true);
    const withSource = casualties(
      (await extract('قتل 9 مدنيين في قصف على هجين.', '2018-11-18', 'Step News Agency')).claims,
    )[0];
    expect(withSource?.claimant.name).toBe('Step News Agency');
    const none = casualties((await extract('قتل 9 مدنيين في قصف على هجين.')).claims)[0];
    expect(none?.claimant.name).toBe('unattributed');
  });
});

describe('RulesExtractor: a bare "the monitor" refers back', () => {
  it('to the monitor the report named earlier, not to SOHR', async () => {
    const { claims } = await extract(
      'أفاد مرصد الفرات للحقوق بمقتل 9 مدنيين في بلدة هجين مساء أمس.\n\nوأضاف المرصد أن 14 شخصا أصيبوا بجروح.',
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(namedAs(claim, 'SOHR')).toBe(false);
    expect(claims.some((c) => c.counts.injured?.stated === 14)).toBe(true);
  });

  it('to SOHR when SOHR is the monitor quoted', async () => {
    const { claims } = await extract(
      'قال المرصد السوري لحقوق الإنسان إن 5 مدنيين قتلوا في بلدة هجين.\n\nوأضاف المرصد أن 11 شخصا أصيبوا.',
    );
    expect(claims.map((c) => stated(c))).toEqual([{ civilians_killed: 5, injured: 11 }]);
    expect(claims.every((c) => namedAs(c, 'SOHR'))).toBe(true);
  });
});

describe('RulesExtractor: denials, acknowledgments, aggregates and traps (Arabic)', () => {
  it('reads a denial and names the denier', async () => {
    const { claims } = await extract('نفى التحالف الدولي مقتل مدنيين في غاراته على مدينة هجين.');
    expect(claims.map((c) => c.type)).toEqual(['denial']);
    expect(namedAs(claims[0], 'التحالف الدولي')).toBe(true);
    expect(claims[0]?.counts).toEqual({});
  });

  it('does not take تنفيذ / نفذ (carried out) for a denial', async () => {
    const { claims } = await extract(
      'نفذ التحالف الدولي غارات على هجين، واتهمت سانا التحالف بتنفيذ الضربة على المدنيين.',
    );
    expect(claims.filter((c) => c.type === 'denial')).toEqual([]);
  });

  it('reads "may have conducted strikes" as an acknowledgment, not a denial', async () => {
    const { claims } = await extract('وقال المتحدث باسم التحالف شون رايان إن قوات التحالف ربما نفذت ضربات قرب السوسة.');
    expect(claims.map((c) => c.type)).toEqual(['acknowledgment']);
    expect(namedAs(claims[0], 'CJTF-OIR')).toBe(true);
  });

  it('reads a belligerent saying it did not strike as a denial', async () => {
    const { claims } = await extract('وقالت وزارة الدفاع الروسية إن الطائرات الروسية لم تنفذ أي غارات على حلب.');
    expect(claims.map((c) => [c.type, c.claimant.name, c.perpetrator])).toEqual([
      ['denial', 'Russian Ministry of Defence', 'russia'],
    ]);
  });

  it('credits the source an agency quotes, not the agency', async () => {
    const [claim] = casualties(
      (await extract('ونقلت وكالة رويترز عن مسؤول محلي قوله إن 10 أشخاص قتلوا في هجين.')).claims,
    );
    expect(claim?.claimant.name).toBe('مسؤول محلي');
  });

  it('reads other killing verbs and dual nouns in one claim', async () => {
    const [claim] = casualties((await extract('قضى 5 أشخاص بينهم امرأتان في قصف لقوات النظام على هجين.')).claims);
    expect(stated(claim)).toEqual({ killed: 5, women_killed: 2 });
    expect(claim?.perpetrator).toBe('syrian-government');
    const [other] = casualties((await extract('استشهد 7 مدنيين وأصيب 15 آخرون جراء قصف على السوسة.')).claims);
    expect(stated(other)).toEqual({ civilians_killed: 7, injured: 15 });
  });

  it('takes the strike date a denial statement gives', async () => {
    const text = [
      'نفت قوات التحالف الدولي الأنباء عن استهداف مدنيين في دير الزور.',
      'وأوضح البيان أن قوات التحالف نفذت غارات يوم الجمعة 16 تشرين الثاني/نوفمبر على مواقع في منطقة هجين.',
    ].join('\n');
    const [denial] = (await extract(text)).claims;
    expect(denial?.type).toBe('denial');
    expect(denial?.date).toEqual({ from: '2018-11-16', to: '2018-11-16' });
    expect(denial?.place?.placeId).toBe('town-hajin');
  });

  it('marks war-wide and campaign totals as aggregates, never casualties', async () => {
    const war = await extract('وتشهد سوريا نزاعا تسبب منذ اندلاعه في آذار/مارس 2011 بمقتل أكثر من 350 ألف شخص.');
    expect(war.claims.map((c) => [c.type, c.counts.killed?.stated, c.counts.killed?.qualifier])).toEqual([
      ['aggregate', 350000, 'more_than'],
    ]);
    const campaign = await extract(
      'قتل 38 شخصا على الأقل في الشعفة الثلاثاء، ' +
        'فيما أحصى المرصد السوري مقتل 234 مدنيا بينهم 82 طفلا خلال الأشهر الثلاثة الماضية.',
    );
    expect(campaign.claims.map((c) => [c.type, stated(c)])).toEqual([
      ['casualty', { killed: 38 }],
      ['aggregate', { civilians_killed: 234, children_killed: 82 }],
    ]);
  });

  it('does not read fighters in a pocket, strikes, attacks, families, distances or years as casualties', async () => {
    const text = [
      'ويقدر التحالف وجود نحو ألفي عنصر من التنظيم في الجيب.',
      'وأشار إلى أن التحالف نفذ 150 ضربة في المنطقة، وسجل 10 هجمات لم يكن مصدرها التحالف.',
      'وتمكنت نحو 100 عائلة من الخروج من منطقة لا تتجاوز سبعة كيلومترات طولا، بعد معارك عنيفة.',
      'وأعلن التنظيم في العام 2014 إقامة الخلافة.',
    ].join('\n');
    expect((await extract(text)).claims).toEqual([]);
  });
});

describe('RulesExtractor: dates', () => {
  it('counts "N days ago" back from publication, in words or digits, and leaves "a few days ago" undated', async () => {
    const date = async (text: string) => casualties((await extract(text, '2019-06-29')).claims)[0]?.date;
    expect(await date('قالت مصادر محلية إن قصفاً على بلدة هجين قبل 10 أيام أسفر عن مقتل 4 مدنيين.')).toEqual({
      from: '2019-06-19',
      to: '2019-06-19',
    });
    expect(await date('قالت مصادر محلية إن قصفاً على بلدة هجين قبل خمسة أيام أسفر عن مقتل 4 مدنيين.')).toEqual({
      from: '2019-06-24',
      to: '2019-06-24',
    });
    expect(await date('قالت مصادر محلية إن قصفاً على بلدة هجين قبل أسبوع أسفر عن مقتل 4 مدنيين.')).toEqual({
      from: '2019-06-22',
      to: '2019-06-22',
    });
    expect(await date('Activists said shelling of Hajin two days ago killed 4 civilians.')).toEqual({
      from: '2019-06-27',
      to: '2019-06-27',
    });
    expect(await date('Activists said shelling of Hajin a few days ago killed 4 civilians.')).toBeUndefined();
  });

  it('resolves weekdays, relative days and explicit dates against publication', async () => {
    const date = async (text: string, pub: string) => casualties((await extract(text, pub)).claims)[0]?.date;
    // 2018-11-18 is a Sunday.
    expect(await date('ويوم الثلاثاء الماضي قتل 38 شخصا في الشعفة.', '2018-11-18')).toEqual({
      from: '2018-11-13',
      to: '2018-11-13',
    });
    expect(await date('قتل 5 مدنيين في هجين أمس الخميس.', '2018-07-13')).toEqual({
      from: '2018-07-12',
      to: '2018-07-12',
    });
    expect(await date('قتل 5 مدنيين في هجين اليوم.', '2018-07-13')).toEqual({ from: '2018-07-13', to: '2018-07-13' });
    expect(await date('قتل نحو 20 مدنيا في السوسة خلال اليومين الماضيين.', '2019-01-18')).toEqual({
      from: '2019-01-16',
      to: '2019-01-18',
    });
    expect(await date('قتل 40 مدنيا في هجين مساء الخميس 8 تشرين الثاني / نوفمبر.', '2018-11-10')).toEqual({
      from: '2018-11-08',
      to: '2018-11-08',
    });
    // An explicit date after publication belongs to the previous year.
    expect(await date('قتل 4 مدنيين في هجين في 20 كانون الأول/ديسمبر.', '2019-01-05')).toEqual({
      from: '2018-12-20',
      to: '2018-12-20',
    });
    expect(await date('Five civilians were killed in Hajin yesterday.', '2018-07-13')).toEqual({
      from: '2018-07-12',
      to: '2018-07-12',
    });
  });

  it('omits the date when the text gives none', async () => {
    expect(casualties((await extract('قتل 5 مدنيين في هجين.')).claims)[0]?.date).toBeUndefined();
  });
});

describe('RulesExtractor: English', () => {
  it('reads "at least N people, including M civilians" with its claimant', async () => {
    const { claims, language } = await extract(
      'At least 54 people, including 28 civilians, were killed in an air strike on Hajin on Tuesday, the Syrian ' +
        'Observatory for Human Rights said.',
    );
    expect(language).toBe('en');
    const [claim] = casualties(claims);
    expect(claim?.counts.killed).toMatchObject({ stated: 54, qualifier: 'at_least' });
    expect(claim?.counts.civilians_killed?.stated).toBe(28);
    expect(namedAs(claim, 'SOHR')).toBe(true);
    expect(claim?.date).toEqual({ from: '2018-11-13', to: '2018-11-13' });
  });

  it('reads killed and wounded figures and "according to"', async () => {
    const [claim] = casualties(
      (await extract('Twenty-five people were killed and 40 others wounded in Aleppo, according to the White Helmets.'))
        .claims,
    );
    expect(stated(claim)).toEqual({ killed: 25, injured: 40 });
    expect(namedAs(claim, 'White Helmets')).toBe(true);
  });

  it('reads dozens as a vague count and a risen toll as the figure', async () => {
    const [vague] = casualties((await extract('Dozens of civilians were killed in air strikes on Aleppo.')).claims);
    expect(vague?.counts.civilians_killed).toEqual({ stated: null, qualifier: 'at_least', min: 20 });
    const [risen] = casualties(
      (await extract('The death toll from the strike on Hajin rose to 30, activists said.')).claims,
    );
    expect(risen?.counts.killed?.stated).toBe(30);
  });

  it('reads denials and "may have" acknowledgments', async () => {
    const denial = await extract('The coalition denied that its strikes near Hajin killed any civilians.');
    expect(denial.claims.map((c) => c.type)).toEqual(['denial']);
    expect(namedAs(denial.claims[0], 'coalition')).toBe(true);
    const ack = await extract('The coalition said it may have conducted strikes near Susah.');
    expect(ack.claims.map((c) => c.type)).toEqual(['acknowledgment']);
  });

  it('merges a headline denial into the body denial, keeping the day of the strikes the body names', async () => {
    const { claims } = await extract(
      'Coalition denies civilian deaths in Hajin strikes\n\n' +
        'The coalition on Tuesday denied that its air strikes on November 9 killed civilians in the town of Hajin.',
      '2018-11-13',
    );
    expect(claims.map((c) => c.type)).toEqual(['denial']);
    expect(claims[0]!.date).toEqual({ from: '2018-11-09', to: '2018-11-09' });
    expect(claims[0]!.evidence).toMatch(/^The coalition on Tuesday denied/);
  });

  it('credits a denial made in a quote to the speaker named after it, and keeps one denial per party', async () => {
    const { claims } = await extract(
      'Coalition answers Hajin reports\n' +
        'By a staff reporter\n\n' +
        'The coalition denied that its strikes on Hajin on March 3 killed civilians.\n\n' +
        '"Our aircraft hit Islamic State positions that day and we found no evidence of civilian casualties," a ' +
        'coalition spokesman said on Tuesday.',
      '2019-03-06',
    );
    expect(claims.map((c) => c.type)).toEqual(['denial']);
    expect(namedAs(claims[0], 'coalition')).toBe(true);
    expect(claims[0]!.date).toEqual({ from: '2019-03-03', to: '2019-03-03' });
  });

  it('marks war-wide tolls as aggregates', async () => {
    const { claims } = await extract('More than 350,000 people have been killed since the conflict began in 2011.');
    expect(claims.map((c) => c.type)).toEqual(['aggregate']);
  });
});

describe('RulesExtractor: report fields', () => {
  it('gives the headline as title and the lead claim as summary', async () => {
    const result = await extract(
      'مقتل 12 مدنيا بقصف على هجين\n\nقال المرصد السوري إن 12 مدنيا قتلوا في قصف على هجين أمس.',
    );
    expect(result.title).toBe('مقتل 12 مدنيا بقصف على هجين');
    expect(result.summary).toContain('12');
    // The headline restates the Observatory's figure: one claim, the Observatory's.
    expect(casualties(result.claims).map((c) => c.claimant.name)).toEqual(['Syrian Observatory for Human Rights']);
  });
});
