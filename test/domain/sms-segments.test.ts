import { describe, expect, it } from 'vitest';
import { isGsm7, smsSegments } from '../../shared/domain/sms-segments.ts';

describe('SMS segments', () => {
  it('GSM-7: 160 characters in one segment, 153 per segment after', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161)).segments).toBe(2);
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('GSM-7 extension characters count twice', () => {
    expect(smsSegments('{}').units).toBe(4);
    expect(smsSegments(`${'a'.repeat(158)}€`).segments).toBe(1);
    expect(smsSegments(`${'a'.repeat(159)}€`).segments).toBe(2);
  });

  it('one character outside GSM-7 makes the whole message UCS-2: 70, then 67 per segment', () => {
    expect(isGsm7('Hajin -> 11')).toBe(true);
    expect(isGsm7('Hajin → 11')).toBe(false);
    expect(smsSegments(`هجين ${'a'.repeat(65)}`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsSegments('ه'.repeat(71)).segments).toBe(2);
    expect(smsSegments('ه'.repeat(134)).segments).toBe(2);
    expect(smsSegments('ه'.repeat(135)).segments).toBe(3);
  });
});
