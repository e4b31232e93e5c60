import { describe, expect, it } from 'vitest';
import { reportBody } from '../../shared/extraction/report-body.ts';

// Texts written for these tests in the shape of archived pages (not taken from any report or capture).

describe('reportBody: Facebook captures', () => {
  const post = 'قُتل ثلاثة مدنيين بينهم طفل في قصف مدفعي على قرية الزيتونة صباح اليوم.';
  const capture =
    "صفحة الأخبار المحلية - قُتل ثلاثة مدنيين بينهم...\nFacebookصفحة الأخبار المحلية\u200e's Post\n\n" +
    `صفحة الأخبار المحلية Verified accountMarch 3, 2024 · Shared with Public${post}` +
    'All reactions:12045 commentsLikeCommentMost relevant\ufeffأبو خالدالله يرحمهم جميعاً والعدد 20 قتيلاً1y3' +
    'View all 2 repliesسامر علي5 قتلى وليس ثلاثة1y';

  it('keeps the post between the audience mark and the reaction bar', () => {
    expect(reportBody(capture).text).toBe(post);
  });

  it('drops the readers comments and their figures', () => {
    const body = reportBody(capture).text;
    expect(body).not.toContain('20 قتيلاً');
    expect(body).not.toContain('5 قتلى');
  });

  it('says how many characters were cut', () => {
    expect(reportBody(capture).cut).toBe(capture.length - post.length);
  });

  it('cuts an English post the same way', () => {
    const english = 'Two farmers were killed by a drone strike near the river crossing on Sunday morning.';
    const text =
      `Valley News Network · June 10, 2025 · Shared with Public${english}` +
      'All reactions:87LikeCommentShareMost relevantJane DoeIt was five, not two.';
    expect(reportBody(text).text).toBe(english);
  });
});

describe('reportBody: X (Twitter) captures', () => {
  it('keeps a new-style post between the author handle and the timestamp with its counters', () => {
    const text =
      'Post\n\nPost\n\nشبكة الرصد@RasdNetwork12#عاجل | مقتل مدنيين اثنين بغارة جوية على بلدة الزيتونة' +
      '9:33 AM · Dec 2, 20241.2KViews35';
    expect(reportBody(text).text).toBe('#عاجل | مقتل مدنيين اثنين بغارة جوية على بلدة الزيتونة');
  });

  it('ends a post at an Arabic-interface timestamp', () => {
    const text = 'قتل شخص وأصيب آخران بقصف على السوق الشعبي٩:٣٣ م · ٢ ديسمبر ٢٠٢٤٥٠٠ مشاهدة';
    expect(reportBody(text).text).toBe('قتل شخص وأصيب آخران بقصف على السوق الشعبي');
  });

  it('drops buttons, counters, author and relative-time lines of an old-style capture, and the repeated copy', () => {
    const tweet = 'A shell hit the market in the old town this morning, killing four people and wounding nine.';
    const text = [
      'Local Watch\u200f @LocalWatch01',
      '3h3 hours ago',
      'More',
      'Copy link to Tweet',
      'Embed Tweet',
      tweet,
      '2 replies',
      '14 retweets',
      '30 likes',
      'Reply',
      '2',
      'Retweet',
      'Liked',
      'Show this thread',
      'Copy link to Tweet',
      'Embed Tweet',
      tweet,
      'Back to top ↑',
      'Loading seems to be taking a while.',
      'Twitter may be over capacity or experiencing a momentary hiccup.',
    ].join('\n\n');
    expect(reportBody(text).text).toBe(tweet);
  });

  it('drops the signature line of a post embedded in an article', () => {
    const text = [
      'مقتل شخصين بانفجار لغم أرضي قرب الطريق الدولي بحسب ما أفاد مراسلنا في المنطقة اليوم.',
      '— شبكة الرصد (@RasdNetwork12) February 1, 2025',
    ].join('\n\n');
    expect(reportBody(text).text).toBe(
      'مقتل شخصين بانفجار لغم أرضي قرب الطريق الدولي بحسب ما أفاد مراسلنا في المنطقة اليوم.',
    );
  });
});

describe('reportBody: news pages', () => {
  const article = 'أفادت مصادر محلية بمقتل امرأة وإصابة طفلين في قصف صاروخي استهدف الأحياء السكنية في البلدة مساء أمس.';

  it('cuts the share block, the related list and the comment form after the article', () => {
    const page = [
      article,
      'شارك هذا الموضوع:',
      'فيس بوك',
      'Telegram',
      'مرتبط',
      '12 قتيلاً في غارات على ريف المدينة',
      'دع تعليقاً Cancel Reply',
    ].join('\n\n');
    expect(reportBody(page).text).toBe(article);
  });

  it('cuts the previous/next links, whose headlines give other tolls', () => {
    const page = [article, 'السابق', 'مقتل 9 عناصر في هجوم على حاجز', 'التالي', 'غارة تقتل 5 مدنيين'].join('\n\n');
    expect(reportBody(page).text).toBe(article);
  });

  it('drops a run of truncated headlines with no heading before them', () => {
    const page = [article, '6 قتلى وأكثر من 10 جرحى في انفجار...', 'اشتباكات عنيفة في ريف المدينة تسفر عن...'];
    expect(reportBody(page.join('\n\n')).text).toBe(article);
  });

  it('drops three or more unpunctuated headlines in a row after the article, with no heading before them', () => {
    const headlines = [
      'وزير الخارجية يصل إلى العاصمة في زيارة رسمية',
      'غارة تقتل 12 مدنياً في مدينة أخرى',
      'ارتفاع أسعار الوقود للمرة الثالثة هذا العام',
    ];
    expect(reportBody([article, ...headlines].join('\n\n')).text).toBe(article);
    // Two are not a list; a line that continues a sentence, or a numbered list of names, is the body's.
    expect(reportBody([article, ...headlines.slice(0, 2)].join('\n\n')).text).toContain('غارة تقتل 12');
    const continued = 'فيما أصيبت والدة الطفل بجروح ونقلت إلى المشفى';
    expect(reportBody([article, continued, ...headlines].join('\n\n')).text).toBe(`${article}\n\n${continued}`);
    const names = ['1- محمد سالم العمر الحسن', '2- خالد أحمد الخطيب الحسن', '3- سلمى علي الخطيب الحسن'];
    expect(reportBody([article, ...names].join('\n')).text).toBe([article, ...names].join('\n'));
  });

  it('drops a headline stamped with a relative time ("15 ساعة مضت", "3 days ago"), before the article too', () => {
    const related = [
      'الغارات تقتل 6 مدنيين في ريف المدينة الجنوبي وفق مصادر محلية',
      '\u200f15 ساعة مضت',
      'افتتاح مدرسة جديدة في المدينة',
      'منذ 3 أيام',
    ];
    expect(reportBody(['أخبار المدينة', ...related, article].join('\n\n')).text).toBe(`أخبار المدينة\n\n${article}`);
    const english = ['Twelve killed in a strike on a market in the south', '3 days ago'];
    expect(reportBody([article, ...english].join('\n\n')).text).toBe(article);
    // A time under a sentence of the body drops the time alone.
    const stamped = [article, 'منذ ساعتين'].join('\n\n');
    expect(reportBody(stamped).text).toBe(article);
  });

  it('keeps short unpunctuated lines before the first sentence of prose (the headline, a menu)', () => {
    const top = ['إصابة ثلاثة مدنيين بقصف على المدينة', 'أخبار محلية من ريف المدينة', 'تقرير مراسلنا في المدينة'];
    expect(reportBody([...top, article].join('\n\n')).text).toBe([...top, article].join('\n\n'));
  });

  it('keeps a body paragraph that ends in an ellipsis', () => {
    const page = [article, 'وعرف من بين المصابين الطفل أحمد خمس سنوات وأخته…'].join('\n\n');
    expect(reportBody(page).text).toBe(page);
  });

  it('drops the visit counter and the comment link under the headline', () => {
    const page = ['إصابة ثلاثة مدنيين بقصف على المدينة', '131 زيارة', 'اضف تعليق', article].join('\n\n');
    expect(reportBody(page).text).toBe(['إصابة ثلاثة مدنيين بقصف على المدينة', article].join('\n\n'));
  });

  it('cuts English readers comments after a Comments heading', () => {
    const page = [
      'Officials said seven civilians were killed when the shelling hit a crowded bus station on Friday.',
      '3 Comments',
      'reader42: the real number is 30',
    ].join('\n\n');
    expect(reportBody(page).text).toBe(
      'Officials said seven civilians were killed when the shelling hit a crowded bus station on Friday.',
    );
  });

  it('does not take a menu item before the article for the end of it', () => {
    const page = ['الرئيسية', 'آخر الأخبار', 'سياسة', article, 'التعليقات', 'تعليق: العدد أكبر'].join('\n');
    expect(reportBody(page).text).toBe(['الرئيسية', 'آخر الأخبار', 'سياسة', article].join('\n'));
  });

  it('ends the article at its credit line, which it keeps, and drops the other stories after it', () => {
    const page = [article, 'المصدر: وكالات', 'غارة تقتل 12 شخصاً في مدينة أخرى (فيديو)', 'وقتل 12 شخصاً في الغارة.'];
    expect(reportBody(page.join('\n\n')).text).toBe([article, 'المصدر: وكالات'].join('\n\n'));
    const english = 'Seven civilians were killed when shelling hit the bus station in the town on Friday.';
    const pageEn = [english, 'Source: agencies', 'Flood kills 40 in another country (video)'];
    expect(reportBody(pageEn.join('\n\n')).text).toBe([english, 'Source: agencies'].join('\n\n'));
    // Under the headline, before any prose, it credits the article and ends nothing.
    const top = ['المصدر: وكالات', article, 'وأضافت المصادر أن المصابين نقلوا إلى المشفى.'].join('\n\n');
    expect(reportBody(top).text).toBe(top);
  });

  it('leaves a plain article as it is', () => {
    const text = `${article}\n\nوأضافت المصادر أن فرق الإسعاف نقلت المصابين إلى المشفى الوطني.`;
    expect(reportBody(text)).toEqual({ text, cut: 0 });
  });

  it('keeps a text that is all furniture rather than returning nothing', () => {
    const text = 'Copy link to Tweet\n\nEmbed Tweet';
    expect(reportBody(text).text).toBe(text);
  });
});

describe('reportBody: French interfaces and pages', () => {
  it('cuts a French Facebook capture to its post', () => {
    const post = 'Deux civils ont été tués par une frappe de drone près du marché de Ménaka ce dimanche.';
    const text =
      `Radio Sahel Info · 10 juin 2025 · Partagé avec\u202f: Public${post}` +
      'Toutes les réactions\u202f:87J’aimeCommenterPartagerLes plus pertinentsAmadouIls étaient cinq, pas deux.';
    expect(reportBody(text).text).toBe(post);
  });

  it('drops the buttons and counters of a French X capture', () => {
    const post = 'Une embuscade a fait 4 morts parmi les civils sur la route de Gao, selon des sources locales.';
    const text = [
      'Veille Sahel @VeilleSahel',
      'Plus',
      'Copier le lien',
      post,
      '12 réponses',
      '48 Republications',
      'Citer',
    ].join('\n');
    expect(reportBody(text).text).toBe(post);
  });

  it('drops a French headline stamped "il y a 2 jours"', () => {
    const article = 'Au moins 12 civils ont été tués lors de l’attaque du village, a indiqué le maire.';
    const text = [article, 'Deux soldats tués dans une embuscade près de Ménaka', 'il y a 2 jours'].join('\n\n');
    expect(reportBody(text).text).toBe(article);
  });

  it('ends a French news page at its tail headings', () => {
    const article = 'Au moins 12 civils ont été tués lors de l’attaque du village, a indiqué le maire.';
    const text = [
      article,
      '',
      'Partager cet article :',
      'Articles similaires',
      'Trois morts dans une autre attaque',
    ].join('\n');
    expect(reportBody(text).text.trim()).toBe(article);
  });
});
