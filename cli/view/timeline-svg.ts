// The incident's figures over report time, one small SVG chart per metric: x is the day each report was
// published, y the figure, one colour and line per source, so a rising toll and a disagreement both show.
// Drawn here (no chart library): a few dozen points per incident.
import { METRIC_WORDS, metricCount } from '../../shared/domain/alert-summary.ts';
import { METRICS, type Metric } from '../../shared/domain/schema.ts';
import { esc } from './html.ts';
import type { ViewIncident } from './view-data.ts';

export const SOURCE_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

export interface TimelinePoint {
  metric: Metric;
  source: string;
  value: number;
  qualifier: string;
  date: string;
  reportKey: string;
}

const DAY_MS = 86_400_000;
const W = 640;
const H = 190;
const PAD = { left: 48, right: 16, top: 14, bottom: 34 };

export function timelinePoints(incident: ViewIncident, publishedOf: (reportKey: string) => string | undefined) {
  const points: TimelinePoint[] = [];
  for (const f of incident.figures) {
    if (f.stated === null) continue;
    const date = publishedOf(f.reportKey) ?? incident.date.to;
    const point = { metric: f.metric, source: f.claimant.name, value: f.stated, qualifier: f.qualifier, date };
    // The same source giving the same figure twice in one report is one point.
    if (
      !points.some(
        (p) =>
          p.metric === point.metric && p.source === point.source && p.date === point.date && p.value === point.value,
      )
    ) {
      points.push({ ...point, reportKey: f.reportKey });
    }
  }
  return points;
}

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function timelineCharts(points: readonly TimelinePoint[], colourOf: (source: string) => string): string {
  if (points.length === 0) return '<p class="muted">No stated figure to draw.</p>';
  const days = points.map((p) => dayOf(p.date));
  let [first, last] = [Math.min(...days), Math.max(...days)];
  if (first === last) [first, last] = [first - DAY_MS, last + DAY_MS];
  const x = (date: string) => PAD.left + ((dayOf(date) - first) / (last - first)) * (W - PAD.left - PAD.right);
  const charts: string[] = [];
  for (const metric of METRICS) {
    const own = points.filter((p) => p.metric === metric);
    if (own.length === 0) continue;
    const top = Math.max(...own.map((p) => p.value)) * 1.15 || 1;
    const y = (value: number) => H - PAD.bottom - (value / top) * (H - PAD.top - PAD.bottom);
    const parts: string[] = [
      `<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#9aa7b4"/>`,
      `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#9aa7b4"/>`,
      `<text x="${PAD.left - 6}" y="${y(0) + 4}" text-anchor="end" font-size="11">0</text>`,
    ];
    const maxValue = Math.max(...own.map((p) => p.value));
    parts.push(`<text x="${PAD.left - 6}" y="${y(maxValue) + 4}" text-anchor="end" font-size="11">${maxValue}</text>`);
    for (const date of [...new Set(own.map((p) => p.date))].sort()) {
      parts.push(
        `<text x="${x(date)}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11">${esc(date)}</text>`,
      );
    }
    for (const source of [...new Set(own.map((p) => p.source))]) {
      const series = own.filter((p) => p.source === source).sort((a, b) => a.date.localeCompare(b.date));
      const colour = colourOf(source);
      if (series.length > 1) {
        const path = series.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
        parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      }
      for (const p of series) {
        parts.push(
          `<circle class="point" cx="${x(p.date).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="5" fill="${colour}"` +
            ` data-metric="${metric}" data-source="${esc(source)}" data-value="${p.value}"` +
            ` data-date="${esc(p.date)}">` +
            `<title>${esc(
              `${source}: ${p.qualifier === 'exact' ? '' : `${p.qualifier.replace('_', ' ')} `}` +
                `${metricCount(p.value, metric)}, reported ${p.date}`,
            )}</title></circle>`,
        );
      }
    }
    charts.push(
      `<figure class="timeline" data-metric="${metric}"><figcaption>${esc(METRIC_WORDS[metric])}</figcaption>` +
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img"` +
        ` aria-label="${esc(`${METRIC_WORDS[metric]} by source over report time`)}">${parts.join('')}</svg></figure>`,
    );
  }
  return charts.join('\n');
}
