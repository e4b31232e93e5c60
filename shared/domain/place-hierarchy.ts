// What incident grouping needs to know about places: their kind and how they nest. The gazetteer
// (shared/places) implements it; the domain depends on this interface, never on the gazetteer.

export const PLACE_KINDS = [
  'country',
  'governorate',
  'district',
  'subdistrict',
  'city',
  'town',
  'village',
  'neighbourhood',
  'area',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceNode {
  id: string;
  kind: PlaceKind;
}

export interface PlaceHierarchy {
  get(id: string): PlaceNode | undefined;
  parentOf(id: string): PlaceNode | undefined;
  childrenOf(id: string): PlaceNode[];
  /** The place's parents up to the country, nearest first. */
  ancestors(id: string): PlaceNode[];
  /** Same place, or one is the parent or child of the other. */
  areRelated(a: string, b: string): boolean;
}
