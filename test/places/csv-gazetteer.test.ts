import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFile } from '../../cli/local/local-extraction.ts';
import { GazetteerError } from '../../shared/places/create-gazetteer.ts';
import { GazetteerCsvError, gazetteerFromCsv } from '../../shared/places/csv-gazetteer.ts';

const HEADER = 'id,kind,name_en,name_ar,aliases,parent_id,pcode,lat,lon';

const REGION = `${HEADER}
# a made-up region for tests
north,governorate,North Province,المحافظة الشمالية,,,NP01,,
riverton,city,Riverton,مدينة النهر,Riverton City|ريفرتون,north,NP0101,36.5,40.25
"old-quarter",neighbourhood,"Old Quarter, Riverton",الحي القديم,"The ""Old"" Quarter",riverton,,,
hillside,village,Hillside,التلال الخضراء,,north,,36.7,40.3
`;

describe('gazetteerFromCsv', () => {
  const g = gazetteerFromCsv(REGION);

  it('reads entries, aliases, quoted fields and coordinates', () => {
    const city = g.get('riverton');
    expect(city).toMatchObject({
      kind: 'city',
      nameEn: 'Riverton',
      nameAr: 'مدينة النهر',
      aliases: ['Riverton City', 'ريفرتون'],
      parentId: 'north',
      pcode: 'NP0101',
      lat: 36.5,
      lon: 40.25,
      governorate: 'North Province',
    });
    expect(g.get('old-quarter')?.nameEn).toBe('Old Quarter, Riverton');
    expect(g.get('old-quarter')?.aliases).toEqual(['The "Old" Quarter']);
    expect(g.get('north')?.lat).toBeUndefined();
  });

  it('finds mentions of its own places', () => {
    const mentions = g.findMentions('Shelling hit Riverton City and the village of Hillside; وفي ريفرتون');
    expect(mentions.map((m) => [m.text, m.entry.id])).toEqual([
      ['Riverton City', 'riverton'],
      ['Hillside', 'hillside'],
      ['ريفرتون', 'riverton'],
    ]);
  });

  it('builds the hierarchy', () => {
    expect(g.parentOf('old-quarter')?.id).toBe('riverton');
    expect(g.ancestors('old-quarter').map((e) => e.id)).toEqual(['riverton', 'north']);
    expect(
      g
        .childrenOf('north')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['hillside', 'riverton']);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const crlf = `\uFEFF${REGION.replace(/\n/g, '\r\n')}`;
    expect(gazetteerFromCsv(crlf).get('hillside')?.nameEn).toBe('Hillside');
  });

  const bad: [string, string, RegExp][] = [
    ['wrong header', 'id,kind,name\nx,city,X', /line 1: the header must be/],
    ['missing field', `${HEADER}\nx,city,X,س,,,,1`, /line 2: expected 9 fields, found 8/],
    ['unknown kind', `${HEADER}\n\nx,hamlet,X,س,,,,,`, /line 3: kind "hamlet" is not one of/],
    ['empty id', `${HEADER}\n,city,X,س,,,,,`, /line 2: id is empty/],
    ['no names', `${HEADER}\nx,city,,,,,,,`, /line 2: name_en and name_ar are both empty/],
    ['bad latitude', `${HEADER}\nx,city,X,س,,,,95,40`, /line 2: lat "95" is not a number/],
    ['bad longitude', `${HEADER}\nx,city,X,س,,,,35,east`, /line 2: lon "east" is not a number/],
    ['duplicate id', `${HEADER}\nx,city,X,س,,,,,\nx,town,Y,ص,,,,,`, /line 3: duplicate id "x" \(first on line 2\)/],
    [
      'unknown parent',
      `${HEADER}\nx,city,X,س,,,,,\ny,town,Y,ص,,nowhere,,,`,
      /line 3: parent_id "nowhere" is not an id/,
    ],
    ['unclosed quote', `${HEADER}\nx,city,"X,س,,,,,`, /line 2: a quoted field is not closed/],
    ['empty file', '', /line 1: the file is empty/],
  ];
  for (const [what, csv, message] of bad) {
    it(`rejects a bad file: ${what}`, () => {
      expect(() => gazetteerFromCsv(csv, 'region.csv')).toThrow(GazetteerCsvError);
      expect(() => gazetteerFromCsv(csv, 'region.csv')).toThrow(message);
      expect(() => gazetteerFromCsv(csv, 'region.csv')).toThrow(/^region\.csv, line \d+/);
    });
  }

  it('rejects a parent cycle', () => {
    const csv = `${HEADER}\na,city,A,ا,,b,,,\nb,town,B,ب,,a,,,`;
    expect(() => gazetteerFromCsv(csv)).toThrow(GazetteerError);
    expect(() => gazetteerFromCsv(csv)).toThrow(/cycle/);
  });
});

describe('loadGazetteerFile', () => {
  it('reads a CSV file and names the file in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    const good = join(dir, 'region.csv');
    writeFileSync(good, REGION);
    expect(loadGazetteerFile(good).get('riverton')?.nameEn).toBe('Riverton');
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `${HEADER}\nx,city,X,س,,,,,,`);
    expect(() => loadGazetteerFile(broken)).toThrow(`${broken}, line 2: expected 9 fields, found 10`);
  });
});
