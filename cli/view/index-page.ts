// The incidents list, newest first, with the map, and filters by governorate, perpetrator, alert type and
// minimum civilians killed. Filtering runs in the page (a few lines of script over data- attributes), so the
// site needs no server.
import { metricCount, placeSpellings } from '../../shared/domain/alert-summary.ts';
import { corroboration, sourcesLabel } from '../../shared/domain/corroboration.ts';
import { perpetratorLabel } from '../../shared/domain/perpetrators.ts';
import { ALERT_TYPES, METRICS } from '../../shared/domain/schema.ts';
import { esc, page, textIn } from './html.ts';
import type { ViewAlert, ViewIncident } from './view-data.ts';

export interface IndexPageInput {
  incidents: readonly ViewIncident[];
  alerts: readonly ViewAlert[];
  map: string;
  pageOf: (incident: ViewIncident) => string;
  builtAt: string;
}

const FILTER_SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#incidents tbody tr'));
  function apply() {
    var g = form.governorate.value, p = form.perpetrator.value, t = form.type.value;
    var min = Number(form.minCivilians.value || 0), shown = 0;
    rows.forEach(function (row) {
      var ok = (!g || row.dataset.governorate === g) &&
        (!p || row.dataset.perpetrators.split(' ').indexOf(p) >= 0) &&
        (!t || row.dataset.types.split(' ').indexOf(t) >= 0) &&
        Number(row.dataset.civilians) >= min;
      row.hidden = !ok;
      var dot = document.querySelector('[data-incident="' + row.dataset.incident + '"]');
      if (dot) dot.style.display = ok ? '' : 'none';
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = String(shown);
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();
`.trim();

/** "all" first, then each value. */
function options(values: readonly string[], label: (v: string) => string): string {
  const each = values.map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`);
  return `<option value="">all</option>${each.join('')}`;
}

export function indexPage({ incidents, alerts, map, pageOf, builtAt }: IndexPageInput): string {
  const sorted = [...incidents].sort((a, b) => b.date.to.localeCompare(a.date.to) || a.id.localeCompare(b.id));
  const typesOf = (id: string) => [...new Set(alerts.filter((a) => a.incidentId === id).map((a) => a.type))];
  const governorates = [...new Set(incidents.map((i) => i.place.governorate ?? ''))].filter(Boolean).sort();
  const perpetrators = [...new Set(incidents.flatMap((i) => i.perpetrators))].sort();
  const rows = sorted.map((incident) => {
    const civilians = incident.counts.civilians_killed?.high ?? 0;
    const place = placeSpellings(incident.place.names).label;
    const figures = METRICS.filter((m) => incident.counts[m])
      .map((m) => metricCount(incident.counts[m]!.high, m))
      .join(', ');
    const sources = corroboration(incident);
    const { from, to } = incident.date;
    const single = sources.sources.length === 1 ? 'single' : '';
    return (
      `<tr data-incident="${esc(incident.id)}" data-governorate="${esc(incident.place.governorate ?? '')}"` +
      ` data-perpetrators="${esc(incident.perpetrators.join(' '))}"` +
      ` data-types="${esc(typesOf(incident.id).join(' '))}" data-civilians="${civilians}">` +
      `<td>${esc(from)}${to !== from ? ` – ${esc(to)}` : ''}</td>` +
      `<td><a href="${esc(pageOf(incident))}">${textIn(place)}</a></td>` +
      `<td>${esc(incident.place.governorate ?? '')}</td><td>${esc(figures || 'none stated')}</td>` +
      `<td><span class="badge ${single}">${esc(sourcesLabel(sources))}</span></td>` +
      `<td>${esc(incident.perpetrators.map(perpetratorLabel).join(', ') || '—')}</td>` +
      `<td>${esc(typesOf(incident.id).join(', ') || '—')}</td></tr>`
    );
  });
  const body = `
<h1>claimwatch incidents</h1>
<p class="muted"><span id="shown">${sorted.length}</span> of ${sorted.length} incidents · built ${esc(builtAt)}</p>
<form id="filters" class="filters">
<label>Governorate <select name="governorate">${options(governorates, (g) => g)}</select></label>
<label>Perpetrator <select name="perpetrator">${options(perpetrators, perpetratorLabel)}</select></label>
<label>Alert type <select name="type">${options(ALERT_TYPES, (t) => t)}</select></label>
<label>Min. civilians killed <input name="minCivilians" type="number" min="0" value="0" size="5"></label>
</form>
${map}
<table id="incidents"><thead><tr><th>date</th><th>place</th><th>governorate</th><th>highest figures</th>
<th>sources</th><th>alleged perpetrator</th><th>alerts</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
`;
  return page({ title: 'claimwatch incidents', body, script: FILTER_SCRIPT });
}
