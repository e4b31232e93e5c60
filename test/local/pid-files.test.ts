import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordChild, stopOrphans } from '../../cli/local/pid-files.ts';

const MARKER = 'claimwatch-pid-files-test';

/** A long-running child whose command line carries the marker. */
function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', MARKER], { stdio: 'ignore' });
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid as number;
}

const exited = (child: ChildProcess) => new Promise<void>((done) => child.once('exit', () => done()));

describe('pid files', () => {
  const children: ChildProcess[] = [];
  let dir = '';
  afterEach(async () => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stops a recorded child whose starting process is gone, and removes its file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-pids-'));
    const orphan = sleeper();
    children.push(orphan);
    const record = { pid: orphan.pid, parent: deadPid(), marker: MARKER };
    await writeFile(join(dir, `jvm-${orphan.pid}.pid`), JSON.stringify(record));
    const gone = exited(orphan);
    expect(await stopOrphans(dir, 'jvm')).toEqual([orphan.pid]);
    await gone;
    expect(orphan.signalCode).toBe('SIGTERM');
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the child of a live run, and never signals a pid whose command line is not the recorded one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-pids-'));
    const ours = sleeper();
    children.push(ours);
    const forget = await recordChild(dir, 'jvm', ours.pid as number, MARKER);
    const stranger = sleeper();
    children.push(stranger);
    const reused = { pid: stranger.pid, parent: deadPid(), marker: 'DynamoDBLocal.jar' };
    await writeFile(join(dir, `jvm-${stranger.pid}.pid`), JSON.stringify(reused));
    expect(await stopOrphans(dir, 'jvm')).toEqual([]);
    expect(ours.exitCode === null && ours.signalCode === null).toBe(true);
    expect(stranger.exitCode === null && stranger.signalCode === null).toBe(true);
    expect(await readdir(dir)).toEqual([`jvm-${ours.pid}.pid`]);
    await forget();
    expect(await readdir(dir)).toEqual([]);
  });
});
