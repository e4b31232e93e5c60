// claimwatch in one stack, read top to bottom: reports come into a bucket, a queue feeds the process function,
// which writes claims, incidents and alerts to DynamoDB; the alerts table's stream feeds the notify function,
// which publishes to the alerts topic that analysts subscribe to; alarms go to an operations topic.
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { ManagedPolicy, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { ClaimwatchConfig } from './config.ts';
import { AlertSubscriptions } from './constructs/alert-subscriptions.ts';
import { Intake } from './constructs/intake.ts';
import { NotifyAlerts } from './constructs/notify-alerts.ts';
import { OperationsAlarms } from './constructs/operations-alarms.ts';
import { ProcessReports } from './constructs/process-reports.ts';
import { Store } from './constructs/store.ts';
import { WHOLE_BUCKET } from './stack-outputs.ts';

export interface ClaimwatchStackProps extends StackProps {
  /** The operator's configuration, parsed and defaulted by infra/config.ts. */
  readonly config: ClaimwatchConfig;
}

export class ClaimwatchStack extends Stack {
  readonly intake: Intake;
  readonly store: Store;
  readonly processing: ProcessReports;
  readonly notify: NotifyAlerts;
  readonly operations: OperationsAlarms;

  constructor(scope: Construct, id: string, props: ClaimwatchStackProps) {
    super(scope, id, props);
    // Feature flags this stack relies on, set here so tests (new App()) and `cdk synth` build the same template:
    // access logs are granted by bucket policy (ACLs are disabled on every bucket).
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const { config } = props;
    const removalPolicy = config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const logRetention = config.logRetentionDays as RetentionDays;

    // 1. Intake: the reports bucket and the queue its uploads are announced on.
    this.intake = new Intake(this, 'Intake', {
      bucketNamePrefix: config.stackName.toLowerCase(),
      reportPrefix: config.reportPrefix,
      consumerTimeout: ProcessReports.timeoutOf(config),
      maxReceiveCount: config.maxReceiveCount,
      removalPolicy,
    });

    // 2. Store: claims, incidents, the alerts outbox and idempotency records.
    this.store = new Store(this, 'Store', { removalPolicy });

    // 3. Process: queue → extraction → incidents and alerts.
    this.processing = new ProcessReports(this, 'Processing', {
      settings: config,
      bucket: this.intake.bucket,
      queue: this.intake.queue,
      tables: this.store,
      logRetention,
      removalPolicy,
    });

    // 4. Notify: the outbox's stream → the alerts topic (KMS-encrypted; CloudWatch may use the key for alarms).
    const topicKey = new Key(this, 'TopicKey', {
      description: 'claimwatch: encrypts the alerts and operations SNS topics',
      enableKeyRotation: true,
      removalPolicy,
    });
    topicKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.notify = new NotifyAlerts(this, 'Notify', {
      table: this.store.table,
      alertsTable: this.store.alertsTable,
      topicKey,
      alertRetentionDays: config.alertRetentionDays,
      logRetention,
      removalPolicy,
    });

    // 5. Who hears about alerts.
    new AlertSubscriptions(this, 'Subscriptions', {
      topic: this.notify.topic,
      emails: config.alertEmails,
      phones: config.alertPhones,
    });

    // 6. Operations: alarms, their topic, a dashboard.
    this.operations = new OperationsAlarms(this, 'Operations', {
      topicKey,
      opsEmails: config.opsEmails,
      processFunction: this.processing.function,
      notifyFunction: this.notify.function,
      uploadsQueue: this.intake.queue,
      uploadsDeadLetterQueue: this.intake.deadLetterQueue,
      notifyDeadLetterQueue: this.notify.deadLetterQueue,
      bedrockModelId: config.extractor === 'bedrock' ? config.modelId : undefined,
    });

    new CfnOutput(this, 'ReportsBucketName', { value: this.intake.bucket.bucketName });
    new CfnOutput(this, 'ReportPrefix', { value: config.reportPrefix || WHOLE_BUCKET });
    new CfnOutput(this, 'AlertsTopicArn', { value: this.notify.topic.topicArn });
    new CfnOutput(this, 'OperationsTopicArn', { value: this.operations.topic.topicArn });
    new CfnOutput(this, 'UploadsQueueArn', { value: this.intake.queue.queueArn });
    new CfnOutput(this, 'UploadsDeadLetterQueueArn', { value: this.intake.deadLetterQueue.queueArn });
    new CfnOutput(this, 'UploadsDeadLetterQueueUrl', { value: this.intake.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'FailedAlertBatchesQueueUrl', { value: this.notify.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'NotifyFunctionName', { value: this.notify.function.functionName });
    new CfnOutput(this, 'DashboardName', { value: this.operations.dashboard.dashboardName });
    // A retained key outlives the stack and costs until its deletion is scheduled (README, Tearing down).
    new CfnOutput(this, 'TopicKeyArn', { value: topicKey.keyArn });

    // Analysts build the incident site (`claimwatch view`) with their own credentials: attach this read-only
    // policy to their role or group. Reads only, on the two tables the site shows (the tables' key is AWS-managed),
    // and this stack's outputs, which name the tables for `claimwatch view --stack`.
    const analystPolicy = new ManagedPolicy(this, 'AnalystReadPolicy', {
      description: 'claimwatch: read-only access to incidents, reports and alerts for claimwatch view',
      statements: [
        new PolicyStatement({
          actions: [
            'dynamodb:DescribeTable',
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:Scan',
          ],
          resources: [this.store.table.tableArn, this.store.alertsTable.tableArn],
        }),
        new PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: [this.stackId] }),
      ],
    });
    new CfnOutput(this, 'AnalystPolicyArn', { value: analystPolicy.managedPolicyArn });
    new CfnOutput(this, 'TableName', { value: this.store.table.tableName });
    new CfnOutput(this, 'AlertsTableName', { value: this.store.alertsTable.tableName });
  }
}
