// The `claimwatch` command line: `run` (local pipeline), `eval` (scores against gold files) and `upload` (reports
// into a deployed stack).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isUsageError } from './usage-error.ts';

export const mainHelp = `Usage: claimwatch <command> [options]

Extracts casualty claims from conflict reports, groups them into incidents and raises alerts,
locally with DynamoDB Local and s3rver (the same processing code as the AWS deployment).

Commands:
  run <dir-or-file>... --out <result.json>   process reports and write the run result
  upload <dir-or-file>... --stack <name>     upload reports with their metadata to a deployed stack
  eval --gold <gold.json>                    run a gold corpus and score alerts and claims
  eval --fakes <jsonl> | --airwars <jsonl>   score extraction on real texts: FA-KES articles
                                             (English), Airwars source texts (Arabic)
  view --data <dir> --out <site>             build the analysts' incident site (static, offline)

Options:
  -h, --help       show this help (or: claimwatch <command> --help)
  --version        print the version

Examples:
  claimwatch run samples/reports --out run-result.json
  claimwatch eval --gold ../shared/gold/seeds.gold.json
  claimwatch upload samples/reports --stack Claimwatch
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

type Command = (argv: string[], io: { signal?: AbortSignal }) => Promise<number>;
/** Loaded on demand: the top-level help and --version need none of the pipeline's modules. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run.ts')).runCommand,
  upload: async () => {
    const { uploadCommand } = await import('./commands/upload.ts');
    return (argv) => uploadCommand(argv);
  },
  view: async () => {
    const { viewCommand } = await import('./commands/view.ts');
    return (argv) => viewCommand(argv);
  },
  eval: async () => {
    const { evalCommand } = await import('./commands/eval.ts');
    return (argv) => evalCommand(argv);
  },
};

export interface MainIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  signal?: AbortSignal;
}

/** Returns the exit code: 0 done, 1 failed (e.g. a missing prerequisite), 2 usage error, 130 interrupted. */
export async function main(
  argv: string[],
  io: MainIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.stdout.write(mainHelp);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`claimwatch ${version()}\n`);
    return 0;
  }
  const load = COMMANDS[first];
  if (!load) {
    io.stderr.write(`claimwatch: unknown command "${first}"\n\n${mainHelp}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io.signal ? { signal: io.signal } : {});
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr.write(`claimwatch ${first}: ${error.message}\nRun "claimwatch ${first} --help" for usage.\n`);
      return 2;
    }
    const err = error as Error;
    if (err.name === 'RunInterruptedError') {
      io.stderr.write(`claimwatch ${first}: interrupted; local servers stopped\n`);
      return 130;
    }
    io.stderr.write(`claimwatch ${first}: ${err.message ?? String(error)}\n`);
    if (process.env.CLAIMWATCH_DEBUG && err.stack) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
