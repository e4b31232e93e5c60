// How a figure is read: digits, number words, duals, one victim, lists of names, numbers that count no one.
import { describe, expect, it } from 'vitest';
import { groundClaims } from '../../../shared/extraction/grounding.ts';
import { readNumbers } from '../../../shared/text/numbers.ts';
import {
  casualties,
  casualtiesReader,
  claimsReader,
  extractChecked,
  namedAs,
  ofType,
  resultReader,
  stated,
  statedReader,
} from './claim-helpers.ts';

describe('Arabic number words, duals and counts named before their number', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('reads dual verbs, nominative duals of sound plurals and ارتقى', async () => {
    expect(stated(casualties(await claimsOf('لقي شابان حتفهما بانفجار عبوة ناسفة في السوسة.'))[0])).toEqual({
      killed: 2,
    });
    expect(stated(casualties(await claimsOf('أفادت مصادر محلية بأن عنصرين قتلا وأصيب مدنيان في هجين.'))[0])).toEqual({
      killed: 2,
      combatants_killed: 2,
      injured: 2,
    });
    expect(stated(casualties(await claimsOf('ارتقى أربعة مدنيين بقصف صاروخي على بلدة هجين.'))[0])).toEqual({
      civilians_killed: 4,
    });
    // مدنيين is plural as well as dual: no figure.
    expect(casualties(await claimsOf('أصيب مدنيين في هجين.'))).toEqual([]);
  });

  it('reads a noun with "two" after it as that noun\'s dual, whichever casualty word is nearer', async () => {
    expect(
      casualties(await claimsOf('أسفرت الغارة على هجين عن استشهاد مدنيين اثنين وإصابة ثلاثة آخرين.')).map(stated),
    ).toEqual([{ civilians_killed: 2, injured: 3 }]);
    expect(casualties(await claimsOf('قتل مواطنين اثنين بقصف على السوسة.')).map(stated)).toEqual([
      { civilians_killed: 2 },
    ]);
    // The dual pronoun after the noun says the same: "مدنيين، وهما …".
    expect(
      casualties(await claimsOf('أسفر القصف على هجين عن مقتل مدنيين، وهما سالم وخالد العلي.')).map(stated),
    ).toEqual([{ civilians_killed: 2 }]);
    // Only a person noun: two raids are not two people.
    expect(casualties(await claimsOf('شنت الطائرات غارتين اثنتين على هجين أسفرتا عن مقتل 3.')).map(stated)).toEqual([
      { killed: 3 },
    ]);
  });

  it('reads a count named before its number ("ارتفع عدد … إلى", "عدد الجرحى تجاوز الستين")', async () => {
    const [risen] = casualties(
      await claimsOf('ارتفع عدد القتلى المدنيين الذين سقطوا في الغارات على بلدة هجين يوم الأحد إلى أحد عشر.'),
    );
    expect(stated(risen)).toEqual({ civilians_killed: 11 });
    const [injured] = casualties(await claimsOf('وقال مصدر طبي في هجين إن عدد الجرحى تجاوز الستين.'));
    expect(injured?.counts.injured).toMatchObject({ stated: 60, qualifier: 'more_than' });
  });

  it('does not read a day of a month opening a range of days as a count', async () => {
    for (const text of [
      'وثقت الشبكة بين 3 و19 آب مقتل 64 مدنياً في ريف حماة.',
      'سجل الفريق يومي 3 و4 أيار مقتل 64 مدنياً في ريف حماة.',
    ]) {
      const claims = casualties(await claimsOf(text));
      expect(claims.map(stated), text).toEqual([{ civilians_killed: 64 }]);
    }
  });

  it('does not read an age "of the life" ("في العشرين من عمره") as a count', async () => {
    for (const text of [
      'قتل شاب في العشرين من عمره بقصف على قرية الصالحية.',
      'قتلت امرأة في الأربعين من العمر بقصف على قرية الصالحية.',
      'قتل شاب في الـ 25 من عمره بقصف على قرية الصالحية.',
    ]) {
      const [claim] = casualties(await claimsOf(text));
      expect(claim?.counts.killed?.stated, text).toBe(1);
    }
  });

  it('does not read the minutes of a time as a count', async () => {
    const [claim] = casualties(await claimsOf('سقطت القذيفة في هجين عند الساعة 9:45 ما أدى إلى مقتل رجلين.'));
    expect(stated(claim)).toEqual({ killed: 2 });
  });

  it('reads definite tens as numbers, not "العشرة" nor units', () => {
    expect(readNumbers('تجاوز الخمسين').map((n) => n.value)).toEqual([50]);
    expect(readNumbers('خلال الأيام العشرة والثلاثة').map((n) => n.value)).toEqual([]);
  });
});

describe('Arabic emphatic duals, one victim, and massacres that are not people', () => {
  // Here `casualties` reads a sentence's casualty claims, shadowing the filter of claims.
  const casualties = casualtiesReader({ publishedAt: '2020-02-03' });

  it('reads an emphatic dual ("مدنيان اثنان") as 2 civilians killed, with no injured 2', async () => {
    const [claim] = await casualties('استشهد مدنيان اثنان وأصيب 7 آخرون جراء قصف مدفعي على البلدة أمس.');
    expect(stated(claim)).toEqual({ civilians_killed: 2, injured: 7 });
  });

  it('reads "مقتل مدني" as one civilian killed', async () => {
    const [claim] = await casualties('أسفر القصف الصاروخي على البلدة عن مقتل مدني وإصابة 4 آخرين.');
    expect(stated(claim)).toEqual({ civilians_killed: 1, injured: 4 });
  });

  it('never counts massacres as people', async () => {
    const claims = await casualties('ارتكبت القوات 3 مجازر في يوم واحد قتل فيها 20 مدنياً.');
    expect(claims.flatMap((c) => Object.values(stated(c)))).not.toContain(3);
  });

  it('reads "واحدة" after its feminine noun as that noun\'s adjective, not a count of the next word', async () => {
    const [family] = await casualties('خمسة أطفال من أسرة واحدة ضحايا غارة على قرية معرة حرمة.');
    expect(stated(family)).toEqual({ children_killed: 5, killed: 5 });
    const [girl] = await casualties('قتلت طفلة واحدة وأصيب ثلاثة بقصف على قرية معرة حرمة.');
    expect(stated(girl)).toEqual({ children_killed: 1, killed: 1, injured: 3 });
  });
});

describe('a singular victim noun is a count of one', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it('after a casualty verb or noun, indefinite or definite', async () => {
    expect(await statedOf('قتل مدني جراء قصف على بلدة سرمين.')).toEqual([{ civilians_killed: 1 }]);
    expect(await statedOf('استشهدت امرأة بعد استهدافها بقناص في قرية حزوان.')).toEqual([
      { women_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('مسيرة تركية تقتل شخصاً في قرية السويدية.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('استشهد الطفل محمد العلي في قصف على بلدة سرمين.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
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
    expect(await statedOf('A young boy died of his wounds in Hajin on Monday.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('The strike on Hajin killed a civilian and wounded two others.')).toEqual([
      { civilians_killed: 1, injured: 2 },
    ]);
  });

  it('but not a singular noun that names no victim', async () => {
    expect(await statedOf('He was a man of peace, a neighbour said in Hajin.')).toEqual([]);
    expect(await statedOf('قال المدني إن القصف استمر طوال الليل على بلدة سرمين.')).toEqual([]);
  });
});

describe('more ways Arabic states one victim', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('a man or woman named by the decade of their age ("ثلاثيني", "سبعينية")', async () => {
    expect(await statedOf('مقتل ثلاثينية على يد زوجها في مدينة حلب.')).toEqual([{ women_killed: 1, killed: 1 }]);
    expect(await statedOf('قتلت طائرة مسيرة سبعينياً في قرية الجماس.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('أصيب أربعيني بجروح في قصف على بلدة سرمين.')).toEqual([{ injured: 1 }]);
  });

  it('the feminine of a person noun, and a trade or calling named by its singular', async () => {
    expect(await statedOf('استشهدت مواطنة من أهالي قرية حزوان بقذيفة سقطت قرب منزلها.')).toEqual([
      { women_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('أدى القصف على بلدة سرمين إلى مقتل مدنية كانت في طريقها إلى السوق.')).toEqual([
      { civilians_killed: 1 },
    ]);
    expect(await statedOf('قتل الصحفي خالد العمر أثناء تغطيته القصف على بلدة سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('استشهاد مسعف وإصابة اثنين من زملائه في غارة على قرية حزوان.')).toEqual([
      { killed: 1, injured: 2 },
    ]);
  });

  it('a trade whose hamza is folded like the text (سائق, folded سايق)', async () => {
    expect(await statedOf('أصيب سائق شاحنة بجروح في قصف على طريق سرمين.')).toEqual([{ injured: 1 }]);
    expect(await statedOf('قتل سائق دراجة نارية بغارة مسيرة على أطراف حزوان.')).toEqual([{ killed: 1 }]);
  });

  it('a cadre of an administration or a party (كادر), and one of the cadres (أحد الكوادر)', async () => {
    expect(await statedOf('قتل كادر في المجلس المحلي بغارة مسيرة على سيارته قرب حزوان.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('أسفر الاستهداف عن مقتل أحد الكوادر وإصابة 3 مدنيين في حزوان.')).toEqual([
      { killed: 1, injured: 3 },
    ]);
  });

  it('"أحد" or "إحدى" before a plural after a casualty word: one of them', async () => {
    expect(await statedOf('أسفر القصف على قرية حزوان عن مقتل أحد المدنيين وإصابة 4 آخرين.')).toEqual([
      { civilians_killed: 1, injured: 4 },
    ]);
    expect(await statedOf('استشهاد إحدى النساء بقذيفة على بلدة سرمين.')).toEqual([{ women_killed: 1, killed: 1 }]);
    expect(await statedOf('قتل أحد عناصر الفصيل بانفجار لغم قرب بلدة سرمين.')).toEqual([
      { combatants_killed: 1, killed: 1 },
    ]);
    // Not "one of" anything the casualty word governs.
    expect(await statedOf('قال أحد المدنيين إن القصف على بلدة سرمين استمر ساعتين.')).toEqual([]);
  });

  it('a lone "شهيد" or "قتيلة" opening a headline or a sentence', async () => {
    expect(await statedOf('شهيد و4 جرحى بقصف مدفعي على بلدة سرمين')).toEqual([{ killed: 1, injured: 4 }]);
    // "وعدة جرحى": wounded of unstated number.
    expect(await statedOf('القصف مستمر على البلدة. قتيلة وعدة جرحى في حي الصناعة بمدينة سرمين.')).toEqual([
      { killed: 1, injured: null },
    ]);
    expect(await statedOf('شيع الأهالي في بلدة سرمين الشهيد إلى مثواه الأخير.')).toEqual([]);
  });

  it('a name in quotes right after a casualty word, but not a group named with the article', async () => {
    expect(await statedOf('أكد ناشطون مقتل "سامر الحسن" بغارة على أطراف بلدة سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('أعلنت الفصائل مقتل "الكتيبة" كاملة قرب بلدة سرمين.')).toEqual([]);
  });

  it('"another" (آخر، أخرى) after an injury word as one more injured, but not "another incident"', async () => {
    expect(await statedOf('أسفر القصف على بلدة سرمين عن مقتل مدني وإصابة آخر.')).toEqual([
      { civilians_killed: 1, injured: 1 },
    ]);
    expect(await statedOf('قتلت امرأة وأصيبت أخرى بقذيفة على قرية حزوان.')).toEqual([
      { women_killed: 1, killed: 1, injured: 1 },
    ]);
    expect(await statedOf('وفي حادث آخر قتل 3 أشخاص في قرية حزوان.')).toEqual([{ killed: 3 }]);
  });

  it('a commander as a combatant, and "وقوع قتيل" (a death occurred) as one', async () => {
    expect(await statedOf('أسفرت الغارة قرب بلدة سرمين عن مقتل القيادي في الفصيل.')).toEqual([
      { combatants_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('أدى الانفجار في سوق بلدة سرمين إلى وقوع قتيل وعدة إصابات.')).toEqual([{ killed: 1 }]);
  });

  it('a dual of a trade with "lost their lives" (فقدا حياتهما)', async () => {
    expect(await statedOf('فقد صحفيان حياتهما باستهداف سيارتهما قرب بلدة سرمين.')).toEqual([{ killed: 2 }]);
  });
});

describe('a victim named earlier with a noun, named again after a casualty word', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('is one victim of that noun: the wounded who later died', async () => {
    const text = [
      'أصيب المواطن خليل الراوي (41 عاماً) بجروح بليغة في قصف مدفعي على بلدة بنش.',
      'وبعد ساعات، استشهد خليل الراوي في المشفى متأثراً بجراحه.',
    ].join('\n');
    expect(await statedOf(text)).toEqual([{ injured: 1, civilians_killed: 1 }]);
  });

  it('but a name never given to a victim is no count', async () => {
    expect(await statedOf('قال خليل الراوي إن القصف على بنش أدى إلى مقتل 3 مدنيين.')).toEqual([
      { civilians_killed: 3 },
    ]);
  });
});

describe('a victim whose stated age is under eighteen is a child', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('reads the age after the victim, in digits of either system', async () => {
    expect(await statedOf('أدى القصف على بلدة سرمين إلى مقتل فتاة تبلغ من العمر 15 عاماً.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('استشهد الشاب سامر العلي (١٧ عاماً) برصاص قناص في قرية حزوان.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
  });

  it('never reads two ages sharing one years word ("(9 و11 عاماً)") as a count', async () => {
    expect(await statedOf('قتل طفلان (9 و 11 عاماً) بقذيفة على بلدة سرمين.')).toEqual([
      { children_killed: 2, killed: 2 },
    ]);
  });

  it("keeps an adult an adult, and an age after another casualty word is not the victim's", async () => {
    expect(await statedOf('استشهد الشاب سامر العلي (24 عاماً) برصاص قناص في قرية حزوان.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('قتل مدني وأصيب طفل يبلغ من العمر 9 أعوام بقصف على بلدة سرمين.')).toEqual([
      { civilians_killed: 1, injured: 1 },
    ]);
  });
});

describe('named victims, each with its own noun', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('counts the victims of one casualty word named one after another with و and a definite noun', async () => {
    expect(await statedOf('أسفر القصف على قرية حزوان عن استشهاد المواطن سالم الأحمد والصحفي رامي الخطيب.')).toEqual([
      { killed: 2 },
    ]);
    expect(await statedOf('قتل الطفل يزن حسن (9 أعوام) والطفلة ريم حسن (7 سنوات) بقذيفة على بلدة سرمين.')).toEqual([
      { children_killed: 2, killed: 2 },
    ]);
    expect(await statedOf('استشهد المراسل باسل العمر والمصور فادي النجار خلال تغطيتهما القصف على بلدة سرمين.')).toEqual(
      [{ killed: 2 }],
    );
  });

  it('counts a first victim named by an indefinite noun in construct ("مراسلة إذاعة …") with the next', async () => {
    expect(await statedOf('استشهدت مراسلة إذاعة الشمال سلمى العمر والمصور فادي النجار بغارة قرب سرمين.')).toEqual([
      { killed: 2 },
    ]);
    expect(await statedOf('استشهد مسعف في فريق الإنقاذ والمتطوع فادي النجار أصيب بجروح.')).toEqual([{ killed: 1 }]);
  });

  it('counts the kin named after a named victim ("فلان (40 عاماً)، وطفلتيه فلانة وفلانة")', async () => {
    expect(await statedOf('أدى القصف إلى استشهاد المواطن سالم الأحمد (40 عاماً)، وطفلتيه ريم وهدى في سرمين.')).toEqual([
      { killed: 3, children_killed: 2 },
    ]);
    expect(await statedOf('أسفر القصف على قرية حزوان عن مقتل الشاب رامي الخطيب وزوجته.')).toEqual([{ killed: 2 }]);
    // "وطفلة" is "and a girl", not "and his child": another victim, not named here, and not kin.
    expect(await statedOf('استشهد المواطن سالم الأحمد وطفلة بقصف على سرمين.')).not.toContainEqual({ killed: 2 });
  });

  it('reads "علي" spelt with ي as the name Ali, not the preposition على', async () => {
    const text = 'أدى القصف إلى استشهاد الشاب حسن نور علي (30 عاماً) والطفلة ريم حسن علي (9 أعوام).';
    expect(await statedOf(text)).toEqual([{ killed: 2, children_killed: 1 }]);
    expect(await statedOf('شهداء القصف على قرية كفرنبل: علي الحسن، بلال الخطيب.')).toEqual([{ killed: 2 }]);
  });

  it('counts a name joined by و and closed by an age of its own as one more victim', async () => {
    const two = 'أدت الغارة إلى استشهاد الطفلة ريم حسن 11 عاماً وسعيد عبد الله حسن 30 عاماً في سرمين.';
    expect(await statedOf(two)).toEqual([{ killed: 2, children_killed: 1 }]);
    expect(await statedOf('استشهاد المواطن خالد العمر (40 عاماً) وسامي العمر (35 عاماً) في قصف على سرمين.')).toEqual([
      { killed: 2 },
    ]);
    // The name after an injury is the injured's, and a name with no age of its own is no victim of the list.
    expect(await statedOf('استشهاد المواطن خالد العمر 40 عاماً وإصابة سامي العمر 35 عاماً في سرمين.')).toEqual([
      { civilians_killed: 1 },
    ]);
    expect(await statedOf('استشهاد المواطن خالد العمر 40 عاماً وسط سرمين.')).toEqual([{ civilians_killed: 1 }]);
  });

  it('stops at a preposition, so a victim of another verb is not among them', async () => {
    expect(await statedOf('استشهد المواطن سالم الأحمد في القصف على سرمين والمواطن رامي الخطيب أصيب بجروح.')).toEqual([
      { civilians_killed: 1 },
    ]);
  });
});

describe('a victim after the weapon or force that killed them (verb, subject, object)', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('reads the object of "قتلت <weapon or force>" as one victim of its kind', async () => {
    expect(await statedOf('قتلت غارة روسية طفلاً في بلدة كفرنبل مساء أمس.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('قتل قناص تابع للنظام امرأة على أطراف بلدة حزانو.')).toEqual([
      { women_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('قتلت مدفعية النظام مدنياً في قرية الصالحية.')).toEqual([{ civilians_killed: 1 }]);
  });

  it('reads a name marked by الذي/التي after the killer as one person', async () => {
    expect(await statedOf('قتلت قذيفة هاون سلمى التي كانت تعمل في حقل قرب بلدة بنش.')).toEqual([{ killed: 1 }]);
  });

  it('reads nothing when the object is no person, or a number stands between', async () => {
    expect(await statedOf('قتلت الغارة الأولى آمال السكان بالعودة إلى بلدة بنش.')).toEqual([]);
    expect(await statedOf('قتلت قذيفة هاون سلمى في حقل قرب بلدة بنش.')).toEqual([]);
  });
});

describe('people counted by their work', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('reads workers, journalists, paramedics and students after a number as people', async () => {
    expect(await statedOf('قتل 3 عمال بقذيفة سقطت على معمل في بلدة سرمين.')).toEqual([{ killed: 3 }]);
    expect(await statedOf('تسبب القصف على بلدة سرمين بفقدان اثنين من العاملين في الفرن لحياتهما.')).toEqual([
      { killed: 2 },
    ]);
    expect(await statedOf('أصيب 4 مسعفين أثناء إخلاء الجرحى في بلدة سرمين.')).toEqual([{ injured: 4 }]);
  });
});

describe('victims counted by family', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('counts a victim and the kin named after it with a possessive pronoun or a dual', async () => {
    expect(await statedOf('أسفرت الغارة على قرية حزوان عن مقتل أم وابنتها.')).toEqual([{ killed: 2 }]);
    expect(await statedOf('استشهاد رجل وزوجته وابنهما بقذيفة على بلدة سرمين.')).toEqual([{ killed: 3 }]);
    expect(await statedOf('تسبب القصف على بلدة سرمين في مقتل أب وابنتين له وإصابة 4 آخرين.')).toEqual([
      { killed: 3, injured: 4 },
    ]);
    // Kin after another verb are not among the dead: the son is the one injured.
    expect(await statedOf('قتل رجل وأصيب ابنه بجروح في قصف على بلدة سرمين.')).toEqual([{ killed: 1, injured: 1 }]);
  });

  it('keeps children as children when every one of the family is a child', async () => {
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل طفل وشقيقيه.')).toEqual([{ killed: 3 }]);
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل طفلة وطفليها.')).toEqual([
      { children_killed: 3, killed: 3 },
    ]);
  });

  it('counts kin numbered with من before their plural, or after it: "و4 من أطفالهما", "وأطفاله الثلاثة"', async () => {
    expect(await statedOf('استشهاد رجل وزوجته و4 من أطفالهما بقذيفة على بلدة سرمين.')).toEqual([
      { killed: 6, children_killed: 4 },
    ]);
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل أب وأطفاله الثلاثة.')).toEqual([
      { killed: 4, children_killed: 3 },
    ]);
    // Sons may be grown: counted among the dead, not as children.
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل رجل وأبنائه الخمسة.')).toEqual([{ killed: 6 }]);
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل سيدة وثلاثة من أطفالها.')).toEqual([
      { killed: 4, women_killed: 1, children_killed: 3 },
    ]);
    // Not kin: a number of others after the victim ("و4 من الجرحى") is a figure of its own.
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل رجل و4 من المدنيين.')).not.toContainEqual({ killed: 5 });
  });

  it('reads the family listed in parentheses after a family killed', async () => {
    expect(await statedOf('قصف مساء الأحد أدى إلى مقتل عائلة بأكملها (أب وزوجته و5 من أطفالهما) في سرمين.')).toEqual([
      { killed: 7, children_killed: 5 },
    ]);
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل أسرة (أم وطفليها).')).toEqual([
      { killed: 3, children_killed: 2 },
    ]);
    // A parenthesis after a family that is not among the dead lists no victims.
    expect(await statedOf('نزحت عائلة (أب وزوجته و5 من أطفالهما) من سرمين بعد القصف.')).toEqual([]);
  });

  it('counts an English family of the dead: "a father and his three children", "a farmer and his wife"', async () => {
    const english = statedReader({ publishedAt: '2023-08-21' });
    expect(await english('A father and his three children were killed when a shell hit their home in Sarmin.')).toEqual(
      [{ killed: 4, children_killed: 3 }],
    );
    expect(await english('The air strike killed a woman and her two daughters in Sarmin.')).toEqual([{ killed: 3 }]);
    expect(await english('An air strike killed a farmer and his wife near Sarmin.')).toEqual([{ killed: 2 }]);
    // Kin counted by a number: brothers, sisters, sons.
    expect(await english('Two brothers, aged 8 and 10, died in the strike on Sarmin.')).toEqual([{ killed: 2 }]);
    expect(await english('Airstrikes killed three sisters in Sarmin.')).toEqual([{ killed: 3 }]);
    // A family that was not killed is no toll.
    expect(await english('A man and his two children fled Sarmin after the strike.')).toEqual([]);
  });

  it('counts one person named by kinship or a tie with a possessive pronoun after a casualty word', async () => {
    expect(await statedOf('أعلن الأهالي مقتل شقيقه في قصف على سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('قتلت الغارة ابنه في سرمين.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('أقدم رجل على قتل جاره في مدينة حلب.')).toEqual([{ killed: 1 }]);
    // Kin after another word are no victims.
    expect(await statedOf('زار الرجل شقيقه في سرمين بعد القصف.')).toEqual([]);
  });

  it('counts a woman and two children apart, as before', async () => {
    expect(await statedOf('أدى القصف على قرية حزوان إلى مقتل امرأة وطفلين.')).toEqual([
      { women_killed: 1, children_killed: 2, killed: 3 },
    ]);
  });
});

describe('English victims named by their age', () => {
  const statedOf = statedReader({ publishedAt: '2023-08-21' });

  it('reads "a 12-year-old" as one victim, a child under eighteen, and the victims joined to it', async () => {
    expect(await statedOf('A 12-year-old was killed by shelling in Sarmin.')).toEqual([
      { children_killed: 1, killed: 1 },
    ]);
    expect(await statedOf('A 40-year-old man died in the strike on Sarmin.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('Shelling killed a 7-year-old girl and a 40-year-old man in Sarmin.')).toEqual([
      { killed: 2, children_killed: 1 },
    ]);
    // An age with no casualty verb is nobody's death.
    expect(await statedOf('The farmer has a 10-year-old son and lives in Sarmin.')).toEqual([]);
  });
});

describe('a dual pronoun on a casualty noun is two', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it('"ما أسفر عن استشهادهما"', async () => {
    expect(await statedOf('قصفت طائرة مسيرة سيارة في قرية العمية ما أسفر عن استشهادهما.')).toEqual([{ killed: 2 }]);
  });
});

describe('a list of the dead by name is the count of names', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });
  const claimsOf = claimsReader({ publishedAt: '2021-03-10' });

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
    expect(await statedOf('الجيش ينفي قتل مدنيين غرب حلب، والأهالي يطالبون بتحقيق.')).toEqual([]);
    expect(await statedOf('استشهاد المدنيين والأطفال في قصف على بلدة سرمين.')).toEqual([]);
    expect(await statedOf('وقال المشفى إن بين القتلى نساء وأطفالاً، وإن عدداً من الجثث لم يعرف أصحابها.')).toEqual([]);
  });

  it('one name per line after a heading and a colon, with dashes or numbers, however long the name', async () => {
    const dashed = [
      'أسماء القتلى الذين سقطوا في القصف على بلدة حزانو هم:',
      '- مازن عادل الشيخ أبو يامن الحزانوي',
      '- رامي فهد الموسى',
      '-عادل سالم العيسى - أبو طارق',
      '',
      'وجميعهم من أبناء البلدة.',
    ].join('\n');
    expect(await statedOf(dashed)).toEqual([{ killed: 3 }]);
    // The quote takes the names in, so the count grounds on it.
    const [claim] = casualties(await claimsOf(dashed));
    expect(groundClaims(dashed, claim ? [claim] : [])[0]?.verification).toEqual({ status: 'grounded' });
    const numbered = ['شهداء الغارة على قرية كفرنبل:', '1- أحمد العلي من كفرنبل', '2- بلال الحسن'].join('\n');
    expect(await statedOf(numbered)).toEqual([{ killed: 2 }]);
  });

  it('never lines without a bullet, nor the figures of a breakdown under a total', async () => {
    expect(await statedOf(['أسماء الشهداء:', 'أحمد العلي', 'بلال الحسن'].join('\n'))).toEqual([]);
    const breakdown = ['قال المرصد إن القتلى هم:', '- 4 مدنيين بينهم طفلان', '- 7 عناصر من الفصائل'].join('\n');
    expect(await statedOf(breakdown)).not.toContainEqual({ killed: 2 });
  });

  it("never from the quoted name of the group an indefinite fighters' noun belongs to", async () => {
    expect(await statedOf('قتل عناصر "لواء الفتح والنصر" في كمين قرب بلدة سرمين.')).toEqual([]);
  });

  it('reads the children a child noun heads among the names as their breakdown, and it grounds', async () => {
    const pair = 'وأسماء الشهداء هم: سعيد الخلف، منى الخلف، والطفلان يوسف الخلف وآدم الخلف.';
    expect(await statedOf(pair)).toEqual([{ killed: 4, children_killed: 2 }]);
    const [claim] = casualties(await claimsOf(pair));
    expect(groundClaims(pair, claim ? [claim] : [])[0]?.verification).toEqual({ status: 'grounded' });
    expect(await statedOf('شهداء الغارة على قرية الجعدة: حسن العمر، والطفلة سلمى العمر.')).toEqual([
      { killed: 2, children_killed: 1 },
    ]);
  });

  it('ends names opened by a quote at its closing quote, and takes no lone "و" for a name', async () => {
    const quoted = 'وأعلنت أسماء الشهداء: “سعيد الخلف، منى الخلف، و وائل الخلف”، مشيرة إلى أن التشييع سيجري غداً.';
    expect(await statedOf(quoted)).toEqual([{ killed: 3 }]);
    expect(await statedOf('وأسماء الشهداء هم: سعيد الخلف و وائل الخلف.')).toEqual([{ killed: 2 }]);
  });

  it('reads no names in an adverb or a particle after the plural ("المدنيين أيضاً، فقد …")', async () => {
    expect(await statedOf('تقول المصادر إن الغارات تصيب المدنيين أيضاً، فقد قتل مدني في سرمين.')).toEqual([
      { civilians_killed: 1 },
    ]);
    expect(await statedOf('استهدفت الغارات المدنيين فقط، وقتل رجل في سرمين.')).toEqual([{ killed: 1 }]);
  });

  it('counts no child where no child noun heads a name', async () => {
    expect(await statedOf('وأسماء الشهداء هم: سعيد الخلف، منى الخلف، يوسف الخلف.')).toEqual([{ killed: 3 }]);
  });
});

describe('English number words, and numbers that count no one', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('does not read a date or an organisation name as a count', async () => {
    const claims = await claimsOf('14-05-2019 Five civilians killed in a car bomb attack in Hajin.');
    expect(casualties(claims).map(stated)).toEqual([{ civilians_killed: 5 }]);
    const named = await claimsOf(
      'Activists from the Deir Ezzor 24 network said rescuers found the bodies of three people in Hajin.',
    );
    expect(casualties(named).flatMap((c) => Object.values(c.counts).map((x) => x?.stated))).not.toContain(24);
  });

  it('reads "several" and "a number of" before a victim noun as a claim of unstated size', async () => {
    const [injured] = casualties(await claimsOf('Several civilians were wounded when shells hit the town of Hajin.'));
    expect(injured?.counts).toEqual({ injured: { stated: null, qualifier: 'at_least', min: 3 } });
    const [killed] = casualties(await claimsOf('An air strike on Hajin on Tuesday killed a number of people.'));
    expect(killed?.counts).toEqual({ killed: { stated: null, qualifier: 'at_least', min: 2 } });
  });

  it('but not "the number of" a stated toll, nor several of anything but people', async () => {
    const [toll] = casualties(await claimsOf('The number of people killed in Hajin has risen to 12, medics said.'));
    expect(toll?.counts.killed?.stated).toBe(12);
    expect(casualties(await claimsOf('Several buildings were destroyed by shelling in Hajin.'))).toEqual([]);
  });

  it('reads sentence-initial number words, "two of its fighters" and "raising to N the number of"', async () => {
    const [children] = casualties(
      await claimsOf('Homs: Two children were killed by an old landmine in Hajin on Monday.'),
    );
    expect(stated(children)).toEqual({ children_killed: 2, killed: 2 });
    const [fighters] = casualties(await claimsOf('The SDF said two of its fighters were killed in Hajin on Monday.'));
    expect(stated(fighters)).toEqual({ killed: 2, combatants_killed: 2 });
    expect(namedAs(fighters, 'SDF')).toBe(true);
    const [raised] = casualties(
      await claimsOf(
        'A woman died of her wounds in Hajin on Monday, raising to 31 the number of civilians killed in that strike.',
      ),
    );
    expect(stated(raised)).toEqual({ civilians_killed: 31 });
  });
});

describe('English one victim named with an article', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en', source: 'Example Wire' });

  it('reads "killing a soldier and wounding three civilians" as killed 1 and injured 3', async () => {
    const [c] = ofType(
      await claimsOf(
        'Rebels shelled Hajin on Tuesday, killing a Syrian soldier and wounding three civilians, the Russian ' +
          'Defence Ministry said.',
      ),
      'casualty',
    );
    expect(stated(c)).toEqual({ killed: 1, combatants_killed: 1, injured: 3 });
  });

  it('lets the grounding check read the article as one, and only before a victim noun', () => {
    expect(readNumbers('killing a Syrian soldier').map((n) => n.value)).toEqual([1]);
    expect(readNumbers('wounding a child').map((n) => n.value)).toEqual([1]);
    expect(readNumbers('killed a number of fighters')).toEqual([]);
  });
});

describe('signed and huge figures', () => {
  it('reads no count from a number with a minus sign, in either language', async () => {
    const en = await extractChecked({
      text: 'The Syrian Observatory said an airstrike on Hajin killed -12 civilians on Monday.',
      publishedAt: '2018-11-10',
    });
    const ar = await extractChecked({
      text: 'قال المرصد إن غارة على هجين أدت إلى مقتل -12 مدنيا.',
      publishedAt: '2018-11-10',
    });
    expect(casualties(en.claims)).toEqual([]);
    expect(casualties(ar.claims)).toEqual([]);
  });

  it('still reads a figure after a dash between words', async () => {
    const { claims } = await extractChecked({
      text: 'The Syrian Observatory said an airstrike on Hajin killed - 12 civilians on Monday.',
      publishedAt: '2018-11-10',
    });
    expect(stated(casualties(claims)[0])).toEqual({ civilians_killed: 12 });
  });

  it('keeps a figure above any plausible toll, so grounding can flag it rather than lose it', async () => {
    const { claims } = await extractChecked({
      text: 'The Syrian Observatory said an airstrike on Hajin killed 99999999999 civilians on Monday.',
      publishedAt: '2018-11-10',
    });
    // So large a figure reads as a war-wide total; either way it is kept for grounding to judge.
    expect(claims.map(stated)).toEqual([{ civilians_killed: 99_999_999_999 }]);
  });
});

describe('the casualty word that governs a figure', () => {
  const statedOf = statedReader({ publishedAt: '2021-05-02' });

  it('none for the helpers of a deed ("بالتعاون مع", "بمساعدة", "with the help of")', async () => {
    expect(await statedOf('أقدمت امرأة على قتل جارتها في حلب، وهربت بمساعدة ابنيها.')).toEqual([{ killed: 1 }]);
    expect(await statedOf('قتل اللصوص صاحب المحل بالتعاون مع شخصين آخرين في حلب.')).toEqual([]);
    expect(await statedOf('Gunmen killed a shopkeeper in Aleppo with the help of two accomplices.')).toEqual([]);
    // Companions who died with the victim are still among the dead.
    expect(await statedOf('استشهد مواطن مع اثنين من أبنائه بقصف على سرمين.')).not.toEqual([]);
  });

  it('not an Arabic casualty word with "and" written onto it after the figure: it opens the next figure', async () => {
    expect(await statedOf('استشهد فجر اليوم خمسة مدنيين وأصيب العشرات بقصف مدفعي على بلدة بنش.')).toEqual([
      { civilians_killed: 5, injured: null },
    ]);
    expect(await statedOf('قتل حتى ساعة إعداد الخبر 3 أشخاص وجرح 12 في غارة على سرمين.')).toEqual([
      { killed: 3, injured: 12 },
    ]);
  });

  it('but a word whose و is its own (وفاة) still governs the figure before it', async () => {
    expect(await statedOf('سجلت المشافي 4 حالات وفاة بين المدنيين جراء القصف على بنش.')).not.toContainEqual({
      injured: 4,
    });
  });
});

describe('Arabic duals, vague amounts, and numbers that count no one', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('reads dual nouns and vague amounts', async () => {
    const dual = casualties((await extract('أسفر القصف على هجين عن مقتل طفلين.')).claims);
    expect(stated(dual[0])).toEqual({ children_killed: 2, killed: 2 });
    const [vague] = casualties((await extract('أدى القصف على السوسة إلى مقتل عشرات المدنيين.')).claims);
    expect(vague?.counts.civilians_killed).toEqual({ stated: null, qualifier: 'at_least', min: 20 });
  });

  it('reads no number from "عدد من" (a number of) or "عدة" (several): they state none', async () => {
    for (const text of [
      'استشهد وأصيب عدد من المدنيين جراء قصف صاروخي على بلدة بنش.',
      'أسفر القصف عن سقوط عدد من الشهداء والجرحى في سرمين.',
      'أدى القصف إلى إصابة عدة أشخاص بجروح في بلدة بنش.',
    ]) {
      const counts = casualties((await extract(text)).claims).flatMap((c) => Object.values(c.counts));
      expect(counts.filter((count) => count?.stated !== null)).toEqual([]);
    }
  });

  it('reads a casualty word with "عدد من", "العديد من" or "عدة" as a claim of unstated size', async () => {
    const [injured] = casualties((await extract('أسفر قصف مدفعي على بلدة هجين عن إصابة عدد من المدنيين.')).claims);
    expect(injured?.counts).toEqual({ injured: { stated: null, qualifier: 'at_least', min: 2 } });
    expect(injured?.place?.placeId).toBe('town-hajin');
    const [killed] = casualties((await extract('قتل العديد من المدنيين في غارة على بلدة هجين أمس.')).claims);
    expect(killed?.counts).toEqual({ civilians_killed: { stated: null, qualifier: 'at_least', min: 3 } });
    expect(killed?.date).toEqual({ from: '2018-11-17', to: '2018-11-17' });
    const [people] = casualties((await extract('أدت الغارة على هجين إلى مقتل عدة أشخاص.')).claims);
    expect(people?.counts).toEqual({ killed: { stated: null, qualifier: 'at_least', min: 3 } });
  });

  it('reads no vague claim from "عدد منهم", from things, or from attackers (fighters)', async () => {
    const some = casualties((await extract('قتل 5 مدنيين في قصف على هجين، ونقل عدد منهم إلى المشفى.')).claims);
    expect(some.map(stated)).toEqual([{ civilians_killed: 5 }]);
    expect((await extract('قصف المسلحون حي السوق في هجين بعدد من القذائف الصاروخية.')).claims).toEqual([]);
    expect((await extract('وسقط عدد من المهاجمين خلال الاشتباكات قرب هجين.')).claims).toEqual([]);
  });

  it('reads killed and wounded lumped with a vague amount as both, each of unstated size', async () => {
    const [both] = casualties((await extract('وأدى القصف على هجين إلى مقتل وإصابة عدد من المدنيين.')).claims);
    expect(both?.counts).toEqual({
      civilians_killed: { stated: null, qualifier: 'at_least' },
      injured: { stated: null, qualifier: 'at_least' },
    });
    const [dead] = casualties((await extract('أسفر القصف عن سقوط عدد من الشهداء والجرحى في هجين.')).claims);
    expect(Object.keys(dead?.counts ?? {}).sort()).toEqual(['injured', 'killed']);
    // A lumped number still counts neither.
    expect(casualties((await extract('قتل وجرح 12 شخصا في قصف على هجين.')).claims)).toEqual([]);
  });

  it("reads a killing verb right after its own subject as that subject's, not a lump", async () => {
    const [claim] = casualties(
      (await extract('وقالت الوكالة إن امرأة قتلت وأصيب 5 مدنيين بجروح في قصف على هجين.')).claims,
    );
    expect(stated(claim)).toEqual({ women_killed: 1, killed: 1, injured: 5 });
    const [vague] = casualties((await extract('وقالت الوكالة إن امرأة قتلت وأصيب عدد من المدنيين في هجين.')).claims);
    expect(stated(vague)).toEqual({ women_killed: 1, killed: 1, injured: null });
  });

  it('reads an indefinite plural of the dead or wounded after a verb of occurrence or outcome', async () => {
    const [both] = casualties((await extract('أسفر القصف المدفعي على بلدة هجين عن سقوط قتلى وجرحى.')).claims);
    expect(stated(both)).toEqual({ killed: null, injured: null });
    expect(both?.place?.placeId).toBe('town-hajin');
    const [wounded] = casualties((await extract('سقطت قذائف على هجين ما أدى لوقوع إصابات بين الأهالي.')).claims);
    expect(stated(wounded)).toEqual({ injured: null });
    const [civilians] = casualties((await extract('وسقط قتلى من المدنيين في غارة على هجين أمس.')).claims);
    expect(stated(civilians)).toEqual({ civilians_killed: null });
  });

  it('reads none after a negation or a report, with the article, or as a plural standing alone', async () => {
    for (const text of [
      'سقطت قذيفة على أطراف هجين دون وقوع إصابات.',
      'وقال متحدث إن الجيش يراجع التقارير التي تشير إلى سقوط ضحايا في بلدة الكرامة.',
      'وتحدث ناشطون عن أنباء عن وقوع قتلى في هجين.',
      'قالت مصادر محلية إن القصف على هجين لم يسفر عن وقوع ضحايا.',
      'وجرى نقل الجرحى من هجين إلى مشافي المنطقة.',
      'وزار الأهالي أضرحة الشهداء في هجين.',
    ])
      expect(casualties((await extract(text)).claims), text).toEqual([]);
  });

  it('reads none where a denial earlier in the clause governs the plural: it names what is denied', async () => {
    for (const text of [
      'نفى الجيش أن يكون قصفه على بلدة الكرامة قد أوقع ضحايا بين المدنيين.',
      'ونفت الوزارة في بيانها أن تكون الضربة على هجين قد خلفت قتلى.',
    ])
      expect(casualties((await extract(text)).claims), text).toEqual([]);
    // A denial after the plural, in a sentence of its own, does not govern it.
    const [read] = casualties((await extract('أسفر القصف على هجين عن سقوط قتلى. ونفى الجيش مسؤوليته عنه.')).claims);
    expect(stated(read)).toEqual({ killed: null });
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
