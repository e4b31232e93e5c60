// Places the gazetteer does not list, named after a settlement noun ("قرية X", "بلدتي X وY", "حي الX").
// Every sentence here was written for this test; the village names are made up.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/extraction/rules/folded-text.ts';
import { RulesExtractor } from '../../../shared/extraction/rules/rules-extractor.ts';
import { findUnlistedPlaces } from '../../../shared/extraction/rules/unlisted-places.ts';
import { loadDefaultGazetteer } from '../../../shared/places/default-gazetteer.ts';
import { casualties, claimsReader } from './claim-helpers.ts';

/** The names the finder reads, as written. */
function namesIn(sentence: string): string[] {
  const text = foldText(sentence);
  return findUnlistedPlaces(text.folded).map((u) => {
    const start = text.toOriginal[u.start] ?? 0;
    const end = (text.toOriginal[u.end - 1] ?? 0) + 1;
    return sentence.slice(start, end);
  });
}

describe('names after a settlement noun', () => {
  it('reads one word, or two after a name head (كفر، تل، عين، أم…) or when the second carries the article', () => {
    expect(namesIn('سقطت قذائف على قرية الوردية صباحاً')).toEqual(['الوردية']);
    expect(namesIn('قصف استهدف بلدة كفر نسرين شمالاً')).toEqual(['كفر نسرين']);
    expect(namesIn('غارة على قرية أم الورود بريف حلب')).toEqual(['أم الورود']);
    expect(namesIn('انفجار في بلدة معرة الزيتون الليلة')).toEqual(['معرة الزيتون']);
  });

  it('stops before what describes the place: a relation adjective, a participle, a direction, a time word', () => {
    expect(namesIn('قرية سلحوب الجنوبية')).toEqual(['سلحوب']);
    expect(namesIn('بلدة دويرات المتاخمة للحدود')).toEqual(['دويرات']);
    expect(namesIn('قرية نجمين الواقعة شرق النهر')).toEqual(['نجمين']);
    expect(namesIn('قرية برغوث اليوم الأحد')).toEqual(['برغوث']);
  });

  it('reads the names of a dual or plural settlement noun as a list', () => {
    expect(namesIn('قصفت المدفعية قريتي الريحان والسنديان')).toEqual(['الريحان', 'السنديان']);
    expect(namesIn('طال القصف بلدات كفرنجوم، تل النخيل وعين الحور')).toEqual(['كفرنجوم', 'تل النخيل', 'عين الحور']);
  });

  it('reads a name in quotes or a hashtag whole', () => {
    expect(namesIn('استهدفت مسيّرة قرية "تل أبو صخر" فجراً')).toEqual(['تل أبو صخر']);
    expect(namesIn('قصف على بلدة #كفر_الرمان')).toEqual(['كفر_الرمان']);
  });

  it('reads a hashtag that holds the settlement noun and the name', () => {
    expect(namesIn('قصف مدفعي استهدف #قرية_المراعي الواقعة شرق البلدة')).toEqual(['المراعي']);
    expect(namesIn('مسيّرة تستهدف #بلدة_تل_الورد')).toEqual(['تل_الورد']);
    expect(namesIn('قصف جديد على #سد_الفرات#سوريا')).toEqual(['سد_الفرات']);
  });

  it('reads no name where the noun is used as a common noun', () => {
    expect(namesIn('سقطت القذيفة في قرية صغيرة قرب الطريق')).toEqual([]);
    expect(namesIn('نزح الأهالي إلى مخيم للنازحين')).toEqual([]);
    expect(namesIn('تشهد منطقة خفض التصعيد قصفاً يومياً')).toEqual([]);
    expect(namesIn('ما زال حي يرزق')).toEqual([]);
    expect(namesIn('طال القصف قرى وبلدات ريف المدينة')).toEqual([]);
  });

  it('needs the article after حي and منطقة, which also name any quarter or zone', () => {
    expect(namesIn('قتل رجل في حي البساتين')).toEqual(['البساتين']);
    expect(namesIn('سقطت قذيفة في منطقة المطاحن')).toEqual(['المطاحن']);
    expect(namesIn('في منطقة "درع النهر"')).toEqual([]);
  });
});

describe('landmarks named by their noun and a name', () => {
  it('reads a dam, a bridge, a prison, a roundabout, an airport or a crossing with its noun', () => {
    expect(namesIn('قصفت المسيّرات محيط سد الوادي الأخضر')).toEqual(['سد الوادي الأخضر']);
    expect(namesIn('قتل رجل قرب جسر النهرين شرق المدينة')).toEqual(['جسر النهرين']);
    expect(namesIn('هاجم مسلحون سجن البيادر ليلاً')).toEqual(['سجن البيادر']);
    expect(namesIn('انفجرت عبوة عند دوار الساعة')).toEqual(['دوار الساعة']);
    expect(namesIn('أغلق معبر "باب السلام" الحدودي')).toEqual(['معبر "باب السلام']);
  });

  it('reads no landmark in "جسر جوي" (an airlift) or "مطار عسكري" (a military airport)', () => {
    expect(namesIn('أقامت الدولة جسر جوي لنقل المساعدات')).toEqual([]);
    expect(namesIn('قصفت الطائرات مطار عسكري في الشمال')).toEqual([]);
  });

  it('places the figure at the landmark, named without its quotes', async () => {
    const claimsOf = claimsReader({ publishedAt: '2020-02-12' });
    const [claim] = casualties(await claimsOf('قتل 3 مدنيين بقصف على جسر "الأمل" قرب هجين.'));
    expect(claim?.place).toEqual({ names: ['جسر الأمل'], governorate: 'Deir-ez-Zor' });
  });
});

describe('a heading glued to the body', () => {
  it('cuts a name at the end the text writes it with elsewhere', () => {
    const text = 'قصف على سد الوادياستهدفت مسيرة محيط سد الوادي صباحاً';
    expect(namesIn(text)).toEqual(['سد الوادي', 'سد الوادي']);
  });

  it('keeps a name the text writes only once', () => {
    expect(namesIn('استهدفت مسيرة محيط قرية الواديه صباحاً')).toEqual(['الواديه']);
    expect(namesIn('قصف على قرية الحسنة وقرية الحسن')).toEqual(['الحسنة', 'الحسن']);
  });
});

describe('claims placed at an unlisted village', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('places the figure at the village rather than the governorate named after it', async () => {
    const [claim] = casualties(await claimsOf('قصفت المدفعية قرية أم الورود بريف حلب، ما أدى إلى مقتل 3 مدنيين.'));
    expect(claim?.place).toEqual({ names: ['أم الورود'], governorate: 'Aleppo' });
  });

  it('ties a village to the place after "in the eastern countryside of", also when both are hashtags', async () => {
    const text = 'قتل مدنيان بقصف على #قرية_الصفصاف الواقعة في الريف الشرقي لمدينة #دير_الزور.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place).toEqual({ names: ['الصفصاف'], governorate: 'Deir-ez-Zor' });
  });

  it('takes a village from the next sentence when it lies in the region the figure names', async () => {
    const text =
      'قتل مدنيان اثنان في قصف على ريف دير الزور.\nوقال ناشطون إن القذائف سقطت على قرية الوردية بريف دير الزور.';
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place?.names[0]).toBe('الوردية');
  });

  it('takes a village tied to no listed place from the next sentence, in the region the figure names', async () => {
    const text = [
      'قتل مدنيان بغارات على ريف دير الزور الشرقي.',
      'وقال مراسل إن الغارات استهدفت أطراف قرية "الشويحة" في منطقة التلال قرب بلدة هجين.',
    ].join('\n');
    const [claim] = casualties(await claimsOf(text));
    expect(claim?.place).toEqual({ names: ['الشويحة'], governorate: 'Deir-ez-Zor' });
  });

  it('names a village also without the adjective that tells it from its namesake ("الكبيرة")', async () => {
    const [claim] = casualties(await claimsOf('قتل طفل بقصف على قرية المشرفة الكبيرة بريف حلب.'));
    expect(claim?.place).toEqual({ names: ['المشرفة الكبيرة', 'المشرفة'], governorate: 'Aleppo' });
    const [other] = casualties(await claimsOf('قتلت امرأة بقصف على قرية تل الورد.'));
    expect(other?.place?.names).toEqual(['تل الورد']);
  });

  it('ties every village of a list to the place named after the list', async () => {
    const [claim] = casualties(await claimsOf('قتل 3 مدنيين بقصف على قريتي الريحان والسنديان بريف حلب.'));
    expect(claim?.place?.governorate).toBe('Aleppo');
    const claims = casualties(
      await claimsOf('قتل 4 مدنيين في قرية الريحان، في حين قتل 6 مدنيين في قرية السنديان بريف حلب.'),
    );
    expect(claims.map((c) => [c.place?.names[0], c.place?.governorate])).toEqual([
      ['الريحان', undefined],
      ['السنديان', 'Aleppo'],
    ]);
  });

  it('keeps each figure at its own village', async () => {
    const claims = casualties(
      await claimsOf('قتل 4 مدنيين في قرية الريحان، في حين قتل 6 مدنيين في بلدة كفر نسرين بريف حلب.'),
    );
    const where = Object.fromEntries(claims.map((c) => [c.counts.civilians_killed?.stated, c.place?.names[0]]));
    expect(where).toEqual({ 4: 'الريحان', 6: 'كفر نسرين' });
  });

  it('reads a village, not a city quarter of the same name, after "قرية"', async () => {
    // The project's gazetteer lists a quarter of Aleppo city by this name.
    const extractor = new RulesExtractor(loadDefaultGazetteer());
    const placeOf = async (text: string) =>
      casualties((await extractor.extract({ reportKey: 'k', text, publishedAt: '2020-02-12' })).claims)[0]?.place;
    expect(await placeOf('قتل مدنيان بقصف على قرية الشيخ مقصود بريف إدلب.')).toEqual({
      names: ['الشيخ مقصود'],
      governorate: 'Idlib',
    });
    expect((await placeOf('قتل مدنيان بقصف على حي الشيخ مقصود في حلب.'))?.placeId).toBe('N0123');
  });

  it('lets the gazetteer name a listed town after a settlement noun', async () => {
    const [claim] = casualties(await claimsOf('قصفت الطائرات بلدة هجين، ما أدى إلى مقتل 5 مدنيين.'));
    expect(claim?.place?.placeId).toBe('town-hajin');
  });
});

describe('a restated figure', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('keeps the village of the lead when a later attributed sentence restates the figure without it', async () => {
    const text = [
      'مقتل مدني برصاص مسلحين',
      'دير الزور-سانا',
      'قتل مدني برصاص مسلحين فجر اليوم بريف دير الزور الشرقي.',
      'وذكرت مصادر محلية أن المسلحين داهموا قرية الوردية جنوب هجين بريف دير الزور.',
      'وقال الدفاع المدني إن المسلحين فتحوا النار على المنازل، ما أدى إلى مقتل مدني.',
    ].join('\n\n');
    const claims = casualties(await claimsOf(text));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.place?.names[0]).toBe('الوردية');
  });
});
