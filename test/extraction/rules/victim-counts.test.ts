// How a casualty figure is stated when no digit is written: a singular noun is one person, a dual pronoun two,
// a list of the dead by name is the count of names, the martyrdom and loss idioms are killings. Every sentence
// was written for its test.
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2021-03-10') =>
  (await extractChecked({ text, publishedAt })).claims;
const statedOf = async (text: string) => casualties(await claimsOf(text)).map(stated);

describe('killed and wounded', () => {
  it('a lone death that raises a toll is inside that toll', async () => {
    expect(await statedOf('توفي طفل متأثراً بجراحه في هجين، ما رفع عدد الضحايا المدنيين إلى 14 مدنياً.')).toEqual([
      { civilians_killed: 14 },
    ]);
    expect(
      await statedOf('A woman died of her wounds in Hajin, raising to 31 the number of civilians killed there.'),
    ).toEqual([{ civilians_killed: 31 }]);
  });
});
