import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier } from '../../../shared/adapters/sns/sns-notifier.ts';
import { makeAlert } from './alert-fixture.ts';

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:claimwatch-alerts';
const sns = mockClient(SNSClient);

describe('SnsNotifier', () => {
  beforeEach(() => {
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
  });

  it('publishes one JSON-structured message with per-protocol texts', async () => {
    const alert = makeAlert();
    await new SnsNotifier(new SNSClient({ region: 'us-east-1' }), TOPIC).publish(alert);
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
    expect(sns).toHaveReceivedCommandWith(PublishCommand, { TopicArn: TOPIC, MessageStructure: 'json' });
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(JSON.parse(input?.Message ?? '')).toEqual({ default: alert.sms, email: alert.email, sms: alert.sms });
  });

  it('sets the filterable message attributes', async () => {
    await new SnsNotifier(new SNSClient({ region: 'us-east-1' }), TOPIC).publish(makeAlert());
    expect(sns).toHaveReceivedCommandWith(PublishCommand, {
      MessageAttributes: {
        type: { DataType: 'String', StringValue: 'COUNT_RAISED' },
        severity: { DataType: 'String', StringValue: 'high' },
        governorate: { DataType: 'String', StringValue: 'Deir-ez-Zor' },
        civilians: { DataType: 'Number', StringValue: '9' },
        incidentId: { DataType: 'String', StringValue: 'incident-aaaabbbbccccdddd' },
        combatantsOnly: { DataType: 'String', StringValue: 'false' },
      },
    });
  });

  it('marks an alert about combatants alone, so only subscribers who opt in get it', async () => {
    await new SnsNotifier(new SNSClient({ region: 'us-east-1' }), TOPIC).publish(
      makeAlert({ counts: { combatants_killed: 22 }, combatantsOnly: true, severity: 'low' }),
    );
    const attributes = sns.commandCalls(PublishCommand)[0]?.args[0].input.MessageAttributes ?? {};
    expect(attributes.combatantsOnly).toEqual({ DataType: 'String', StringValue: 'true' });
    expect(attributes.civilians).toEqual({ DataType: 'Number', StringValue: '0' });
  });

  it('omits governorate when unknown and sends civilians 0 when not counted', async () => {
    await new SnsNotifier(new SNSClient({ region: 'us-east-1' }), TOPIC).publish(
      makeAlert({ type: 'DENIAL', governorate: undefined, counts: { killed: 4 }, severity: 'medium' }),
    );
    const attributes = sns.commandCalls(PublishCommand)[0]?.args[0].input.MessageAttributes ?? {};
    expect(Object.keys(attributes).sort()).toEqual(['civilians', 'combatantsOnly', 'incidentId', 'severity', 'type']);
    expect(attributes.civilians).toEqual({ DataType: 'Number', StringValue: '0' });
    expect(attributes.type?.StringValue).toBe('DENIAL');
  });

  it('sends an ASCII subject without the Arabic script', async () => {
    await new SnsNotifier(new SNSClient({ region: 'us-east-1' }), TOPIC).publish(makeAlert());
    expect(sns).toHaveReceivedCommandWith(PublishCommand, { Subject: 'Toll raised: 9 civilians killed in Hajin' });
  });

  it('propagates a publish error so the alert is retried', async () => {
    sns.on(PublishCommand).rejects(new Error('Throttling: Rate exceeded'));
    await expect(new SnsNotifier(new SNSClient({ region: 'us-east-1' }), TOPIC).publish(makeAlert())).rejects.toThrow(
      /Rate exceeded/,
    );
  });
});
