// The place a figure belongs to: its own clause, the lead's place, towns outside Syria, a list of places.
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../../shared/extraction/rules/rules-extractor.ts';
import { createGazetteer } from '../../../shared/places/create-gazetteer.ts';
import { casualties, claimsReader, namedAs, ofType, stated } from './claim-helpers.ts';

describe('Arabic places', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places a figure by its own clause before the rest of the sentence', async () => {
    const claims = casualties(
      await claimsOf('شهدت بلدة السوسة مجزرة راح ضحيتها 15 مدنياً، في حين قتل 3 مدنيين في حي الحوامة بهجين.'),
    );
    const where = Object.fromEntries(claims.map((c) => [c.counts.civilians_killed?.stated, c.place?.placeId]));
    expect(where).toEqual({ 15: 'town-susah', 3: 'nb-hawama' });
  });
});

describe('English places', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  const report = [
    'Strikes kill 12 in eastern Syria',
    '',
    'Air strikes hit a market in Hajin on Tuesday, killing 12 people, activists said.',
    '',
    'The White Helmets said 12 people died in the attack and 30 were wounded.',
    '',
    'Rescuers pulled the bodies of five more people from the rubble on Wednesday, the White Helmets said.',
  ].join('\n');

  it('gives a later "the attack" the lead\'s place and date, and a recovery the event\'s date', async () => {
    const claims = casualties(await claimsOf(report, '2019-05-16'));
    const wh = claims.filter((c) => namedAs(c, 'White Helmets'));
    expect(wh.length).toBeGreaterThan(0);
    for (const c of wh) {
      expect(c.place?.placeId).toBe('town-hajin');
      expect(c.date).toEqual({ from: '2019-05-14', to: '2019-05-14' });
    }
  });

  it('reads "the town of X" as the town when the gazetteer knows X only as a subdistrict', async () => {
    const gazetteer = createGazetteer([
      { id: 'syria', nameEn: 'Syria', nameAr: 'سوريا', aliases: [], kind: 'country' },
      {
        id: 'gov-hama',
        nameEn: 'Hama',
        nameAr: 'حماة',
        aliases: [],
        kind: 'governorate',
        parentId: 'syria',
        governorate: 'Hama',
      },
      {
        id: 'area-west-hama',
        nameEn: 'western Hama countryside',
        nameAr: 'ريف حماة الغربي',
        aliases: [],
        kind: 'area',
        parentId: 'gov-hama',
        governorate: 'Hama',
      },
      {
        id: 'sub-mhardeh',
        nameEn: 'Mhardeh',
        nameAr: 'محردة',
        aliases: [],
        kind: 'subdistrict',
        parentId: 'gov-hama',
        governorate: 'Hama',
      },
    ]);
    const result = await new RulesExtractor(gazetteer).extract({
      reportKey: 'k',
      text:
        'Rockets fired on the town of Mhardeh in the western Hama countryside killed two children on Monday, state ' +
        'media said.',
      publishedAt: '2019-05-23',
      language: 'en',
    });
    expect(casualties(result.claims)[0]?.place?.placeId).toBe('sub-mhardeh');
  });

  it('gives a place outside Syria its own claim, never the Syrian town in the same sentence', async () => {
    const texts = [
      "Turkey's state news agency Anadolu said a rocket fired from Hajin hit the border town of Akcakale on " +
        'Friday, wounding four people.',
      'A rocket fired from Hajin hit the Turkish border town of Akcakale, wounding four people, residents said.',
      'Four people were wounded in Akcakale, Turkey, by a rocket fired from Hajin, residents said.',
    ];
    for (const text of texts) {
      const [a] = casualties(await claimsOf(text));
      expect(a?.place?.names[0], text).toBe('Akcakale');
      expect(a?.place?.placeId, text).toBeUndefined();
    }
  });

  it('keeps two victims in different towns apart even when a report speaks for one claimant', async () => {
    const text = [
      'Daily toll',
      '',
      'Syrian Observatory for Human Rights',
      'May 23, 2019',
      '',
      'Hajin: 8 civilians, among them 2 children, were killed in a car bomb on Wednesday.',
      'Susah: Two children were killed by a landmine on Wednesday.',
    ].join('\n');
    const claims = casualties(await claimsOf(text));
    const susah = claims.find((c) => c.place?.names[0] === 'Susah');
    expect(stated(susah)).toEqual({ children_killed: 2, killed: 2 });
    expect(namedAs(susah, 'SOHR')).toBe(true);
  });
});

describe('English list of figures per place', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en', source: 'Example Wire' });

  it('reads "N in X and M in Y" after a toll as one claim per place', async () => {
    const claims = ofType(
      await claimsOf(
        'The monitor said on Tuesday that at least 11 people were killed in Hajin, among them three children, ' +
          'seven in Susah and four in Shafa.',
      ),
      'casualty',
    );
    const byPlace = Object.fromEntries(claims.map((c) => [c.place?.placeId, stated(c)]));
    expect(byPlace).toEqual({
      'town-hajin': { killed: 11, children_killed: 3 },
      'town-susah': { killed: 7 },
      'town-shafa': { killed: 4 },
    });
  });

  it('does not split "killed 12 in Hajin" when no list follows', async () => {
    const claims = ofType(await claimsOf('Shelling killed 12 in Hajin on Tuesday, residents said.'), 'casualty');
    expect(claims.map(stated)).toEqual([{ killed: 12 }]);
    expect(claims[0]?.place?.placeId).toBe('town-hajin');
  });
});

describe('where the wounded were taken', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('does not place a figure at the town of the hospital the wounded were taken to', async () => {
    const text =
      'تعرضت قرية الوردية شمال هجين لقصف مدفعي.\n\nأدى القصف إلى إصابة 7 مدنيين، نقلوا إلى مشفى الرحمة في هجين.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.names[0]).toBe('الوردية');
  });

  it('still places a figure by the hospital town when the report names no other place', async () => {
    const [claim] = casualties(await claimsOf('أصيب 4 مدنيين بقصف مدفعي، ونقلوا إلى المستشفى الوطني في هجين.'));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });

  it('keeps a hospital that was itself struck as the scene', async () => {
    const [claim] = casualties(await claimsOf('قتل 3 مدنيين بقصف استهدف مشفى في هجين.'));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });

  it('reads "taken to a hospital in …" in English', async () => {
    const text =
      'Shelling hit the village of Abu al-Hassan on Monday. ' +
      'Five civilians were wounded and taken to a hospital in Hajin.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('vil-abu-hassan');
  });
});

describe('where a victim comes from', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places the figure where the strike fell, not at the home village of the man killed', async () => {
    const text = 'قتل مقاتل بقصف مدفعي على بلدة هجين، وهو من قرية الزيتونة شرقي حلب.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });

  it('reads ينحدر من, أصله من, أنه من سكان and مهجّرة من as a home too', async () => {
    const text = 'قتلت امرأة بقذيفة سقطت على بلدة هجين، والقتيلة تنحدر من قرية الصفصافة.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
    const [other] = casualties(await claimsOf('قتل شاب أصله من قرية الصفصافة في غارة على هجين.'));
    expect(other?.place?.placeId).toBe('town-hajin');
    const [third] = casualties(
      await claimsOf('قتل رجل بقصف على بلدة هجين، وذكر مصدر أنه من سكان قرية الصفصافة المجاورة.'),
    );
    expect(third?.place?.placeId).toBe('town-hajin');
    const [displaced] = casualties(await claimsOf('قتلت امرأة مهجّرة من قرية الصفصافة بغارة على أطراف بلدة هجين.'));
    expect(displaced?.place?.placeId).toBe('town-hajin');
  });

  it('reads the village after each name in a list of the victims ("وهما: فلان من قرية X") as a home', async () => {
    const text = 'قتل مدنيان بقصف على بلدة هجين، وهما: سامر خليل من قرية الصفصافة، وعمر ياسين من قرية الزيتونة.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
    const spaced = 'استشهد رجلان إثر استهداف مدينة هجين ظهر اليوم وهم : ـ باسل حمدان ، من قرية الصفصافة';
    expect(casualties(await claimsOf(spaced))[0]?.place?.placeId).toBe('town-hajin');
  });

  it('keeps "من قرية X" the scene outside a list of names', async () => {
    const [claim] = casualties(await claimsOf('قتل ثلاثة مدنيين من قرية الصفصافة بقصف قرب بلدة هجين.'));
    expect(claim?.place?.names[0]).toBe('الصفصافة');
  });

  it('still places the figure by the home village when the report names no other place', async () => {
    const [claim] = casualties(await claimsOf('قتل شاب برصاص مجهولين، وهو من قرية الصفصافة بريف حلب.'));
    expect(claim?.place?.names[0]).toBe('الصفصافة');
  });

  it('reads "a native of" in English', async () => {
    const text = 'A shell killed a farmer in Hajin on Monday, a native of the village of Abu al-Hassan.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });
});

describe('where the attacker sits or fires from', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places the figure where the fire fell, not at the base of the forces that fired', async () => {
    const text = 'قتل 3 مدنيين بقصف مصدره قوات النظام المتمركزة في بلدة الشعفة استهدف أطراف بلدة السوسة.';
    expect(casualties(await claimsOf(text))[0]?.place?.placeId).toBe('town-susah');
    const from = 'قتل طفلان بقذائف أطلقتها القوات انطلاقاً من بلدة السوسة على بلدة الشعفة.';
    expect(casualties(await claimsOf(from))[0]?.place?.placeId).toBe('town-shafa');
    const positions = 'أصيب 4 مدنيين بقصف نفذته الفصائل من مواقعها في هجين، وطال القصف أطراف بلدة الشعفة.';
    expect(casualties(await claimsOf(positions))[0]?.place?.placeId).toBe('town-shafa');
  });

  it('ends the base at the verb of the strike: the place struck after it stays the scene', async () => {
    const text = 'قتل رجل حين قصفت القوات المتمركزة في هجين بلدة الشعفة ظهر اليوم.';
    expect(casualties(await claimsOf(text))[0]?.place?.placeId).toBe('town-shafa');
    const alone = 'قتل مدنيان برصاص عناصر متمركزين في بلدة السوسة.';
    expect(casualties(await claimsOf(alone))[0]?.place?.placeId).toBe('town-susah');
  });

  it('looks past a sentence that names only the base or the home to the town struck around it', async () => {
    const base =
      'قصفت قوات النظام بلدة السوسة مساء أمس. وقال مراسل إن القوات المتمركزة في بلدة الشعفة قصفت المدينة، ' +
      'ما أدى لإصابة ثلاثة أطفال.';
    expect(casualties(await claimsOf(base))[0]?.place?.placeId).toBe('town-susah');
    const home =
      'قصفت القوات بلدة السوسة بالمدفعية ظهر اليوم. وقتل رجل متأثراً بجراحه، وقال مصدر إنه من سكان بلدة الشعفة.';
    expect(casualties(await claimsOf(home))[0]?.place?.placeId).toBe('town-susah');
  });

  it("keeps the hospital's town bounding the scene: a town struck in another event is not it", async () => {
    const text = 'قصف على قرية أبو الحسن\n\nأصيب 5 مدنيين نقلوا إلى مشفى في هجين. وقصفت القوات أيضاً بلدة الشعفة.';
    expect(casualties(await claimsOf(text))[0]?.place?.placeId).toBe('vil-abu-hassan');
  });

  it('reads "stationed in" and "fired from" in English', async () => {
    const read = claimsReader({ publishedAt: '2020-02-12', language: 'en' });
    const text = 'Two civilians were killed by shells fired from Hajin by government forces that hit Shafa on Monday.';
    expect(casualties(await read(text))[0]?.place?.placeId).toBe('town-shafa');
    const stationed = 'A child was killed when troops stationed in Susah shelled farms near Shafa.';
    expect(casualties(await read(stationed))[0]?.place?.placeId).toBe('town-shafa');
  });
});

describe('where the victims were, named right after the figure', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places the figure in the town named after it, not at a village struck in the same sentence', async () => {
    const text = 'قصفت القوات قرية أبو الحسن وبلدة الشعفة، ما أدى لمقتل طفلين في بلدة هجين.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
    const [glued] = casualties(await claimsOf('استهدف القصف أطراف قرية أبو الحسن وأصيب 4 مدنيين بهجين.'));
    expect(glued?.place?.placeId).toBe('town-hajin');
  });

  it('reads "killing … in the town of X" in English', async () => {
    const text = 'Artillery hit Abu al-Hassan village and al-Shafa, killing two children in the town of Hajin.';
    const [claim] = casualties(await claimsReader({ publishedAt: '2020-02-12', language: 'en' })(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });

  it('keeps the village struck when only a region, a hospital or the strike follows the figure', async () => {
    const [region] = casualties(await claimsOf('قصفت القوات قرية أبو الحسن، ما أدى لمقتل طفلين في ريف دير الزور.'));
    expect(region?.place?.placeId).toBe('vil-abu-hassan');
    const [hospital] = casualties(
      await claimsOf('قصفت القوات قرية أبو الحسن، وأصيب 3 مدنيين نقلوا إلى مشفى في بلدة هجين.'),
    );
    expect(hospital?.place?.placeId).toBe('vil-abu-hassan');
    const [strike] = casualties(await claimsOf('قتل طفلان في غارة على قرية أبو الحسن قرب بلدة هجين.'));
    expect(strike?.place?.placeId).toBe('vil-abu-hassan');
  });
});

describe('"the village" pointing back to the village named before', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places a figure given for "residents of the village" at the village the report named before', async () => {
    const text = [
      'قال مصدر محلي إن المدفعية استهدفت قرية الصفصافة الواقعة شمال هجين مساء أمس.',
      'وأضاف أن القصف أدى إلى إصابة 9 من سكان القرية، نقلوا إلى مشافي مدينة دير الزور.',
    ].join('\n\n');
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.names[0]).toBe('الصفصافة');
  });

  it('reads a listed village and "the town" too', async () => {
    const village = 'سقطت قذائف على قرية أبو الحسن.\n\nوقتل رجلان من أهالي القرية، ونقل الجرحى إلى مدينة دير الزور.';
    expect(casualties(await claimsOf(village))[0]?.place?.placeId).toBe('vil-abu-hassan');
    const town = 'قصفت الطائرات بلدة هجين ليلاً.\n\nوقتل 4 مدنيين في البلدة، ونقل الجرحى إلى مدينة دير الزور.';
    expect(casualties(await claimsOf(town))[0]?.place?.placeId).toBe('town-hajin');
  });

  it('does not read "the neighbouring village" as the village named before', async () => {
    const text = 'سقطت قذائف على قرية أبو الحسن.\n\nوقتل رجلان في القرية المجاورة لمدينة دير الزور.';
    expect(casualties(await claimsOf(text))[0]?.place?.placeId).toBe('city-dez');
  });

  it('reads "the village" in English', async () => {
    const text =
      'Shells fell on the village of Abu al-Hassan at dawn.\n\n' +
      'Two residents of the village were killed, doctors in the town of Hajin said.';
    expect(casualties(await claimsOf(text))[0]?.place?.placeId).toBe('vil-abu-hassan');
  });
});

describe('the headline names the town, the lead the village', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places a regional figure at the lead’s village within the headline’s town', async () => {
    const text = [
      'قصف مدفعي على هجين',
      'دير الزور - وكالات',
      'قصفت المدفعية قرية أبو الحسن شمال هجين فجر اليوم.',
      'وقال الدفاع المدني إن القصف أدى إلى مقتل 3 مدنيين في ريف دير الزور.',
    ].join('\n\n');
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('vil-abu-hassan');
  });

  it('keeps the headline’s town when the lead names a village elsewhere', async () => {
    const text = [
      'قصف مدفعي على هجين',
      'دير الزور - وكالات',
      'قصفت المدفعية قرية الصفصافة في ريف حلب أمس.',
      'وقال الدفاع المدني إن القصف أدى إلى مقتل 3 مدنيين في ريف دير الزور.',
    ].join('\n\n');
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });
});

describe('the countryside of a town', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('reads "ريف هجين" and "ريف مدينة هجين" as the region around the town, not the town', async () => {
    for (const text of ['قتل 3 مدنيين بقصف على ريف هجين.', 'قتل 3 مدنيين بقصف على ريف مدينة هجين.']) {
      const [claim] = casualties(await claimsOf(text));
      expect(claim?.place?.placeId, text).toBe('gov-dez');
    }
  });

  it('still takes a village around the town from the next sentence', async () => {
    const text = 'قتل 3 مدنيين بقصف على ريف بلدة هجين.\nوسقطت القذائف على قرية أبو الحسن.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('vil-abu-hassan');
  });

  it('keeps "مدينة هجين" the town', async () => {
    const [claim] = casualties(await claimsOf('قتل 3 مدنيين بقصف على مدينة هجين.'));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });
});

describe('a dateline', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('does not place a figure at the town the report was filed from when the lead names the scene', async () => {
    const text = [
      'قصف مدفعي يوقع قتلى',
      'هجين - وكالات',
      'قصفت المدفعية قرية الصفصافة في ريف حلب فجر اليوم.',
      'وقال الدفاع المدني إن القصف أدى إلى مقتل 3 مدنيين.',
    ].join('\n\n');
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place).toEqual({ names: ['الصفصافة'], governorate: 'Aleppo' });
  });

  it('still places a figure by the dateline when the report names no other place', async () => {
    const text = ['قصف مدفعي يوقع قتلى', 'هجين - وكالات', 'قتل 3 مدنيين بقصف مدفعي فجر اليوم.'].join('\n\n');
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });
});
