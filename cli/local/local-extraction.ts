// The gazetteer and extractor of a local command (`run`, `eval`): the operator's gazetteer CSV or the bundled
// one, and the extractor chosen from the same environment variables as the Lambda's (BEDROCK_MODEL_ID,
// BEDROCK_MAX_INPUT_TOKENS, …), the command line's kind winning.
import { readFileSync } from 'node:fs';
import type { ConverseSender } from '../../shared/adapters/bedrock/bedrock-extractor.ts';
import { EXTRACTOR_ENV, type ExtractorKind, extractorFromEnv } from '../../shared/adapters/select-extractor.ts';
import { gazetteerFromCsv } from '../../shared/places/csv-gazetteer.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import type { Gazetteer } from '../../shared/places/gazetteer.ts';
import type { Extractor } from '../../shared/ports/extractor.ts';

export interface LocalExtractionOptions {
  kind: ExtractorKind;
  /** An operator's gazetteer CSV instead of the bundled one. */
  gazetteerCsv?: string;
  /** A Bedrock Runtime client (tests pass a mocked one); by default one is made from the environment. */
  bedrockClient?: ConverseSender;
}

export function localExtraction(options: LocalExtractionOptions): { gazetteer: Gazetteer; extractor: Extractor } {
  const gazetteer = localGazetteer(options.gazetteerCsv);
  const extractor = extractorFromEnv(
    { ...process.env, [EXTRACTOR_ENV.kind]: options.kind },
    gazetteer,
    options.bedrockClient ? { client: options.bedrockClient } : {},
  );
  return { gazetteer, extractor };
}

/** The operator's gazetteer CSV, or the bundled gazetteer. */
export function localGazetteer(gazetteerCsv: string | undefined): Gazetteer {
  return gazetteerCsv ? loadGazetteerFile(gazetteerCsv) : loadDefaultGazetteer();
}

/** A gazetteer from an operator's CSV file on disk; errors name the file and line. */
export function loadGazetteerFile(path: string): Gazetteer {
  return gazetteerFromCsv(readFileSync(path, 'utf8'), path);
}
