// Writes the default gazetteer's prebuilt index (shared/places/data/default-gazetteer-index.ts) from its CSV
// data, so a cold process restores the index instead of building it (issue 11). Run `npm run gazetteer:index`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGazetteerSnapshot } from '../shared/places/create-gazetteer.ts';
import { parseGazetteerCsv } from '../shared/places/csv-gazetteer.ts';
import { SYRIA_CSV } from '../shared/places/data/syria.ts';
import { gazetteerIndexModule, INDEX_MODULE_PATH } from './gazetteer-index-module.ts';

const snapshot = buildGazetteerSnapshot(parseGazetteerCsv(SYRIA_CSV, 'shared/places/data/syria.ts'));
const text = gazetteerIndexModule(snapshot);
const target = resolve(import.meta.dirname, '..', INDEX_MODULE_PATH);
writeFileSync(target, text);
console.log(`wrote ${snapshot.entries.length} places (${(text.length / 1024).toFixed(0)} K characters) to ${target}`);
