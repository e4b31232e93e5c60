// One incident's page: what is known, who says how many and when (table and timeline), who denies or
// acknowledges, each quote in its own direction with its report's link, and the alerts it raised.
import { incidentRef, METRIC_WORDS, metricCount, placeSpellings } from '../../shared/domain/alert-summary.ts';
import { corroboration, sourcesLabel } from '../../shared/domain/corroboration.ts';
import { perpetratorLabel } from '../../shared/domain/perpetrators.ts';
import { METRICS } from '../../shared/domain/schema.ts';
import { httpUrl } from '../../shared/domain/untrusted-text.ts';
import { esc, page, textIn } from './html.ts';
import { timelineCharts, timelinePoints } from './timeline-svg.ts';
import type { ViewAlert, ViewIncident, ViewReport } from './view-data.ts';

export interface IncidentPageInput {
  incident: ViewIncident;
  reports: ReadonlyMap<string, ViewReport>;
  alerts: readonly ViewAlert[];
  colourOf: (source: string) => string;
}

function reportLink(key: string, reports: ReadonlyMap<string, ViewReport>): string {
  const report = reports.get(key);
  const url = httpUrl(report?.url);
  const label = `${report?.source ? `${report.source}, ` : ''}${report?.publishedAt ?? 'undated'}`;
  const name = `<span class="muted">${textIn(key)}</span>`;
  return url
    ? `<a class="report-link" href="${esc(url)}" rel="noreferrer noopener">${textIn(label)}</a> ${name}`
    : `${textIn(label)} ${name}`;
}

const quote = (text: string) => textIn(text, 'blockquote', 'quote');

function qualified(qualifier: string, stated: number | null): string {
  if (stated === null) return 'unstated (e.g. "dozens")';
  return qualifier === 'exact' ? String(stated) : `${qualifier.replace('_', ' ')} ${stated}`;
}

export function incidentPage({ incident, reports, alerts, colourOf }: IncidentPageInput): string {
  const place = placeSpellings(incident.place.names);
  const sources = corroboration(incident);
  const published = (key: string) => reports.get(key)?.publishedAt;
  const dates =
    incident.date.from === incident.date.to ? incident.date.from : `${incident.date.from} – ${incident.date.to}`;
  const counts = METRICS.filter((m) => incident.counts[m]).map((m) => {
    const r = incident.counts[m]!;
    return metricCount(r.low === r.high ? r.high : `${r.low}–${r.high}`, m);
  });

  const figureRows = [...incident.figures]
    .sort((a, b) => (published(a.reportKey) ?? '').localeCompare(published(b.reportKey) ?? ''))
    .map(
      (f) =>
        `<tr class="figure" data-source="${esc(f.claimant.name)}" data-metric="${f.metric}"` +
        ` data-value="${f.stated ?? ''}"><td>${textIn(f.claimant.name)}</td>` +
        `<td>${esc(METRIC_WORDS[f.metric])}</td><td class="num">${esc(qualified(f.qualifier, f.stated))}</td>` +
        `<td>${reportLink(f.reportKey, reports)}</td></tr>`,
    );
  const statements = [
    ...incident.denials.map((s) => ({ ...s, kind: 'denial' })),
    ...incident.acknowledgments.map((s) => ({ ...s, kind: 'acknowledgment' })),
  ].map(
    (s) =>
      `<li class="${s.kind}"><span class="badge ${s.kind === 'denial' ? 'denial' : ''}">${s.kind}</span> ` +
      `${textIn(s.claimant.name)} — ${reportLink(s.reportKey, reports)}${quote(s.evidence)}</li>`,
  );
  const byQuote = new Map(incident.figures.map((f) => [`${f.reportKey}\u0000${f.evidence}`, f]));
  const quotes = [...byQuote.values()].map(
    (f) => `<li>${textIn(f.claimant.name)} — ${reportLink(f.reportKey, reports)}${quote(f.evidence)}</li>`,
  );
  const alertRows = alerts.map(
    (a) =>
      `<tr class="alert"><td>${esc(a.type)}</td><td>${esc(a.severity)}</td><td>${textIn(a.subject)}</td>` +
      `<td>${textIn(a.sms)}</td></tr>`,
  );
  const legend = [...new Set(incident.figures.map((f) => f.claimant.name))]
    .map((s) => `<span><i class="swatch" style="background:${colourOf(s)}"></i>${textIn(s)}</span>`)
    .join('');

  const alsoWritten = place.others.length > 0 ? `Also written ${place.others.map((n) => textIn(n)).join(', ')} · ` : '';
  const singleSource = sources.singleSource.map((m) => METRIC_WORDS[m]).join(', ');
  const alertsTable =
    alertRows.length === 0
      ? '<p class="muted">None.</p>'
      : '<table id="alerts"><thead><tr><th>type</th><th>severity</th><th>subject</th><th>SMS</th></tr></thead>' +
        `<tbody>${alertRows.join('\n')}</tbody></table>`;
  const body = `
<p><a href="../index.html">← All incidents</a></p>
<h1 class="place">${textIn(place.label)}</h1>
<p class="muted">${alsoWritten}
${esc(incident.place.governorate ?? 'governorate unknown')} · ${esc(dates)} · ref ${esc(incidentRef(incident.id))}
(${esc(incident.id)})</p>
<p>Highest figures: <strong>${esc(counts.join(', ') || 'none stated')}</strong> ·
<span class="badge ${sources.sources.length === 1 ? 'single' : ''}" id="sources">${esc(sourcesLabel(sources))}</span>
${singleSource ? `<span class="muted">single-source: ${esc(singleSource)}</span>` : ''}
· alleged perpetrator(s): ${esc(incident.perpetrators.map(perpetratorLabel).join(', ') || 'not stated')}
· ${incident.reportKeys.length} report(s)</p>
<h2>Figures over report time</h2>
<div class="legend">${legend}</div>
${timelineCharts(timelinePoints(incident, published), colourOf)}
<h2>Figures by source</h2>
<table id="figures"><thead><tr><th>source</th><th>metric</th><th class="num">figure</th><th>report</th></tr></thead>
<tbody>${figureRows.join('\n')}</tbody></table>
<h2>Denials and acknowledgments</h2>
${statements.length > 0 ? `<ul id="statements">${statements.join('\n')}</ul>` : '<p class="muted">None.</p>'}
<h2>Quotes behind the figures</h2>
<ul id="quotes">${quotes.join('\n')}</ul>
<h2>Alerts sent</h2>
${alertsTable}
`;
  return page({ title: `claimwatch · ${place.label} · ${dates}`, body });
}
