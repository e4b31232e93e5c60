import { describe, expect, it } from 'vitest';
import { addDays, gapDays, overlaps } from '../../shared/domain/dates.ts';

describe('calendar dates', () => {
  it('adds days in UTC, across month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -3)).toBe('2024-02-27');
    expect(addDays('2023-12-30', 3)).toBe('2024-01-02');
    expect(() => addDays('2024-13-45', 1)).toThrow(/calendar date/);
  });

  it('measures the gap between ranges, 0 when they overlap', () => {
    const a = { from: '2024-03-01', to: '2024-03-03' };
    expect(overlaps(a, { from: '2024-03-03', to: '2024-03-05' })).toBe(true);
    expect(gapDays(a, { from: '2024-03-03', to: '2024-03-05' })).toBe(0);
    expect(gapDays(a, { from: '2024-03-07', to: '2024-03-08' })).toBe(4);
    expect(gapDays({ from: '2024-03-07', to: '2024-03-08' }, a)).toBe(4);
  });
});
