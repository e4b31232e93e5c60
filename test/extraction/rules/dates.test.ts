// The date of the event a figure belongs to: weekdays, explicit and relative dates; not datelines or op starts.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/extraction/rules/dates.ts';
import { foldText } from '../../../shared/extraction/rules/folded-text.ts';
import { casualties, claimsReader, day, resultReader, stated } from './claim-helpers.ts';

describe('Arabic dates', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('does not date a figure by a neighbouring sentence that names two different days', async () => {
    const text =
      'تشييع ضحايا القصف على هجين\n' +
      'شيّع الأهالي اليوم الخميس ضحايا القصف الذي استهدف البلدة يوم الاثنين.\n' +
      'وقتل في القصف 7 مدنيين بحسب مصادر محلية.';
    const [claim] = casualties(await claimsOf(text, '2020-02-13'));
    expect(claim?.counts.civilians_killed?.stated).toBe(7);
    expect(claim?.date).toBeUndefined();
  });

  it("does not date the headline by an archive picture's caption printed under it", async () => {
    const text =
      'مقتل طفلين بقصف على بلدة هجين\n\n' +
      'منزل مدمر بعد قصف سابق على أطراف البلدة - 3 كانون الثاني 2020 (وكالة محلية/ مصور)\n\n' +
      'قتل طفلان بقصف مدفعي على بلدة هجين، بحسب مصادر محلية.';
    const claims = casualties(await claimsOf(text, '2020-02-12'));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.date?.from === '2020-01-03')).toEqual([]);
    const caption = findDates(foldText(text), '2020-02-12').find((d) => d.range.from === '2020-01-03');
    expect(caption?.dateline).toBe(true);
  });

  it("keeps the date of a caption of the day's own picture, and of a date followed by a note in parentheses", () => {
    const sameDay = 'رجال الإنقاذ في موقع القصف على بلدة هجين - 11 شباط 2020 (الدفاع المدني)';
    expect(findDates(foldText(sameDay), '2020-02-12')[0]?.dateline).toBeUndefined();
    const note = 'قتل 3 مدنيين بقصف على هجين في 3 كانون الثاني 2020 (بحسب مصادر محلية)';
    expect(findDates(foldText(note), '2020-02-12')[0]?.dateline).toBeUndefined();
  });

  it('does not take "اليوم التالي" (the next day) for today', async () => {
    const [claim] = casualties(await claimsOf('قتل 4 مدنيين في هجين في اليوم التالي.', '2020-02-12'));
    expect(claim?.date).toBeUndefined();
  });
});

describe('a later sentence that opens with its own date', () => {
  const claimsOf = claimsReader({ publishedAt: '2023-06-11' });

  it('does not date the figure before it: it is another dated happening', async () => {
    const text =
      'قتل مدني برصاص دورية في هجين.\n\nوفي 7 من أيار الماضي، قالت القيادة إنها نفذت عملية مماثلة في المنطقة.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.counts.civilians_killed?.stated).toBe(1);
    expect(claim?.date).toBeUndefined();
  });

  it('still dates the figure by a later sentence that names the day inside it', async () => {
    const text = 'قتل مدني برصاص دورية في هجين.\n\nوكانت الدورية قد دخلت البلدة فجر يوم 9 حزيران بحثاً عن مطلوبين.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.date).toEqual(day('2023-06-09'));
  });
});

describe('"today" with a weekday', () => {
  // 2025-03-24 is a Monday.
  const claimsOf = claimsReader({ publishedAt: '2025-03-24' });

  it('takes the day after publication when "today" names its weekday (a date stamped a clock behind)', async () => {
    const [claim] = casualties(await claimsOf('قتل مدنيان، مساء اليوم الثلاثاء، بقصف على هجين.'));
    expect(claim?.date).toEqual(day('2025-03-25'));
  });

  it('keeps the last such weekday for a weekday without "today"', async () => {
    const [claim] = casualties(await claimsOf('قتل مدنيان يوم الثلاثاء بقصف على هجين.'));
    expect(claim?.date).toEqual(day('2025-03-18'));
  });
});

describe('dates written whole with digits', () => {
  const claimsOf = claimsReader({ publishedAt: '2023-11-25' });

  it('reads day-first numeric dates, as Arabic pages write them, over the weekday before them', async () => {
    const [claim] = casualties(await claimsOf('قتل 3 مدنيين في قصف على هجين يوم الخميس 5/10/2023.'));
    expect(claim?.date).toEqual(day('2023-10-05'));
    const [dashed] = casualties(await claimsOf('قتل 4 مدنيين بقصف على هجين في 22-11-2023 حسب ناشطين.'));
    expect(dashed?.date).toEqual(day('2023-11-22'));
  });

  it('reads the ISO order and a month name between slashes', async () => {
    const [iso] = casualties(await claimsOf('بتاريخ 2023-04-26 قتل 4 مدنيين في قصف على هجين.'));
    expect(iso?.date).toEqual(day('2023-04-26'));
    const [named] = casualties(await claimsOf('مساء الاثنين 20/ تشرين الثاني/ 2023 قتل 3 مدنيين في هجين.'));
    expect(named?.date).toEqual(day('2023-11-20'));
  });

  it('does not read a score or a fraction without a year as a date', () => {
    const dates = findDates(foldText('فاز الفريق 3-1 وحصل على 5/10 من النقاط'), '2023-11-25');
    expect(dates).toEqual([]);
  });
});

describe('event dates in English reports', () => {
  // 2019-05-23 is a Thursday.
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('reads "last week" as the week before the publication\'s week', async () => {
    const [claim] = casualties(
      await claimsOf('Activists said 14 civilians were killed in an air raid on Hajin last week.', '2019-05-23'),
    );
    expect(claim?.date).toEqual({ from: '2019-05-13', to: '2019-05-19' });
  });

  it('reads an explicit date after a weekday, with or without the year, and abbreviated months', async () => {
    const [a] = casualties(
      await claimsOf('An air strike on Hajin on Friday, 17 May 2019, killed 12 civilians, local sources said.'),
    );
    expect(a?.date).toEqual(day('2019-05-17'));
    const [b] = casualties(await claimsOf('Shelling on Susah killed six civilians on May 14, residents said.'));
    expect(b?.date).toEqual(day('2019-05-14'));
    const [c] = casualties(
      await claimsOf('Shelling on Susah on 13 Sept killed four civilians, residents said.', '2019-09-20'),
    );
    expect(c?.date).toEqual(day('2019-09-13'));
  });

  it('reads "late on Monday", "early on Tuesday" and "on Monday night" as that weekday', async () => {
    const [a] = casualties(
      await claimsOf('An air strike hit a bakery in Hajin late on Monday, killing nine civilians, local sources said.'),
    );
    expect(a?.date).toEqual(day('2019-05-20'));
    const [b] = casualties(await claimsOf('Early on Tuesday, rockets killed five civilians in Susah, residents said.'));
    expect(b?.date).toEqual(day('2019-05-21'));
    const [c] = casualties(await claimsOf('Shelling on Monday night killed three civilians in Shafa, residents said.'));
    expect(c?.date).toEqual(day('2019-05-20'));
  });

  it('counts "two days later" and "the next day" from the event date named just before', async () => {
    const text =
      'On 10 May, shelling killed four civilians in Hajin, local sources said.\n\n' +
      'Susah\n\n' +
      'Two days later, an air strike on Susah killed six civilians, including two children, residents said.';
    const claims = casualties(await claimsOf(text));
    expect(claims.find((c) => c.place?.names[0] === 'Susah')?.date).toEqual(day('2019-05-12'));
    const next = casualties(
      await claimsOf(
        'On 10 May, shelling killed four civilians in Hajin. The next day, a car bomb killed seven people in Susah.',
      ),
    );
    expect(next.find((c) => c.place?.names[0] === 'Susah')?.date).toEqual(day('2019-05-11'));
  });

  it('never dates an event by the start of an operation ("since …", "began on …")', async () => {
    const folded = foldText('The army said 300 militants had been killed since the start of its operation on 2 April.');
    const since = findDates(folded, '2019-05-23').find((d) => d.range.from === '2019-04-02');
    expect(since?.since).toBe(true);
    const claims = await claimsOf(
      'Residents said eight civilians were killed in Susah. ' +
        'The army said it had killed 300 militants since the start of its operation on 2 April.',
    );
    const susah = casualties(claims).find((c) => c.place?.names[0] === 'Susah');
    expect(stated(susah)).toEqual({ civilians_killed: 8 });
    expect(susah?.date?.from).not.toBe('2019-04-02');
  });

  it('does not take a dateline for the event date', async () => {
    const text =
      'HAJIN, May 22 (Reuters) - An air strike killed 10 civilians in Hajin, a monitor said. ' +
      'The strike hit the market late on Monday.';
    const [a] = casualties(await claimsOf(text, '2019-05-22'));
    expect(a?.date).toEqual(day('2019-05-20'));
  });

  it('keeps the date named before a recovery ("killed on Friday, …, after more bodies were recovered")', async () => {
    const text =
      'The toll of the strike on Hajin on Friday, 17 May 2019, has risen to 31 civilians after more bodies were ' +
      'recovered from the rubble.';
    const [a] = casualties(await claimsOf(text));
    expect(a?.date).toEqual(day('2019-05-17'));
  });
});

describe('dates resolved against publication', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  /** The date of the first casualty claim of a text published on 2019-06-29. */
  const date = async (text: string) => casualties((await extract(text, '2019-06-29')).claims)[0]?.date;

  it('counts "N days ago" back from publication, in words or digits, and leaves "a few days ago" undated', async () => {
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

  it('dates "months or years ago" as a span that far back: a month, or a year, which is a period', async () => {
    const spans: Array<[string, string, string]> = [
      ['وما زال التحقيق جارياً في مقتل 9 مدنيين بغارة على بلدة هجين قبل عامين.', '2016-12-29', '2017-12-28'],
      ['قالت مصادر محلية إن غارة على بلدة هجين قبل شهرين أسفرت عن مقتل 4 مدنيين.', '2019-04-15', '2019-05-15'],
      ['An air strike on Hajin three years ago killed 9 civilians, activists recalled.', '2015-12-30', '2016-12-28'],
    ];
    for (const [text, from, to] of spans) expect(await date(text)).toEqual({ from, to });
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
    expect(await date('قتل 13 مدنيا في هجين صباح الثلاثاء 6 تشرين الثاني / نوفمبر.', '2018-11-10')).toEqual({
      from: '2018-11-06',
      to: '2018-11-06',
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

describe('Arabic month names in the text (the shared calendar table)', () => {
  const explicit = (text: string, pub: string) =>
    findDates(foldText(text), pub)
      .filter((d) => d.strength === 3)
      .map((d) => d.range.from);

  it('tells آب (August) from أبريل (April), which it begins', () => {
    expect(explicit('قتل 4 مدنيين في 12 أبريل 2017 في هجين.', '2017-04-20')).toEqual(['2017-04-12']);
    expect(explicit('قتل 4 مدنيين في 12 آب 2017 في هجين.', '2017-08-20')).toEqual(['2017-08-12']);
  });

  it('reads a Levantine name given with its Latin twin, and an ordinal day', () => {
    expect(explicit('قتل 4 مدنيين يوم 3 آب/أغسطس في هجين.', '2017-08-20')).toEqual(['2017-08-03']);
    expect(explicit('قتل 4 مدنيين في الخامس من نيسان/أبريل في هجين.', '2017-04-20')).toEqual(['2017-04-05']);
  });
});

describe('relative days and nights', () => {
  // 11 June 2023 was a Sunday.
  const claimsOf = claimsReader({ publishedAt: '2023-06-11' });
  const dateOf = async (text: string) => casualties(await claimsOf(text))[0]?.date;

  it('reads "أول أمس" and "أول من أمس" as the day before yesterday', async () => {
    expect(await dateOf('قتل مدنيان أول أمس بانفجار لغم قرب هجين.')).toEqual(day('2023-06-09'));
    expect(await dateOf('قتل مدنيان يوم أول من أمس بانفجار لغم قرب هجين.')).toEqual(day('2023-06-09'));
  });

  it('reads "الليلة الماضية" as the night before publication: that evening or the small hours after it', async () => {
    expect(await dateOf('قتل ثلاثة مدنيين الليلة الماضية بغارة على هجين.')).toEqual({
      from: '2023-06-10',
      to: '2023-06-11',
    });
  });

  it('reads a night named by the two days it joins as either day, glued or apart', async () => {
    const wednesdayNight = { from: '2023-06-07', to: '2023-06-08' };
    expect(await dateOf('قتل مدنيان بعد منتصف ليل الأربعاء - الخميس بقصف على هجين.')).toEqual(wednesdayNight);
    expect(await dateOf('قتل مدنيان ليلة الثلاثاءالأربعاء بقصف على هجين.')).toEqual({
      from: '2023-06-06',
      to: '2023-06-07',
    });
  });

  it('does not join two weekdays that are not consecutive into a night', async () => {
    // Each weekday is its own day: the figure takes the nearer one, never a two-day span.
    const date = await dateOf('قتل مدنيان ليل الأحد الخميس بقصف على هجين.');
    expect(date?.from).toBe(date?.to);
  });
});

describe('an earlier event recalled in the past perfect, with its own date', () => {
  const claimsOf = claimsReader({ publishedAt: '2023-06-11' });

  it('keeps its own date and does not lend it to the undated figure of the report', async () => {
    const text =
      'قتل مدنيان بقصف مدفعي على بلدة هجين.\n\nوكانت قوات النظام قد قصفت البلدة بتاريخ 3 آذار 2023 ما أدى لمقتل طفل.';
    const claims = casualties(await claimsOf(text));
    expect(claims.map((c) => [stated(c), c.date])).toEqual([
      [{ civilians_killed: 2 }, undefined],
      [{ killed: 1, children_killed: 1 }, day('2023-03-03')],
    ]);
  });

  it('reads "سبق أن" as the past perfect too, in the same paragraph', async () => {
    const text = 'قتل مدنيان بقصف مدفعي على بلدة هجين. وسبق أن قتل ثلاثة مدنيين بقصف على البلدة في 9 أيار الماضي.';
    const claims = casualties(await claimsOf(text));
    expect(claims.map((c) => [stated(c), c.date])).toEqual([
      [{ civilians_killed: 2 }, undefined],
      [{ civilians_killed: 3 }, day('2023-05-09')],
    ]);
  });

  it('reads the English past perfect the same way', async () => {
    const lead = 'Two civilians were killed in shelling on Hajin.';
    const shelled = `${lead} Government forces had shelled the town on 3 March 2023, killing a child.`;
    expect(casualties(await claimsOf(shelled)).map((c) => c.date)).toEqual([undefined, day('2023-03-03')]);
    const earlier = `${lead} Three civilians had been killed in shelling on Hajin on 3 March 2023.`;
    expect(casualties(await claimsOf(earlier)).map((c) => [stated(c), c.date])).toEqual([
      [{ civilians_killed: 2 }, undefined],
      [{ civilians_killed: 3 }, day('2023-03-03')],
    ]);
  });

  it('reads the French plus-que-parfait the same way', async () => {
    const text =
      'Au moins 2 civils ont été tués dans un bombardement sur Hajin. 3 civils avaient été tués dans un ' +
      'bombardement sur Hajin le 3 mars 2023.';
    expect(casualties(await claimsOf(text)).map((c) => [stated(c), c.date])).toEqual([
      [{ civilians_killed: 2 }, undefined],
      [{ civilians_killed: 3 }, day('2023-03-03')],
    ]);
  });

  it('still joins a figure dated the same day, told in the past perfect', async () => {
    const text = 'قتل مدنيان بقصف مدفعي على بلدة هجين أمس.\n\nوكان القصف قد استهدف البلدة في 10 حزيران وقتل مدنيين.';
    const claims = casualties(await claimsOf(text));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.date).toEqual(day('2023-06-10'));
  });
});

describe('a running count from a date', () => {
  it('reads "ومنذ" (and since) before a date as the start of a count, "and" written onto it', () => {
    const folded = foldText('ومنذ 3 آذار الجاري، تتعرض أطراف البلدة لغارات متكررة أسفرت عن مقتل 11 شخصاً.');
    const start = findDates(folded, '2024-03-20').find((d) => d.range.from === '2024-03-03');
    expect(start?.since).toBe(true);
  });

  it('makes the figure counted from it a running total, never one event of the day it started', async () => {
    const text = 'ومنذ 3 آذار الجاري، تتعرض أطراف البلدة لغارات متكررة أسفرت عن مقتل 11 مدنياً.';
    const claims = await claimsReader({ publishedAt: '2024-03-20' })(text);
    expect(claims.map((c) => [c.type, stated(c), c.date])).toEqual([
      ['aggregate', { civilians_killed: 11 }, undefined],
    ]);
  });
});
