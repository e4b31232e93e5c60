// A built gazetteer's index as plain JSON (issue 11): building the default gazetteer's index runs every line of
// name folding and tokenising cold on the first report (≈ 0.2 s); restoring this snapshot only fills maps.
// Entries appear once, as rows; everything else refers to them by their position in `entries` (a number is a
// third the size of an id, and the snapshot ships in every bundle that uses the default gazetteer). What a plain
// loop over the restored data rebuilds (children by parent, cue-only keys) is left out; what needs name folding
// and tokenising, the cold work this avoids, is kept. Lists keep
// the order the build made, since the order of same-named entries decides which one a mention means first.
import type { GazetteerEntry, PlaceKind } from './gazetteer.ts';

/** Bumped when the shape changes, so an old snapshot is refused rather than misread. */
export const GAZETTEER_SNAPSHOT_VERSION = 1;

/** An entry as a row: its fields in a fixed order, null where the entry has none. */
export type EntryRow = [
  id: string,
  kind: PlaceKind,
  nameEn: string,
  nameAr: string,
  aliases: string[],
  parentId: string | null,
  pcode: string | null,
  lat: number | null,
  lon: number | null,
  governorate: string | null,
];

/** Key → positions of entries, in insertion order (pairs keep the order that numeric object keys would not). */
export type KeyedRefs = Array<[key: string, refs: number[]]>;

export interface MentionFinderSnapshot {
  byKey: KeyedRefs;
  firstWords: string[];
  bareArabicKeys: string[];
  maxTokens: number;
  cueNeeding: KeyedRefs;
}

export interface GazetteerSnapshot {
  version: typeof GAZETTEER_SNAPSHOT_VERSION;
  /** Entries as built: the input's, with `governorate` resolved. */
  entries: EntryRow[];
  byNameKey: KeyedRefs;
  /** Each entry's names' match keys, in the order of `entries`. */
  matchKeys: string[][];
  finder: MentionFinderSnapshot;
}

export function entryToRow(e: GazetteerEntry): EntryRow {
  return [
    e.id,
    e.kind,
    e.nameEn,
    e.nameAr,
    [...e.aliases],
    e.parentId ?? null,
    e.pcode ?? null,
    e.lat ?? null,
    e.lon ?? null,
    e.governorate ?? null,
  ];
}

export function entryFromRow(row: EntryRow): GazetteerEntry {
  const [id, kind, nameEn, nameAr, aliases, parentId, pcode, lat, lon, governorate] = row;
  const entry: GazetteerEntry = { id, nameEn, nameAr, aliases: [...aliases], kind };
  if (parentId !== null) entry.parentId = parentId;
  if (pcode !== null) entry.pcode = pcode;
  if (lat !== null) entry.lat = lat;
  if (lon !== null) entry.lon = lon;
  if (governorate !== null) entry.governorate = governorate;
  return entry;
}

/** Positions → entries; a position outside `entries` means a broken snapshot, which the caller reports. */
export function entriesAt(refs: readonly number[], entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  return refs.map((ref) => {
    const entry = entries[ref];
    if (!entry) throw new Error(`the snapshot refers to entry ${ref}, but holds ${entries.length}`);
    return entry;
  });
}

/** Key → entries as key → positions, given each entry's position. */
export function toKeyedRefs(
  map: ReadonlyMap<string, Iterable<GazetteerEntry>>,
  positionOf: ReadonlyMap<GazetteerEntry, number>,
): KeyedRefs {
  const refOf = (e: GazetteerEntry) => {
    const ref = positionOf.get(e);
    if (ref === undefined) throw new Error(`"${e.id}" is indexed but not among the entries`);
    return ref;
  };
  return [...map].map(([key, entries]) => [key, [...entries].map(refOf)]);
}
