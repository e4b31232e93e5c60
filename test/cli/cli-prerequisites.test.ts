// `claimwatch run` checks what it needs before it starts any local server: inputs that hold reports, a --data
// directory, an AWS region and credentials for Bedrock, Java. Each missing one is one message with the fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runHelp } from '../../cli/commands/run.ts';
import { MIN_JAVA_MAJOR } from '../../cli/local/java.ts';
import type { RunResult } from '../../cli/local/run-result.ts';
import { type SummaryContext, summaryLine } from '../../cli/local/runtime.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = resolve(root, 'bin/claimwatch.mjs');
const dir = mkdtempSync(join(tmpdir(), 'cw-prereq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An environment with no AWS region or credentials from the shell, a profile file or instance metadata. */
function withoutAws(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
  return {
    ...env,
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

function claimwatch(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env });
}

describe('claimwatch run checks its prerequisites before any server starts', () => {
  it('exits 1 with the fix when --extractor bedrock has no AWS region', () => {
    const run = claimwatch(
      ['run', 'samples/reports', '--out', join(dir, 'r.json'), '--extractor', 'bedrock'],
      withoutAws(),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--extractor bedrock needs an AWS region, and none is set. Fix: export AWS_REGION=');
    expect(run.stdout).not.toContain('DynamoDB Local');
  });

  it('exits 1 with the fix when --extractor bedrock has a region but no credentials', () => {
    const run = claimwatch(
      ['run', 'samples/reports', '--out', join(dir, 'r.json'), '--extractor', 'bedrock'],
      withoutAws({ AWS_REGION: 'us-east-1' }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--extractor bedrock needs AWS credentials');
    expect(run.stderr).toContain('aws sts get-caller-identity');
    expect(run.stdout).not.toContain('DynamoDB Local');
  });

  it('exits 1 naming Java before starting anything when java is not on PATH', () => {
    const run = claimwatch(['run', 'samples/reports', '--out', join(dir, 'r.json')], {
      ...process.env,
      PATH: join(dir, 'no-bin'),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Java >= ${MIN_JAVA_MAJOR}`);
    expect(run.stdout).toBe('');
  });

  it('answers a directory without reports with a usage message', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    writeFileSync(join(empty, 'README.md'), 'not a report');
    const run = claimwatch(['run', empty, '--out', join(dir, 'r.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`no reports in ${empty}`);
    expect(run.stderr).toContain('claimwatch run --help');
    expect(run.stdout).toBe('');
  });

  it('refuses --data naming a file', () => {
    const run = claimwatch(['run', 'samples/reports', '--out', join(dir, 'r.json'), '--data', 'package.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--data must be a directory (DynamoDB and S3 state are kept in it): package.json');
    expect(run.stderr).not.toContain('ENOTDIR');
  });
});

describe('what run says about its output', () => {
  it('--help says that every run rewrites alerts.jsonl', () => {
    expect(runHelp).toContain('each run rewrites it');
    expect(runHelp).not.toContain('appended');
  });

  const result = {
    extractor: 'rules',
    reports: [{ key: 'a.txt', status: 'processed', claims: [{}, {}] }],
    incidents: [{}, {}, {}],
    alerts: [],
  } as unknown as RunResult;
  const context: SummaryContext = {
    out: undefined,
    alertsFile: undefined,
    dataDir: undefined,
    newClaims: 2,
    replayed: 0,
  };

  it('counts a fresh run as one set of totals', () => {
    expect(summaryLine(result, context, 1500)).toBe(
      'done in 1.5 s: 1 report (1 processed), 2 claims, 3 incidents, 0 alerts',
    );
  });

  it("tells a rerun's work apart from what the kept state already held", () => {
    expect(summaryLine(result, { ...context, dataDir: '/tmp/state', newClaims: 0, replayed: 1 }, 1500)).toBe(
      'done in 1.5 s: this run 1 report (1 processed; 1 already stored, nothing redone), 0 new claims, 0 alerts; ' +
        'stored in /tmp/state: 2 claims of these reports, 3 incidents',
    );
  });
});

describe('the toolchain versions', () => {
  it('are stated the same in the README, .ci/run, package.json and the Java check', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20.10');
    expect([...readme.matchAll(/Node\.js (\d[\d.]*\+?)/g)].map((m) => m[1])).toEqual(
      expect.arrayContaining(['20.10+']),
    );
    expect(readme).not.toMatch(/Node\.js 20\+|Node 20\+/);
    expect(ci).toContain('Node.js 20.10 or newer');
    expect([...readme.matchAll(/Java (\d+)\+/g)].every((m) => m[1] === String(MIN_JAVA_MAJOR))).toBe(true);
    expect(readme).toContain(`Java ${MIN_JAVA_MAJOR}+`);
    expect(ci).toContain(`Java ${MIN_JAVA_MAJOR} or newer`);
    expect(ci).not.toMatch(/Java 11/);
  });
});
