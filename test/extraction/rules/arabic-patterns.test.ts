// Arabic patterns the rules extractor met on unseen reports (test/fixtures/ar-dev): each test uses sentences written
// for it, not taken from the corpus, so it checks the pattern rather than one file.
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2020-02-12') =>
  (await extractChecked({ text, publishedAt })).claims;

describe('Arabic figures', () => {
  it('does not add the deaths that raised a toll as a further figure', async () => {
    const [claim, ...rest] = casualties(
      await claimsOf(
        'ارتفعت حصيلة القصف على حي الحوامة في مدينة هجين إلى 12 قتيلاً ' + 'بعد وفاة 4 جرحى متأثرين بإصاباتهم.',
      ),
    );
    expect(rest).toEqual([]);
    expect(stated(claim)).toEqual({ killed: 12 });
  });

  it('drops the figure a correction withdraws', async () => {
    const corrected = casualties(
      await claimsOf('تصحيح: ذكرت نسخة سابقة أن عدد القتلى في هجين بلغ 41 قتيلاً، والصحيح 14 قتيلاً.'),
    );
    expect(corrected.map(stated)).toEqual([{ killed: 14 }]);
    const instead = casualties(await claimsOf('قتل 18 وليس 81 شخصاً في القصف على السوسة.'));
    expect(instead.map(stated)).toEqual([{ killed: 18 }]);
  });
});
