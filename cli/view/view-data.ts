// What the analysts' site is built from, whichever store it comes from: the run result JSON, the local --data
// store, or the deployed tables. Only what the pages show; every text in it is untrusted and escaped on output.
import type { Alert, Incident, Report } from '../../shared/domain/schema.ts';
import type { PipelineStore } from '../../shared/ports/store.ts';
import type { RunResult } from '../local/run-result.ts';

export type ViewIncident = Pick<
  Incident,
  'id' | 'place' | 'date' | 'counts' | 'denials' | 'acknowledgments' | 'figures' | 'perpetrators' | 'reportKeys'
>;
export type ViewReport = Pick<Report, 'key' | 'publishedAt' | 'source' | 'url' | 'title' | 'language' | 'status'>;
export type ViewAlert = Pick<Alert, 'id' | 'type' | 'incidentId' | 'reportKey' | 'severity' | 'subject' | 'sms'>;

export interface ViewData {
  incidents: ViewIncident[];
  reports: ViewReport[];
  alerts: ViewAlert[];
}

export function viewDataFromRunResult(result: RunResult): ViewData {
  return {
    incidents: result.incidents,
    reports: result.reports.map((r) => ({
      key: r.key,
      status: r.status,
      ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}),
      ...(r.source ? { source: r.source } : {}),
      ...(r.url ? { url: r.url } : {}),
      ...(r.title ? { title: r.title } : {}),
      ...(r.language ? { language: r.language } : {}),
    })),
    alerts: result.alerts,
  };
}

/** Whole-store listings (scans): fine for an analyst's occasional build, never used on the processing path. */
export async function viewDataFromStore(
  store: Pick<PipelineStore, 'listIncidents' | 'listReports' | 'listAlerts'>,
): Promise<ViewData> {
  const [incidents, reports, alerts] = await Promise.all([
    store.listIncidents(),
    store.listReports(),
    store.listAlerts(),
  ]);
  return { incidents, reports, alerts };
}
