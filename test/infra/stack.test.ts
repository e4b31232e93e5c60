// Assertions on the synthesized template: what the stack promises about encryption, TLS, queues, event sources,
// runtimes, IAM scope, alarms and subscriptions. Bundling is skipped (see build-stack.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/env.ts';
import { NOTIFY_RETRY_ATTEMPTS } from '../../infra/constructs/notify-alerts.ts';
import { ALERTS_TABLE, MAIN_TABLE } from '../../shared/adapters/dynamodb/tables.ts';
import {
  asArray,
  type BuiltStack,
  buildStack,
  identityStatements,
  resourcesOfType,
  type Statement,
} from './build-stack.ts';

interface AlarmMetric {
  Id: string;
  Expression?: string;
  ReturnData?: boolean;
  MetricStat?: { Metric: { MetricName: string; Dimensions?: unknown } };
}

/** The metric names an alarm watches: its one metric, or those inside its metric-math expression. */
function alarmMetricNames(alarm: { Properties?: Record<string, unknown> }): string[] {
  if (alarm.Properties?.MetricName) return [alarm.Properties.MetricName as string];
  const metrics = (alarm.Properties?.Metrics as AlarmMetric[] | undefined) ?? [];
  return metrics.flatMap((metric) => (metric.MetricStat ? [metric.MetricStat.Metric.MetricName] : []));
}

const TLS_DENY = Match.objectLike({
  Effect: 'Deny',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

describe('the default stack (cdk.json defaults: Bedrock extractor, retain)', () => {
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack();
  });

  it('keeps reports in a private, versioned, encrypted, access-logged bucket that refuses plain HTTP', () => {
    const { template } = built;
    const buckets = resourcesOfType(template, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(2); // reports + their access logs
    for (const [, bucket] of buckets) {
      expect(bucket.Properties?.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties?.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
    }
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
    });
    template.resourcePropertiesCountIs(
      'AWS::S3::BucketPolicy',
      { PolicyDocument: { Statement: Match.arrayWith([TLS_DENY]) } },
      2,
    );
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('announces uploads under the report prefix on an encrypted queue, once its policy lets S3 send', () => {
    const { template } = built;
    const [[bucketId, reports] = []] = resourcesOfType(template, 'AWS::S3::Bucket').filter(
      ([, b]) => b.Properties?.NotificationConfiguration,
    );
    expect(bucketId).toBeDefined();
    expect(reports?.Properties?.NotificationConfiguration).toEqual({
      QueueConfigurations: [
        {
          Event: 's3:ObjectCreated:*',
          Queue: { 'Fn::GetAtt': [expect.stringMatching(/^IntakeUploads/), 'Arn'] },
          Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'reports/' }] } },
        },
      ],
    });
    const [[queuePolicyId] = []] = resourcesOfType(template, 'AWS::SQS::QueuePolicy').filter(([id]) =>
      id.startsWith('IntakeUploadsPolicy'),
    );
    expect(reports?.DependsOn).toContain(queuePolicyId);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          TLS_DENY,
          Match.objectLike({
            Sid: 'ReportsBucketNotifications',
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Condition: Match.objectLike({ ArnEquals: { 'aws:SourceArn': Match.anyValue() } }),
          }),
        ]),
      },
    });
    // No BucketNotificationsHandler custom resource (it needs s3:PutBucketNotification on "*").
    expect(resourcesOfType(template, 'Custom::S3BucketNotifications')).toHaveLength(0);
  });

  it('gives the uploads queue a dead-letter queue, a small receive count and 6× the function timeout', () => {
    const { template } = built;
    const queues = resourcesOfType(template, 'AWS::SQS::Queue');
    expect(queues).toHaveLength(3); // uploads, its DLQ, the alert stream's failed batches
    for (const [, queue] of queues) expect(queue.Properties?.SqsManagedSseEnabled).toBe(true);
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 6 * 180,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 3 },
    });
    template.resourcePropertiesCountIs(
      'AWS::SQS::QueuePolicy',
      { PolicyDocument: { Statement: Match.arrayWith([TLS_DENY]) } },
      3,
    );
  });

  it('runs both functions on the newest Node.js runtime, arm64, traced, with source maps', () => {
    const { template } = built;
    const functions = resourcesOfType(template, 'AWS::Lambda::Function');
    expect(functions).toHaveLength(2);
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.stringMatching(/Logs/) } },
      });
      const variables =
        (fn.Properties?.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables ?? {};
      expect(variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(variables.POWERTOOLS_METRICS_NAMESPACE).toBe('Claimwatch');
    }
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 2);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 180,
      MemorySize: 1024,
      Environment: {
        Variables: Match.objectLike({
          [ENV.extractor]: 'bedrock',
          [ENV.modelId]: 'us.amazon.nova-lite-v1:0',
          [ENV.minRemainingMsToStart]: '60000',
          [ENV.tableName]: { Ref: Match.stringLikeRegexp('^StoreMain') },
          [ENV.alertsTableName]: { Ref: Match.stringLikeRegexp('^StoreAlerts') },
          [ENV.idempotencyTableName]: { Ref: Match.stringLikeRegexp('^StoreIdempotency') },
        }),
      },
    });
  });

  it('feeds the process function from SQS with partial batch failures, batch size and max concurrency', () => {
    built.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IntakeUploads'), 'Arn'] },
      BatchSize: 3,
      ScalingConfig: { MaximumConcurrency: 2 },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('stores state in on-demand, encrypted, point-in-time-recoverable tables keyed as the adapter expects', () => {
    const { template } = built;
    const tables = resourcesOfType(template, 'AWS::DynamoDB::GlobalTable');
    expect(tables).toHaveLength(3);
    for (const [, table] of tables) {
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true },
        Replicas: [{ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }],
      });
    }
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: MAIN_TABLE.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: MAIN_TABLE.sortKey?.name, KeyType: 'RANGE' },
      ],
    });
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: ALERTS_TABLE.partitionKey.name, KeyType: 'HASH' }],
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      TimeToLiveSpecification: { AttributeName: ALERTS_TABLE.timeToLiveAttribute, Enabled: true },
    });
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
    });
  });

  it('publishes alerts from the alerts stream: INSERTs only, bisecting, bounded retries, failures to a queue', () => {
    built.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^StoreAlerts'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: NOTIFY_RETRY_ATTEMPTS,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NotifyFailedBatches'), 'Arn'] } },
      },
    });
  });

  it('encrypts both topics with a rotating KMS key and refuses plain HTTP on them', () => {
    const { template } = built;
    const topics = resourcesOfType(template, 'AWS::SNS::Topic');
    expect(topics).toHaveLength(2);
    for (const [, topic] of topics) {
      expect(topic.Properties?.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^TopicKey/), 'Arn'] });
    }
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.resourcePropertiesCountIs(
      'AWS::SNS::TopicPolicy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
      2,
    );
    // CloudWatch alarms publish to the encrypted operations topic, so the key lets CloudWatch use it.
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
  });

  it('has no identity-policy statement on Resource "*" except the X-Ray actions', () => {
    const star = identityStatements(built.template).filter(({ statement }) =>
      asArray(statement.Resource).includes('*'),
    );
    expect(star.length).toBeGreaterThan(0);
    for (const { statement } of star) {
      expect(asArray(statement.Action).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
  });

  it('lets only the process function call Bedrock, on the configured inference profile and its model only', () => {
    const bedrock = identityStatements(built.template).filter(({ statement }) =>
      asArray(statement.Action).some((action) => action.startsWith('bedrock:')),
    );
    expect(bedrock).toHaveLength(2);
    expect(new Set(bedrock.map(({ policy }) => policy))).toEqual(
      new Set([expect.stringMatching(/^ProcessingProcessRole/)]),
    );
    for (const { statement } of bedrock) expect(statement.Action).toBe('bedrock:InvokeModel');
    const text = JSON.stringify(bedrock.map(({ statement }) => statement));
    expect(text).toContain(':inference-profile/us.amazon.nova-lite-v1:0');
    expect(text).toContain(':bedrock:*::foundation-model/amazon.nova-lite-v1:0');
    expect(text).not.toMatch(/foundation-model\/\*|inference-profile\/\*/);
    const modelStatement = bedrock.find(({ statement }) =>
      JSON.stringify(statement.Resource).includes('foundation-model'),
    );
    expect(modelStatement?.statement.Condition).toEqual({
      StringEquals: { 'bedrock:InferenceProfileArn': expect.anything() },
    });
  });

  it('grants each function only its own tables, bucket prefix, queue and topic', () => {
    const statements = identityStatements(built.template);
    const of = (role: RegExp) =>
      JSON.stringify(statements.filter(({ policy }) => role.test(policy)).map(({ statement }) => statement));
    const processPolicy = of(/^ProcessingProcessRole/);
    const notifyPolicy = of(/^NotifyRole/);
    expect(processPolicy).toContain('"/reports/*"');
    expect(processPolicy).not.toMatch(/s3:(Put|Delete|List)/);
    expect(processPolicy).not.toContain('sns:');
    expect(processPolicy).toMatch(/StoreIdempotency/);
    expect(notifyPolicy).not.toMatch(/StoreMain|StoreIdempotency|s3:|bedrock:/);
    expect(notifyPolicy).toContain('sns:Publish');
    // Both log only to their own log group (no AWSLambdaBasicExecutionRole).
    for (const [, role] of resourcesOfType(built.template, 'AWS::IAM::Role'))
      expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
  });

  it('grants on each table only the DynamoDB actions its callers make: the store deletes nothing', () => {
    // The alerts stream's event source grants these to the notify function; they read the stream, not the table.
    const STREAM_READ = new Set([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ]);
    const statements = identityStatements(built.template);
    const actionsOn = (role: RegExp, table: RegExp) =>
      statements
        .filter(({ policy, statement }) => role.test(policy) && table.test(JSON.stringify(statement.Resource)))
        .flatMap(({ statement }) => asArray(statement.Action))
        .filter((action) => action.startsWith('dynamodb:') && !STREAM_READ.has(action))
        .sort();
    expect(actionsOn(/^ProcessingProcessRole/, /StoreMain/)).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
    ]);
    expect(actionsOn(/^ProcessingProcessRole/, /StoreAlerts/)).toEqual(['dynamodb:PutItem']);
    // What Powertools idempotency calls, and no Scan, Query or Batch* on the idempotency records.
    expect(actionsOn(/^ProcessingProcessRole/, /StoreIdempotency/)).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(actionsOn(/^NotifyRole/, /StoreAlerts/)).toEqual([
      'dynamodb:GetItem',
      'dynamodb:Scan',
      'dynamodb:UpdateItem',
    ]);
  });

  it('alarms on dead letters, errors, throttles, stream age, failed reports, Bedrock; to the ops topic', () => {
    const { template } = built;
    const alarms = resourcesOfType(template, 'AWS::CloudWatch::Alarm');
    const metricNames = alarms.flatMap(([, alarm]) => alarmMetricNames(alarm)).sort();
    expect(metricNames).toEqual(
      [
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesVisible',
        'Errors',
        'Errors',
        'InvocationThrottles',
        'InvocationThrottles',
        'IteratorAge',
        'RecordsFailed',
        'ReportsFailed',
        'Throttles',
        'Throttles',
      ].sort(),
    );
    for (const [, alarm] of alarms) {
      expect(alarm.Properties?.AlarmActions).toEqual([{ Ref: expect.stringMatching(/^Operations[A-Z0-9]/) }]);
      expect(alarm.Properties?.TreatMissingData).toBe('notBreaching');
    }
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('counts Bedrock throttles under both the inference profile id and the base model id', () => {
    const throttling = resourcesOfType(built.template, 'AWS::CloudWatch::Alarm').find(([id]) =>
      id.startsWith('OperationsBedrockThrottling'),
    );
    const metrics = throttling?.[1].Properties?.Metrics as AlarmMetric[];
    const dimensions = metrics
      .filter((metric) => metric.MetricStat)
      .map((metric) => metric.MetricStat?.Metric.Dimensions);
    expect(dimensions).toHaveLength(2);
    expect(dimensions).toEqual(
      expect.arrayContaining([
        [{ Name: 'ModelId', Value: 'amazon.nova-lite-v1:0' }],
        [{ Name: 'ModelId', Value: 'us.amazon.nova-lite-v1:0' }],
      ]),
    );
    const expression = metrics.find((metric) => metric.Expression);
    expect(expression).toMatchObject({ Expression: 'FILL(profile, 0) + FILL(base, 0)', ReturnData: true });
  });

  it('lets CloudWatch alarms of this account, and nothing else, publish to the operations topic', () => {
    const policies = resourcesOfType(built.template, 'AWS::SNS::TopicPolicy').filter(([id]) =>
      id.startsWith('OperationsPolicy'),
    );
    expect(policies).toHaveLength(1);
    const document = policies[0]?.[1].Properties?.PolicyDocument as { Statement: Statement[] } | undefined;
    const statements = document?.Statement ?? [];
    const allows = statements.filter((statement) => statement.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: 'sns:Publish',
        Resource: { Ref: expect.stringMatching(/^Operations[A-Z0-9]{8}$/) },
        Condition: {
          StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
          ArnLike: {
            'aws:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':cloudwatch:',
                  { Ref: 'AWS::Region' },
                  ':',
                  { Ref: 'AWS::AccountId' },
                  ':alarm:*',
                ],
              ],
            },
          },
        },
      }),
    ]);
    // The TLS-only Deny is still there.
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish' }));
  });

  it('outputs what the README deploy section tells operators to use', () => {
    const outputs = Object.keys(built.template.toJSON().Outputs ?? {});
    const docs = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    for (const name of [
      'ReportsBucketName',
      'AlertsTopicArn',
      'OperationsTopicArn',
      'UploadsQueueArn',
      'UploadsDeadLetterQueueArn',
      'UploadsDeadLetterQueueUrl',
      'FailedAlertBatchesQueueUrl',
      'NotifyFunctionName',
      'DashboardName',
      'TopicKeyArn',
    ]) {
      expect(outputs).toContain(name);
      expect(docs).toContain(name);
    }
  });

  it('has no subscriptions until the operator configures some', () => {
    built.template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('a stack configured with subscriptions, the rules extractor, a foundation model and destroy', () => {
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack({
      extractor: 'rules',
      removalPolicy: 'destroy',
      batchSize: '2',
      maxConcurrency: '7',
      processTimeoutSeconds: '60',
      logRetentionDays: '90',
      reportPrefix: 'incoming/',
      alertEmails: '[{"address":"desk@example.org"},{"address":"denials@example.org","filter":{"types":["DENIAL"]}}]',
      alertPhones: JSON.stringify([
        {
          number: '+15555550100',
          filter: { minCivilians: 10, governorates: ['Deir ez-Zor', 'Raqqa'], types: ['NEW_INCIDENT', 'COUNT_RAISED'] },
        },
      ]),
      opsEmails: 'ops@example.org',
    });
  });

  it('subscribes emails and phones with filter policies on the alert attributes', () => {
    const { template } = built;
    template.resourceCountIs('AWS::SNS::Subscription', 4);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'desk@example.org',
      TopicArn: { Ref: Match.stringLikeRegexp('^NotifyAlerts') },
      FilterPolicy: { combatantsOnly: ['false'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'denials@example.org',
      FilterPolicy: { type: ['DENIAL'], combatantsOnly: ['false'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sms',
      Endpoint: '+15555550100',
      TopicArn: { Ref: Match.stringLikeRegexp('^NotifyAlerts') },
      FilterPolicy: {
        type: ['NEW_INCIDENT', 'COUNT_RAISED'],
        civilians: [{ numeric: ['>=', 10] }],
        governorate: ['Deir ez-Zor', 'Raqqa'],
        combatantsOnly: ['false'],
      },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
      TopicArn: { Ref: Match.stringLikeRegexp('^Operations[A-Z0-9]') },
    });
  });

  it('applies the queue settings from config', () => {
    built.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 2,
      ScalingConfig: { MaximumConcurrency: 7 },
    });
    built.template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 360 });
    built.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.minRemainingMsToStart]: '30000' }) },
    });
    built.template.hasResourceProperties('AWS::S3::Bucket', {
      NotificationConfiguration: {
        QueueConfigurations: [
          Match.objectLike({ Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'incoming/' }] } } }),
        ],
      },
    });
    built.template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 90 }, 2);
  });

  it('with the rules extractor, grants no Bedrock access and has no Bedrock alarm', () => {
    const text = JSON.stringify(built.template.toJSON());
    expect(text).not.toContain('bedrock:');
    expect(text).not.toContain('AWS/Bedrock');
    built.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.extractor]: 'rules', [ENV.modelId]: Match.absent() }) },
    });
  });

  it('with removalPolicy destroy, deletes tables and empties buckets on teardown', () => {
    const { template } = built;
    for (const [id] of resourcesOfType(template, 'AWS::DynamoDB::GlobalTable')) {
      template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Delete' });
      expect(id).toMatch(/^Store/);
    }
    expect(resourcesOfType(template, 'Custom::S3AutoDeleteObjects')).toHaveLength(2);
    const star = identityStatements(template).filter(({ statement }) => asArray(statement.Resource).includes('*'));
    for (const { statement } of star) expect(asArray(statement.Action).every((a) => a.startsWith('xray:'))).toBe(true);
  });
});

describe('a stack with a foundation model id (no inference profile)', () => {
  it('grants bedrock:InvokeModel on that model in the stack region only', () => {
    const { template } = buildStack({ modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0' });
    const bedrock = identityStatements(template).filter(({ statement }) =>
      asArray(statement.Action).includes('bedrock:InvokeModel'),
    );
    expect(bedrock).toHaveLength(1);
    expect(bedrock[0]?.statement.Resource).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':bedrock:',
          { Ref: 'AWS::Region' },
          '::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
        ],
      ],
    });
    // No profile, one id: the throttling alarm watches that model id alone.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Bedrock',
      MetricName: 'InvocationThrottles',
      Dimensions: [{ Name: 'ModelId', Value: 'anthropic.claude-haiku-4-5-20251001-v1:0' }],
    });
  });

  it('names the destination regions of an inference profile when configured', () => {
    const { template } = buildStack({ bedrockModelRegions: 'us-east-1,us-west-2' });
    const text = JSON.stringify(identityStatements(template).map(({ statement }) => statement));
    expect(text).toContain(':bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0');
    expect(text).toContain(':bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0');
    expect(text).not.toContain(':bedrock:*::');
  });
});
