// The gazetteer the pipeline uses unless an operator supplies their own CSV: Syria (see data/).
import { gazetteerFromCsv } from './csv-gazetteer.ts';
import { SYRIA_CSV } from './data/syria.ts';
import type { Gazetteer } from './gazetteer.ts';
import { lazyGazetteer } from './lazy-gazetteer.ts';

let cached: Gazetteer | undefined;

/** Syria's admin units plus hand-written towns; built once per process (≈ tens of ms). */
export function loadDefaultGazetteer(): Gazetteer {
  cached ??= gazetteerFromCsv(SYRIA_CSV, 'default gazetteer (shared/places/data/syria.ts)');
  return cached;
}

/** The default gazetteer, built on its first use (see lazy-gazetteer.ts): what a Lambda function wires at import. */
export function lazyDefaultGazetteer(): Gazetteer {
  return lazyGazetteer(loadDefaultGazetteer);
}
