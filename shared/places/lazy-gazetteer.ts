// A gazetteer built on its first use rather than when it is created. Indexing a CSV gazetteer the size of the
// default one takes 0.2–0.6 s here (the default one is restored from a prebuilt index instead, ≈ 15 ms); a
// Lambda function creating its pipeline at import would spend that in every cold start, before it knows
// whether a report even names a place.
import type { Gazetteer } from './gazetteer.ts';

export function lazyGazetteer(build: () => Gazetteer): Gazetteer {
  let built: Gazetteer | undefined;
  const get = () => {
    built ??= build();
    return built;
  };
  return {
    findMentions: (text) => get().findMentions(text),
    get: (id) => get().get(id),
    lookup: (name) => get().lookup(name),
    parentOf: (id) => get().parentOf(id),
    childrenOf: (id) => get().childrenOf(id),
    ancestors: (id) => get().ancestors(id),
    areRelated: (a, b) => get().areRelated(a, b),
    toPlace: (entry, asWritten) => get().toPlace(entry, asWritten),
  };
}
