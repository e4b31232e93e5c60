// Lambda entry point of the process function (SQS → pipeline). Clients are built once per container (cold
// start); a Bedrock client only on the first report, when the Bedrock extractor is selected (select-extractor.ts).
// Everything else is in wiring.ts, process-handler.ts and shared/.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { wireProcessHandler } from './wiring.ts';

const logger = new Logger();
const metrics = new Metrics();
const tracer = new Tracer();

export const handler = wireProcessHandler(
  process.env,
  {
    dynamodb: tracer.captureAWSv3Client(new DynamoDBClient({})),
    s3: tracer.captureAWSv3Client(new S3Client({})),
  },
  { logger, metrics, tracer },
).handler;
