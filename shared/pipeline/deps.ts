import type { AlertTextOptions } from '../domain/alert-summary.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import type { Extractor } from '../ports/extractor.ts';
import type { ReportSource } from '../ports/report-source.ts';
import type { PipelineStore } from '../ports/store.ts';

/** What the processing code needs; Lambda handlers and the local runtime each wire their own adapters. */
export interface PipelineDeps {
  source: ReportSource;
  store: PipelineStore;
  extractor: Extractor;
  /** A second extractor (the rules one, next to an LLM) whose reading is noted where it disagrees. */
  crossCheck?: Extractor;
  gazetteer: Gazetteer;
  /** Reports larger than this are rejected without being downloaded. */
  maxReportBytes: number;
  /** How alert texts are written (SMS place script, incident link); default Latin and no link. */
  alertText?: AlertTextOptions;
  /** Time budget per report in ms (default DEFAULT_BUDGET_MS in process-report.ts). */
  budgetMs?: number;
  now?: () => Date;
}

export const DEFAULT_MAX_REPORT_BYTES = 5 * 1024 * 1024;
