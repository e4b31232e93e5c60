// Regenerates syria-admin.ts (Syria's governorates, districts and sub-districts) from OCHA's 2016 COD-AB
// attribute tables. Names and P-codes are facts; the CSV rows are ours. Run:
//   npx tsx scripts/build-syria-admin.ts ../shared/data/gazetteer
// The output is committed, so builds and tests never need the OCHA files.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitCsvLine } from '../shared/places/csv-gazetteer.ts';

/** Usual English names of the governorates (OCHA's spelling stays as an alias). */
const GOVERNORATE_EN: Record<string, string> = {
  SY03: 'Rural Damascus',
  SY06: 'Latakia',
  SY07: 'Idlib',
  SY08: 'Hasakah',
  SY09: 'Deir ez-Zor',
  SY10: 'Tartus',
  SY11: 'Raqqa',
  SY12: 'Daraa',
  SY13: 'Sweida',
};

/** Extra spellings keyed by OCHA's English name, applied at every level that carries the name. */
const EN_ALIASES: Record<string, string[]> = {
  'Rural Damascus': ['Rif Dimashq', 'Damascus countryside'],
  Lattakia: ['Latakia', 'Ladhiqiyah'],
  Idleb: ['Idlib', 'Edlib'],
  'Al-Hasakeh': ['Hasakah', 'Hasaka', 'Hassakeh', 'Al-Hasakah'],
  'Deir-ez-Zor': ['Deir ez-Zor', 'Deir Ezzor', 'Deir al-Zor', 'Deir el-Zor', 'Deir al-Zour', 'Dayr az-Zawr'],
  Tartous: ['Tartus'],
  'Ar-Raqqa': ['Raqqa', 'Rakka', 'Al-Raqqa'],
  "Dar'a": ['Daraa', 'Deraa', "Dera'a"],
  'As-Sweida': ['Sweida', 'Suwayda', 'As-Suwayda'],
  Quamishli: ['Qamishli', 'Kamishli'],
  Menbij: ['Manbij', 'Membij'],
  Duma: ['Douma'],
  Tadmor: ['Tadmur', 'Palmyra'],
  'Ain Al Arab': ['Ain al-Arab', 'Kobani', 'Kobane'],
  'Ain al Arab': ['Kobani', 'Kobane'],
  'Abu Kamal': ['Al Bukamal', 'Albukamal', 'Bukamal'],
  'Al Mayadin': ['Mayadin', 'Mayadeen'],
  'Jisr-Ash-Shugur': ['Jisr al-Shughur', 'Jisr ash-Shughur'],
  "Al Ma'ra": ["Ma'arrat al-Nu'man", 'Maarat al-Numan', 'Maaret al-Numan'],
  "Ma'arrat An Nu'man": ['Maarat al-Numan', 'Maaret al-Numan'],
  'Tell Abiad': ['Tal Abyad', 'Tell Abyad', 'Tal Abiad'],
  'Ras Al Ain': ['Ras al-Ayn', 'Serekaniye'],
  'Ath-Thawrah': ['Al-Thawrah', 'Thawra'],
  Hole: ['Al-Hol', 'Al-Hawl'],
  "A'zaz": ['Azaz', "I'zaz"],
  'Khan Shaykun': ['Khan Sheikhoun', 'Khan Shaykhun'],
  'Al-Qusayr': ['Qusayr', 'Qusair'],
  'Ar-Rastan': ['Rastan'],
  'Az-Zabdani': ['Zabadani'],
  Darayya: ['Daraya'],
  Shadadah: ['Shaddadi', 'Al-Shaddadi'],
  Basira: ['Busayrah', 'Busaira'],
  Susat: ['Susah'],
  Jalaa: ['Al-Jalaa'],
  Ashara: ['Al-Ashara'],
  Thiban: ['Dhiban', 'Diban'],
  'Kafr Nobol': ['Kafr Nabl', 'Kafranbel', 'Kafr Nabel'],
  'Kafr Zeita': ['Kafr Zita', 'Kafrzita'],
  Atareb: ['Atarib', 'al-Atarib'],
  Haritan: ['Hraytan', 'Hreitan'],
  Teftnaz: ['Taftanaz'],
  'Dayr Hafir': ['Deir Hafer'],
  "Mare'": ['Marea'],
  'Tall Refaat': ['Tal Rifaat', 'Tell Rifaat'],
  Jandairis: ['Jinderes', 'Jindires'],
  Qudsiya: ['Qudsaya'],
  Sidnaya: ['Saydnaya', 'Sednaya'],
  "Ma'loula": ['Maaloula'],
  Dhameer: ['Dumayr', 'Dmeir'],
  'Hajar Aswad': ['al-Hajar al-Aswad'],
  'Busra Esh-Sham': ['Bosra', 'Busra al-Sham'],
  Hrak: ['Al-Hirak'],
  'Sheikh Miskine': ['Sheikh Miskin'],
  Sokhneh: ['Sukhnah', 'Al-Sukhnah'],
  'Ein Issa': ['Ain Issa', 'Ain Eissa'],
  'Tal Tamer': ['Tal Tamr', 'Tell Tamer'],
  Darbasiyah: ['Derbasiyeh'],
  Kasab: ['Kessab'],
  Jirud: ['Jayrud', 'Jairoud', 'Jayroud'],
  'Tal Hmis': ['Tal Hamis', 'Tell Hamis', 'Tal Hamees'],
  "Ar-Ra'ee": ['Al-Rai', "Al-Ra'i"],
  'Tall Kalakh': ['Tal Kalakh', 'Tall Kalakh', 'Talkalakh'],
  Qaryatein: ['Al-Qaryatayn', 'Qaryatain'],
};

/** Extra Arabic spellings keyed by the Arabic name (after removing "مركز"). */
const AR_ALIASES: Record<string, string[]> = {
  'عين العرب': ['كوباني'],
  'ريف دمشق': [],
  اعزاز: ['إعزاز'],
  شدادة: ['الشدادي', 'الشدادة'],
  بصيرة: ['البصيرة'],
  عشارة: ['العشارة'],
  سوسة: ['السوسة'],
};

function rows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const names = splitCsvLine(header as string, 1);
  return lines.map((line, i) => {
    const fields = splitCsvLine(line, i + 2);
    return Object.fromEntries(names.map((n, j) => [n, fields[j] ?? '']));
  });
}

function csvField(value: string): string {
  return /[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const CENTRE = /^مركز\s*/;

function adminRow(
  id: string,
  kind: string,
  en: string,
  enRef: string,
  ar: string,
  parentId: string,
  enOverride?: string,
): string {
  const nameAr = ar.replace(CENTRE, '').trim();
  const nameEn = (enOverride ?? en).replace(/^Markaz\s+/, '').trim();
  const aliases = new Set<string>();
  if (nameAr !== ar.trim()) aliases.add(ar.trim());
  for (const n of [en, enRef]) if (n && n !== nameEn) aliases.add(n);
  for (const n of [...(EN_ALIASES[en] ?? []), ...(EN_ALIASES[nameEn] ?? [])]) if (n !== nameEn) aliases.add(n);
  for (const n of AR_ALIASES[nameAr] ?? []) aliases.add(n);
  return [id, kind, nameEn, nameAr, [...aliases].join('|'), parentId, id, '', ''].map(csvField).join(',');
}

function main(): void {
  const dir = resolve(process.argv[2] ?? '../shared/data/gazetteer');
  const out: string[] = ['SY,country,Syria,سوريا,سورية|Syrian Arab Republic|الجمهورية العربية السورية,,SY,,'];
  for (const r of rows(resolve(dir, 'ocha_2016_syr_admin1.csv'))) {
    const pcode = r.PCODE as string;
    out.push(
      adminRow(pcode, 'governorate', r.NAME_EN ?? '', r.NAM_EN_REF ?? '', r.NAME_AR ?? '', 'SY', GOVERNORATE_EN[pcode]),
    );
  }
  for (const r of rows(resolve(dir, 'ocha_2016_syr_admin2.csv'))) {
    out.push(
      adminRow(r.PCODE ?? '', 'district', r.NAME_EN ?? '', r.NAM_EN_REF ?? '', r.NAME_AR ?? '', r.ADM1_PCODE ?? ''),
    );
  }
  for (const r of rows(resolve(dir, 'ocha_2016_syr_admin3.csv'))) {
    out.push(
      adminRow(r.PCODE ?? '', 'subdistrict', r.NAME_EN ?? '', r.NAM_EN_REF ?? '', r.NAME_AR ?? '', r.ADM2_PCODE ?? ''),
    );
  }
  const body = `// GENERATED by scripts/build-syria-admin.ts from OCHA's Syria COD-AB (2016-09-05; CC BY-IGO): \
do not edit by hand.
// Syria, its 14 governorates, districts and sub-districts; ids are P-codes. OCHA's "مركز" (centre of) prefix
// is removed from the Arabic name and kept as an alias.
export const SYRIA_ADMIN_ROWS = \`${out.join('\n')}
\`;
`;
  const target = resolve(import.meta.dirname, '../shared/places/data/syria-admin.ts');
  writeFileSync(target, body);
  console.log(`wrote ${out.length} rows to ${target}`);
}

main();
