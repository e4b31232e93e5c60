import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Alert } from '../../domain/schema.ts';
import type { Notifier } from '../../ports/notifier.ts';
import { alertAttributes } from './alert-attributes.ts';
import { sanitizeSubject } from './subject.ts';

/**
 * Publishes alerts to an SNS topic with one message per protocol: email subscribers get the long text,
 * SMS subscribers the short one. Attributes (alert-attributes.ts) allow subscription filter policies (e.g. only
 * high severity by SMS, combatants-only alerts only for who opts in).
 * Errors propagate so the caller retries the alert.
 */
export class SnsNotifier implements Notifier {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(alert: Alert): Promise<void> {
    await this.client.send(buildPublishCommand(this.topicArn, alert));
  }
}

export function buildPublishCommand(topicArn: string, alert: Alert): PublishCommand {
  return new PublishCommand({
    TopicArn: topicArn,
    MessageStructure: 'json',
    Message: JSON.stringify({ default: alert.sms, email: alert.email, sms: alert.sms }),
    Subject: sanitizeSubject(alert.subject),
    MessageAttributes: alertAttributes(alert),
  });
}
