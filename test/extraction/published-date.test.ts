import { describe, expect, it } from 'vitest';
import {
  latestDateStated,
  publicationDate,
  publishedDateFromText,
  publishedDateFromUrl,
} from '../../shared/extraction/published-date.ts';

// Sentences and page shapes written for these tests (not taken from any report or capture).
const uploadedAt = '2026-12-02T10:00:00Z';
const read = (text: string) => publishedDateFromText(text, { uploadedAt });
/** An article's first paragraph, long enough to be one. */
const PARAGRAPH =
  'قصفت طائرة مسيرة منزلاً في أطراف القرية صباح اليوم ما أدى إلى مقتل رجل وإصابة ثلاثة من أفراد عائلته بجروح ' +
  'متفاوتة نقلوا على إثرها إلى المشفى.';

describe('publishedDateFromText: platform timestamps', () => {
  it('reads the date before Facebook "Shared with Public", glued to the page name', () => {
    expect(read('Valley NewsJune 10, 2025 · Shared with PublicTwo farmers were killed in 2019 fighting.')).toBe(
      '2025-06-10',
    );
  });

  it('reads an X timestamp after the post', () => {
    expect(read('Post\n\nRasd@Rasd01Shelling hit the market on 3 May 2024.9:33 AM · Dec 2, 20241.2KViews')).toBe(
      '2024-12-02',
    );
  });

  it('reads an X timestamp in the Arabic interface, with Eastern digits', () => {
    expect(read('قتل شخص بقصف على السوق الشعبي٩:٣٣ م · ٢ ديسمبر ٢٠٢٤٥٠٠ مشاهدة')).toBe('2024-12-02');
  });

  it('reads the signature of a post embedded in an article', () => {
    const text = 'نقلت الشبكة عن مصادرها مقتل شخصين.\n\n— شبكة الرصد (@RasdNetwork12) February 1, 2025';
    expect(read(text)).toBe('2025-02-01');
  });

  it('prefers the platform timestamp to an earlier event date in the post', () => {
    const text = 'PageMarch 3, 2024 · Shared with PublicOn 12 January 2021 a strike killed nine people here.';
    expect(read(text)).toBe('2024-03-03');
  });
});

describe('publishedDateFromText: datelines', () => {
  it('reads an Arabic dateline with a weekday, Eastern digits and a time', () => {
    const text = `وكالة الأنباء المحلية\n\nالبلدة\n\nالخميس, ٥ ديسمبر ٢٠٢٤, ٢١:٥٤\n\n${PARAGRAPH}`;
    expect(read(text)).toBe('2024-12-05');
  });

  it('reads Levantine month names', () => {
    expect(read(`الأحد ١٢ كانون الثاني ٢٠٢٥\n${PARAGRAPH}`)).toBe('2025-01-12');
    expect(read(`السبت 1 شباط 2025\n${PARAGRAPH}`)).toBe('2025-02-01');
    expect(read(`4 آذار 2023\n${PARAGRAPH}`)).toBe('2023-03-04');
    expect(read(`20 تشرين الأول 2022\n${PARAGRAPH}`)).toBe('2022-10-20');
  });

  it('reads a Maghreb month name', () => {
    expect(read(`الجمعة 7 جوان 2024\n${PARAGRAPH}`)).toBe('2024-06-07');
  });

  it('reads a numeric dateline day first, as Arabic pages write it', () => {
    expect(read(`عنوان الخبر هنا\n\n05/08/2023\nأخبار, محلي\n\n${PARAGRAPH}`)).toBe('2023-08-05');
  });

  it('reads an ISO dateline under the headline', () => {
    expect(read(`مقتل مدني بقصف على القرية\n\n2023-05-15\n131 زيارة\n\n${PARAGRAPH}`)).toBe('2023-05-15');
  });

  it('reads a date opening the first paragraph before a dash', () => {
    const text = 'دمشق، 5 آذار 2024 - أفادت مصادر محلية بمقتل شخصين في انفجار وقع في سوق المدينة صباح اليوم.';
    expect(read(text)).toBe('2024-03-05');
  });

  it("does not take a listing's date, recurring over headlines, for a dateline", () => {
    const page = [
      'السبت 2025/10/04',
      'افتتاح معرض للكتاب في المدينة',
      'السبت 2025/10/04',
      'ارتفاع أسعار الخبز في الأسواق',
      'السبت 2025/10/04',
      'مباراة ودية بين فريقين محليين',
      'حملة لتنظيف الشوارع',
      'ورشة عمل عن الزراعة',
      PARAGRAPH,
    ];
    expect(read(page.join('\n'))).toBeUndefined();
  });

  it('does not take a headline that holds a date for a dateline', () => {
    expect(read(`عنوان الخبر\nجدول أعمال المجلس البلدي ليوم 29-9-2025\n${PARAGRAPH}`)).toBeUndefined();
  });

  it('reads a dateline in the month-first order of publishing tools, with an Arabic month', () => {
    expect(read('مراسلنا: قصف مدفعي على أطراف البلدة\n\nسبتمبر 19, 2021\n\nأخبار عاجلة\n\n146 زيارة')).toBe(
      '2021-09-19',
    );
  });

  it('does not take a date in the middle of the article for a dateline', () => {
    const paragraph =
      'أفادت مصادر محلية اليوم بأن القصف الذي استهدف البلدة هو الأعنف منذ الهجوم الذي وقع فيها في 12 شباط 2022 وأودى ' +
      'بحياة ستة مدنيين من سكانها.';
    expect(read(`عنوان الخبر\n\n${paragraph}`)).toBeUndefined();
  });
});

describe('publishedDateFromText: a byline with a label', () => {
  /** A news site's menu: more lines than the head a dateline is looked for in. */
  const MENU = ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'علوم', 'صحة', 'منوعات', 'فيديو', 'صور'];

  it('reads the date after "تاريخ النشر", glued to the colon, below the menu', () => {
    const page = [...MENU, 'قصف على سوق البلدة', 'تاريخ النشر:14.03.2022 | 09:12 GMT | أخبار محلية', PARAGRAPH];
    expect(read(page.join('\n\n'))).toBe('2022-03-14');
  });

  it('reads an English and a French byline label after a separator', () => {
    expect(read([...MENU, 'By Staff | Published: 3 March 2024', PARAGRAPH].join('\n'))).toBe('2024-03-03');
    expect(read([...MENU, 'Rédaction · Publié le 5 avril 2024', PARAGRAPH].join('\n'))).toBe('2024-04-05');
  });

  it('does not take "published on" inside a sentence for a byline', () => {
    const text = `${PARAGRAPH} The report, published on 3 March 2024, counted the dead of the whole month.`;
    expect(read(text)).toBeUndefined();
  });
});

describe('publishedDateFromText: a capture that repeats the post', () => {
  it('reads a hashtag line with a date as a dateline when the whole post is repeated after it', () => {
    const post = ['#ريف_حماة_الشمالي 03/02/2022', 'قرية الزيتونة:', 'مقتل رجل وإصابة طفلين بقصف مدفعي على القرية.'];
    expect(read([...post, ...post].join('\n'))).toBe('2022-02-03');
  });
});

describe('latestDateStated: the latest day a text reports bounds its publication', () => {
  const stated = (text: string) => latestDateStated(text, { uploadedAt });

  it('takes the latest full date, in any shape, over an earlier one', () => {
    const text =
      'قتل مدنيان بقصف مدفعي على القرية يوم الأحد 6/3/2022 وفق الدفاع المدني. وكانت القرية قد تعرضت لقصف مماثل ' +
      'في 12 شباط 2022 قتل فيه ثلاثة مدنيين.';
    expect(stated(text)).toBe('2022-03-06');
    expect(stated('قُتل شاب برصاص مجهولين عند مدخل المدينة بتاريخ ١٤-٦-٢٠٢٢ بحسب ناشطين.')).toBe('2022-06-14');
  });

  it('reads a day and month without a year by the weekday they fall on', () => {
    // 17 December was a Friday in 2021, and next in 2027, after the upload.
    expect(stated('قتل رجلان مساء يوم الجمعة 17 كانون الأول بقصف جوي على أطراف البلدة.')).toBe('2021-12-17');
  });

  it('gives nothing when the text names a later year than its latest date: that date is background', () => {
    const text =
      'قتل شاب اليوم بقصف مدفعي على البلدة رغم الهدنة المعلنة في 17 أيلول 2019، وهو القصف الأعنف ' +
      'على المنطقة خلال عام 2022.';
    expect(stated(text)).toBeUndefined();
  });

  it('reads only the headline and the lead: a date further down is background', () => {
    const background =
      'وكانت البلدة قد تعرضت لقصف مماثل في 12 شباط 2022 قتل فيه ثلاثة مدنيين من عائلة واحدة بينهم طفلان، ونزح ' +
      'على إثره عشرات السكان نحو المخيمات القريبة من الحدود.';
    const standfirst =
      'قصف مدفعي على القرية يوقع ضحايا بين المدنيين في ظل تصعيد متواصل على المنطقة منذ أسابيع ' +
      'وسط غياب أي تحرك دولي لوقف الهجمات على السكان.';
    // The lead is the headline, a standfirst if any, and the first two paragraphs; the third is background.
    expect(stated(`مقتل مدني بقصف على القرية\n\n${PARAGRAPH}\n${standfirst}\n\n${background}`)).toBeUndefined();
    const dated = `مقتل مدني بقصف على القرية يوم 14-03-2023\n\n${PARAGRAPH}\n${standfirst}\n\n${background}`;
    expect(stated(dated)).toBe('2023-03-14');
    const afterStandfirst = `مقتل مدني بقصف على القرية\n${standfirst}\nقتل مدني يوم 14-03-2023 ${PARAGRAPH}`;
    expect(stated(`${afterStandfirst}\n\n${background}`)).toBe('2023-03-14');
  });

  it("does not take a site header's day, recurring over its headlines, for the lead's", () => {
    const page = ['الأحد 12 تشرين الأول, 2025', 'افتتاح معرض للكتاب', 'النشرة 12-10-2025', 'ارتفاع أسعار الخبز'];
    expect(stated([...page, PARAGRAPH].join('\n'))).toBeUndefined();
  });

  it('reads the article, not the related headlines after it', () => {
    const text = `قتل مدني في 9 أيار 2023 بقصف على القرية.\n\nأخبار ذات صلة\n\nافتتاح مدرسة في المدينة 2024/05/06`;
    expect(stated(text)).toBe('2023-05-09');
  });

  it("gives the publication date when the text states none otherwise, after the text's own date", () => {
    const now = '2026-12-02T10:00:00.000Z';
    const text = 'قتل مدنيان بقصف مدفعي على القرية يوم الأحد 6/3/2022 وفق الدفاع المدني.';
    expect(publicationDate({ text, uploadedAt, now })).toEqual({
      publishedAt: '2022-03-06',
      publishedAtSource: 'text',
    });
    const dated = `الخميس 10 آذار 2022\n${PARAGRAPH} ${text}`;
    expect(publicationDate({ text: dated, uploadedAt, now }).publishedAt).toBe('2022-03-10');
  });
});

describe('publishedDateFromText: today', () => {
  it('reads the date the report calls today, weekday and double month name between', () => {
    const text =
      'سقطت قذائف مدفعية ظهر اليوم الخميس 13تشرين الأول/أكتوبر 2022 على أطراف قرية زراعية، فقتل رجل وجرح ' +
      'ثلاثة من أبنائه بحسب فرق الإسعاف المحلية.';
    expect(read(text)).toBe('2022-10-13');
  });

  it('reads the day a daily round-up is for ("ليوم"), with a numeric date or a month name between slashes', () => {
    const numeric = 'حصيلة الأحداث الميدانية ليوم الأحد 14-03-2021\n\nإدلب: قتل مدنيان في قصف مدفعي صباح اليوم.';
    expect(read(numeric)).toBe('2021-03-14');
    const named = 'موجز الأحداث في المحافظة ليوم الخميس 07/ آذار/ 2024\n\nقتل شاب برصاص مجهولين مساء اليوم.';
    expect(read(named)).toBe('2024-03-07');
  });

  it('does not read "ليوم" followed by anything but a date', () => {
    expect(read('دعا ناشطون ليوم غضب في 3 آذار 2024 احتجاجاً على القصف المتواصل.')).toBeUndefined();
  });

  it('reads English "today" with a weekday', () => {
    const text =
      'A car bomb exploded in the market today, Monday, June 2, 2025, killing four people and wounding eleven ' +
      'others, the civil defence said in a statement.';
    expect(read(text)).toBe('2025-06-02');
  });
});

describe('publishedDateFromText: today, with a weekday and no year', () => {
  it('takes the latest year, up to the upload, in which the day fell on that weekday', () => {
    // 5 October was a Thursday in 2023 (and next in 2028, after the upload).
    expect(read('قتل شخصان بقصف مدفعي على البلدة اليوم الخميس 5 تشرين الأول، وفق الدفاع المدني.')).toBe('2023-10-05');
  });

  it('reads the indefinite Levantine month forms and a slash after the day', () => {
    // 21 January was a Saturday in 2023; 3 May 2023 was a Wednesday.
    expect(read('أصيب ثلاثة مدنيين اليوم السبت 21 كانون ثاني/ يناير بقصف على الحي.')).toBe('2023-01-21');
    expect(read('قتل رجل اليوم الأربعاء 3/ أيار 2023 في انفجار لغم.')).toBe('2023-05-03');
  });

  it('reads English "today, Monday, June 2" the same way', () => {
    // 2 June was a Monday in 2025.
    expect(read('A shell hit the school today, Monday, June 2, killing two children.')).toBe('2025-06-02');
  });

  it('reads nothing when no year within the window has that weekday on that day', () => {
    // 30 February never exists.
    expect(read('قصف على البلدة اليوم الخميس 30 شباط.')).toBeUndefined();
  });
});

describe('publishedDateFromText: what is not a publication date', () => {
  it('ignores relative times, which count from an unknown capture time', () => {
    expect(read('منذ 3 ساعات\n\nقتل شخص في قصف على القرية.')).toBeUndefined();
    expect(read('Rasd @Rasd01\n\n4h4 hours ago\n\nA strike hit the village.')).toBeUndefined();
  });

  it('rejects a date after the upload day, or before 1990', () => {
    expect(read('PageJune 10, 2027 · Shared with PublicA strike hit the village.')).toBeUndefined();
    expect(read('1 كانون الثاني 1985\nذكرى المجزرة.')).toBeUndefined();
  });

  it('accepts a date a day after the upload (time zones)', () => {
    expect(read('PageDecember 3, 2026 · Shared with PublicA strike hit the village.')).toBe('2026-12-03');
  });

  it('rejects an impossible calendar date', () => {
    expect(read('31/02/2024\nقتل شخص في قصف.')).toBeUndefined();
  });
});

describe('publicationDate: the source of the date', () => {
  const now = '2026-12-02T10:00:00.000Z';
  const capture = 'PageJune 10, 2025 · Shared with PublicA strike hit the village.';

  it('keeps the uploader date first', () => {
    expect(publicationDate({ metadata: '2025-06-11', text: capture, uploadedAt, now })).toEqual({
      publishedAt: '2025-06-11',
      publishedAtSource: 'metadata',
    });
  });

  it('takes the text date before the upload time', () => {
    expect(publicationDate({ text: capture, uploadedAt, now })).toEqual({
      publishedAt: '2025-06-10',
      publishedAtSource: 'text',
    });
  });

  it("takes the day the uploader's link holds when the text has none, before the upload time", () => {
    const text = 'A strike hit the village.';
    expect(publicationDate({ text, url: 'https://news.example.org/2024/03/05/strike/', uploadedAt, now })).toEqual({
      publishedAt: '2024-03-05',
      publishedAtSource: 'metadata',
    });
    // The text's own date still comes first.
    expect(publicationDate({ text: capture, url: 'https://news.example.org/2024/03/05/a/', uploadedAt, now })).toEqual({
      publishedAt: '2025-06-10',
      publishedAtSource: 'text',
    });
  });

  it('falls back to the upload day when the text has no date', () => {
    expect(publicationDate({ text: 'A strike hit the village.', uploadedAt, now })).toEqual({
      publishedAt: '2026-12-02',
      publishedAtSource: 'upload',
    });
  });

  it('bounds the text date by now when the upload time is unknown, and then has no fallback', () => {
    expect(publicationDate({ text: capture, now })).toEqual({ publishedAt: '2025-06-10', publishedAtSource: 'text' });
    expect(publicationDate({ text: 'A strike hit the village.', now })).toEqual({});
  });
});

describe('publishedDateFromText: French', () => {
  it('reads the date before the French Facebook audience mark', () => {
    expect(read('Radio Sahel Info · 10 juin 2025 · Partagé avec : PublicDeux civils ont été tués.')).toBe('2025-06-10');
  });

  it('reads a French dateline opening the first paragraph', () => {
    const text =
      'Le Journal du Sahel\n\nGao, 3 février 2024 - Une frappe de drone a tué 4 civils au nord de la ville, selon ' +
      'des habitants joints par téléphone, qui ont décrit une scène de panique au marché aux bestiaux.';
    expect(read(text)).toBe('2024-02-03');
  });
});

describe("publishedDateFromUrl: the day a report's link holds", () => {
  const fromUrl = (url: string) => publishedDateFromUrl(url, { uploadedAt });

  it('reads the post time an X (Twitter) status id encodes', () => {
    // An id made for this test: 2024-03-05 10:00 UTC, shifted as X ids are.
    expect(fromUrl('https://twitter.com/some_outlet/status/1764954002027569728')).toBe('2024-03-05');
    expect(fromUrl('https://x.com/some_outlet/status/1764954002027569728?s=20')).toBe('2024-03-05');
  });

  it('reads a news path filed under its day, with or without leading zeros', () => {
    expect(fromUrl('https://news.example.org/2021/08/16/%D9%82%D8%B5%D9%81/')).toBe('2021-08-16');
    expect(fromUrl('https://example.net/news/politics/2021/9/2/strike-on-village')).toBe('2021-09-02');
  });

  it("reads no day from an article number, a month archive, another site's digits or a day after the upload", () => {
    expect(fromUrl('https://news.example.org/articles/92914/title')).toBeUndefined();
    expect(fromUrl('https://news.example.org/2021/08/title-of-the-story')).toBeUndefined();
    expect(fromUrl('https://video.example.org/status/1764954002027569728')).toBeUndefined();
    expect(fromUrl('https://news.example.org/2027/01/05/later/')).toBeUndefined();
    expect(fromUrl('not a link')).toBeUndefined();
  });
});
