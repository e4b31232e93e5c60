import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalNotifier } from '../../cli/local/local-notifier.ts';
import { Alert } from '../../shared/domain/schema.ts';
import { makeAlert } from '../adapters/sns/alert-fixture.ts';

describe('LocalNotifier', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints a readable block and appends one JSON line per alert', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-notifier-'));
    const file = join(dir, 'out', 'alerts.jsonl');
    let printed = '';
    const notifier = new LocalNotifier({ stream: { write: (t: string) => (printed += t) }, file });
    await notifier.publish(makeAlert());
    await notifier.publish(makeAlert({ id: 'alert-2', type: 'DENIAL', changes: undefined, counts: {} }));

    expect(printed).toContain('COUNT_RAISED [high] Toll raised: 9 civilians killed in Hajin');
    expect(printed).toContain('هجين / Hajin (Deir-ez-Zor)');
    expect(printed).toContain('civilians killed 6 → 9 (Example Monitor)');
    expect(printed).toContain('counts:   none stated');
    expect(printed.match(/┌─/g)).toHaveLength(2);

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(Alert.parse(JSON.parse(lines[0] ?? '')).id).toBe('alert-0123456789abcdef');
    expect(Alert.parse(JSON.parse(lines[1] ?? '')).type).toBe('DENIAL');
  });

  it('works without a stream (file only)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-notifier-'));
    const file = join(dir, 'alerts.jsonl');
    await new LocalNotifier({ file }).publish(makeAlert());
    expect((await readFile(file, 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
  });
});
