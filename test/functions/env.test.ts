// The functions' environment: what the stack sets is read, and a missing value names the variable.
import { describe, expect, it } from 'vitest';
import { ENV, notifySettings, processSettings } from '../../functions/env.ts';

describe('function environment', () => {
  it('reads the process settings', () => {
    expect(
      processSettings({
        [ENV.tableName]: 'main',
        [ENV.alertsTableName]: 'alerts',
        [ENV.idempotencyTableName]: 'idem',
        [ENV.maxReportBytes]: '2048',
      }),
    ).toEqual({
      tableName: 'main',
      alertsTableName: 'alerts',
      idempotencyTableName: 'idem',
      maxReportBytes: 2048,
      minRemainingMsToStart: 0,
    });
  });

  it('names what is missing or malformed', () => {
    expect(() => processSettings({ [ENV.tableName]: 'main' })).toThrow(
      /process function's environment is incomplete.*ALERTS_TABLE_NAME.*IDEMPOTENCY_TABLE_NAME/,
    );
    expect(() =>
      notifySettings({ [ENV.tableName]: 'main', [ENV.alertsTableName]: 'alerts', [ENV.alertsTopicArn]: 'topic' }),
    ).toThrow(/ALERTS_TOPIC_ARN/);
    expect(() =>
      notifySettings({
        [ENV.tableName]: 'm',
        [ENV.alertsTableName]: 'a',
        [ENV.alertsTopicArn]: 'arn:aws:sns:us-east-1:1:t',
        [ENV.alertRetentionDays]: 'soon',
      }),
    ).toThrow(/ALERT_RETENTION_DAYS/);
  });

  it('says what is wrong in English words (zod/mini alone would say only "Invalid input")', () => {
    expect(() =>
      notifySettings({ [ENV.tableName]: 'm', [ENV.alertsTableName]: 'a', [ENV.alertsTopicArn]: 'topic' }),
    ).toThrow('ALERTS_TOPIC_ARN: Invalid string: must start with "arn:"');
    expect(() => processSettings({ [ENV.tableName]: 'main' })).toThrow(
      'ALERTS_TABLE_NAME: Invalid input: expected string, received undefined',
    );
  });
});
