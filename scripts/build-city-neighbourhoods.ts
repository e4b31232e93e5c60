// Regenerates city-neighbourhoods.ts (the neighbourhoods of Syria's cities) from OCHA's 2016 city
// neighbourhoods table. Names, P-codes and coordinates are facts; the CSV rows are ours. Run:
//   npx tsx scripts/build-city-neighbourhoods.ts ../shared/data/gazetteer
// The output is committed, so builds and tests never need the OCHA file. Every row is a neighbourhood whose
// parent is its city's entry in syria-places.ts; Damascus's 15 OCHA areas (الميدان، المزة، برزة…) become
// neighbourhoods too, since reports name them more often than the neighbourhoods inside them.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitCsvLine } from '../shared/places/csv-gazetteer.ts';

/** OCHA's city (admin 3 P-code) → the city's id in syria-places.ts. */
const CITY_OF: Record<string, string> = {
  SY010000: 'damascus-city',
  SY020000: 'aleppo-city',
  SY040100: 'homs-city',
  SY050100: 'hama-city',
  SY060000: 'latakia-city',
  SY080000: 'hasakah-city',
  SY090100: 'deir-ez-zor-city',
  SY100000: 'tartus-city',
  SY110100: 'raqqa-city',
  SY120000: 'daraa-city',
  SY130000: 'sweida-city',
};
/** OCHA's Yarmuk community (three neighbourhoods of the camp): parent is the camp. */
const YARMOUK_COMMUNITY = 'C1002';

/**
 * Rows left out: Idlib city's five are directions ("الغربي", "الشرقي") and "مركز المدينة", not names; and
 * two of Damascus's areas duplicate a hand-written entry (Jobar, kept in syria-places.ts with its spellings).
 */
const SKIP_COMMUNITIES = new Set(['C3871']);
/** Name parts too generic to be a name on their own ("الراموسة/ المنطقة الصناعية" keeps "الراموسة"). */
const GENERIC_AR = new Set(['المنطقة الصناعية', 'منطقة صناعية', 'مركز المدينة', 'المدينة', 'الجنوبي', 'الصناعي']);
/**
 * English names that are only generic words ("Southern", "Industrial"): kept out, they would match "its southern
 * districts".
 */
const GENERIC_EN = /^(southern|northern|eastern|western|central|industrial|youth housing|city centre)$/i;

/** Spellings reports use beside OCHA's, keyed by P-code (areas by their area P-code). */
const EXTRA: Record<string, string[]> = {
  N0156: ["al-Sha'ar", 'al-Shaar', 'Shaar', 'Sha’ar'],
  N0139: ['Sakhour', 'al-Sakhur', 'Sakhur'],
  N0123: ['Sheikh Maksoud', 'Sheikh Maqsud', 'Sheikh Maqsoud'],
  N0129: ['مساكن هنانو', 'Masaken Hanano', 'Masakin Hanano'],
  N0122: ['Haydariya', 'Hayderiyeh', 'al-Haidariya'],
  N0197: ['Kallaseh', 'al-Kalasa', 'Kalasa', 'Kallasa'],
  N0219: ['Sukkari', 'al-Sukari', 'Sukkary'],
  N0204: ['Bustan al-Qasr', 'Bustan al-Kasr'],
  N0214: ['Salaheddine', 'Salah al-Din', 'Salahuddin', 'Salaheddin'],
  N0138: ['al-Midan', 'Meidan', 'al-Meidan'],
  N0216: ['Hamdaniyeh', 'Hamdaniya', 'al-Hamdaniyah'],
  N0128: ['Ashrafieh', 'Ashrafiya', 'al-Ashrafiyah'],
  N0209: ['Firdous', 'al-Firdous', 'Ferdous'],
  N0268: ['Baba Amro', 'بابا عمر'],
  N0246: ["al-Wa'er", 'al-Waer', 'Waer', 'Wa’er'],
  N0239: ['Khaldiyeh', 'al-Khalidiya', 'Khalidiya'],
  N0260: ['Bab al-Sibaa', 'Bab Sbaa'],
  N0264: ['Karm al-Zeitoun', 'Karm al-Zaytoun'],
  N0244: ['Jourat al-Shayah', 'Jouret al-Shayah'],
  N0418: ['Rashidiya', 'Rushdiyeh'],
  N0425: ['Hamidiya'],
  N0092: ['Tadamon', 'al-Tadamon', 'Tadamun'],
  N0007: ['Qabun', 'al-Qaboun'],
  N0094: ['Qadam', 'al-Qadam'],
  N0049: ['Bab Tuma'],
  N0465: ["al-Dir'iya", 'Diriya'],
  A001: ['Dumar', 'Dimmar'],
  A002: ['Rukn al-Din', 'Rukneddine'],
  A003: ['Barzeh', 'Barza', 'Berzeh'],
  A008: ['Jobar', 'Jawbar'],
  A009: ['Mezzeh', 'Mazzeh', 'al-Mazzeh', 'Mezze'],
  A011: ['Old Damascus'],
  A012: ['Kafr Sousa', 'Kafarsouseh', 'Kafr Souseh', 'كفر سوسة'],
  A013: ['al-Midan', 'Meidan', 'al-Meidan'],
  A014: ['Shaghour', 'al-Shaghour'],
};

function rows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const names = splitCsvLine(header as string, 1);
  // Some Arabic names hold line breaks inside quotes ("الدلالين" three times): keep one CSV line per row.
  const joined: string[] = [];
  for (const line of lines) {
    const open = (joined.at(-1)?.match(/"/g)?.length ?? 0) % 2 === 1;
    if (open) joined[joined.length - 1] += `\n${line}`;
    else joined.push(line);
  }
  return joined.map((line, i) => {
    const fields = splitCsvLine(line, i + 2);
    return Object.fromEntries(names.map((n, j) => [n, fields[j] ?? '']));
  });
}

function csvField(value: string): string {
  return /[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The parts of an OCHA name: "بيت محب/ جديدة", "الحرية_ عش الورور", "العباسية-المهاجرين" name two places at once. */
function nameParts(raw: string): string[] {
  const clean = (raw.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  // A hyphen joins two Arabic names; in Latin it is part of one ("Ad-Dallain").
  const parts = clean.split(/\s*[/_]\s*|(?<=\p{Script=Arabic})-(?=\p{Script=Arabic})/u).map((p) => p.trim());
  return [...new Set(parts.map((p) => p.replace(/\(.*$/, '').trim()))].filter(
    (p) => p.length > 1 && !/\d/.test(p) && !GENERIC_AR.has(p) && !GENERIC_EN.test(p),
  );
}

/** "Fardos (Damascus)", "Bayada - Aleppo", "الأنصاري - حلب": the city in brackets is not part of the name. */
function withoutCity(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+-\s+\S.*$/, '')
    .trim();
}

function row(id: string, nameEn: string, names: string[], parentId: string, lat: string, lon: string): string {
  const [nameAr = '', ...rest] = names.filter((n) => /\p{Script=Arabic}/u.test(n));
  const latin = names.filter((n) => !/\p{Script=Arabic}/u.test(n) && n !== nameEn);
  const aliases = [...new Set([...rest, ...latin, ...(EXTRA[id] ?? [])])].filter((n) => n !== nameAr && n !== nameEn);
  const coord = (v: string) => (v && Number.isFinite(Number(v)) ? Number(v).toFixed(4) : '');
  return [id, 'neighbourhood', nameEn, nameAr, aliases.join('|'), parentId, id, coord(lat), coord(lon)]
    .map(csvField)
    .join(',');
}

function main(): void {
  const dir = resolve(process.argv[2] ?? '../shared/data/gazetteer');
  const out: string[] = [];
  const damascusAreas = new Map<string, { en: string; ar: string; lats: number[]; lons: number[] }>();
  const keysByCity = new Map<string, Set<string>>();
  for (const r of rows(resolve(dir, 'ocha_2016_city_neighbourhoods.csv'))) {
    const community = r.ADM4_PCODE ?? '';
    if (SKIP_COMMUNITIES.has(community)) continue;
    const parentId = community === YARMOUK_COMMUNITY ? 'yarmouk-camp' : CITY_OF[r.ADM3_PCODE ?? ''];
    if (!parentId) throw new Error(`no city for ${r.PCODE} (${r.ADM3_PCODE})`);
    const arabic = [...nameParts(r.NAME_AR ?? ''), ...nameParts(withoutCity(r.NAM_AR_REF ?? ''))];
    const english = [...nameParts(r.NAME_EN ?? ''), ...nameParts(withoutCity(r.NAM_EN_REF ?? ''))];
    if (arabic.length === 0) continue;
    const [nameEn = ''] = english;
    out.push(row(r.PCODE ?? '', nameEn, [...arabic, ...english], parentId, r.LATITUDE ?? '', r.LONGITUDE ?? ''));
    const keys = keysByCity.get(parentId) ?? new Set<string>();
    for (const n of arabic) keys.add(n);
    keysByCity.set(parentId, keys);
    if (community === 'C1001' && r.AREA_PCODE) {
      const area = damascusAreas.get(r.AREA_PCODE) ?? { en: r.AREA_EN ?? '', ar: r.AREA_AR ?? '', lats: [], lons: [] };
      area.lats.push(Number(r.LATITUDE));
      area.lons.push(Number(r.LONGITUDE));
      damascusAreas.set(r.AREA_PCODE, area);
    }
  }
  const damascusNames = keysByCity.get('damascus-city') ?? new Set<string>();
  for (const [code, area] of [...damascusAreas].sort()) {
    if (damascusNames.has(area.ar)) continue; // القدم، القابون، القنوات are also a neighbourhood's name
    // An area's point is the mean of its neighbourhoods' points.
    const mean = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0) / xs.length);
    out.push(row(code, area.en, [area.ar], 'damascus-city', mean(area.lats), mean(area.lons)));
  }
  const body = `// GENERATED by scripts/build-city-neighbourhoods.ts from OCHA's Syria city neighbourhoods \
(2016-09-05; CC BY-IGO):
// do not edit by hand. Neighbourhoods of Syria's cities (Idlib's are directions, left out), ids are P-codes
// (N…, and A… for Damascus's areas); parent is the city in syria-places.ts.
export const CITY_NEIGHBOURHOOD_ROWS = \`${out.join('\n')}
\`;
`;
  const target = resolve(import.meta.dirname, '../shared/places/data/city-neighbourhoods.ts');
  writeFileSync(target, body);
  console.log(`wrote ${out.length} rows to ${target}`);
}

main();
