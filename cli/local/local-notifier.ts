import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Alert } from '../../shared/domain/schema.ts';
import type { Notifier } from '../../shared/ports/notifier.ts';

export interface LocalNotifierOptions {
  /** Where the readable alert blocks go (e.g. process.stdout); omitted = print nothing. */
  stream?: { write(text: string): unknown };
  /** alerts.jsonl: one JSON line per alert is appended here; omitted = no file. */
  file?: string;
}

/** The local stand-in for SNS: shows each alert in the console and keeps every alert in a JSON-lines file. */
export class LocalNotifier implements Notifier {
  constructor(private readonly options: LocalNotifierOptions) {}

  async publish(alert: Alert): Promise<void> {
    const { file } = this.options;
    if (file) {
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${JSON.stringify(alert)}\n`, 'utf8');
    }
    this.options.stream?.write(formatAlertBlock(alert));
  }
}

export function formatAlertBlock(alert: Alert): string {
  const counts = Object.entries(alert.counts)
    .map(([metric, value]) => `${metric.replace(/_/g, ' ')} ${value}`)
    .join(', ');
  const changes = (alert.changes ?? []).map(
    (c) => `${c.metric.replace(/_/g, ' ')} ${c.previous ?? '—'} → ${c.current} (${c.claimant})`,
  );
  const lines = [
    `┌─ ${alert.type} [${alert.severity}] ${alert.subject}`,
    `│ place:    ${alert.place.names.join(' / ')}${alert.governorate ? ` (${alert.governorate})` : ''}`,
    `│ date:     ${alert.date.from === alert.date.to ? alert.date.from : `${alert.date.from} – ${alert.date.to}`}`,
    `│ counts:   ${counts || 'none stated'}`,
    ...changes.map((c, i) => `│ ${i === 0 ? 'changes:' : '        '}  ${c}`),
    ...(alert.claimant ? [`│ claimant: ${alert.claimant.name}`] : []),
    `│ report:   ${alert.reportKey}   incident: ${alert.incidentId}`,
    `│ sms:      ${alert.sms}`,
    '└─',
  ];
  return `${lines.join('\n')}\n`;
}
