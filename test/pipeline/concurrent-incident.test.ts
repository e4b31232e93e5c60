// Reports about one event processed at once (as parallel Lambda invocations would) end in one incident, one
// NEW_INCIDENT and the highest figure, whatever the interleaving: the place locks of the store make the second
// writer see the first. Real DynamoDB Local; the report bytes come from memory.
import { describe, expect, it } from 'vitest';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import { RulesExtractor } from '../../shared/extraction/rules/index.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import { type ProcessOutcome, processReport } from '../../shared/pipeline/process-report.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import type { ObjectRef } from '../../shared/ports/report-source.ts';
import { useDynamoDbLocal } from '../support/dynamodb.ts';
import { MemorySource } from '../support/memory-source.ts';

const ddb = useDynamoDbLocal();
const gazetteer = loadDefaultGazetteer();
const extractor = new RulesExtractor(gazetteer);
const META = { 'published-at': '2019-03-04', language: 'en', source: 'test' };

/** Invented reports: the same town and day, a different figure (and so different content) each. */
const reportText = (civilians: number) =>
  `An invented monitor said ${civilians} civilians were killed in shelling on Mayadin on March 3, 2019.`;

async function freshPipeline(): Promise<{ deps: PipelineDeps; source: MemorySource; store: DynamoDbStore }> {
  const store = new DynamoDbStore({ client: ddb.client(), ...(await ddb.freshTables('conc')) });
  const source = new MemorySource();
  return { deps: { source, store, extractor, gazetteer, maxReportBytes: 1_000_000 }, source, store };
}

const processAll = (deps: PipelineDeps, refs: ObjectRef[]): Promise<ProcessOutcome[]> =>
  Promise.all(refs.map((ref) => processReport(deps, ref)));

describe('concurrent reports on one place and day', () => {
  it.each([1, 2, 3, 4, 5])('20 at once into an empty store open one incident (run %i)', async () => {
    const { deps, source, store } = await freshPipeline();
    const refs = Array.from({ length: 20 }, (_, i) =>
      source.put(`r/${String(i).padStart(2, '0')}.txt`, reportText(5 + i), META),
    );
    const outcomes = await processAll(deps, refs);

    expect(outcomes.map((o) => o.report.status)).toEqual(Array(20).fill('processed'));
    const incidents = await store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.counts.civilians_killed?.high).toBe(24);
    expect(incidents[0]?.reportKeys).toHaveLength(20);
    const alerts = await store.listAlerts();
    expect(alerts.filter((a) => a.type === 'NEW_INCIDENT')).toHaveLength(1);
    // With 20 writers on one lock, most commits meet another writer at least once.
    expect(outcomes.reduce((n, o) => n + (o.commitConflicts ?? 0), 0)).toBeGreaterThan(0);
  });

  it.each([1, 2, 3, 4, 5])('19 at once onto an existing incident all join it (run %i)', async () => {
    const { deps, source, store } = await freshPipeline();
    await processReport(deps, source.put('r/first.txt', reportText(5), META));
    const refs = Array.from({ length: 19 }, (_, i) =>
      source.put(`r/${String(i).padStart(2, '0')}.txt`, reportText(6 + i), META),
    );
    const outcomes = await processAll(deps, refs);

    expect(outcomes.map((o) => o.report.status)).toEqual(Array(19).fill('processed'));
    const incidents = await store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.counts.civilians_killed?.high).toBe(24);
    expect(incidents[0]?.reportKeys).toHaveLength(20);
    expect((await store.listAlerts()).filter((a) => a.type === 'NEW_INCIDENT')).toHaveLength(1);
  });
});
