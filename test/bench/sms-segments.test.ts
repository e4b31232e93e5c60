// SMS segment counting for the cost model: GSM-7 and UCS-2 limits, single and split.
import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../bench/sms-segments.ts';

describe('smsSegments', () => {
  it('fits 160 GSM-7 characters in one segment and splits longer text by 153', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
  });

  it('counts GSM-7 extension characters twice', () => {
    expect(smsSegments('€'.repeat(80))).toBe(1);
    expect(smsSegments('€'.repeat(81))).toBe(2);
  });

  it('sends Arabic as UCS-2: 70 in one segment, 67 per segment when split', () => {
    expect(smsSegments('م'.repeat(70))).toBe(1);
    expect(smsSegments('م'.repeat(71))).toBe(2);
    expect(smsSegments(`claimwatch ${'م'.repeat(130)}`)).toBe(3);
  });
});
