// `--extractor`, as `run` and `eval` both take it.
import { EXTRACTOR_KINDS, type ExtractorKind } from '../shared/adapters/extractor-env.ts';
import { UsageError } from './usage-error.ts';

export function parseExtractorOption(value: string | undefined): ExtractorKind {
  const kind = EXTRACTOR_KINDS.find((k) => k === value);
  if (!kind) throw new UsageError(`--extractor must be ${EXTRACTOR_KINDS.join(' or ')}, not "${value}"`);
  return kind;
}
