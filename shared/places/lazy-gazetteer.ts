// A gazetteer built on its first use rather than when it is created. The default gazetteer's index takes
// 0.2–0.6 s to build here; a Lambda function creating its pipeline at import would spend that in every cold
// start, before it knows whether a report even names a place.
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
