// Who a claim is credited to: named sources, quoted parties, datelines, spokesmen; what is never a speaker.
import { describe, expect, it } from 'vitest';
import { claimantOfSource } from '../../../shared/extraction/rules/claimants.ts';
import { nameKey } from '../../../shared/text/normalize.ts';
import {
  casualties,
  casualtiesReader,
  claimsReader,
  namedAs as isNamed,
  namedAs,
  names,
  ofType,
  resultReader,
  stated,
} from './claim-helpers.ts';

describe('Arabic claimants', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('reads "وفقاً لما وثقه" as according to', async () => {
    const [claim] = casualties(
      await claimsOf('استشهد 6 مدنيين في قصف على هجين، وفقاً لما وثقه المرصد السوري لحقوق الإنسان.'),
    );
    expect(isNamed(claim, 'SOHR')).toBe(true);
  });

  it('credits a participle or "الوزارة" to the last speaker, and merges its figure across sentences', async () => {
    const text =
      'قالت وزارة الدفاع التركية إن 7 مدنيين قتلوا وأصيب 20 آخرون في انفجار بهجين.\n' +
      'وأضافت الوزارة في بيان صدر عنها، مشيرة إلى أن من بين القتلى 3 أطفال.';
    const claims = casualties(await claimsOf(text));
    expect(claims).toHaveLength(1);
    expect(isNamed(claims[0], 'Turkish military')).toBe(true);
    expect(stated(claims[0])).toMatchObject({ civilians_killed: 7, injured: 20, children_killed: 3 });
  });

  it('does not credit a figure to an accuser named after it', async () => {
    const [claim] = casualties(
      await claimsOf('ارتفعت حصيلة القصف على هجين إلى 8 قتلى، وتتهم الحكومة الفصائل بإطلاق القذائف.'),
    );
    expect(claim?.claimant.name).toBe('unattributed');
  });

  it('takes the claimant of a headline "X:" or a dateline for the figures nobody else claims', async () => {
    const headline = casualties(
      await claimsOf('المرصد السوري: مقتل 5 مدنيين في هجين\n\nقتل خمسة مدنيين بقصف مدفعي على بلدة هجين صباح اليوم.'),
    );
    expect(headline.length).toBeGreaterThan(0);
    expect(headline.every((c) => isNamed(c, 'SOHR'))).toBe(true);
    const dateline = casualties(
      await claimsOf(
        'مقتل 3 مدنيين بقذائف على حلب\n\nحلب-سانا\n\nاستشهد ثلاثة مدنيين جراء سقوط قذائف على حي في مدينة حلب.',
      ),
    );
    expect(dateline.length).toBeGreaterThan(0);
    expect(dateline.every((c) => isNamed(c, 'SANA'))).toBe(true);
  });

  it('names the source in "بحسب الأرقام التي أعلنها X" and a casualty noun is never a speaker', async () => {
    const [claim] = casualties(
      await claimsOf('قتل 9 أشخاص في السوسة بحسب الأرقام التي أعلنها المجلس المحلي في البلدة.'),
    );
    expect(claim?.claimant.name).toBe('المجلس المحلي');
    const [sdf] = casualties(await claimsOf('نفت قسد مسؤوليتها عن القصف، وتعلن مقتل 3 من مقاتليها في هجين.'));
    expect(isNamed(sdf, 'SDF')).toBe(true);
  });

  it("ends an unknown speaker's name where the verb's object starts", async () => {
    const speaker = async (text: string) => (await claimsOf(text)).map((c) => c.claimant.name);
    // A number, or a casualty or statement noun after a definite noun, is the object.
    expect(await speaker('وثق المكتب مقتل 4 مدنيين في قصف على بلدة سرمين يوم الأحد.')).toEqual(['المكتب']);
    expect(await speaker('ذكرت الفصائل استهداف سيارة في سرمين ما أدى إلى مقتل مدنيين اثنين.')).toEqual(['الفصائل']);
    expect(await speaker('أحصى فريق الرصد 15 غارة على سرمين قتل فيها 6 مدنيين.')).toContain('فريق الرصد');
    // Complementizers and prepositions open what follows the subject.
    expect(await speaker('أكد مصدر عسكري بأنه قتل 3 مدنيين في قصف على بلدة سرمين.')).toEqual(['مصدر عسكري']);
    expect(await speaker('أعلنت هيئة الإغاثة عبر معرفاتها مقتل 5 مدنيين في سرمين.')).toEqual(['هيئة الإغاثة']);
    // An indefinite noun governs the noun after it: the genitive belongs to the name.
    expect(await speaker('أعلنت شبكة أخبار الساحل مقتل 3 مدنيين في قصف على سرمين.')).toEqual(['شبكة أخبار الساحل']);
  });

  it('credits "our correspondent" (مراسلنا، مصادرنا) to the publisher, in every language', async () => {
    const publisherOf = async (text: string) =>
      casualties(await claimsOf(text, undefined, 'Shaam News')).map((c) => c.claimant.name);
    for (const text of [
      'وقال مراسلنا في إدلب إن 4 مدنيين قتلوا بقصف على بلدة سرمين.',
      'وأفادت مصادرنا بمقتل 3 مدنيين في قصف على بلدة سرمين.',
      'وقال مراسل وكالتنا في المدينة إن 4 مدنيين قتلوا بقصف على بلدة سرمين.',
      'Our correspondent said 5 civilians were killed in shelling on the town of Sarmin.',
      'Selon notre correspondant, 5 civils ont été tués dans le bombardement de Sarmin.',
    ]) {
      expect(await publisherOf(text), text).toEqual(['Shaam News']);
    }
    // Another outlet's correspondent speaks for that outlet.
    expect(await publisherOf('وقال مراسل المحطة إن 4 مدنيين قتلوا بقصف على بلدة سرمين.')).toEqual(['مراسل المحطة']);
  });

  it('reads a verb followed at once by فيه or أنه as having a pronoun subject, not a name later on', async () => {
    const claims = await claimsOf(
      'عقدت قيادة قسد مؤتمراً صحفياً نفت فيه صلتها بالانفجار الذي وقع في سوق منبج، وقتل فيه 6 مدنيين بحسب ناشطين.',
    );
    expect(ofType(claims, 'denial').map((c) => c.claimant.name)).not.toContain('activists');
    // The party that denies does not state the toll it denies; the according-to source does.
    expect(casualties(claims).map((c) => c.claimant.name)).toEqual(['activists']);
  });

  it('takes the subject before "قد" in the past perfect, not the victims\' group named after the figure', async () => {
    const [claim] = casualties(
      await claimsOf('وكانت قيادة التحالف قد أكدت مقتل ثلاثة عناصر من تنظيم الدولة بغارة قرب هجين.'),
    );
    expect(isNamed(claim, 'US-led coalition')).toBe(true);
    const [sdf] = casualties(await claimsOf('وكانت قسد قد أعلنت مقتل مقاتلين اثنين من التنظيم في هجين.'));
    expect(isNamed(sdf, 'SDF')).toBe(true);
  });

  it('never credits a figure to a later statement in the past perfect, nor to a statement called alleged', async () => {
    const [earlier] = casualties(
      await claimsOf('قتل 3 مدنيين بقصف على قرية الزباري، وكان المرصد السوري قد أعلن أن الطائرات قصفت القرية مرتين.'),
    );
    expect(earlier?.claimant.name).toBe('unattributed');
    const [alleged] = casualties(
      await claimsOf('قتل مدنيان بقصف على قرية الزباري، في حين وصف الأهالي بيان التحالف المزعوم بالكاذب.'),
    );
    expect(alleged?.claimant.name).toBe('unattributed');
  });

  it('takes the subject of "وفق إحصائية أصدرتها X" (a count X issued) as the source, known or not', async () => {
    const [known] = casualties(
      await claimsOf('وفق إحصائية أصدرتها "الخوذ البيضاء" مساء أمس، قتل 3 مدنيين بقصف على بلدة سرمين.'),
    );
    expect(isNamed(known, 'White Helmets')).toBe(true);
    const [unknown] = casualties(await claimsOf('وبحسب بيان نشرته وزارة الصحة، قتل 3 مدنيين بقصف على بلدة سرمين.'));
    expect(unknown?.claimant.name).toBe('وزارة الصحة');
  });

  it('reads a verbal noun after the head of a body ("شبكة رصد …") as part of its name, not as a verb', async () => {
    const [claim] = casualties(await claimsOf('وثقت شبكة رصد المشرق مقتل الشاب فلان في بلدة الدحلة.'));
    expect(claim?.claimant.name).toBe('شبكة رصد المشرق');
  });

  it('credits a unit of a known body (its command, media office, council) to the body', async () => {
    const [claim] = casualties(
      await claimsOf('وقال المكتب الإعلامي لقوات سوريا الديمقراطية إن 3 مدنيين قتلوا في قصف على بلدة عين عيسى.'),
    );
    expect(isNamed(claim, 'SDF')).toBe(true);
  });

  it('reads "يُذكر أن" as the writer\'s aside, not the last speaker talking', async () => {
    const claims = await claimsOf(
      'قالت قوات سوريا الديمقراطية إنها سيطرت على حيين في الرقة. يذكر أن الحرب أودت بحياة 300 ألف شخص بحسب المرصد.',
    );
    expect(ofType(claims, 'aggregate').map((c) => c.claimant.name)).toEqual(['Syrian Observatory for Human Rights']);
  });

  it('reads نقل as relaying only with عن after it; without, it carries', async () => {
    const carried = casualties(
      await claimsOf('قتلت امرأة بقصف على بلدة سرمين، ونقلت فرق الإسعاف المصابين إلى مشفى قريب.', undefined, 'X'),
    );
    expect(carried.map((c) => c.claimant.name)).toEqual(['X']);
    const relayed = casualties(await claimsOf('ونقلت الوكالة عن مصدر طبي أن 5 مدنيين قتلوا في قصف على بلدة سرمين.'));
    expect(relayed.map((c) => c.claimant.name)).toEqual(['medical sources']);
  });

  it('never takes the wounded or the dead for a speaker', async () => {
    const [claim] = casualties(await claimsOf('قتل 4 مدنيين في قصف على بلدة سرمين، ونقل الجرحى إلى مشفى إدلب.'));
    expect(claim?.claimant.name).toBe('unattributed');
  });

  it('credits a spokesman named after his organisation to it when he speaks again', async () => {
    const text =
      'وقال المتحدث باسم قوات سوريا الديمقراطية، آزاد حسو، إن الهجوم صُدّ. وأضاف حسو أن 3 مقاتلين أصيبوا في هجين.';
    const [claim] = casualties(await claimsOf(text));
    expect(isNamed(claim, 'SDF')).toBe(true);
  });

  it('reads "وجاء في التقرير" as the reporting party, and "قتلوا عن غير قصد" as an acknowledgment', async () => {
    const text =
      'أصدر التحالف الدولي تقريره الشهري. وجاء في التقرير: نقدر أن ثلاثة مدنيين قتلوا عن غير قصد في غارة على السوسة.';
    const claims = await claimsOf(text);
    const [casualty] = casualties(claims);
    expect(isNamed(casualty, 'US-led coalition')).toBe(true);
    const ack = claims.find((c) => c.type === 'acknowledgment');
    expect(isNamed(ack, 'US-led coalition')).toBe(true);
  });
});

describe('Arabic claimants introduced by "ما"', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

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

describe('Arabic claimants named in quotes, after a toll, or as the same source', () => {
  // Here `casualties` reads a sentence's casualty claims, shadowing the filter of claims.
  const casualties = casualtiesReader({ publishedAt: '2020-02-03' });

  it('keeps a quoted organisation name whole after its generic head', async () => {
    const [claim] = await casualties('قتل 6 مدنيين في قصف على الحي، بحسب ما أفادت شبكة "أخبار الوادي الحر" للصحفيين.');
    expect(claim?.claimant.name).toBe('أخبار الوادي الحر');
    expect(names(claim)).toContain(nameKey('شبكة أخبار الوادي الحر'));
  });

  it('credits a toll to the source named after it ("في حصيلة أعلنها …")', async () => {
    const [claim] = await casualties(
      'قتل 10 مدنيين بغارات على السوق الشعبي، في حصيلة أولية أعلنها الدفاع المدني السوري.',
    );
    expect(names(claim)).toContain(nameKey('White Helmets'));
  });

  it('resolves "المصدر نفسه" to the source quoted before', async () => {
    const claims = await casualties(
      'قتل 7 مدنيين في القصف، وفق ما أعلنه الدفاع المدني السوري.\n\n' +
        'وفي بلدة أخرى، قتل 3 مدنيين بقصف مماثل، بحسب المصدر نفسه.',
    );
    const second = claims.find((c) => c.counts.civilians_killed?.stated === 3);
    expect(names(second)).toContain(nameKey('White Helmets'));
  });
});

describe('English claimants', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('ends the source after "according to" where its clause starts: a count, a pronoun, a verb', async () => {
    const [count] = casualties(
      await claimsOf('According to the district hospital four people died in the shelling of Hajin on Monday.'),
    );
    expect(count?.claimant.name).toBe('the district hospital');
    const [pronoun] = casualties(
      await claimsOf('According to the local council they were six civilians killed in Hajin on Monday.'),
    );
    expect(pronoun?.claimant.name).toBe('the local council');
  });

  it('resolves "a war monitor" to the one monitor the report names', async () => {
    const [claim] = casualties(
      await claimsOf(
        'Russian strikes killed at least 12 civilians in Hajin on Tuesday, a war monitor said.\n\n' +
          'The Syrian Observatory for Human Rights said dozens were wounded.',
      ),
    );
    expect(namedAs(claim, 'SOHR')).toBe(true);
  });

  it('names ministries written with a possessive, and "put the death toll at"', async () => {
    const ru = await claimsOf("Russia's Defence Ministry denied its jets had struck Hajin on Tuesday.");
    expect(ru.find((c) => c.type === 'denial')?.claimant.name).toBe('Russian Ministry of Defence');
    const tr = await claimsOf("Turkey's Defence Ministry denied targeting civilians in Hajin on Sunday.");
    expect(tr.find((c) => c.type === 'denial')?.claimant.name).toBe('Turkish military');
    const [wh] = casualties(await claimsOf('The White Helmets put the death toll at 21 after the strike on Hajin.'));
    expect(namedAs(wh, 'White Helmets')).toBe(true);
    expect(stated(wh)).toEqual({ killed: 21 });
  });

  it('credits the noun before an appositive, not a name inside it', async () => {
    const [a] = casualties(
      await claimsOf(
        'The Britain-based Syrian Observatory for Human Rights, which relies on a network of activists, put the ' +
          'death toll at 14.',
      ),
    );
    expect(namedAs(a, 'SOHR')).toBe(true);
    const [b] = casualties(
      await claimsOf(
        'Local sources, including a network run by residents of the town, put the death toll in Hajin at 9 civilians.',
      ),
    );
    expect(namedAs(b, 'local sources')).toBe(true);
  });

  it('reads rescue workers as the civil defence, and "the White Helmets rescue workers" as one claimant', async () => {
    const [a] = casualties(await claimsOf('Air strikes killed 11 civilians in Hajin on Monday, rescue workers said.'));
    expect(namedAs(a, 'White Helmets')).toBe(true);
    const [b] = casualties(await claimsOf('The White Helmets rescue workers said six people died in Hajin on Monday.'));
    expect(namedAs(b, 'White Helmets')).toBe(true);
  });

  it('names Anadolu, the Kurdish Red Crescent, and the monitor a report calls "British-based"', async () => {
    const [anadolu] = casualties(
      await claimsOf("Turkey's state news agency Anadolu said four people were wounded in Hajin on Friday."),
    );
    expect(namedAs(anadolu, 'Anadolu')).toBe(true);
    expect(namedAs(anadolu, 'SANA')).toBe(false);
    const [krc] = casualties(
      await claimsOf('The Kurdish Red Crescent said five civilians were killed in Hajin on Friday.'),
    );
    expect(namedAs(krc, 'Kurdish Red Crescent')).toBe(true);
    const text =
      'The Syrian Observatory for Human Rights said jets struck Hajin. ' +
      'Nine civilians were killed in Susah late on Monday, the British-based monitoring group said.';
    const susah = casualties(await claimsOf(text)).find((c) => stated(c).civilians_killed === 9);
    expect(namedAs(susah, 'SOHR')).toBe(true);
  });

  it('gives an unknown claimant an alias without its leading "The"', async () => {
    const [a] = casualties(await claimsOf('The Hajin Medical Council said seven civilians were killed on Friday.'));
    expect(a?.claimant.name).toBe('The Hajin Medical Council');
    expect(namedAs(a, 'Hajin Medical Council')).toBe(true);
  });

  it('does not take "attacks reported to date" for a speaker', async () => {
    const [a] = casualties(
      await claimsOf(
        'On 20 May, in one of the deadliest attacks reported to date, air strikes on Hajin killed 16 civilians, ' +
          'according to local sources.',
      ),
    );
    expect(namedAs(a, 'local sources')).toBe(true);
  });

  it('never takes a structured "Suspected belligerent" field for the claimant', async () => {
    const text =
      'Incident date: May 20, 2019\n' +
      'Suspected belligerent: US-led Coalition\n' +
      'Civilians reported killed: 12–19\n\n' +
      'Between 12 and 19 civilians were killed in Hajin.';
    for (const c of casualties(await claimsOf(text))) expect(namedAs(c, 'coalition')).toBe(false);
  });
});

describe('English speakers: "according to the spokesman" and accusers after a denial verb', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en', source: 'Example Wire' });

  it('takes "according to the spokesman" as the spokesman named before', async () => {
    const claims = await claimsOf(
      'Russian aircraft did not strike Susah, Russian Defence Ministry spokesman Igor Konashenkov said on ' +
        'Thursday.\n\n' +
        'According to the spokesman, militants shelled Hajin on Wednesday. ' +
        'Two soldiers were killed in Hajin, he said.',
    );
    const [c] = ofType(claims, 'casualty');
    expect(stated(c)).toEqual({ killed: 2, combatants_killed: 2 });
    expect(c?.claimant.name).not.toMatch(/spokesman/i);
    expect(namedAs(c, 'Russian Ministry of Defence')).toBe(true);
  });

  it('never makes the accuser named after "rejects … claims" the one who denies', async () => {
    const claims = await claimsOf(
      'Turkey rejects YPG claims of civilian deaths in Susah\n\n' +
        'The Turkish Defense Ministry on Monday rejected claims by the YPG that its drone killed 7 civilians in ' +
        'Susah.',
    );
    const denials = ofType(claims, 'denial');
    expect(denials.length).toBeGreaterThan(0);
    for (const d of denials) expect(namedAs(d, 'YPG')).toBe(false);
  });
});

describe('Arabic claimants from the table, the source, and a quoted party', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('names claimants from the table in both scripts and falls back to the source, then "unattributed"', async () => {
    const sana = casualties(
      (await extract('واتهمت وكالة الأنباء السورية سانا التحالف بقتل نحو خمسة عشر مدنيا في هجين.')).claims,
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

  it('credits the source an agency quotes, not the agency', async () => {
    const [claim] = casualties(
      (await extract('ونقلت وكالة رويترز عن مسؤول محلي قوله إن 10 أشخاص قتلوا في هجين.')).claims,
    );
    expect(claim?.claimant.name).toBe('مسؤول محلي');
  });
});

describe('a bare "the monitor" refers back', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

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
