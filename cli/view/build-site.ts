// Writes the analysts' site: index.html and one page per incident under incidents/, every page self-contained
// (inline style, inline SVG, no font, script or image from anywhere else), so it opens from disk or any host.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gazetteer, GazetteerEntry } from '../../shared/places/gazetteer.ts';
import { incidentPage } from './incident-page.ts';
import { indexPage } from './index-page.ts';
import { incidentMap, locate } from './map-svg.ts';
import { SOURCE_COLOURS } from './timeline-svg.ts';
import type { ViewData, ViewIncident } from './view-data.ts';

/** Towns drawn grey on the map for orientation, when they lie near an incident. */
const REFERENCE_PLACES = [
  'Damascus',
  'Aleppo',
  'Homs',
  'Hama',
  'Idlib',
  'Latakia',
  'Raqqa',
  'Deir ez-Zor',
  'Al-Hasakah',
  'Qamishli',
  'Palmyra',
  'Abu Kamal',
  'Mayadin',
  'Daraa',
  'Manbij',
  'Al-Bab',
];
const NEAR_DEGREES = 1.5;

export interface SiteSummary {
  pages: number;
  bytes: number;
  incidents: number;
}

/** The page's file name: the incident id is [a-z0-9-] by construction; anything else is replaced. */
export function incidentFile(incident: Pick<ViewIncident, 'id'>): string {
  return `incidents/${incident.id.replace(/[^A-Za-z0-9-]/g, '_')}.html`;
}

function referencePlaces(incidents: readonly ViewIncident[], gazetteer: Gazetteer): GazetteerEntry[] {
  const spots = incidents.flatMap((i) => locate(i, gazetteer) ?? []);
  return REFERENCE_PLACES.flatMap((name) => {
    const entry = gazetteer.lookup(name).find((e) => e.lat !== undefined && e.lon !== undefined);
    if (!entry) return [];
    const near = spots.some(
      (s) => Math.abs(s.lat - entry.lat!) < NEAR_DEGREES && Math.abs(s.lon - entry.lon!) < NEAR_DEGREES,
    );
    return near ? [entry] : [];
  });
}

export async function buildSite(data: ViewData, gazetteer: Gazetteer, outDir: string, now = new Date()) {
  const reports = new Map(data.reports.map((r) => [r.key, r]));
  const sources = [...new Set(data.incidents.flatMap((i) => i.figures.map((f) => f.claimant.name)))];
  const colourOf = (source: string) => SOURCE_COLOURS[Math.max(0, sources.indexOf(source)) % SOURCE_COLOURS.length]!;
  const files = new Map<string, string>();
  const map = incidentMap(data.incidents, gazetteer, referencePlaces(data.incidents, gazetteer), incidentFile);
  files.set(
    'index.html',
    indexPage({
      incidents: data.incidents,
      alerts: data.alerts,
      map,
      pageOf: incidentFile,
      builtAt: now.toISOString(),
    }),
  );
  for (const incident of data.incidents) {
    const alerts = data.alerts.filter((a) => a.incidentId === incident.id);
    files.set(incidentFile(incident), incidentPage({ incident, reports, alerts, colourOf }));
  }
  await mkdir(join(outDir, 'incidents'), { recursive: true });
  let bytes = 0;
  for (const [path, html] of files) {
    await writeFile(join(outDir, path), html, 'utf8');
    bytes += Buffer.byteLength(html);
  }
  return { pages: files.size, bytes, incidents: data.incidents.length } satisfies SiteSummary;
}
