// The prebuilt default-gazetteer index (issue 11): it must be what the CSV data builds today, and a gazetteer
// restored from it must answer exactly as one built from the CSV, on sentences written for this test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  gazetteerIndexModule,
  INDEX_CONSTANT,
  INDEX_MODULE_PATH,
  wrapJson,
} from '../../scripts/gazetteer-index-module.ts';
import { buildGazetteerSnapshot, GazetteerError, gazetteerFromSnapshot } from '../../shared/places/create-gazetteer.ts';
import { gazetteerFromCsv, parseGazetteerCsv } from '../../shared/places/csv-gazetteer.ts';
import { DEFAULT_GAZETTEER_INDEX_JSON } from '../../shared/places/data/default-gazetteer-index.ts';
import { SYRIA_CSV } from '../../shared/places/data/syria.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import type { Gazetteer, GazetteerEntry, PlaceMention } from '../../shared/places/gazetteer.ts';
import type { GazetteerSnapshot } from '../../shared/places/gazetteer-snapshot.ts';

const fromCsv = gazetteerFromCsv(SYRIA_CSV);
const restored = loadDefaultGazetteer();
const entries = parseGazetteerCsv(SYRIA_CSV);

/** Everything a mention says, entries by id, so a difference shows as a readable diff. */
function described(mentions: PlaceMention[]) {
  return mentions.map((m) => ({
    id: m.entry.id,
    text: m.text,
    start: m.start,
    end: m.end,
    alternatives: m.alternatives?.map((e) => e.id),
  }));
}

const ids = (g: Gazetteer, text: string) => g.findMentions(text).map((m) => m.entry.id);

// Arabic and English, with clitics, article-less names, neighbourhood cues and lists, names that are also
// common words, and a name shared by two governorates.
const SENTENCES = [
  'قصفت الطائرات بلدة هجين صباح اليوم وقتل ثلاثة مدنيين.',
  'سقطت قذائف على حي الشعار وحي الميدان في حلب.',
  'طال القصف أحياء الشعار والصاخور شرقي المدينة.',
  'قتل شاب برصاص قناص في الميدان بدمشق.',
  'نزل الناس إلى الميدان للاحتفال بالعيد.',
  'غارات على الباغوز والسوسة وبالشعفة بريف دير الزور الشرقي.',
  'مدينة الباب شمال حلب تعرضت لقصف مدفعي.',
  'وصل وفد إلى الرقة ثم إلى فرقه العسكرية.',
  'مجزرة أريحا راح ضحيتها عشرة أشخاص.',
  'Airstrikes hit the al-Shaar and Bustan al-Qasr neighbourhoods of Aleppo overnight.',
  'Shelling killed four civilians in Deir ez-Zor and al-Bukamal on Monday.',
  'Fighting near An Nabk and Albukamal displaced hundreds.',
  'The towns of Suran and Morek in Hama province were shelled.',
  'A rocket struck the Waer district of Homs.',
  'MAYADIN, Syria — residents said the bridge was destroyed.',
];

describe('the prebuilt default-gazetteer index', () => {
  it('is what the CSV data builds now (after a data or indexing change, run `npm run gazetteer:index`)', () => {
    const committed = JSON.parse(DEFAULT_GAZETTEER_INDEX_JSON) as GazetteerSnapshot;
    const fresh = buildGazetteerSnapshot(entries);
    expect(committed.entries.length, 'stale index: run `npm run gazetteer:index`').toBe(fresh.entries.length);
    expect(committed, 'stale index: run `npm run gazetteer:index` and commit the module it writes').toEqual(fresh);
    const text = readFileSync(resolve(import.meta.dirname, '../..', INDEX_MODULE_PATH), 'utf8');
    expect(text === gazetteerIndexModule(fresh), 'edited by hand? run `npm run gazetteer:index`').toBe(true);
  });

  it('finds the same mentions as the gazetteer built from the CSV', () => {
    for (const text of SENTENCES) {
      expect(described(restored.findMentions(text)), text).toEqual(described(fromCsv.findMentions(text)));
    }
    // The sentences do reach the cue and list rules: the comparison above is not over empty results.
    expect(ids(restored, SENTENCES[2] as string)).toEqual(['N0156', 'N0139']);
    expect(ids(restored, SENTENCES[4] as string)).toEqual([]);
    expect(SENTENCES.filter((s) => restored.findMentions(s).length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('holds the same entries, hierarchy and look-ups for every place and name', () => {
    for (const entry of entries) {
      const { id } = entry;
      expect(restored.get(id), id).toEqual(fromCsv.get(id));
      expect(
        restored.ancestors(id).map((e) => e.id),
        id,
      ).toEqual(fromCsv.ancestors(id).map((e) => e.id));
      expect(
        restored.childrenOf(id).map((e) => e.id),
        id,
      ).toEqual(fromCsv.childrenOf(id).map((e) => e.id));
      for (const name of [entry.nameAr, entry.nameEn, ...entry.aliases, `al-${entry.nameEn}`]) {
        expect(
          restored.lookup(name).map((e) => e.id),
          name,
        ).toEqual(fromCsv.lookup(name).map((e) => e.id));
      }
    }
    const place = restored.get('hajin');
    expect(place && restored.toPlace(place, 'هجين')).toEqual(place && fromCsv.toPlace(place, 'هجين'));
  });

  it('relates the same pairs of places', () => {
    // Each place against the settlements and admin units the rules relate most often.
    const probes = entries.filter((e) => e.kind !== 'neighbourhood' && e.kind !== 'area').map((e) => e.id);
    let related = 0;
    for (const a of entries.map((e) => e.id)) {
      for (const b of probes.filter((_, i) => i % 7 === 0)) {
        const answer = restored.areRelated(a, b);
        if (answer !== fromCsv.areRelated(a, b)) expect.fail(`areRelated(${a}, ${b}) differs`);
        if (answer) related++;
      }
    }
    expect(related).toBeGreaterThan(100);
    expect(restored.areRelated('hajin', 'SY090202')).toBe(fromCsv.areRelated('hajin', 'SY090202'));
  });
});

/** A small gazetteer of its own, so these tests do not depend on the default data. */
const SMALL: GazetteerEntry[] = [
  { id: 'sy', nameEn: 'Syria', nameAr: 'سوريا', aliases: [], kind: 'country' },
  {
    id: 'dez',
    nameEn: 'Deir ez-Zor',
    nameAr: 'دير الزور',
    aliases: ['Deir al-Zor'],
    kind: 'governorate',
    parentId: 'sy',
  },
  { id: 'hajin-sd', nameEn: 'Hajin', nameAr: 'هجين', aliases: [], kind: 'subdistrict', parentId: 'dez' },
  { id: 'hajin', nameEn: 'Hajin', nameAr: 'هجين', aliases: [], kind: 'town', parentId: 'hajin-sd' },
];

describe('the generated index module', () => {
  it('wraps JSON only between tokens, within the width where a break allows', () => {
    const value = {
      a: ['x, y', 'say "hi", then', 'back\\slash'],
      b: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      c: 'z'.repeat(30),
    };
    const lines = wrapJson(value, 20);
    expect(lines.length).toBeGreaterThan(3);
    expect(JSON.parse(lines.join('\n'))).toEqual(value);
    expect(lines.filter((line) => line.length > 20)).toEqual([`"c":"${'z'.repeat(30)}"}`]);
  });

  it('holds the JSON exactly, whatever characters the names contain', async () => {
    const snapshot = buildGazetteerSnapshot([
      { id: 'odd', nameEn: 'Back\\slash `tick` \u0024{x} "quoted"', nameAr: 'حلب', aliases: ['a\nb'], kind: 'town' },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-index-'));
    try {
      const file = join(dir, 'index.mjs');
      writeFileSync(file, gazetteerIndexModule(snapshot));
      const module = (await import(pathToFileURL(file).href)) as Record<string, string>;
      expect(JSON.parse(module[INDEX_CONSTANT] as string)).toEqual(snapshot);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gazetteer snapshots', () => {
  it('round-trip any gazetteer, through JSON, to the same snapshot', () => {
    const snapshot = buildGazetteerSnapshot(SMALL);
    const again = gazetteerFromSnapshot(JSON.parse(JSON.stringify(snapshot)) as GazetteerSnapshot);
    expect(ids(again, 'Shelling hit Hajin in Deir al-Zor on Monday.')).toEqual(['hajin', 'dez']);
    expect(again.get('hajin')?.governorate).toBe('Deir ez-Zor');
    expect(again.areRelated('hajin', 'hajin-sd')).toBe(true);
    expect(buildGazetteerSnapshot(SMALL)).toEqual(snapshot);
  });

  it('refuse a snapshot of another version or with a reference to a missing entry, naming its source', () => {
    const snapshot = buildGazetteerSnapshot(SMALL);
    const old = { ...snapshot, version: 0 } as unknown as GazetteerSnapshot;
    expect(() => gazetteerFromSnapshot(old, 'my index')).toThrow(GazetteerError);
    expect(() => gazetteerFromSnapshot(old, 'my index')).toThrow(/^my index: snapshot version 0 is not 1/);
    const broken: GazetteerSnapshot = { ...snapshot, byNameKey: [['hajin', [999]]] };
    expect(() => gazetteerFromSnapshot(broken, 'my index')).toThrow(/my index: .*entry 999/);
  });
});
