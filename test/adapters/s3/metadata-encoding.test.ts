import { describe, expect, it } from 'vitest';
import {
  decodeMetadata,
  decodeMetadataValue,
  encodeMetadataValue,
} from '../../../shared/adapters/s3/metadata-encoding.ts';

describe('S3 metadata RFC 2047 encoding', () => {
  it('leaves ASCII alone and round-trips Arabic', () => {
    expect(encodeMetadataValue('2019-03-02')).toBe('2019-03-02');
    const encoded = encodeMetadataValue('شبكة أخبار مثال');
    expect(encoded).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(decodeMetadataValue(encoded)).toBe('شبكة أخبار مثال');
  });
  it('decodes Q words, adjacent words and lower-cases keys', () => {
    expect(decodeMetadataValue('=?UTF-8?Q?caf=C3=A9_noir?=')).toBe('café noir');
    expect(decodeMetadataValue('=?UTF-8?B?2YXYsdi1?= =?UTF-8?B?2K8=?=')).toBe('مرصد');
    expect(decodeMetadata({ Source: 'plain' })).toEqual({ source: 'plain' });
  });
});
