// The SNS message attributes of an alert: what a subscription's filter policy can match on. The names are shared
// with the CDK subscriptions (infra/constructs/alert-subscriptions.ts), so a policy cannot name an attribute the
// notifier does not set.
import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import type { Alert } from '../../domain/schema.ts';

export const ALERT_ATTRIBUTES = {
  type: 'type',
  severity: 'severity',
  civilians: 'civilians',
  incidentId: 'incidentId',
  governorate: 'governorate',
  combatantsOnly: 'combatantsOnly',
} as const;

/**
 * `combatantsOnly` is always set, "true" or "false": SNS matches a policy key only on a message that carries the
 * attribute, so subscribers who did not opt in can keep to "false" and still get every civilian alert.
 */
export function alertAttributes(alert: Alert): Record<string, MessageAttributeValue> {
  const attributes: Record<string, MessageAttributeValue> = {
    [ALERT_ATTRIBUTES.type]: { DataType: 'String', StringValue: alert.type },
    [ALERT_ATTRIBUTES.severity]: { DataType: 'String', StringValue: alert.severity },
    [ALERT_ATTRIBUTES.civilians]: { DataType: 'Number', StringValue: String(alert.counts.civilians_killed ?? 0) },
    [ALERT_ATTRIBUTES.incidentId]: { DataType: 'String', StringValue: alert.incidentId },
    [ALERT_ATTRIBUTES.combatantsOnly]: { DataType: 'String', StringValue: String(alert.combatantsOnly === true) },
  };
  if (alert.governorate) {
    attributes[ALERT_ATTRIBUTES.governorate] = { DataType: 'String', StringValue: alert.governorate };
  }
  return attributes;
}
