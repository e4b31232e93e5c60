// Hostile input against the real store: every report ends in a recorded status with a reason, never a throw
// (which in AWS would mean redeliveries and then the DLQ). Dates, fan-out, oversized commits, vanished objects and
// slow extraction. DynamoDB Local; reports from memory; claims scripted per report where the case needs them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DynamoDbStore } from '../../shared/adapters/dynamodb/store.ts';
import { addDays } from '../../shared/domain/dates.ts';
import type { ExtractedClaim } from '../../shared/domain/schema.ts';
import { RulesExtractor } from '../../shared/extraction/rules/index.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import { processReport } from '../../shared/pipeline/process-report.ts';
import { loadDefaultGazetteer } from '../../shared/places/default-gazetteer.ts';
import type { ExtractionResult, Extractor } from '../../shared/ports/extractor.ts';
import { useDynamoDbLocal } from '../support/dynamodb.ts';
import { MemorySource } from '../support/memory-source.ts';

const ddb = useDynamoDbLocal();
const gazetteer = loadDefaultGazetteer();
const rules = new RulesExtractor(gazetteer);
const TOMORROW = addDays(new Date().toISOString().slice(0, 10), 1);

/** Invented report text the rules extractor reads as one grounded casualty claim in Mayadin. */
const STRIKE = 'An invented monitor said 7 civilians were killed in shelling on Mayadin on March 3, 2019.';

/** Answers with the claims scripted for each report (the text is the claims' quotes), after an optional delay. */
class ScriptedExtractor implements Extractor {
  readonly name = 'scripted';
  constructor(
    private readonly claims: (key: string) => ExtractedClaim[] | undefined,
    private readonly delayMs = 0,
  ) {}
  async extract(input: { reportKey: string; text: string }): Promise<ExtractionResult> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return { language: 'en', claims: this.claims(input.reportKey) ?? (await rules.extract(input)).claims };
  }
}

const scripted = new Map<string, ExtractedClaim[]>();
const casualty = (place: string, killed: number, date?: { from: string; to: string }): ExtractedClaim => ({
  type: 'casualty',
  claimant: { name: 'An invented monitor' },
  place: { names: [place] },
  ...(date ? { date } : {}),
  counts: { civilians_killed: { stated: killed, qualifier: 'exact' } },
  evidence: `An invented monitor said ${killed} civilians were killed in ${place}.`,
});

let source: MemorySource;
let store: DynamoDbStore;
let deps: PipelineDeps;

beforeEach(async () => {
  source = new MemorySource();
  store = new DynamoDbStore({ client: ddb.client(), ...(await ddb.freshTables('hostile')) });
  scripted.clear();
  deps = {
    source,
    store,
    gazetteer,
    maxReportBytes: 1_000_000,
    extractor: new ScriptedExtractor((key) => scripted.get(key)),
  };
});

/** Processes one report and returns what was recorded for it (the store's copy, not only the outcome). */
async function run(key: string, text: string, metadata: Record<string, string> = {}) {
  const ref = source.put(key, text, metadata);
  const outcome = await processReport(deps, ref);
  const recorded = await store.getReportByObject(key, ref.etag!);
  expect(recorded?.status).toBe(outcome.report.status);
  return { outcome, recorded: recorded! };
}

describe('publication dates', () => {
  it.each([
    ['0000-01-01', /publication date "0000-01-01" ignored: not a calendar date/],
    ['9999-12-31', /publication date "9999-12-31" ignored: not a calendar date/],
    ['2019-02-31', /publication date "2019-02-31" ignored: not a calendar date/],
    ['2019-13-45', /publication date "2019-13-45" ignored: not a calendar date/],
    ['yesterday', /publication date "yesterday" ignored: not a calendar date/],
    ['1985-05-05', /publication date ignored: 1985-05-05 is before 1990-01-01/],
    ['2500-01-01', new RegExp(`publication date ignored: 2500-01-01 is after ${TOMORROW}`)],
  ])('a publication date of %s is recorded as ignored, and the report is processed', async (date, reason) => {
    const { recorded } = await run(`pub-${date}.txt`, STRIKE, { 'published-at': date });
    expect(recorded.status).toBe('processed');
    // The ignored date gives way to the day the text reports (the latest it states), never to the bad one.
    expect(recorded).toMatchObject({ publishedAt: '2019-03-03', publishedAtSource: 'text' });
    expect(recorded.reason).toMatch(reason);
  });

  it('a year-9999 publication issues no query per month: the undated claim is not looked up', async () => {
    scripted.set('undated.txt', [casualty('Mayadin', 4)]);
    const send = vi.spyOn(ddb.client(), 'send');
    try {
      const { recorded } = await run('undated.txt', casualty('Mayadin', 4).evidence, { 'published-at': '9999-12-31' });
      expect(recorded.status).toBe('processed');
      expect(send.mock.calls.length).toBeLessThan(15);
    } finally {
      send.mockRestore();
    }
  });
});

describe('claim dates', () => {
  it.each([
    [{ from: '9999-01-01', to: '9999-01-01' }],
    [{ from: '2019-13-45', to: '2019-13-45' }],
    [{ from: '2019-02-31', to: '2019-02-31' }],
    [{ from: '1970-01-01', to: '1970-01-01' }],
    [{ from: '2019-03-09', to: '2019-03-09' }],
    [{ from: '2019-03-03', to: '2019-03-01' }],
  ])('a claim dated %j keeps no date, with the reason recorded on the claim', async (date) => {
    scripted.set('dated.txt', [casualty('Mayadin', 9, date)]);
    const { outcome, recorded } = await run('dated.txt', casualty('Mayadin', 9).evidence, {
      'published-at': '2019-03-04',
    });
    expect(recorded.status).toBe('processed');
    expect(outcome.claims[0]?.date).toBeUndefined();
    const stored = (await store.listClaims()).find((c) => c.reportKey === 'dated.txt');
    expect(stored?.verification?.reason).toContain(`date ${date.from}…${date.to} dropped: `);
  });

  it('a claim spanning 1990 to 2019 is kept but grouped into no incident', async () => {
    scripted.set('decades.txt', [casualty('Mayadin', 900, { from: '1990-01-01', to: '2019-01-01' })]);
    const send = vi.spyOn(ddb.client(), 'send');
    try {
      const { outcome, recorded } = await run('decades.txt', casualty('Mayadin', 900).evidence, {
        'published-at': '2019-03-04',
      });
      expect(recorded.status).toBe('processed');
      expect(recorded.reason).toMatch(/claim 1: 1990-01-01\.\.2019-01-01 spans over 31 days.*not grouped/);
      expect(outcome.claims[0]?.incidentId).toBeUndefined();
      expect(await store.listIncidents()).toEqual([]);
      expect(send.mock.calls.length).toBeLessThan(15);
    } finally {
      send.mockRestore();
    }
  });
});

describe('commits that would not fit one transaction', () => {
  it('a report naming 40 incidents is committed with fewer grouped, and says so', async () => {
    const claims = Array.from({ length: 40 }, (_, i) =>
      casualty(`Invented Place ${i}`, 3 + i, { from: '2019-03-03', to: '2019-03-03' }),
    );
    scripted.set('roundup.txt', claims);
    const { outcome, recorded } = await run('roundup.txt', claims.map((c) => c.evidence).join(' '), {
      'published-at': '2019-03-04',
    });
    expect(recorded.status).toBe('processed');
    expect(recorded.reason).toMatch(/only \d+ of 40 claims were grouped into incidents: more would not fit/);
    const incidents = await store.listIncidents();
    expect(incidents.length).toBeGreaterThan(5);
    expect(incidents.length).toBeLessThan(40);
    expect(outcome.claims).toHaveLength(40);
    expect(outcome.claims.filter((c) => c.incidentId).length).toBe(incidents.length);
  });
});

describe('vanished objects and slow reports', () => {
  it('an object deleted before processing ends source_missing', async () => {
    const ref = source.put('gone.txt', STRIKE);
    source.delete('gone.txt');
    const outcome = await processReport(deps, ref);
    expect(outcome.report.status).toBe('source_missing');
    expect(outcome.report.reason).toBe('s3://reports/gone.txt no longer exists');
    expect((await store.getReportByObject('gone.txt', ref.etag!))?.status).toBe('source_missing');
  });

  it('a report whose extraction outlasts the budget ends over_budget', async () => {
    await run('warm-up.txt', STRIKE, { 'published-at': '2019-03-04' }); // first calls load code and warm the store
    deps = { ...deps, budgetMs: 1_000, extractor: new ScriptedExtractor(() => undefined, 3_000) };
    const { recorded } = await run('slow.txt', STRIKE.replace('7', '8'), { 'published-at': '2019-03-04' });
    expect(recorded.status).toBe('over_budget');
    expect(recorded.reason).toBe('over the 1 s budget per report (while extracting)');
    expect((await store.listClaims()).map((c) => c.reportKey)).toEqual(['warm-up.txt']);
  });
});
