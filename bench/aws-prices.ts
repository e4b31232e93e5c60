// AWS list prices the cost model uses: on-demand, us-east-1, USD. Taken from the AWS pricing pages as known on
// AWS_PRICES_DATE (this machine has no internet to re-check them); confirm before quoting. Bedrock token prices
// are cli/bedrock-prices.ts's, with their own date.
export const AWS_PRICES_DATE = '2025-06-01';

export const AWS_PRICES = {
  /** Lambda on arm64 (Graviton), per GB-second of duration. */
  lambdaPerGbSecond: 0.0000133334,
  /** Lambda, per request. */
  lambdaPerRequest: 0.2 / 1_000_000,
  /** DynamoDB on-demand, per write request unit (after the November 2024 price cut). */
  dynamoPerWriteUnit: 0.625 / 1_000_000,
  /** DynamoDB on-demand, per read request unit. */
  dynamoPerReadUnit: 0.125 / 1_000_000,
  /** SNS standard topic, per publish (64 KB chunk). */
  snsPerPublish: 0.5 / 1_000_000,
  /** SNS email delivery, per message. */
  snsPerEmail: 2 / 100_000,
  /** SNS SMS to a US number, per message segment: the base price, carrier fees not included. */
  snsPerSmsSegment: 0.00581,
} as const;
