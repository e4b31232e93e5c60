// Sorts what can go wrong calling Bedrock into: retry later (the record goes back to SQS), retry once now
// (the model garbled its tool call), or give up with a reason an operator can act on (the report is
// recorded 'failed' with it). The SDK has already retried throttling and 5xx adaptively by the time an
// error reaches this code.
import { RetryableExtractionError } from '../../ports/extractor.ts';

export type BedrockFailureCode =
  | 'access-denied'
  | 'model-not-found'
  | 'invalid-request'
  | 'invalid-output'
  | 'no-tool-call'
  | 'blocked'
  | 'too-long';

/** A permanent extraction failure; `code` is a stable label for metrics, the message is for the operator. */
export class BedrockExtractionError extends Error {
  override readonly name = 'BedrockExtractionError';
  constructor(
    readonly code: BedrockFailureCode,
    message: string,
  ) {
    super(message);
  }
}

export type ClassifiedError =
  | { kind: 'retry-later'; error: RetryableExtractionError }
  | { kind: 'retry-now'; detail: string }
  /** The input is over the model's context window: split the report. */
  | { kind: 'too-long'; detail: string }
  | { kind: 'fatal'; error: Error };

const RETRY_LATER = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'InternalServerException',
  'ModelNotReadyException',
  'ModelTimeoutException',
  // On-demand token quotas are per minute: waiting helps; a zero quota ends in the DLQ after maxReceiveCount.
  'ServiceQuotaExceededException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export function classifyBedrockError(err: unknown, modelId: string): ClassifiedError {
  const e = (err ?? {}) as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? 'Error';
  const message = e.message ?? String(err);
  const status = e.$metadata?.httpStatusCode;
  const said = `${name}: ${message}`;

  if (RETRY_LATER.has(name) || (status !== undefined && status >= 500) || isNetworkError(e.code)) {
    return {
      kind: 'retry-later',
      error: new RetryableExtractionError(`Bedrock is unavailable or throttling after the SDK's retries (${said})`, {
        cause: err,
      }),
    };
  }
  // Nova reports a garbled tool call as a model error ("The model produced an invalid sequence as part of ToolUse").
  if (name === 'ModelErrorException') return { kind: 'retry-now', detail: said };
  if (name === 'AccessDeniedException') {
    return fatal(
      'access-denied',
      `Bedrock denied access to model ${modelId} (${said}). ` +
        'Enable access to the model in the Bedrock console (Model access) and allow bedrock:InvokeModel on both ' +
        'the inference profile and the foundation model it routes to.',
      err,
    );
  }
  if (name === 'ResourceNotFoundException') {
    return fatal(
      'model-not-found',
      `Bedrock model ${modelId} was not found in this region (${said}). Check BEDROCK_MODEL_ID and AWS_REGION.`,
      err,
    );
  }
  if (name === 'ValidationException' && /too long|too many (input )?tokens|context (window|length)/i.test(message)) {
    return { kind: 'too-long', detail: said };
  }
  if (name === 'ValidationException') {
    const hint = /on-demand throughput/i.test(message)
      ? ' This model needs an inference profile id (e.g. us.<model id>) rather than the bare model id.'
      : /model identifier is invalid|not supported|doesn't support/i.test(message)
        ? ' Check that BEDROCK_MODEL_ID names a model or inference profile that supports the Converse API ' +
          'and tool use in this region.'
        : '';
    return fatal('invalid-request', `Bedrock rejected the request for model ${modelId} (${said}).${hint}`, err);
  }
  // Anything else (4xx we do not know, programming errors) is not worth a redelivery loop.
  return fatal('invalid-request', `Bedrock call failed for model ${modelId} (${said})`, err);
}

/** Connection-level failures (no HTTP answer): worth a later retry, like a 5xx. */
function isNetworkError(code: string | undefined): boolean {
  return code !== undefined && (NETWORK_CODES.has(code) || code.startsWith('ERR_HTTP2_'));
}

function fatal(code: BedrockFailureCode, message: string, cause: unknown): ClassifiedError {
  const error = new BedrockExtractionError(code, message);
  error.cause = cause;
  return { kind: 'fatal', error };
}
