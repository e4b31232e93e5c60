// The outbox's far side: each alert inserted into the alerts table (together with its incident update) reaches the
// notify function through the table's stream and is published to an encrypted SNS topic. If SNS is down the
// stream batch fails and is retried, so alerts are delayed, not lost; the publisher checks the outbox's
// `publishedAt` first, so a replay publishes nothing twice. Batches that exhaust their retries are recorded in a
// dead-letter queue and the alerts stay unpublished in the table until the operator drains the outbox.
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/env.ts';
import { SERVICE_NAMES } from '../../functions/metric-names.ts';
import { acknowledge } from '../nag.ts';
import { deadLetterQueueProps, secureTopicProps } from '../secure-defaults.ts';
import { ClaimwatchFunction } from './claimwatch-function.ts';

/** Stream batches are retried this many times before their pointers go to the dead-letter queue. */
export const NOTIFY_RETRY_ATTEMPTS = 10;

export interface NotifyAlertsProps {
  /** The main table: only its name (the store needs it); the function is granted nothing on it. */
  readonly table: ITableV2;
  /** The outbox, with a NEW_IMAGE stream. */
  readonly alertsTable: ITableV2;
  /** Encrypts the alerts topic. */
  readonly topicKey: IKey;
  /**
   * Published alerts expire from the outbox this many days after publication.
   * @default - published alerts are kept
   */
  readonly alertRetentionDays?: number;
  readonly logRetention: RetentionDays;
  /** Whether the log group and the failed-batches queue outlive the stack. */
  readonly removalPolicy: RemovalPolicy;
}

export class NotifyAlerts extends Construct {
  readonly topic: Topic;
  readonly function: NodejsFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: NotifyAlertsProps) {
    super(scope, id);
    this.topic = new Topic(
      this,
      'Alerts',
      secureTopicProps({ displayName: 'claimwatch alerts', masterKey: props.topicKey }),
    );

    const environment: Record<string, string> = {
      // The store needs both names; this function is granted only the alerts table.
      [ENV.tableName]: props.table.tableName,
      [ENV.alertsTableName]: props.alertsTable.tableName,
      [ENV.alertsTopicArn]: this.topic.topicArn,
    };
    if (props.alertRetentionDays) environment[ENV.alertRetentionDays] = String(props.alertRetentionDays);

    const fn = new ClaimwatchFunction(this, 'Notify', {
      entry: 'functions/notify/handler.ts',
      description: 'claimwatch: publishes alerts from the alerts table stream (outbox) to the SNS topic',
      timeout: Duration.seconds(60),
      memorySize: 256,
      environment,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      serviceName: SERVICE_NAMES.notify,
    });
    this.function = fn.function;

    // GetItem to check publishedAt, UpdateItem to set it, Scan for the operator's "drain the outbox" invocation;
    // never Put or Delete: alerts are written by the process function only. (The event source grants the stream.)
    props.alertsTable.grant(fn.function, 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Scan');
    // sns:Publish on this topic, and the topic key's data-key actions SNS uses for it, spelled out instead of
    // grantPublish (whose kms:GenerateDataKey* wildcard would need an acknowledgment).
    fn.function.addToRolePolicy(
      new PolicyStatement({ sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [this.topic.topicArn] }),
    );
    fn.function.addToRolePolicy(
      new PolicyStatement({
        sid: 'EncryptForAlertsTopic',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: [props.topicKey.keyArn],
      }),
    );

    this.deadLetterQueue = new Queue(
      this,
      'FailedBatches',
      deadLetterQueueProps({ removalPolicy: props.removalPolicy }),
    );
    acknowledge(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      'This queue is itself a dead-letter destination (failed alert-stream batches); ' +
        'it needs no dead-letter queue of its own.',
    );
    fn.function.addEventSource(
      new DynamoEventSource(props.alertsTable, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: NOTIFY_RETRY_ATTEMPTS,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        // New alerts only: marking one published is a MODIFY, its TTL expiry a REMOVE.
        filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT') })],
      }),
    );
  }
}
