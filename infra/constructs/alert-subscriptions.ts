// Analysts' subscriptions to the alerts topic, from config. The notifier publishes with MessageStructure json, so
// SNS gives email subscribers the long text and SMS subscribers the short one. A filter narrows a subscription
// on the message attributes the notifier sets: type, civilians (a number) and governorate.
import { type ITopic, SubscriptionFilter } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { AlertFilter, EmailSubscription as EmailConfig, PhoneSubscription } from '../config.ts';

/** The SNS filter policy for an alert filter; undefined when it lets everything through. */
export function filterPolicyOf(filter: AlertFilter | undefined): Record<string, SubscriptionFilter> | undefined {
  if (!filter) return undefined;
  const policy: Record<string, SubscriptionFilter> = {};
  if (filter.types) policy.type = SubscriptionFilter.stringFilter({ allowlist: filter.types });
  if (filter.minCivilians !== undefined) {
    policy.civilians = SubscriptionFilter.numericFilter({ greaterThanOrEqualTo: filter.minCivilians });
  }
  if (filter.governorates) policy.governorate = SubscriptionFilter.stringFilter({ allowlist: filter.governorates });
  return Object.keys(policy).length > 0 ? policy : undefined;
}

export interface AlertSubscriptionsProps {
  /** The alerts topic. */
  readonly topic: ITopic;
  /** Email subscribers (the long text), each with an optional filter. */
  readonly emails: readonly EmailConfig[];
  /** SMS subscribers (the short text), each with an optional filter. */
  readonly phones: readonly PhoneSubscription[];
}

export class AlertSubscriptions extends Construct {
  constructor(scope: Construct, id: string, props: AlertSubscriptionsProps) {
    super(scope, id);
    for (const email of props.emails) {
      props.topic.addSubscription(new EmailSubscription(email.address, { filterPolicy: filterPolicyOf(email.filter) }));
    }
    for (const phone of props.phones) {
      props.topic.addSubscription(new SmsSubscription(phone.number, { filterPolicy: filterPolicyOf(phone.filter) }));
    }
  }
}
