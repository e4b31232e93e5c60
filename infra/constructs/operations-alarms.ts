// What operators watch: alarms on everything that means reports or alerts are stuck, all sent to one operations
// topic, and a small dashboard of the pipeline's own metrics next to the AWS ones.
import { Aws, Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, NOTIFY_METRICS, PROCESS_METRICS, SERVICE_NAMES } from '../../functions/metric-names.ts';
import { baseModelId } from '../../shared/adapters/bedrock/models.ts';
import { secureTopicProps } from '../secure-defaults.ts';

export interface OperationsAlarmsProps {
  /** Encrypts the operations topic; CloudWatch must be allowed to use it. */
  readonly topicKey: IKey;
  /** Email addresses subscribed to the operations topic. */
  readonly opsEmails: readonly string[];
  readonly processFunction: IFunction;
  readonly notifyFunction: IFunction;
  readonly uploadsQueue: IQueue;
  readonly uploadsDeadLetterQueue: IQueue;
  readonly notifyDeadLetterQueue: IQueue;
  /**
   * The Bedrock model id (or inference profile id) whose throttling is watched.
   * @default - no Bedrock alarm (the rules extractor calls no model)
   */
  readonly bedrockModelId?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/** A metric the handlers emit with Powertools (namespace Claimwatch, dimension service). */
function pipelineMetric(service: string, metricName: string, label?: string): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service },
    statistic: 'Sum',
    period: FIVE_MINUTES,
    // A label turns an alarm's metric into a metric-math form; alarms pass none.
    ...(label ? { label } : {}),
  });
}

/** Bedrock's InvocationThrottles for one ModelId dimension value. */
function bedrockThrottleMetric(modelId: string): Metric {
  return new Metric({
    namespace: 'AWS/Bedrock',
    metricName: 'InvocationThrottles',
    dimensionsMap: { ModelId: modelId },
    statistic: 'Sum',
    period: FIVE_MINUTES,
  });
}

/**
 * Throttles of the configured model. Calls through an inference profile may be reported under the profile id or
 * under the base model id, so for a profile both are summed (FILL: a series with no data counts as 0 instead of
 * making the sum missing, which the alarm would treat as not breaching).
 */
export function bedrockThrottles(modelId: string): IMetric {
  const base = baseModelId(modelId);
  if (base === modelId) return bedrockThrottleMetric(modelId);
  return new MathExpression({
    expression: 'FILL(profile, 0) + FILL(base, 0)',
    usingMetrics: { profile: bedrockThrottleMetric(modelId), base: bedrockThrottleMetric(base) },
    period: FIVE_MINUTES,
    label: `Bedrock throttles (${modelId} and ${base})`,
  });
}

export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(
      this,
      'Operations',
      secureTopicProps({ displayName: 'claimwatch operations', masterKey: props.topicKey }),
    );
    // enforceSSL gives the topic a policy of its own, which replaces SNS's default one: without this statement
    // nothing would let CloudWatch publish, and every alarm action would fail silently.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*` },
        },
      }),
    );
    for (const address of props.opsEmails) this.topic.addSubscription(new EmailSubscription(address));
    const action = new SnsAction(this.topic);

    const alarm = (alarmId: string, metric: IMetric, threshold: number, description: string) => {
      const created = new Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    alarm(
      'UploadsDeadLetters',
      props.uploadsDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: FIVE_MINUTES,
        statistic: 'Maximum',
      }),
      1,
      'Report notifications failed every delivery and sit in the dead-letter queue. ' +
        'Fix the cause, then redrive (README, Deploying).',
    );
    alarm(
      'NotifyDeadLetters',
      props.notifyDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: FIVE_MINUTES,
        statistic: 'Maximum',
      }),
      1,
      'Alert batches exhausted their retries; the alerts are still unpublished in the outbox. ' +
        'Fix SNS, then drain the outbox (README, Deploying).',
    );
    for (const [name, fn] of [
      ['Process', props.processFunction],
      ['Notify', props.notifyFunction],
    ] as const) {
      alarm(
        `${name}Errors`,
        fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        `The ${name.toLowerCase()} function failed (errors, timeouts).`,
      );
      alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        `The ${name.toLowerCase()} function was throttled by Lambda.`,
      );
    }
    const iteratorAge = new Metric({
      namespace: 'AWS/Lambda',
      metricName: 'IteratorAge',
      dimensionsMap: { FunctionName: props.notifyFunction.functionName },
      statistic: 'Maximum',
      period: FIVE_MINUTES,
    });
    alarm(
      'AlertStreamIteratorAge',
      iteratorAge,
      Duration.minutes(5).toMilliseconds(),
      'Alerts wait more than 5 minutes in the alerts stream: publishing is failing or slow.',
    );
    alarm(
      'ReportsFailed',
      pipelineMetric(SERVICE_NAMES.process, PROCESS_METRICS.failed),
      1,
      'A report ended with status failed (its reason is in the process function logs and the report record).',
    );
    alarm(
      'RecordsFailed',
      pipelineMetric(SERVICE_NAMES.process, PROCESS_METRICS.recordsFailed),
      1,
      'An SQS record failed in the process function and goes back to the queue, then to the DLQ. The log line ' +
        '"record failed" names its S3 key, version and error.',
    );
    if (props.bedrockModelId) {
      alarm(
        'BedrockThrottling',
        bedrockThrottles(props.bedrockModelId),
        5,
        'Bedrock throttles the model: lower maxConcurrency or ask for a higher quota. ' +
          'Throttled reports return to the queue.',
      );
    }

    const processMetric = (name: string, label: string) => pipelineMetric(SERVICE_NAMES.process, name, label);
    const notifyMetric = (name: string, label: string) => pipelineMetric(SERVICE_NAMES.notify, name, label);
    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Reports',
        width: 12,
        left: [
          processMetric(PROCESS_METRICS.processed, 'processed'),
          processMetric(PROCESS_METRICS.duplicate, 'duplicate'),
          processMetric(PROCESS_METRICS.rejected, 'rejected'),
          processMetric(PROCESS_METRICS.failed, 'failed'),
          processMetric(PROCESS_METRICS.retried, 'back to queue'),
        ],
      }),
      new GraphWidget({
        title: 'Claims and alerts',
        width: 12,
        left: [
          processMetric(PROCESS_METRICS.claims, 'claims'),
          processMetric(PROCESS_METRICS.alerts, 'alerts written'),
          notifyMetric(NOTIFY_METRICS.published, 'alerts published'),
          notifyMetric(NOTIFY_METRICS.publishFailed, 'publish failures'),
        ],
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'LLM tokens',
        width: 8,
        left: [
          processMetric(PROCESS_METRICS.inputTokens, 'input'),
          processMetric(PROCESS_METRICS.outputTokens, 'output'),
        ],
      }),
      new GraphWidget({
        title: 'Queue',
        width: 8,
        left: [props.uploadsQueue.metricApproximateNumberOfMessagesVisible({ label: 'waiting' })],
        right: [props.uploadsQueue.metricApproximateAgeOfOldestMessage({ label: 'oldest (s)' })],
      }),
      new GraphWidget({
        title: 'Functions',
        width: 8,
        left: [
          props.processFunction.metricDuration({ statistic: 'p90', label: 'process p90 (ms)' }),
          props.notifyFunction.metricDuration({ statistic: 'p90', label: 'notify p90 (ms)' }),
        ],
        right: [iteratorAge.with({ label: 'alert stream age (ms)' })],
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', width: 24, alarms: this.alarms }));
  }
}
