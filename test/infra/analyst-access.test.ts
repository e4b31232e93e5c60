// The stack's side of claimwatch view: a read-only policy analysts attach to their own role, the table names
// as outputs, and the alert-text settings passed to the process function.
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../functions/env.ts';
import { buildStack, resourcesOfType } from './build-stack.ts';

describe('analyst access and alert-text settings', () => {
  it('exports a managed policy that only reads the main and alerts tables, and the stack outputs', () => {
    const { template } = buildStack();
    const policies = resourcesOfType(template, 'AWS::IAM::ManagedPolicy');
    expect(policies).toHaveLength(1);
    const document = policies[0]![1].Properties?.PolicyDocument as { Statement: Array<Record<string, unknown>> };
    expect(document.Statement).toHaveLength(2);
    const [statement, outputs] = document.Statement;
    expect(statement!.Effect).toBe('Allow');
    expect((statement!.Action as string[]).every((a) => /^dynamodb:(Describe|Get|BatchGet|Query|Scan)/.test(a))).toBe(
      true,
    );
    expect(JSON.stringify(statement!.Resource)).toMatch(/StoreMain.*StoreAlerts|StoreAlerts.*StoreMain/);
    // `claimwatch view --stack` reads the table names from the outputs: DescribeStacks on this stack only.
    expect(outputs!.Action).toBe('cloudformation:DescribeStacks');
    expect(JSON.stringify(outputs!.Resource)).toBe(JSON.stringify({ Ref: 'AWS::StackId' }));
    for (const output of ['AnalystPolicyArn', 'TableName', 'AlertsTableName']) template.hasOutput(output, {});
  });

  it('passes smsPlaceScript and incidentUrlPattern to the process function', () => {
    const pattern = 'https://analysts.example.org/incidents/{id}.html';
    const { template } = buildStack({ smsPlaceScript: 'arabic', incidentUrlPattern: pattern });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ [ENV.smsPlaceScript]: 'arabic', [ENV.incidentUrlPattern]: pattern }),
      },
    });
  });
});
