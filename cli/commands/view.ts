// `claimwatch view`: the analysts' static site, built from a store (see cli/view/).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error.ts';
import type { ViewSource } from '../view/load-view-data.ts';

export const viewHelp = `Usage: claimwatch view --out <site-dir>
         (--data <dir> | --result <run.json> | --stack <name> | --table <name> --alerts-table <name>) [options]

Builds a static, self-contained site of the incidents: index.html (the incidents, newest first, filterable
by governorate, perpetrator, alert type and minimum civilians killed, and a map drawn from the gazetteer's
coordinates) and one page per incident under incidents/ (each metric's figure per source over report time,
the figures by source with their qualifiers, denials and acknowledgments, every quote in its own direction
with its report's link, and the alerts sent). No page loads anything from the network: open index.html from
disk, or put the directory on any web server (CLAIMWATCH_INCIDENT_URL_PATTERN can then link alerts to it).

Options:
  --data <dir>            the local store of claimwatch run --data <dir> (starts DynamoDB Local on it)
  --result <file>         a run result written by claimwatch run --out
  --stack <name>          read the deployed stack's tables, named by its outputs (CloudFormation), with your AWS
                          credentials; attach the stack's read-only policy (output AnalystPolicyArn) to your role
  --table <name>          the deployed stack's table (stack output TableName), read with your AWS credentials
  --alerts-table <name>   the deployed stack's alerts table (stack output AlertsTableName); attach the stack's
                          read-only policy (output AnalystPolicyArn) to your role
  --region <region>       AWS region of the stack or tables (default: your AWS configuration)
  --gazetteer <csv>       use this gazetteer CSV for the map instead of the bundled one
  --out <dir>             where to write the site (created if needed)
  -h, --help              show this help

Examples:
  claimwatch run ../shared/seeds --out r.json --data d && claimwatch view --data d --out site
  claimwatch view --stack Claimwatch --out site
`;

export async function viewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      result: { type: 'string' },
      stack: { type: 'string' },
      table: { type: 'string' },
      'alerts-table': { type: 'string' },
      region: { type: 'string' },
      gazetteer: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(viewHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (!values.out) throw new UsageError('--out <site-dir> is required');
  const given = viewSource(values);
  if (values.gazetteer && !existsSync(values.gazetteer)) {
    throw new UsageError(`gazetteer file not found: ${values.gazetteer}`);
  }

  // Loaded here so that --help and usage errors answer without loading the AWS SDK.
  const { loadViewData } = await import('../view/load-view-data.ts');
  const { buildSite } = await import('../view/build-site.ts');
  const { localGazetteer } = await import('../local/local-extraction.ts');
  const source = given.kind === 'stack' ? await tablesOfStack(given.stackName, given.region) : given;
  const data = await loadViewData(source);
  const out = resolve(values.out);
  const site = await buildSite(data, localGazetteer(values.gazetteer), out);
  process.stdout.write(
    `${site.incidents} incidents, ${site.pages} pages, ${(site.bytes / 1024).toFixed(0)} KB → ${out}/index.html\n`,
  );
  return 0;
}

/** A source the command still has to resolve: a stack, whose outputs name its tables. */
type GivenSource = ViewSource | { kind: 'stack'; stackName: string; region?: string };

export async function tablesOfStack(stackName: string, region: string | undefined): Promise<ViewSource> {
  const { readStackOutputs, tablesTarget } = await import('../../infra/stack-outputs.ts');
  const { CloudFormationClient } = await import('@aws-sdk/client-cloudformation');
  const client = new CloudFormationClient(region ? { region } : {});
  try {
    const tables = tablesTarget(await readStackOutputs(stackName, client), stackName);
    return { kind: 'tables', ...tables, ...(region ? { region } : {}) };
  } finally {
    client.destroy();
  }
}

function viewSource(values: {
  data?: string;
  result?: string;
  stack?: string;
  table?: string;
  'alerts-table'?: string;
  region?: string;
}): GivenSource {
  const sources = [values.data, values.result, values.stack, values.table ?? values['alerts-table']];
  if (sources.filter(Boolean).length !== 1) {
    throw new UsageError('give one of --data <dir>, --result <file>, --stack <name> or --table/--alerts-table');
  }
  if (values.data) {
    if (!existsSync(values.data)) throw new UsageError(`no such directory: ${values.data}`);
    return { kind: 'data', dir: values.data };
  }
  if (values.result) {
    if (!existsSync(values.result)) throw new UsageError(`no such file: ${values.result}`);
    return { kind: 'result', file: values.result };
  }
  if (values.stack)
    return { kind: 'stack', stackName: values.stack, ...(values.region ? { region: values.region } : {}) };
  if (!values.table || !values['alerts-table']) throw new UsageError('--table and --alerts-table go together');
  return {
    kind: 'tables',
    tableName: values.table,
    alertsTableName: values['alerts-table'],
    ...(values.region ? { region: values.region } : {}),
  };
}
