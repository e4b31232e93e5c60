// Builds the notify handler from the environment and the AWS clients (real ones in handler.ts, local/mocked in tests).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import { SnsNotifier } from '../../shared/adapters/sns/sns-notifier.ts';
import { notifySettings } from '../env.ts';
import type { Observability } from '../observe.ts';
import { createNotifyHandler, type NotifyHandler } from './notify-handler.ts';

export interface NotifyClients {
  dynamodb: DynamoDBClient;
  sns: SNSClient;
}

export function wireNotifyHandler(
  env: NodeJS.ProcessEnv,
  clients: NotifyClients,
  observability: Observability,
): NotifyHandler {
  const settings = notifySettings(env);
  const store = new DynamoDbStore({
    client: clients.dynamodb,
    tableName: settings.tableName,
    alertsTableName: settings.alertsTableName,
    alertRetentionDays: settings.alertRetentionDays,
  });
  return createNotifyHandler({
    ...observability,
    store,
    notifier: new SnsNotifier(clients.sns, settings.alertsTopicArn),
  });
}
