// `--uploaded-at`: a day or an ISO time with its zone, normalised to UTC; anything else is a usage error.
import { describe, expect, it } from 'vitest';
import { parseUploadedAtOption } from '../../cli/uploaded-at-option.ts';
import { UsageError } from '../../cli/usage-error.ts';

describe('--uploaded-at', () => {
  it('reads a day as its midnight UTC, and a time with its zone as UTC', () => {
    expect(parseUploadedAtOption('2024-03-05')).toBe('2024-03-05T00:00:00.000Z');
    expect(parseUploadedAtOption('2024-03-05T14:30Z')).toBe('2024-03-05T14:30:00.000Z');
    expect(parseUploadedAtOption('2024-03-05T01:00:00+03:00')).toBe('2024-03-04T22:00:00.000Z');
  });

  it('refuses a day that does not exist, a time without its zone, and words', () => {
    for (const bad of ['2024-02-30', '2024-03-05T14:30', 'yesterday', '05/03/2024'])
      expect(() => parseUploadedAtOption(bad)).toThrow(UsageError);
  });
});
