// Lambda entry point of the notify function (alerts table stream → SNS). Clients are built once per container.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { wireNotifyHandler } from './wiring.ts';

const logger = new Logger();
const metrics = new Metrics();
const tracer = new Tracer();

export const handler = wireNotifyHandler(
  process.env,
  {
    dynamodb: tracer.captureAWSv3Client(new DynamoDBClient({})),
    sns: tracer.captureAWSv3Client(new SNSClient({})),
  },
  { logger, metrics, tracer },
);
