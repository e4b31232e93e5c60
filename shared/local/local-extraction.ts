// The gazetteer and extractor of a local command (`run`, `eval`): the operator's gazetteer CSV or the bundled
// one, and the extractor chosen from the same environment variables as the Lambda's (BEDROCK_MODEL_ID,
// BEDROCK_MAX_INPUT_TOKENS, …), the command line's kind winning.
import type { ConverseSender } from '../adapters/bedrock/bedrock-extractor.ts';
import { EXTRACTOR_ENV, type ExtractorKind, extractorFromEnv } from '../adapters/select-extractor.ts';
import { loadGazetteerFile } from '../places/csv-gazetteer.ts';
import { loadDefaultGazetteer } from '../places/default-gazetteer.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import type { Extractor } from '../ports/extractor.ts';

export interface LocalExtractionOptions {
  kind: ExtractorKind;
  /** An operator's gazetteer CSV instead of the bundled one. */
  gazetteerCsv?: string;
  /** A Bedrock Runtime client (tests pass a mocked one); by default one is made from the environment. */
  bedrockClient?: ConverseSender;
}

export function localExtraction(options: LocalExtractionOptions): { gazetteer: Gazetteer; extractor: Extractor } {
  const gazetteer = options.gazetteerCsv ? loadGazetteerFile(options.gazetteerCsv) : loadDefaultGazetteer();
  const extractor = extractorFromEnv(
    { ...process.env, [EXTRACTOR_ENV.kind]: options.kind },
    gazetteer,
    options.bedrockClient ? { client: options.bedrockClient } : {},
  );
  return { gazetteer, extractor };
}
