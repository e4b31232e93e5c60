// What 1,000 reports cost at list prices (bench/aws-prices.ts): Lambda GB-seconds and requests, DynamoDB
// request units (measured by the store-growth bench at its largest store), SNS publishes and deliveries (SMS by
// segments of the alerts the run produced) and, with the Bedrock extractor, its tokens. Durations are the
// local pipeline's, a stand-in for Lambda's; the assumptions are printed with the table.

import { PRICES_CHECKED_ON, priceOf } from '../cli/bedrock-prices.ts';
import { DEFAULT_MODEL_ID } from '../shared/adapters/bedrock/models.ts';
import { extractionToolJsonSchema, SYSTEM_PROMPT } from '../shared/extraction/prompt/index.ts';
import { estimateTokens } from '../shared/text/split-text.ts';
import { AWS_PRICES, AWS_PRICES_DATE } from './aws-prices.ts';
import { benchReports } from './bench-reports.ts';
import { printTable } from './print-table.ts';
import type { GrowthRow } from './store-growth.ts';
import type { SynthesisedBundle } from './synth-bundles.ts';

const REPORTS = 1_000;
/** Assumed: a notify invocation per alert, this long (one GetItem, one UpdateItem, one Publish). */
const NOTIFY_MS_PER_ALERT = 100;
/** Assumed: one email and one SMS subscriber on the alerts topic. */
const SUBSCRIBERS = { email: 1, sms: 1 };
/** Assumed: output tokens per report (a tool call with a few claims). */
const OUTPUT_TOKENS_PER_REPORT = 400;

export function benchCost(growth: readonly GrowthRow[], bundles: readonly SynthesisedBundle[]): void {
  const row = growth[growth.length - 1];
  if (!row) throw new Error('the cost model needs the store-growth bench');
  const memoryOf = (name: string) => bundles.find((b) => b.name === name)?.memoryMb ?? 512;
  const processGb = memoryOf('Processing/Process') / 1024;
  const notifyGb = memoryOf('Notify/Notify') / 1024;
  const alerts = row.alertsPerReport * REPORTS;

  const processGbSeconds = (row.msPerReport / 1000) * processGb * REPORTS;
  const notifyGbSeconds = (NOTIFY_MS_PER_ALERT / 1000) * notifyGb * alerts;
  const writeUnits = row.writeUnitsPerReport * REPORTS;
  const readUnits = (row.capacityPerReport - row.writeUnitsPerReport) * REPORTS;
  const smsSegments = alerts * SUBSCRIBERS.sms * row.smsSegmentsPerAlert;

  const { reports } = benchReports(20);
  const promptTokens = estimateTokens(SYSTEM_PROMPT) + estimateTokens(JSON.stringify(extractionToolJsonSchema()));
  const textTokens = reports.reduce((n, r) => n + estimateTokens(r.text), 0) / reports.length;
  const inputTokens = (promptTokens + textTokens) * REPORTS;
  const outputTokens = OUTPUT_TOKENS_PER_REPORT * REPORTS;
  const model = priceOf(DEFAULT_MODEL_ID);

  const lines: Array<[string, string, number]> = [
    [
      'Lambda process',
      `${processGbSeconds.toFixed(1)} GB-s + ${REPORTS} requests`,
      processGbSeconds * AWS_PRICES.lambdaPerGbSecond + REPORTS * AWS_PRICES.lambdaPerRequest,
    ],
    [
      'Lambda notify',
      `${notifyGbSeconds.toFixed(1)} GB-s + ${alerts.toFixed(0)} requests`,
      notifyGbSeconds * AWS_PRICES.lambdaPerGbSecond + alerts * AWS_PRICES.lambdaPerRequest,
    ],
    ['DynamoDB writes', `${writeUnits.toFixed(0)} WRU`, writeUnits * AWS_PRICES.dynamoPerWriteUnit],
    ['DynamoDB reads', `${readUnits.toFixed(0)} RRU`, readUnits * AWS_PRICES.dynamoPerReadUnit],
    ['SNS publishes', `${alerts.toFixed(0)}`, alerts * AWS_PRICES.snsPerPublish],
    ['SNS email', `${(alerts * SUBSCRIBERS.email).toFixed(0)}`, alerts * SUBSCRIBERS.email * AWS_PRICES.snsPerEmail],
    ['SNS SMS', `${smsSegments.toFixed(0)} segments`, smsSegments * AWS_PRICES.snsPerSmsSegment],
  ];
  const withoutModel = lines.reduce((sum, [, , usd]) => sum + usd, 0);
  if (model) {
    lines.push([
      `Bedrock ${DEFAULT_MODEL_ID}`,
      `${(inputTokens / 1e6).toFixed(2)} M in + ${(outputTokens / 1e6).toFixed(2)} M out tokens`,
      (inputTokens * model.inputPerMillion + outputTokens * model.outputPerMillion) / 1e6,
    ]);
  }
  console.log(
    `Cost per ${REPORTS.toLocaleString('en-US')} reports at list prices (us-east-1, ` +
      `AWS prices of ${AWS_PRICES_DATE}, Bedrock of ${PRICES_CHECKED_ON}):`,
  );
  printTable(
    ['item', 'quantity', 'USD'],
    lines.map(([item, quantity, usd]) => [item, quantity, usd.toFixed(4)]),
  );
  const total = lines.reduce((sum, [, , usd]) => sum + usd, 0);
  console.log(`  total ${total.toFixed(2)} USD with Bedrock, ${withoutModel.toFixed(2)} USD with the rules extractor`);
  console.log(
    `  measured at ${row.incidents.toLocaleString('en-US')} stored incidents: ${row.msPerReport.toFixed(0)} ms and ` +
      `${row.capacityPerReport.toFixed(1)} capacity units a report, ` +
      `${row.alertsPerReport.toFixed(2)} alerts a report, ` +
      `${row.smsSegmentsPerAlert.toFixed(1)} SMS segments an alert. Assumed: notify ${NOTIFY_MS_PER_ALERT} ms an ` +
      `alert, one email and one SMS subscriber, ${OUTPUT_TOKENS_PER_REPORT} output tokens a report; SMS carrier fees ` +
      'and free tiers left out.',
  );
}
