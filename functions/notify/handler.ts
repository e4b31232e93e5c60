// Lambda entry point of the notify function (alerts table stream → SNS). Clients are built once per container.
// No Powertools Tracer (see observe.ts).
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { wireNotifyHandler } from './wiring.ts';

const logger = new Logger();
const metrics = new Metrics();

export const handler = wireNotifyHandler(
  process.env,
  { dynamodb: new DynamoDBClient({}), sns: new SNSClient({}) },
  { logger, metrics },
);
