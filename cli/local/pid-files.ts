// Pid files for the child processes `claimwatch run` starts (the DynamoDB Local JVM), so one left behind by a
// run that was killed (kill -9, a closed terminal) is stopped by the next start instead of running on beside
// it: a rerun next to an orphan holding the same --data lost a committed report. Each file names the child and
// the Node process that started it; a child is an orphan when that Node process is gone. A file is kept in the
// data directory when there is one, else in a shared temporary directory.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface PidRecord {
  pid: number;
  parent: number;
  /** A word of the child's command line, checked before signalling so a reused pid is never killed. */
  marker: string;
}

export function pidDirectory(dataDir: string | undefined): string {
  return dataDir ?? join(tmpdir(), 'claimwatch-pids');
}

/** Records a started child; returns a function that removes the record. */
export async function recordChild(
  dir: string,
  name: string,
  pid: number,
  marker: string,
): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}-${pid}.pid`);
  const record: PidRecord = { pid, parent: process.pid, marker };
  await writeFile(file, `${JSON.stringify(record)}\n`, 'utf8');
  return () => rm(file, { force: true });
}

/** Stops every recorded child of this name whose starting process is gone; returns the pids it stopped. */
export async function stopOrphans(dir: string, name: string): Promise<number[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter(
    (f) => f.startsWith(`${name}-`) && f.endsWith('.pid'),
  );
  const stopped: number[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const record = await readFile(path, 'utf8')
      .then((t) => JSON.parse(t) as PidRecord)
      .catch(() => undefined);
    if (!record || !Number.isInteger(record.pid) || !Number.isInteger(record.parent)) {
      await rm(path, { force: true });
      continue;
    }
    if (isAlive(record.parent)) continue; // its run is still going (this process's own children included)
    if (isAlive(record.pid) && commandLine(record.pid).includes(record.marker)) {
      await stop(record.pid);
      stopped.push(record.pid);
    }
    await rm(path, { force: true });
  }
  return stopped;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** SIGTERM, then SIGKILL after 5 s. */
async function stop(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < 5_000; waited += 100) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
