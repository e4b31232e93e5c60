// A deployed stack's outputs (ReportsBucketName, ReportPrefix, …) as CloudFormation returns them, so that CLI
// commands can take `--stack <name>` instead of a copied bucket name. The CloudFormation client is imported
// lazily: only commands given --stack load it.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';

/** The stack's CfnOutputs by key (infra/claimwatch-stack.ts names them). */
export type StackOutputs = Readonly<Record<string, string>>;

/** What ReportPrefix says when the whole bucket holds reports (an output cannot be empty). */
export const WHOLE_BUCKET = '(whole bucket)';

export async function readStackOutputs(stackName: string, client?: CloudFormationClient): Promise<StackOutputs> {
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = client ?? new CloudFormationClient({});
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = out.Stacks?.[0];
    if (!stack) throw new Error(`stack ${stackName} was not found`);
    return Object.fromEntries(
      (stack.Outputs ?? []).flatMap((o) =>
        o.OutputKey && o.OutputValue !== undefined ? [[o.OutputKey, o.OutputValue]] : [],
      ),
    );
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/does not exist|was not found/.test(message)) {
      const region = await cfn.config.region().catch(() => 'this region');
      throw new Error(
        `stack ${stackName} was not found in ${region}. Check the stack name (stackName in claimwatch.config.json) ` +
          'and AWS_REGION, or give --bucket <name>',
      );
    }
    throw error;
  } finally {
    if (!client) cfn.destroy();
  }
}

/** The reports bucket and the key prefix uploads must carry, from the outputs. */
export function reportsTarget(outputs: StackOutputs, stackName: string): { bucket: string; prefix: string } {
  const bucket = outputs.ReportsBucketName;
  if (!bucket) throw new Error(`stack ${stackName} has no ReportsBucketName output: is it a claimwatch stack?`);
  const prefix = outputs.ReportPrefix;
  if (prefix === undefined)
    throw new Error(`stack ${stackName} has no ReportPrefix output: give --bucket and --prefix`);
  return { bucket, prefix: prefix === WHOLE_BUCKET ? '' : prefix };
}

/** The incidents table and the alerts table the analysts' site reads, from the outputs. */
export function tablesTarget(outputs: StackOutputs, stackName: string): { tableName: string; alertsTableName: string } {
  const tableName = outputs.TableName;
  const alertsTableName = outputs.AlertsTableName;
  if (!tableName || !alertsTableName) {
    throw new Error(
      `stack ${stackName} has no TableName and AlertsTableName outputs: is it a claimwatch stack? ` +
        'Give --table and --alerts-table',
    );
  }
  return { tableName, alertsTableName };
}
