// The secure settings every queue, topic and bucket of the stack starts from, held once (as aws-solutions-constructs
// holds them in its core defaults): private, encrypted at rest, TLS only, and a dead-letter queue that keeps
// messages as long as SQS allows. Each function takes what differs and returns the props with the secure settings
// on top, so a construct cannot weaken them by passing its own.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, BucketEncryption, type BucketProps, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { TopicProps } from 'aws-cdk-lib/aws-sns';
import { QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';

/** What every secure resource is told: whether it outlives the stack. */
export interface Removable {
  readonly removalPolicy: RemovalPolicy;
}

/** SQS-managed encryption (SSE-SQS: no key to manage or pay for) and a policy that refuses plain HTTP. */
export function secureQueueProps(props: QueueProps & Removable): QueueProps {
  return { ...props, encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true };
}

/** A dead-letter queue: as a queue above, keeping each message 14 days (SQS's maximum) for the operator. */
export function deadLetterQueueProps(props: Removable): QueueProps {
  return secureQueueProps({ ...props, retentionPeriod: Duration.days(14) });
}

/** KMS encryption with the stack's customer-managed key and a policy that refuses plain HTTP. */
export function secureTopicProps(props: TopicProps & { readonly masterKey: IKey }): TopicProps {
  return { ...props, enforceSSL: true };
}

/**
 * Private (public access blocked, ACLs disabled), SSE-S3 encrypted (server access logs can only be delivered to
 * SSE-S3 buckets, so both buckets use it), TLS only. With RemovalPolicy.DESTROY the objects are deleted with the
 * bucket (a test stack); otherwise the bucket and its objects outlive the stack.
 */
export function secureBucketProps(props: BucketProps & Removable): BucketProps {
  return {
    ...props,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    autoDeleteObjects: props.removalPolicy === RemovalPolicy.DESTROY,
  };
}
