// The process function: SQS (S3 upload notifications) → extract claims → incidents and alerts in DynamoDB. It may
// read report objects, use the three tables, and call exactly the configured Bedrock model; nothing else.
import { type CfnElement, Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/env.ts';
import { bedrockInvokeStatements, bedrockModelTarget } from '../bedrock-access.ts';
import type { ClaimwatchConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import { ClaimwatchFunction } from './claimwatch-function.ts';
import type { Store } from './store.ts';

export const PROCESS_SERVICE_NAME = 'claimwatch-process';
export const METRICS_NAMESPACE = 'Claimwatch';

export interface ProcessReportsProps {
  config: ClaimwatchConfig;
  bucket: Bucket;
  queue: Queue;
  store: Store;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
}

export class ProcessReports extends Construct {
  /** The function's timeout; the queue's visibility timeout is derived from it. */
  static timeoutOf(config: ClaimwatchConfig): Duration {
    return Duration.seconds(config.processTimeoutSeconds);
  }

  /** Time a report needs in the worst case (one slow model call), capped at half the timeout. */
  static minRemainingMsToStart(config: ClaimwatchConfig): number {
    return Math.min(60_000, (config.processTimeoutSeconds * 1000) / 2);
  }

  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: ProcessReportsProps) {
    super(scope, id);
    const { config, store } = props;
    const environment: Record<string, string> = {
      [ENV.tableName]: store.table.tableName,
      [ENV.alertsTableName]: store.alertsTable.tableName,
      [ENV.idempotencyTableName]: store.idempotencyTable.tableName,
      [ENV.maxReportBytes]: String(config.maxReportBytes),
      [ENV.minRemainingMsToStart]: String(ProcessReports.minRemainingMsToStart(config)),
      [ENV.extractor]: config.extractor,
      [ENV.skipWithoutVocabulary]: String(config.skipWithoutVocabulary),
    };
    if (config.extractor === 'bedrock') environment[ENV.modelId] = config.modelId;
    if (config.bedrockMaxInputTokens) environment[ENV.maxInputTokens] = String(config.bedrockMaxInputTokens);

    const fn = new ClaimwatchFunction(this, 'Process', {
      entry: 'functions/process/handler.ts',
      description: 'claimwatch: extracts casualty claims from uploaded reports, updates incidents, writes alerts',
      timeout: ProcessReports.timeoutOf(config),
      memorySize: config.processMemoryMb,
      environment,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      serviceName: PROCESS_SERVICE_NAME,
      metricsNamespace: METRICS_NAMESPACE,
    });
    this.function = fn.function;

    // Reading report objects (HeadObject is authorised by s3:GetObject) under the report prefix only.
    const objects = props.bucket.arnForObjects(`${config.reportPrefix}*`);
    fn.function.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadReports',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [objects],
      }),
    );
    acknowledge(
      fn,
      `AwsSolutions-IAM5[Resource::<${logicalIdOf(props.bucket)}.Arn>/${config.reportPrefix}*]`,
      'Reports are uploaded under the report prefix with names not known in advance; read-only, this one prefix.',
    );
    // What the pipeline's DynamoDbStore calls: GetItem, Query and BatchGetItem to read reports and incidents,
    // PutItem for report statuses and the commit transaction's puts (TransactWriteItems is authorised per
    // action). Nothing deletes, and alerts are only ever added here.
    store.table.grant(fn.function, 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:PutItem');
    store.alertsTable.grant(fn.function, 'dynamodb:PutItem');
    store.idempotencyTable.grantReadWriteData(fn.function);

    if (config.extractor === 'bedrock') {
      for (const statement of bedrockInvokeStatements({
        modelId: config.modelId,
        destinationRegions: config.bedrockModelRegions,
      })) {
        fn.function.addToRolePolicy(statement);
      }
      const target = bedrockModelTarget(config.modelId);
      if (target.inferenceProfileId && config.bedrockModelRegions.length === 0) {
        acknowledge(
          fn,
          `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${target.foundationModelId}]`,
          'A cross-region inference profile routes to this one model in regions AWS chooses; the statement is limited to this model and to calls made through the configured profile (bedrock:InferenceProfileArn). Set bedrockModelRegions to list regions instead.',
        );
      }
    }

    fn.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: config.batchSize,
        maxConcurrency: config.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
  }
}

/** The CloudFormation logical id of a construct's resource, as cdk-nag prints it in finding ids. */
function logicalIdOf(bucket: Bucket): string {
  return Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement);
}
