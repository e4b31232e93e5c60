// `claimwatch run` as a user runs it: a child process on the sample reports.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResult } from '../../cli/local/run-result.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = resolve(root, 'bin/claimwatch.mjs');

/** The fenced block after "What `npm start` shows" in the README. */
function readmeStartExcerpt(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const from = readme.indexOf('```\n', readme.indexOf('**What `npm start` shows.**')) + 4;
  return readme.slice(from, readme.indexOf('```', from));
}

function normalise(output: string): string {
  return output
    .replace(/done in [\d.]+ s/, 'done in N s')
    .replace(/→ \S+ and \S+alerts\.jsonl/, '→ RESULT and ALERTS')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .trim();
}

describe('claimwatch run (child process)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-cli-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs the samples, exits 0 and writes a valid run result', async () => {
    const out = join(dir, 'out', 'result.json');
    const child = spawnSync(process.execPath, [bin, 'run', 'samples/reports', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^\[1\/6\] 01-strike-hajin\.txt · processed · \d+ claims? · 1 alert/m);
    expect(child.stdout).toContain('┌─ COUNT_RAISED');
    const result = RunResult.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(result.reports).toHaveLength(6);
    expect(new Set(result.alerts.map((a) => a.type))).toEqual(new Set(['NEW_INCIDENT', 'COUNT_RAISED', 'DENIAL']));
    expect((await readFile(join(dir, 'out', 'alerts.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(
      result.alerts.length,
    );
    // The README quotes this output in full; only the time, the ports and the paths may differ.
    expect(normalise(child.stdout)).toBe(normalise(readmeStartExcerpt()));
  });

  it('with --quiet prints nothing', () => {
    const child = spawnSync(
      process.execPath,
      [bin, 'run', 'samples/reports/06-aid-busayrah.txt', '--out', join(dir, 'q.json'), '--quiet'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(child.status).toBe(0);
    expect(child.stdout).toBe('');
  });

  it('says that Java is missing and how to get it, exiting 1', async () => {
    // node is started by absolute path; the PATH it sees has no java on it.
    const emptyBin = join(dir, 'empty-bin');
    await mkdir(emptyBin, { recursive: true });
    const child = spawnSync(process.execPath, [bin, 'run', 'samples/reports', '--out', join(dir, 'nojava.json')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, PATH: emptyBin },
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/Java/);
    expect(child.stderr).toMatch(/openjdk-17-jre-headless/);
  });
});

describe('claimwatch run interrupted', () => {
  it('stops the local servers and exits 130 on SIGINT', async () => {
    const { spawn } = await import('node:child_process');
    const dir = await mkdtemp(join(tmpdir(), 'cw-sigint-'));
    try {
      const child = spawn(process.execPath, [bin, 'run', 'samples/reports', '--out', join(dir, 'r.json')], {
        cwd: root,
      });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      await new Promise<void>((started) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('DynamoDB Local http')) started();
        });
      });
      child.kill('SIGINT');
      // Exiting at all proves the servers were stopped: s3rver and the JVM's pipes would keep node alive.
      const code = await Promise.race([
        exited,
        new Promise<string>((done) => setTimeout(() => done('timeout'), 30_000)),
      ]);
      if (code === 'timeout') child.kill('SIGKILL');
      expect(code).toBe(130);
      expect(stderr).toContain('interrupted; local servers stopped');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
