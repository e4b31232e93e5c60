// Tests that read ../shared (seeds, gold, gazetteer, FA-KES data): in CI a missing ../shared is an error; on a
// developer machine without it the suite is skipped with a message saying where it was looked for.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

export const sharedDir = resolve(import.meta.dirname, '../../../shared');
export const hasShared = existsSync(resolve(sharedDir, 'gold/seeds.gold.json'));

export function describeWithShared(name: string, fn: () => void): void {
  if (hasShared) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`../shared is missing: ${sharedDir} (CI needs it for "${name}")`);
  describe(name, () => {
    it.todo(`skipped: ../shared not found at ${sharedDir}`);
  });
}
