// The gazetteer the pipeline uses unless an operator supplies their own CSV: Syria (see data/). Its index is
// built at build time (npm run gazetteer:index) and restored here from JSON, so no process builds it (issue 11).
import { gazetteerFromSnapshot } from './create-gazetteer.ts';
import { DEFAULT_GAZETTEER_INDEX_JSON } from './data/default-gazetteer-index.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { GazetteerSnapshot } from './gazetteer-snapshot.ts';
import { lazyGazetteer } from './lazy-gazetteer.ts';

let cached: Gazetteer | undefined;

/** Syria's admin units plus hand-written towns, restored once per process from the prebuilt index. */
export function loadDefaultGazetteer(): Gazetteer {
  cached ??= gazetteerFromSnapshot(
    JSON.parse(DEFAULT_GAZETTEER_INDEX_JSON) as GazetteerSnapshot,
    'default gazetteer index (shared/places/data/default-gazetteer-index.ts)',
  );
  return cached;
}

/** The default gazetteer, restored on its first use (see lazy-gazetteer.ts): what a Lambda function wires at import. */
export function lazyDefaultGazetteer(): Gazetteer {
  return lazyGazetteer(loadDefaultGazetteer);
}
