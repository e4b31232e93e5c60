// Analysts' subscriptions to the alerts topic, from config. The notifier publishes with MessageStructure json, so
// SNS gives email subscribers the long text and SMS subscribers the short one. A filter narrows a subscription
// on the message attributes the notifier sets: type, civilians (a number), governorate and combatantsOnly.
import { type ITopic, SubscriptionFilter } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { ALERT_ATTRIBUTES } from '../../shared/adapters/sns/alert-attributes.ts';
import type { AlertFilter, EmailSubscription as EmailConfig, PhoneSubscription } from '../config.ts';

/**
 * The SNS filter policy for an alert filter; undefined when it lets everything through. Alerts about combatants'
 * deaths alone reach only subscribers who opt in (`combatants: true`): everyone else keeps to combatantsOnly
 * "false", which the notifier sets on every other alert.
 */
export function filterPolicyOf(filter: AlertFilter | undefined): Record<string, SubscriptionFilter> | undefined {
  const policy: Record<string, SubscriptionFilter> = {};
  if (filter?.types) policy[ALERT_ATTRIBUTES.type] = SubscriptionFilter.stringFilter({ allowlist: filter.types });
  if (filter?.minCivilians !== undefined) {
    policy[ALERT_ATTRIBUTES.civilians] = SubscriptionFilter.numericFilter({
      greaterThanOrEqualTo: filter.minCivilians,
    });
  }
  if (filter?.governorates) {
    policy[ALERT_ATTRIBUTES.governorate] = SubscriptionFilter.stringFilter({ allowlist: filter.governorates });
  }
  if (filter?.combatants !== true) {
    policy[ALERT_ATTRIBUTES.combatantsOnly] = SubscriptionFilter.stringFilter({ allowlist: ['false'] });
  }
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
