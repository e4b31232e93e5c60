// The incidents on a map drawn as SVG from the gazetteer's coordinates (no tiles, no network): an
// equirectangular projection of the box around the incidents and the gazetteer's cities, with the cities as
// grey reference points and each incident as a circle sized by its civilian toll, linking to its page.
import type { Gazetteer, GazetteerEntry } from '../../shared/places/gazetteer.ts';
import { esc } from './html.ts';
import type { ViewIncident } from './view-data.ts';

const W = 720;
const H = 480;
const PAD = 24;

interface Located {
  lat: number;
  lon: number;
}

/** The incident's place, or the nearest ancestor with coordinates. */
export function locate(incident: ViewIncident, gazetteer: Gazetteer): Located | undefined {
  const id = incident.place.placeId;
  if (!id) return undefined;
  const chain: Array<GazetteerEntry | undefined> = [gazetteer.get(id), ...gazetteer.ancestors(id)];
  const entry = chain.find((e) => e?.lat !== undefined && e.lon !== undefined);
  return entry ? { lat: entry.lat!, lon: entry.lon! } : undefined;
}

export function incidentMap(
  incidents: readonly ViewIncident[],
  gazetteer: Gazetteer,
  references: readonly GazetteerEntry[],
  pageOf: (incident: ViewIncident) => string,
): string {
  const located = incidents.flatMap((i) => {
    const at = locate(i, gazetteer);
    return at ? [{ incident: i, ...at }] : [];
  });
  if (located.length === 0) return '<p class="muted">No incident has coordinates in the gazetteer.</p>';
  const all: Located[] = [...located, ...references.map((r) => ({ lat: r.lat!, lon: r.lon! }))];
  const [minLon, maxLon] = [Math.min(...all.map((p) => p.lon)) - 0.2, Math.max(...all.map((p) => p.lon)) + 0.2];
  const [minLat, maxLat] = [Math.min(...all.map((p) => p.lat)) - 0.2, Math.max(...all.map((p) => p.lat)) + 0.2];
  // Degrees of longitude shrink with latitude: scale them so the map is not stretched.
  const squeeze = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = Math.min((W - 2 * PAD) / ((maxLon - minLon) * squeeze), (H - 2 * PAD) / (maxLat - minLat));
  const x = (lon: number) => (PAD + (lon - minLon) * squeeze * scale).toFixed(1);
  const y = (lat: number) => (PAD + (maxLat - lat) * scale).toFixed(1);
  const parts: string[] = [`<rect x="0" y="0" width="${W}" height="${H}" fill="#f4f7fa"/>`];
  for (const r of references) {
    parts.push(
      `<circle cx="${x(r.lon!)}" cy="${y(r.lat!)}" r="2.5" fill="#8a96a3"/>` +
        `<text x="${x(r.lon!)}" y="${y(r.lat!)}" dx="4" dy="-3" font-size="10" fill="#5c6670">${esc(r.nameEn)}</text>`,
    );
  }
  for (const { incident, lat, lon } of located) {
    const civilians = incident.counts.civilians_killed?.high ?? incident.counts.killed?.high ?? 0;
    const radius = (4 + Math.sqrt(civilians) * 1.5).toFixed(1);
    const name = incident.place.names.find((n) => /[A-Za-z]/.test(n)) ?? incident.place.names[0] ?? '';
    parts.push(
      `<a href="${esc(pageOf(incident))}"><circle class="incident-dot" data-incident="${esc(incident.id)}"` +
        ` cx="${x(lon)}" cy="${y(lat)}" r="${radius}" fill="#d62728" fill-opacity="0.55" stroke="#8b1a1a">` +
        `<title>${esc(`${name} ${incident.date.from}: ${civilians} civilians killed (highest figure)`)}</title>` +
        '</circle></a>',
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img"` +
    ` aria-label="Map of incidents">${parts.join('')}</svg>`
  );
}
