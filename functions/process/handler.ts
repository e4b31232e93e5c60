// Lambda entry point of the process function (SQS → pipeline). Clients are built once per container (cold
// start); a Bedrock client only on the first report, when the Bedrock extractor is selected (select-extractor.ts).
// Everything else is in wiring.ts, process-handler.ts and shared/. No Powertools Tracer (see observe.ts).
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { wireProcessHandler } from './wiring.ts';

const logger = new Logger();
const metrics = new Metrics();

export const handler = wireProcessHandler(
  process.env,
  {
    dynamodb: new DynamoDBClient({}),
    s3: new S3Client({}),
  },
  { logger, metrics },
).handler;
