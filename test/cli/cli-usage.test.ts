import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = resolve(root, 'bin/claimwatch.mjs');

function claimwatch(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimwatch CLI: help, version and usage errors', () => {
  it('prints the top-level help with both commands', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = claimwatch(flag);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: claimwatch <command>/);
      expect(stdout).toMatch(/^ {2}run <dir-or-file>\.\.\. --out <result\.json>/m);
      expect(stdout).toMatch(/^ {2}eval /m);
    }
  });

  it('prints help and exits 2 without a command', () => {
    const { code, stdout } = claimwatch();
    expect(code).toBe(2);
    expect(stdout).toContain('Usage: claimwatch <command>');
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = claimwatch('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`claimwatch ${pkg.version}`);
  });

  it('prints the run help with every option', () => {
    const { code, stdout } = claimwatch('run', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: claimwatch run <dir-or-file>\.\.\. --out <result\.json>/);
    for (const option of ['--out', '--data', '--extractor', '--gazetteer', '--concurrency', '--quiet', '--help'])
      expect(stdout).toContain(option);
    expect(stdout).toContain('Java');
  });

  it('prints the view help with every option', () => {
    const { code, stdout } = claimwatch('view', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: claimwatch view --out <site-dir>/);
    for (const option of [
      '--data',
      '--result',
      '--stack',
      '--table',
      '--alerts-table',
      '--region',
      '--gazetteer',
      '--out',
    ])
      expect(stdout).toContain(option);
  });

  it('view refuses no source, two sources, or a missing --out with exit 2', () => {
    for (const [args, message] of [
      [
        ['view', '--out', 'site'],
        /give one of --data <dir>, --result <file>, --stack <name> or --table\/--alerts-table/,
      ],
      [['view', '--stack', 'S', '--table', 't', '--out', 'site'], /give one of/],
      [['view', '--data', 'd', '--result', 'r.json', '--out', 'site'], /give one of/],
      [['view', '--data', 'samples'], /--out <site-dir> is required/],
      [['view', '--table', 't', '--out', 'site'], /--table and --alerts-table go together/],
    ] as const) {
      const { code, stderr } = claimwatch(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('rejects an unknown command with exit 2', () => {
    const { code, stderr } = claimwatch('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it.each([
    [['run'], /give at least one report file or directory/],
    [['run', 'samples/reports'], /--out <result\.json> is required/],
    [['run', 'no/such/dir', '--out', 'x.json'], /no such file or directory: no\/such\/dir/],
    [
      ['run', 'samples/reports', '--out', 'x.json', '--extractor', 'gpt'],
      /--extractor must be rules or bedrock, not "gpt"/,
    ],
    [
      ['run', 'samples/reports', '--out', 'x.json', '--gazetteer', 'missing.csv'],
      /gazetteer file not found: missing\.csv/,
    ],
    [
      ['run', 'samples/reports', '--out', 'x.json', '--concurrency', '0'],
      /--concurrency must be a whole number from 1 to 64: 0/,
    ],
    [['run', 'samples/reports', '--bogus'], /Unknown option '--bogus'/],
  ])('run %j is a usage error', (args, message) => {
    const { code, stderr, stdout } = claimwatch(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('claimwatch run --help');
    expect(stdout).toBe('');
  });
});
