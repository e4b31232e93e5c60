// Where reports come in: a private, versioned, encrypted bucket whose uploads under the report prefix are announced
// on an SQS queue (with a dead-letter queue) that the process function drains.
import { Aws, Duration, Fn, type RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Bucket, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueueProps, secureBucketProps, secureQueueProps } from '../secure-defaults.ts';

export interface IntakeProps {
  /** Lower-case prefix of the reports bucket's name (the stack name). */
  readonly bucketNamePrefix: string;
  /** Only objects under this key prefix are reports ('' = the whole bucket). */
  readonly reportPrefix: string;
  /** The consumer's timeout: the queue hides a message 6 times as long (AWS's advice for Lambda consumers). */
  readonly consumerTimeout: Duration;
  /** Deliveries of a message before it goes to the dead-letter queue. */
  readonly maxReceiveCount: number;
  /** Whether the buckets and queues outlive the stack (DESTROY also empties the buckets). */
  readonly removalPolicy: RemovalPolicy;
}

export class Intake extends Construct {
  readonly bucket: Bucket;
  readonly accessLogsBucket: Bucket;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: IntakeProps) {
    super(scope, id);
    const { removalPolicy } = props;

    // The reports bucket's access logs. This bucket logs nothing itself: that would need yet another bucket.
    this.accessLogsBucket = new Bucket(
      this,
      'AccessLogs',
      secureBucketProps({ lifecycleRules: [{ expiration: Duration.days(365) }], removalPolicy }),
    );

    // The bucket's name is fixed before it exists (prefix + this stack's UUID, unique per stack creation), so the
    // queue policy can name the bucket while the bucket's notification waits for that policy: a plain
    // CloudFormation notification, without the custom resource that needs s3:PutBucketNotification on "*".
    const stackUuid = Fn.select(2, Fn.split('/', Aws.STACK_ID));
    const bucketName = Fn.join('', [props.bucketNamePrefix, '-reports-', stackUuid]);
    const bucketArn = Fn.join('', ['arn:', Aws.PARTITION, ':s3:::', bucketName]);

    this.bucket = new Bucket(
      this,
      'Reports',
      secureBucketProps({
        bucketName,
        versioned: true,
        serverAccessLogsBucket: this.accessLogsBucket,
        serverAccessLogsPrefix: 'reports-bucket/',
        lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
        removalPolicy,
      }),
    );

    this.deadLetterQueue = new Queue(this, 'DeadLetters', deadLetterQueueProps({ removalPolicy }));
    this.queue = new Queue(
      this,
      'Uploads',
      secureQueueProps({
        visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
        retentionPeriod: Duration.days(4),
        deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
        removalPolicy,
      }),
    );
    this.queue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'ReportsBucketNotifications',
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
        conditions: {
          ArnEquals: { 'aws:SourceArn': bucketArn },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    );

    const cfnBucket = this.bucket.node.defaultChild as CfnBucket;
    cfnBucket.notificationConfiguration = {
      queueConfigurations: [
        {
          event: 's3:ObjectCreated:*',
          queue: this.queue.queueArn,
          filter: props.reportPrefix
            ? { s3Key: { rules: [{ name: 'prefix', value: props.reportPrefix }] } }
            : undefined,
        },
      ],
    };
    // S3 checks that it may send to the queue when the notification is set: the policy must exist first.
    const queuePolicy = this.queue.node.tryFindChild('Policy');
    if (!queuePolicy) throw new Error('the uploads queue has no resource policy to wait for');
    cfnBucket.node.addDependency(queuePolicy);
  }
}
