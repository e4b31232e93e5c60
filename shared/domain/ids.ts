import { createHash } from 'node:crypto';

/** A short deterministic id: the same inputs always give the same id, so replays collide instead of duplicating. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
