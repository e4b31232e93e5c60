// `claimwatch run` time per report: runs of 1 and of N+1 reports through the local runtime (DynamoDB Local +
// s3rver + the Lambda processing code); the difference divided by N is the marginal time per report, and the
// 1-report run less one marginal report is the fixed start (servers, tables, gazetteer).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocal } from '../cli/local/runtime.ts';
import { benchReports } from './bench-reports.ts';

async function timeRun(count: number): Promise<{ ms: number; kind: string; alerts: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-bench-'));
  try {
    const { kind, reports } = benchReports(count);
    for (const [i, report] of reports.entries()) {
      const name = String(i).padStart(5, '0');
      writeFileSync(join(dir, `${name}.txt`), report.text);
      const publishedAt = report.metadata['published-at'];
      if (publishedAt) writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ publishedAt, language: 'en' }));
    }
    const start = performance.now();
    const result = await runLocal({ inputs: [dir], extractor: 'rules', log: () => {} });
    return { ms: performance.now() - start, kind, alerts: result.alerts.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPipeline(reports: number): Promise<void> {
  const one = await timeRun(1);
  const many = await timeRun(reports + 1);
  const perReport = (many.ms - one.ms) / reports;
  console.log(`claimwatch run, ${many.kind}:`);
  console.log(`  1 report: ${(one.ms / 1000).toFixed(1)} s; ${reports + 1} reports: ${(many.ms / 1000).toFixed(1)} s`);
  console.log(
    `  marginal time per report: ${perReport.toFixed(0)} ms; ` +
      `fixed start: ${((one.ms - perReport) / 1000).toFixed(1)} s`,
  );
}
