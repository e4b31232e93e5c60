// The process function: SQS (S3 upload notifications) → extract claims → incidents and alerts in DynamoDB. It may
// read report objects, use the three tables, and call exactly the configured Bedrock model; nothing else.
import { type CfnElement, Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/env.ts';
import { SERVICE_NAMES } from '../../functions/metric-names.ts';
import { bedrockInvokeStatements, bedrockModelTarget } from '../bedrock-access.ts';
import type { ClaimwatchConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import { ClaimwatchFunction } from './claimwatch-function.ts';

/** The operator settings the process function is built from: extraction, batching, limits. */
export type ProcessSettings = Pick<
  ClaimwatchConfig,
  | 'extractor'
  | 'modelId'
  | 'bedrockModelRegions'
  | 'bedrockMaxInputTokens'
  | 'skipWithoutVocabulary'
  | 'reportPrefix'
  | 'batchSize'
  | 'maxConcurrency'
  | 'processTimeoutSeconds'
  | 'processMemoryMb'
  | 'maxReportBytes'
  | 'smsPlaceScript'
  | 'incidentUrlPattern'
>;

/** The tables the pipeline's store uses (the Store construct has them). */
export interface PipelineTables {
  /** Reports, claims and incidents. */
  readonly table: ITableV2;
  /** The alerts outbox: only ever added to here. */
  readonly alertsTable: ITableV2;
  /** Powertools idempotency records. */
  readonly idempotencyTable: ITableV2;
}

export interface ProcessReportsProps {
  readonly settings: ProcessSettings;
  /** The reports bucket: the function reads objects under settings.reportPrefix. */
  readonly bucket: IBucket;
  /** The queue the bucket announces uploads on. */
  readonly queue: IQueue;
  readonly tables: PipelineTables;
  readonly logRetention: RetentionDays;
  /** Whether the log group outlives the stack. */
  readonly removalPolicy: RemovalPolicy;
}

export class ProcessReports extends Construct {
  /** The function's timeout; the queue's visibility timeout is derived from it. */
  static timeoutOf(settings: Pick<ProcessSettings, 'processTimeoutSeconds'>): Duration {
    return Duration.seconds(settings.processTimeoutSeconds);
  }

  /** Time a report needs in the worst case (one slow model call), capped at half the timeout. */
  static minRemainingMsToStart(settings: Pick<ProcessSettings, 'processTimeoutSeconds'>): number {
    return Math.min(60_000, (settings.processTimeoutSeconds * 1000) / 2);
  }

  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: ProcessReportsProps) {
    super(scope, id);
    const { settings, tables } = props;
    const environment: Record<string, string> = {
      [ENV.tableName]: tables.table.tableName,
      [ENV.alertsTableName]: tables.alertsTable.tableName,
      [ENV.idempotencyTableName]: tables.idempotencyTable.tableName,
      [ENV.maxReportBytes]: String(settings.maxReportBytes),
      [ENV.minRemainingMsToStart]: String(ProcessReports.minRemainingMsToStart(settings)),
      [ENV.extractor]: settings.extractor,
      [ENV.skipWithoutVocabulary]: String(settings.skipWithoutVocabulary),
    };
    if (settings.extractor === 'bedrock') environment[ENV.modelId] = settings.modelId;
    if (settings.bedrockMaxInputTokens) environment[ENV.maxInputTokens] = String(settings.bedrockMaxInputTokens);
    environment[ENV.smsPlaceScript] = settings.smsPlaceScript;
    if (settings.incidentUrlPattern) environment[ENV.incidentUrlPattern] = settings.incidentUrlPattern;

    const fn = new ClaimwatchFunction(this, 'Process', {
      entry: 'functions/process/handler.ts',
      description: 'claimwatch: extracts casualty claims from uploaded reports, updates incidents, writes alerts',
      timeout: ProcessReports.timeoutOf(settings),
      memorySize: settings.processMemoryMb,
      environment,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      serviceName: SERVICE_NAMES.process,
    });
    this.function = fn.function;

    // Reading report objects (HeadObject is authorised by s3:GetObject) under the report prefix only.
    const objects = props.bucket.arnForObjects(`${settings.reportPrefix}*`);
    fn.function.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadReports',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [objects],
      }),
    );
    acknowledge(
      fn,
      `AwsSolutions-IAM5[Resource::<${logicalIdOf(props.bucket)}.Arn>/${settings.reportPrefix}*]`,
      'Reports are uploaded under the report prefix with names not known in advance; read-only, this one prefix.',
    );
    // What the pipeline's DynamoDbStore calls: GetItem, Query and BatchGetItem to read reports and incidents,
    // PutItem for report statuses and the commit transaction's puts (TransactWriteItems is authorised per
    // action). Nothing deletes, and alerts are only ever added here.
    tables.table.grant(fn.function, 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:PutItem');
    tables.alertsTable.grant(fn.function, 'dynamodb:PutItem');
    // Powertools' DynamoDB persistence layer: GetItem, a conditional PutItem to claim a record, UpdateItem to
    // complete it, DeleteItem to release it after a failure. (grantReadWriteData would add Scan, Query, Batch*.)
    tables.idempotencyTable.grant(
      fn.function,
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    );

    if (settings.extractor === 'bedrock') {
      for (const statement of bedrockInvokeStatements({
        modelId: settings.modelId,
        destinationRegions: settings.bedrockModelRegions,
      })) {
        fn.function.addToRolePolicy(statement);
      }
      const target = bedrockModelTarget(settings.modelId);
      if (target.inferenceProfileId && settings.bedrockModelRegions.length === 0) {
        acknowledge(
          fn,
          `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${target.foundationModelId}]`,
          'A cross-region inference profile routes to this one model in regions AWS chooses; the statement is ' +
            'limited to this model and to calls made through the configured profile (bedrock:InferenceProfileArn). ' +
            'Set bedrockModelRegions to list regions instead.',
        );
      }
    }

    fn.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: settings.batchSize,
        maxConcurrency: settings.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
  }
}

/** The CloudFormation logical id of a construct's resource, as cdk-nag prints it in finding ids. */
function logicalIdOf(bucket: IBucket): string {
  return Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement);
}
