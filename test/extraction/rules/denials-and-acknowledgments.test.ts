// Denials and acknowledgments: their wording, who makes them, the place and date they are about.
import { describe, expect, it } from 'vitest';
import { claimsReader, day, namedAs, ofType, resultReader } from './claim-helpers.ts';

describe('Arabic denial scope', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

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

describe('Arabic acknowledgments', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

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

  it('reads an admission by the verbal noun and a possessive (اعترافه، اعترافها) as one', async () => {
    for (const text of [
      'نشر التحالف الدولي بيانا أعلن فيه اعترافه بمقتل أربعة مدنيين في غارة على بلدة هجين.',
      'وجددت القيادة الأمريكية اعترافها بمقتل مدنيين اثنين في قصف على هجين.',
    ]) {
      const acks = ofType(await claimsOf(text), 'acknowledgment');
      expect(acks, text).toHaveLength(1);
      expect(acks[0]?.place?.placeId, text).toBe('town-hajin');
    }
  });
});

describe('English denials', () => {
  // 2019-05-23 is a Thursday.
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('merges one belligerent\'s denials and does not read "a disputed raid" as a denial', async () => {
    const claims = await claimsOf(
      'Moscow denied its jets had carried out the attack on Hajin on Tuesday. ' +
        "Russia's Defence Ministry denied its aircraft had struck Hajin.",
    );
    expect(claims.filter((c) => c.type === 'denial')).toHaveLength(1);
    const disputed = await claimsOf(
      'Toll from disputed raid on Hajin rises to 14\n\nActivists said 14 civilians were killed in Hajin last week.',
    );
    expect(disputed.filter((c) => c.type === 'denial')).toEqual([]);
  });

  it('reads verbless denials: "non-credible", "no evidence that civilians", "fake news", "fabricated"', async () => {
    const texts = [
      'The coalition said it had assessed the allegation as "non-credible".',
      'The coalition said there was no evidence that civilians were present at the site.',
      "Russia's defence ministry called the reports fake news.",
      'The Turkish military said the claims were fabricated.',
    ];
    for (const text of texts) {
      const denials = ofType(await claimsOf(text), 'denial');
      expect(denials.length, text).toBe(1);
    }
    const [coalition] = ofType(await claimsOf(texts[0] as string), 'denial');
    expect(namedAs(coalition, 'coalition')).toBe(true);
  });

  it(
    'reads "rejected the accusations", "dismissed the claims", "did not ' + 'carry out" and "denied any involvement"',
    async () => {
      const texts = [
        'Moscow rejected the accusations as groundless.',
        'The Turkish military dismissed the claims of civilian deaths.',
        "Russia's defence ministry said its jets did not carry out any strikes near Hajin.",
        'The coalition denied any involvement in the attack.',
      ];
      for (const text of texts) expect(ofType(await claimsOf(text), 'denial').length, text).toBe(1);
    },
  );

  it('attaches a denial without a place of its own to the event just described, not to the next one', async () => {
    const text = [
      'Strikes hit two towns',
      '',
      'An air strike killed 12 civilians in Susah on Monday, local sources said.',
      '',
      "Russia's defence ministry denied that its aircraft had carried out the raid.",
      '',
      'Hajin',
      '',
      'Two days later, shelling killed three people in Hajin, residents said.',
    ].join('\n');
    const [denial] = ofType(await claimsOf(text), 'denial');
    expect(denial?.place?.names[0]).toBe('Susah');
    expect(denial?.date).toEqual(day('2019-05-20'));
  });

  it('attaches a denial that names only a region to the latest event reported inside it', async () => {
    const text = [
      'Strikes on the province',
      '',
      'Shelling killed 6 civilians in Hajin on Monday, residents said.',
      '',
      'Moscow rejected accusations over civilian deaths in Deir ez-Zor province, calling them groundless.',
    ].join('\n');
    const [denial] = ofType(await claimsOf(text), 'denial');
    expect(denial?.place?.names[0]).toBe('Hajin');
    expect(denial?.date).toEqual(day('2019-05-20'));
  });
});

describe('English policy denials and reports called a provocation', () => {
  // 2019-05-23 is a Thursday.
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en', source: 'Example Wire' });

  it('emits no denial for a general policy ("deny targeting civilians") that names no attack', async () => {
    const claims = await claimsOf(
      'An air strike on Hajin killed 12 civilians on Monday, local activists said. ' +
        'Damascus and Moscow deny targeting civilians and say they only strike militants.',
    );
    expect(ofType(claims, 'denial')).toEqual([]);
    expect(ofType(claims, 'casualty')).toHaveLength(1);
  });

  it(
    'reads reports called "a provocation" and "had not conducted any ' + 'missions" as a denial about the place named',
    async () => {
      const claims = await claimsOf(
        'An air strike on a school in Shafa on Monday killed 8 civilians, local activists said.\n\n' +
          'The Russian Defence Ministry said on Tuesday that reports of the school strike were "a provocation" and ' +
          'that Russian aircraft had not conducted any missions in the Shafa area.',
      );
      const [d] = ofType(claims, 'denial');
      expect(namedAs(d, 'Russian Ministry of Defence')).toBe(true);
      expect(d?.place?.placeId).toBe('town-shafa');
    },
  );
});

describe('Arabic denials and acknowledgments', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

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

  it('takes the strike date a denial statement gives', async () => {
    const text = [
      'نفت قوات التحالف الدولي الأنباء عن استهداف مدنيين في دير الزور.',
      'وذكر البيان أن طائرات التحالف ضربت يوم الأربعاء 14 تشرين الثاني/نوفمبر أهدافا للتنظيم في منطقة هجين.',
    ].join('\n');
    const [denial] = (await extract(text)).claims;
    expect(denial?.type).toBe('denial');
    expect(denial?.date).toEqual({ from: '2018-11-14', to: '2018-11-14' });
    expect(denial?.place?.placeId).toBe('town-hajin');
  });
});

describe('English denials and acknowledgments', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

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
});
