// Who the victims are: civilians, children, women, people of unknown status, and combatants of any side. Every
// sentence here was written for its test.
import { describe, expect, it } from 'vitest';
import { casualties, extractChecked, stated } from './claim-helpers.ts';

const claimsOf = async (text: string, publishedAt = '2021-03-10') =>
  (await extractChecked({ text, publishedAt })).claims;

describe('combatants', () => {
  it('counts fighters of any side in combatants_killed and never in civilians', async () => {
    const [ar] = casualties(await claimsOf('قتل 5 من جنود النظام في هجوم على قرية الصالحية أمس.'));
    expect(stated(ar)).toEqual({ killed: 5, combatants_killed: 5 });
    const [en] = casualties(await claimsOf('Twelve militants were killed in an air strike near Hajin on Monday.'));
    expect(stated(en)).toEqual({ killed: 12, combatants_killed: 12 });
  });

  it('keeps civilians and fighters listed side by side apart, the dead being their sum', async () => {
    const [c] = casualties(await claimsOf('قتل 3 مدنيين و4 عناصر من الفصائل في قصف على مدينة الباب.'));
    expect(stated(c)).toEqual({ civilians_killed: 3, combatants_killed: 4, killed: 7 });
    const [e] = casualties(await claimsOf('Two civilians and six soldiers were killed in shelling on Hajin.'));
    expect(stated(e)).toEqual({ civilians_killed: 2, combatants_killed: 6, killed: 8 });
  });
});
