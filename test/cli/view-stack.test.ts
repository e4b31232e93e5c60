// `claimwatch view --stack <name>`: the tables come from the stack's outputs, as `upload --stack` finds its bucket.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { tablesOfStack } from '../../cli/commands/view.ts';
import { tablesTarget } from '../../infra/stack-outputs.ts';

const cfn = mockClient(CloudFormationClient);
afterEach(() => cfn.reset());

function stackWith(outputs: Record<string, string>) {
  return {
    Stacks: [
      {
        StackName: 'Claimwatch',
        CreationTime: new Date(),
        StackStatus: 'CREATE_COMPLETE' as const,
        Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
      },
    ],
  };
}

describe('view --stack', () => {
  it('reads the two tables from the stack outputs, in the region given', async () => {
    cfn
      .on(DescribeStacksCommand, { StackName: 'Claimwatch' })
      .resolves(stackWith({ TableName: 'Claimwatch-Table-1A', AlertsTableName: 'Claimwatch-Alerts-2B' }));
    await expect(tablesOfStack('Claimwatch', 'eu-west-1')).resolves.toEqual({
      kind: 'tables',
      tableName: 'Claimwatch-Table-1A',
      alertsTableName: 'Claimwatch-Alerts-2B',
      region: 'eu-west-1',
    });
    expect(cfn.commandCalls(DescribeStacksCommand)).toHaveLength(1);
    expect(await cfn.call(0).thisValue.config.region()).toBe('eu-west-1');
  });

  it('says what is missing when the stack has no table outputs', async () => {
    cfn.on(DescribeStacksCommand).resolves(stackWith({ ReportsBucketName: 'b' }));
    await expect(tablesOfStack('Other', 'us-east-1')).rejects.toThrow(
      'stack Other has no TableName and AlertsTableName outputs',
    );
    expect(() => tablesTarget({ TableName: 't' }, 'S')).toThrow(/Give --table and --alerts-table/);
  });
});
