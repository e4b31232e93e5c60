// An in-memory Gazetteer over a list of entries: hierarchy, look-ups and mention finding.
import type { Place } from '../domain/schema.ts';
import { nameKey } from '../text/normalize.ts';
import type { Gazetteer, GazetteerEntry, PlaceKind, PlaceMention } from './gazetteer.ts';
import {
  entriesAt,
  entryFromRow,
  entryToRow,
  GAZETTEER_SNAPSHOT_VERSION,
  type GazetteerSnapshot,
  toKeyedRefs,
} from './gazetteer-snapshot.ts';
import { MentionFinder } from './mention-finder.ts';
import { nameMatchKeys } from './name-keys.ts';

export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

const ADMIN_ABOVE_SUBDISTRICT = new Set<PlaceKind>(['district', 'governorate', 'country']);

function namesOf(entry: GazetteerEntry): string[] {
  return [entry.nameAr, entry.nameEn, ...entry.aliases].filter((n) => n.length > 0);
}

class InMemoryGazetteer implements Gazetteer {
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly children = new Map<string, GazetteerEntry[]>();
  private readonly byNameKey = new Map<string, GazetteerEntry[]>();
  private readonly matchKeys = new Map<string, Set<string>>();
  private finder: MentionFinder;

  constructor(input: readonly GazetteerEntry[]) {
    for (const entry of input) {
      if (this.byId.has(entry.id)) throw new GazetteerError(`duplicate place id "${entry.id}"`);
      this.byId.set(entry.id, { ...entry, aliases: [...entry.aliases] });
    }
    for (const entry of this.byId.values()) {
      if (entry.parentId === undefined) continue;
      if (!this.byId.has(entry.parentId)) {
        throw new GazetteerError(`place "${entry.id}" has parent "${entry.parentId}", which is not in the gazetteer`);
      }
      this.addChild(entry);
    }
    for (const entry of this.byId.values()) {
      this.ancestors(entry.id); // throws on a cycle
      entry.governorate ??= this.governorateOf(entry);
      for (const name of namesOf(entry)) {
        const key = nameKey(name);
        const list = this.byNameKey.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byNameKey.set(key, list);
      }
      this.matchKeys.set(entry.id, new Set(namesOf(entry).flatMap(nameMatchKeys)));
    }
    this.finder = new MentionFinder([...this.byId.values()]);
  }

  /** Files the entry under its parent's children, after those filed before it. */
  private addChild(entry: GazetteerEntry): void {
    if (entry.parentId === undefined) return;
    const siblings = this.children.get(entry.parentId) ?? [];
    siblings.push(entry);
    this.children.set(entry.parentId, siblings);
  }

  /** The built index as plain data (see gazetteer-snapshot.ts). */
  toSnapshot(): GazetteerSnapshot {
    const entries = [...this.byId.values()];
    const positionOf = new Map(entries.map((e, i) => [e, i]));
    return {
      version: GAZETTEER_SNAPSHOT_VERSION,
      entries: entries.map(entryToRow),
      byNameKey: toKeyedRefs(this.byNameKey, positionOf),
      matchKeys: entries.map((e) => [...(this.matchKeys.get(e.id) ?? [])]),
      finder: this.finder.toSnapshot(positionOf),
    };
  }

  /** A gazetteer over an index saved by toSnapshot(): no checks or name keys to compute, only maps to fill. */
  static fromSnapshot(snapshot: GazetteerSnapshot): InMemoryGazetteer {
    if (snapshot.version !== GAZETTEER_SNAPSHOT_VERSION) {
      throw new Error(`snapshot version ${snapshot.version} is not ${GAZETTEER_SNAPSHOT_VERSION}; rebuild it`);
    }
    const gazetteer = new InMemoryGazetteer([]);
    const entries = snapshot.entries.map(entryFromRow);
    entries.forEach((entry, i) => {
      gazetteer.byId.set(entry.id, entry);
      gazetteer.matchKeys.set(entry.id, new Set(snapshot.matchKeys[i]));
      gazetteer.addChild(entry);
    });
    for (const [key, refs] of snapshot.byNameKey) gazetteer.byNameKey.set(key, entriesAt(refs, entries));
    gazetteer.finder = MentionFinder.fromSnapshot(snapshot.finder, entries);
    return gazetteer;
  }

  findMentions(text: string): PlaceMention[] {
    return this.finder.findMentions(text);
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** Entries whose name has the same nameKey; failing that, the same match key ("Deir al-Zor"). */
  lookup(name: string): GazetteerEntry[] {
    const exact = this.byNameKey.get(nameKey(name));
    if (exact) return [...exact];
    const found = new Set<GazetteerEntry>();
    for (const key of nameMatchKeys(name)) for (const e of this.finder.entriesFor(key)) found.add(e);
    return [...found];
  }

  parentOf(id: string): GazetteerEntry | undefined {
    const parentId = this.byId.get(id)?.parentId;
    return parentId === undefined ? undefined : this.byId.get(parentId);
  }

  childrenOf(id: string): GazetteerEntry[] {
    return [...(this.children.get(id) ?? [])];
  }

  ancestors(id: string): GazetteerEntry[] {
    const chain: GazetteerEntry[] = [];
    const seen = new Set([id]);
    for (let p = this.parentOf(id); p; p = this.parentOf(p.id)) {
      if (seen.has(p.id)) throw new GazetteerError(`the parents of "${id}" form a cycle at "${p.id}"`);
      seen.add(p.id);
      chain.push(p);
    }
    return chain;
  }

  /**
   * Same place, or one is the parent or child of the other. A town and the admin units named after it
   * (Hajin the town, Hajin the sub-district) count as one place here, so a village whose parent is the
   * town is related to the sub-district too.
   */
  areRelated(a: string, b: string): boolean {
    if (!this.byId.has(a) || !this.byId.has(b)) return false;
    const ca = this.canonical(a);
    const cb = this.canonical(b);
    if (ca === cb) return true;
    const pa = this.parentOf(ca);
    const pb = this.parentOf(cb);
    return (pa !== undefined && this.canonical(pa.id) === cb) || (pb !== undefined && this.canonical(pb.id) === ca);
  }

  toPlace(entry: GazetteerEntry, asWritten?: string): Place {
    // A dateline in capitals ("MAYADIN,") is the same name as the entry's; it would only shout in alerts.
    const written = asWritten?.trim();
    const shouted = written !== undefined && /[A-Z]{3}/.test(written) && written === written.toUpperCase();
    const names = [shouted ? undefined : written, entry.nameAr, entry.nameEn, ...entry.aliases].filter(
      (n): n is string => n !== undefined && n.length > 0,
    );
    const place: Place = { names: [...new Set(names)], placeId: entry.id };
    const governorate = this.byId.get(entry.id)?.governorate ?? entry.governorate;
    if (governorate) place.governorate = governorate;
    return place;
  }

  /**
   * The topmost entry reached by climbing through same-named parents up to sub-district level. It stops
   * below districts: Abu Kamal city, its "centre" sub-district and the Abu Kamal district share a name, but
   * the district also holds Hajin, which must not become related to Abu Kamal city through it.
   */
  private canonical(id: string): string {
    let current = id;
    for (let parent = this.parentOf(current); parent; parent = this.parentOf(current)) {
      if (ADMIN_ABOVE_SUBDISTRICT.has(parent.kind) || !this.sameName(current, parent.id)) break;
      current = parent.id;
    }
    return current;
  }

  private sameName(a: string, b: string): boolean {
    const ka = this.matchKeys.get(a);
    const kb = this.matchKeys.get(b);
    if (!ka || !kb) return false;
    for (const k of ka) if (kb.has(k)) return true;
    return false;
  }

  private governorateOf(entry: GazetteerEntry): string | undefined {
    if (entry.kind === 'governorate') return entry.nameEn || entry.nameAr;
    const gov = this.ancestors(entry.id).find((e) => e.kind === 'governorate');
    return gov ? gov.nameEn || gov.nameAr : undefined;
  }
}

/** Builds a gazetteer; throws GazetteerError on duplicate ids, unknown parents or parent cycles. */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  return new InMemoryGazetteer(entries);
}

/** Builds a gazetteer (as createGazetteer, with its errors) and returns its index as plain data. */
export function buildGazetteerSnapshot(entries: readonly GazetteerEntry[]): GazetteerSnapshot {
  return new InMemoryGazetteer(entries).toSnapshot();
}

/** The gazetteer a snapshot describes; throws GazetteerError, naming `source`, when the snapshot is unusable. */
export function gazetteerFromSnapshot(snapshot: GazetteerSnapshot, source = 'gazetteer snapshot'): Gazetteer {
  try {
    return InMemoryGazetteer.fromSnapshot(snapshot);
  } catch (error) {
    throw new GazetteerError(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
