// The outbox's far side: an alert already committed with its incident is handed to the notifier, then marked.
// Marking after publishing means a crash in between publishes again (at-least-once), never loses an alert;
// the check before publishing makes a replayed stream record publish nothing twice.
import type { Alert } from '../domain/schema.ts';
import type { Notifier } from '../ports/notifier.ts';
import type { PipelineStore } from '../ports/store.ts';

export interface PublishDeps {
  store: Pick<PipelineStore, 'isAlertPublished' | 'markAlertPublished'>;
  notifier: Notifier;
  now?: () => Date;
}

export async function publishAlert(deps: PublishDeps, alert: Alert): Promise<'published' | 'already-published'> {
  if (await deps.store.isAlertPublished(alert.id)) return 'already-published';
  await deps.notifier.publish(alert);
  await deps.store.markAlertPublished(alert.id, (deps.now?.() ?? new Date()).toISOString());
  return 'published';
}
