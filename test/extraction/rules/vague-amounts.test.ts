// Vague amounts read from the language records: the least each allows, and what is not one.
import { describe, expect, it } from 'vitest';
import { readVagueAmounts } from '../../../shared/extraction/rules/vague-amounts.ts';

describe('readVagueAmounts', () => {
  it('finds dozens/hundreds in both languages with a floor', () => {
    expect(readVagueAmounts('عشرات القتلى وآلاف الجرحى').map((v) => v.min)).toEqual([20, 2000]);
    expect(readVagueAmounts('عشرات الآلاف').map((v) => v.min)).toEqual([20000]);
    expect(readVagueAmounts('dozens of people, hundreds injured').map((v) => v.min)).toEqual([20, 200]);
    expect(readVagueAmounts('killing several hundred people').map((v) => v.min)).toEqual([200]);
  });
  it('reads quantifiers of an unstated amount: عدد من، العديد من، عدة، several, a number of, plusieurs', () => {
    expect(readVagueAmounts('أصيب عدد من المدنيين وقتل العديد من السكان').map((v) => v.min)).toEqual([2, 3]);
    expect(readVagueAmounts('ما أدى إلى إصابة عدة أشخاص').map((v) => v.raw)).toEqual(['عدة']);
    expect(readVagueAmounts('several people and a number of children').map((v) => v.min)).toEqual([3, 2]);
    expect(readVagueAmounts('plusieurs civils et des dizaines de blessés').map((v) => v.min)).toEqual([3, 20]);
  });
  it('reads no amount from "عدد منهم" (some of those counted), "العدد" or "the number of"', () => {
    expect(readVagueAmounts('ونقل عدد منهم إلى المشفى')).toEqual([]);
    expect(readVagueAmounts('ارتفع العدد إلى 12، وبلغ عدد القتلى 12')).toEqual([]);
    expect(readVagueAmounts('the number of people killed rose')).toEqual([]);
  });
  it('does not read a multiplier after a count as vague', () => {
    expect(readVagueAmounts('ثلاثة آلاف شخص')).toEqual([]);
  });
});
