// Operators describe their own region in a CSV file:
//   id,kind,name_en,name_ar,aliases,parent_id,pcode,lat,lon
// aliases are separated by "|"; fields may be double-quoted ("" inside quotes is a quote); blank lines and
// lines starting with # are skipped. Every error names the line it is on.
import { createGazetteer, GazetteerError } from './create-gazetteer.ts';
import { type Gazetteer, type GazetteerEntry, PLACE_KINDS, type PlaceKind } from './gazetteer.ts';

export const GAZETTEER_CSV_HEADER = ['id', 'kind', 'name_en', 'name_ar', 'aliases', 'parent_id', 'pcode', 'lat', 'lon'];

export class GazetteerCsvError extends GazetteerError {
  override name = 'GazetteerCsvError';
  constructor(
    readonly line: number,
    message: string,
    readonly source = 'gazetteer CSV',
  ) {
    super(`${source}, line ${line}: ${message}`);
  }
}

/** Splits one CSV line into fields (RFC 4180 quoting, no line breaks inside fields). */
export function splitCsvLine(line: string, lineNo: number, source?: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        if (i < line.length && line[i] !== ',')
          throw new GazetteerCsvError(lineNo, 'text after a closing quote', source);
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      fields.push(field.trim());
      field = '';
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) throw new GazetteerCsvError(lineNo, 'a quoted field is not closed', source);
  fields.push(field.trim());
  return fields;
}

function parseCoordinate(value: string, name: 'lat' | 'lon', lineNo: number, source?: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value);
  const limit = name === 'lat' ? 90 : 180;
  if (!Number.isFinite(n) || Math.abs(n) > limit) {
    throw new GazetteerCsvError(lineNo, `${name} "${value}" is not a number between -${limit} and ${limit}`, source);
  }
  return n;
}

/** Parses the CSV into entries; throws GazetteerCsvError (with the line number) on the first bad row. */
export function parseGazetteerCsv(csvText: string, source?: string): GazetteerEntry[] {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const entries: GazetteerEntry[] = [];
  const lineOf = new Map<string, number>();
  let headerSeen = false;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = splitCsvLine(raw, lineNo, source);
    if (!headerSeen) {
      headerSeen = true;
      const header = fields.map((f) => f.toLowerCase());
      if (header.join(',') !== GAZETTEER_CSV_HEADER.join(',')) {
        throw new GazetteerCsvError(
          lineNo,
          `the header must be "${GAZETTEER_CSV_HEADER.join(',')}", found "${raw.trim()}"`,
          source,
        );
      }
      return;
    }
    if (fields.length !== GAZETTEER_CSV_HEADER.length) {
      throw new GazetteerCsvError(
        lineNo,
        `expected ${GAZETTEER_CSV_HEADER.length} fields, found ${fields.length}`,
        source,
      );
    }
    const [id, kind, nameEn, nameAr, aliases, parentId, pcode, lat, lon] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (id === '') throw new GazetteerCsvError(lineNo, 'id is empty', source);
    if (lineOf.has(id)) {
      throw new GazetteerCsvError(lineNo, `duplicate id "${id}" (first on line ${lineOf.get(id)})`, source);
    }
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) {
      throw new GazetteerCsvError(lineNo, `kind "${kind}" is not one of ${PLACE_KINDS.join(', ')}`, source);
    }
    if (nameEn === '' && nameAr === '')
      throw new GazetteerCsvError(lineNo, 'name_en and name_ar are both empty', source);
    if (parentId === id) throw new GazetteerCsvError(lineNo, `"${id}" is its own parent`, source);
    lineOf.set(id, lineNo);
    const entry: GazetteerEntry = {
      id,
      kind: kind as PlaceKind,
      nameEn,
      nameAr,
      aliases: aliases
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a.length > 0),
    };
    if (parentId !== '') entry.parentId = parentId;
    if (pcode !== '') entry.pcode = pcode;
    const latitude = parseCoordinate(lat, 'lat', lineNo, source);
    const longitude = parseCoordinate(lon, 'lon', lineNo, source);
    if (latitude !== undefined) entry.lat = latitude;
    if (longitude !== undefined) entry.lon = longitude;
    entries.push(entry);
  });
  if (!headerSeen) throw new GazetteerCsvError(1, 'the file is empty (no header line)', source);
  for (const entry of entries) {
    if (entry.parentId !== undefined && !lineOf.has(entry.parentId)) {
      throw new GazetteerCsvError(
        lineOf.get(entry.id) ?? 0,
        `parent_id "${entry.parentId}" is not an id in this file`,
        source,
      );
    }
  }
  return entries;
}

/** A gazetteer from CSV text (see the header above). */
export function gazetteerFromCsv(csvText: string, source?: string): Gazetteer {
  const entries = parseGazetteerCsv(csvText, source);
  try {
    return createGazetteer(entries);
  } catch (error) {
    // Parent cycles are only visible once the whole file is read.
    if (error instanceof GazetteerError) throw new GazetteerError(`${source ?? 'gazetteer CSV'}: ${error.message}`);
    throw error;
  }
}
