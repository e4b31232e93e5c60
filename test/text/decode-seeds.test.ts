// The seed reports (read from ../shared, never copied) decode as UTF-8 text, unchanged but for tidying.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { decodeReport, tidyText } from '../../shared/text/decode.ts';
import { describeWithShared, sharedDir } from '../support/shared-data.ts';

describeWithShared('decodeReport on the seed reports', () => {
  const dir = resolve(sharedDir, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('decodes every seed as UTF-8 plain text', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(resolve(dir, file));
      const decoded = decodeReport(new Uint8Array(bytes), { fileName: file, contentType: 'text/plain' });
      expect(decoded.format, file).toBe('text');
      expect(decoded.charset, file).toBe('utf-8');
      expect(decoded.text, file).toBe(tidyText(bytes.toString('utf8')));
      expect(decoded.text.length, file).toBeGreaterThan(100);
    }
  });
});
