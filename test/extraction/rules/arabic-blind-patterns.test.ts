// Arabic classes the blind corpus (test/fixtures/ar-blind) showed the rules extractor misread. Every sentence here
// is written for this test, not taken from the corpus, so each test checks a pattern rather than one file.
import { describe, expect, it } from 'vitest';
import { claimantOfSource } from '../../../shared/extraction/rules/claimants.ts';
import { extractChecked, namedAs as isNamed, ofType, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2019-03-14', source?: string) =>
  (await extractChecked({ text, publishedAt, ...(source ? { source } : {}) })).claims;

describe('claimants introduced by "ما"', () => {
  it('takes the noun phrase after "بحسب ما قال", not "ما قال مسؤول"', async () => {
    const [claim] = ofType(
      await claimsOf('قتل 6 أشخاص في انفجار سيارة مفخخة في هجين، بحسب ما قال مسؤول في المجلس المحلي للصحفيين.'),
      'casualty',
    );
    expect(claim?.claimant.name).toBe('مسؤول في المجلس المحلي');
  });

  it('reads "وفق ما أفاد به" and "حسب ما أكده" with a known claimant after them', async () => {
    const [a] = ofType(
      await claimsOf('قتل 4 مدنيين في قصف على السوسة، وفق ما أفاد به الدفاع المدني السوري.'),
      'casualty',
    );
    expect(isNamed(a, 'White Helmets')).toBe(true);
    const [b] = ofType(await claimsOf('أصيب 9 مدنيين في هجين حسب ما أكده المرصد السوري.'), 'casualty');
    expect(isNamed(b, 'Syrian Observatory for Human Rights')).toBe(true);
  });

  it('keeps the nisba adjective of an unknown body and never names a headline fragment as the denier', async () => {
    const claims = await claimsOf(
      'هيئة الأركان تنفي قصف منازل في الشعفة\n\n' +
        'نفت قيادة القوات الجوية العامة الأردنية، الأحد، قصف منازل المدنيين في الشعفة.',
    );
    const denials = ofType(claims, 'denial');
    expect(denials.map((d) => d.claimant.name)).not.toContain('قصف منازل');
    expect(denials.some((d) => d.claimant.name === 'قيادة القوات الجوية العامة الأردنية')).toBe(true);
  });

  it('stops an unknown speaker at the relative "ما" of its object', async () => {
    const [denial] = ofType(await claimsOf('نفى مصدر أمني ما نشرته صفحات محلية عن قصف بلدة هجين.'), 'denial');
    expect(denial?.claimant.name).toBe('مصدر أمني');
  });

  it('does not take a place named before "according to" ("بريف دمشق، وفق …") for the speaker', async () => {
    const [claim] = ofType(await claimsOf('قتل 5 مدنيين في بلدة بريف دمشق، وفق ما ذكرته مصادر محلية.'), 'casualty');
    expect(isNamed(claim, 'local sources')).toBe(true);
  });

  it('resolves a dateline "دمشق-سانا" to SANA, not to the government named by the capital', async () => {
    const [claim] = ofType(
      await claimsOf('دمشق-سانا\n\nاستشهد مدنيان وأصيب 7 آخرون بقذائف على حي الحوامة.'),
      'casualty',
    );
    expect(claim?.claimant.name).toBe('SANA');
  });

  it('credits the party a speaker quotes ("نقلاً عن", "التي نشرتها منظمة")', async () => {
    const claims = await claimsOf(
      'وقال المتحدث باسم الوزارة إن الأرقام التي نشرتها منظمة "الخوذ البيضاء" عن مقتل 12 مدنياً في هجين كاذبة.',
    );
    const [claim] = ofType(claims, 'casualty');
    expect(isNamed(claim, 'White Helmets')).toBe(true);
  });

  it('does not take the addressee ("لمراسل سانا") for the speaker', async () => {
    const [claim] = ofType(
      await claimsOf('وذكر مصدر في مشفى هجين لمراسل سانا أن 3 مدنيين قتلوا في القصف.'),
      'casualty',
    );
    expect(claim?.claimant.name).toBe('مصدر في مشفى هجين');
  });

  it('resolves a report source that contains a known claimant name', () => {
    expect(claimantOfSource('Website of the Syrian Observatory for Human Rights').name).toBe(
      'Syrian Observatory for Human Rights',
    );
    expect(claimantOfSource('عنب بلدي').name).toBe('Enab Baladi');
    expect(claimantOfSource('Some Unknown Blog').name).toBe('Some Unknown Blog');
  });
});

describe('single nouns in a breakdown', () => {
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

describe('totals that are not incidents', () => {
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

  it('reads "during it" (خلاله) after a campaign start as an aggregate', async () => {
    const claims = await claimsOf(
      'يأتي ذلك ضمن حملة قصف مستمرة منذ 3 آذار، والتي وثقت الشبكة السورية خلالها مقتل 215 مدنياً.',
    );
    expect(ofType(claims, 'casualty')).toEqual([]);
  });
});

describe('denial scope', () => {
  it('gives a denial the place it names and not the start date of an operation named after it', async () => {
    const claims = await claimsOf(
      'نفى الجيش التركي، السبت، استهداف مدنيين في بلدة هجين.\n\n' +
        'وأشار البيان إلى أن عدد المسلحين الذين تم تحييدهم منذ بدء العملية في 20 كانون الثاني بلغ 900.',
      '2019-03-16',
    );
    const denials = ofType(claims, 'denial');
    expect(denials).toHaveLength(1);
    expect(denials[0]?.place?.placeId).toBe('town-hajin');
    expect(denials[0]?.date?.from).not.toBe('2019-01-20');
  });

  it('does not carry a denial to the place of a later figure of another event', async () => {
    const claims = await claimsOf(
      'نفت وزارة الدفاع الروسية قصف سوق في هجين.\n\n' +
        'وقال المتحدث إن "الطيران لم ينفذ أي غارات"، مضيفاً أن 30 مسلحاً قتلوا في هجوم قرب السوسة.',
    );
    const denials = ofType(claims, 'denial');
    expect(denials).toHaveLength(1);
    expect(denials[0]?.place?.placeId).toBe('town-hajin');
  });
});

describe('acknowledgments', () => {
  it(
    'places a headline admission by its own clause, dates it by the ' + 'strike, and ignores an admitted total',
    async () => {
      const claims = await claimsOf(
        'التحالف يقر بمقتل 3 مدنيين في غارة على هجين وينفي قصف مشفى في السوسة\n\n' +
          'أقر التحالف، في تقريره الشهري الصادر الخميس، بمقتل 3 مدنيين في غارة على هجين في 2 شباط الماضي.\n\n' +
          'وبذلك يرتفع إلى 640 عدد المدنيين الذين يقر التحالف بأنهم قتلوا في غاراته.',
      );
      const acks = ofType(claims, 'acknowledgment');
      expect(acks).toHaveLength(1);
      expect(acks[0]?.place?.placeId).toBe('town-hajin');
      const [casualty] = ofType(claims, 'casualty');
      expect(casualty?.date).toEqual({ from: '2019-02-02', to: '2019-02-02' });
    },
  );
});

describe('figures that are not tolls', () => {
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

describe('headline restatements', () => {
  it(
    'merges a headline "N قتيلاً" into the body claim that states N ' + 'civilians, even beside another killed figure',
    async () => {
      const claims = await claimsOf(
        'حصيلة قصف هجين ترتفع إلى 26 قتيلاً\n\n' +
          'ارتفعت حصيلة القصف على هجين إلى 26 قتيلاً مدنياً بينهم 8 أطفال، بحسب الدفاع المدني، ' +
          'فيما قتل 4 عناصر في اشتباكات.',
        '2019-03-14',
        'Some outlet',
      );
      const casualties = ofType(claims, 'casualty');
      expect(casualties.filter((c) => c.claimant.name === 'Some outlet')).toEqual([]);
    },
  );
});
