// The seeds through the whole local pipeline (s3rver + DynamoDB Local, the Lambda's processing code) with the
// Bedrock extractor, its client mocked to answer as a perfect model would: the gold claims, each quoting a
// sentence of the seed that states its numbers (read from ../shared at test time). The alerts must be the
// gold alerts: this proves the Bedrock path (request, parse, ground, incidents, alerts) end to end.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandInput } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { expect, it } from 'vitest';
import { type GoldClaim, GoldFile } from '../../../cli/eval/gold.ts';
import { scoreRun } from '../../../cli/eval/score.ts';
import { runLocal } from '../../../cli/local/runtime.ts';
import { type ExtractedClaim, type Metric, Perpetrator } from '../../../shared/domain/schema.ts';
import * as z from '../../../shared/domain/zod.ts';
import { UNATTRIBUTED } from '../../../shared/extraction/rules/claimant-table.ts';
import { normalizeArabic } from '../../../shared/text/normalize.ts';
import { readNumbers } from '../../../shared/text/numbers.ts';
import { describeWithShared, sharedDir } from '../../support/shared-data.ts';
import { toolAnswer } from './converse-fixtures.ts';

const asList = (v: number | number[]) => (Array.isArray(v) ? v : [v]);

function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?؟\n]+[.!?؟]?/gu) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The first sentence from which every figure of the claim can be read (any accepted reading of each). When no
 * sentence states a figure literally (gold may count "X and six of his men" as 7), the sentence naming the
 * claimant or the place: the model would quote it, and grounding must then mark the claim unverified.
 */
function evidenceFor(claim: GoldClaim, sentences: string[], places: string[]): { evidence: string; literal: boolean } {
  const wanted = Object.values(claim.counts).map((c) => asList(c!.stated));
  const found = sentences.find((s) => {
    const readable = new Set(readNumbers(s).map((n) => n.value));
    return wanted.every((options) => options.some((n) => readable.has(n)));
  });
  if (found && wanted.length > 0) return { evidence: found, literal: true };
  const names = [...claim.claimant, ...places].map(normalizeArabic);
  const naming = sentences.find((s) => names.some((n) => normalizeArabic(s).includes(n))) ?? (sentences[0] as string);
  return { evidence: naming, literal: wanted.length === 0 };
}

function stated(claim: GoldClaim, sentence: string): ExtractedClaim['counts'] {
  const readable = new Set(readNumbers(sentence).map((n) => n.value));
  const counts: ExtractedClaim['counts'] = {};
  for (const [metric, count] of Object.entries(claim.counts)) {
    const options = asList(count!.stated);
    counts[metric as Metric] = {
      stated: options.find((n) => readable.has(n)) ?? (options[0] as number),
      qualifier: count!.qualifier,
    };
  }
  return counts;
}

/** What a perfect model would answer for one seed report. */
function perfectAnswer(gold: GoldFile, file: string, text: string, source: string | undefined) {
  const sentences = sentencesOf(text);
  const folded = normalizeArabic(text);
  const notLiteral: string[] = [];
  const claims = (gold.reports.find((r) => r.file === file)?.claims ?? []).map((claim): ExtractedClaim => {
    const incident = claim.incident ? gold.incidents[claim.incident] : undefined;
    const written = incident?.places.filter((name) => folded.includes(normalizeArabic(name))) ?? [];
    const { evidence, literal } = evidenceFor(claim, sentences, incident?.places ?? []);
    if (!literal) notLiteral.push(evidence);
    return {
      type: claim.type,
      claimant: { name: claim.claimant[0] ?? source ?? UNATTRIBUTED, aliases: claim.claimant.slice(1) },
      ...(incident
        ? {
            place: { names: written.length > 0 ? written : incident.places.slice(0, 1) },
            date: { from: incident.dateFrom, to: incident.dateTo },
            perpetrator: z.optional(Perpetrator).parse(incident.perpetrators[0]),
          }
        : {}),
      counts: stated(claim, evidence),
      evidence,
    };
  });
  return { answer: { language: 'ar', summary_en: `Claims of ${file}.`, claims }, notLiteral };
}

describeWithShared('Bedrock extractor on the seeds, model answers built from gold', () => {
  it('sends the gold alerts', { timeout: 180_000 }, async () => {
    const gold = GoldFile.parse(JSON.parse(readFileSync(resolve(sharedDir, 'gold/seeds.gold.json'), 'utf8')));
    const seedsDir = resolve(sharedDir, gold.corpus);
    const perfect = new Map(
      gold.reports.map((r) => {
        const text = readFileSync(resolve(seedsDir, r.file), 'utf8');
        const meta = JSON.parse(readFileSync(resolve(seedsDir, r.file.replace(/\.txt$/, '.meta.json')), 'utf8')) as {
          source?: string;
        };
        return [r.file, perfectAnswer(gold, r.file, text, meta.source)] as const;
      }),
    );

    const client = new BedrockRuntimeClient({ region: 'us-east-1' });
    const bedrock = mockClient(client);
    bedrock.on(ConverseCommand).callsFake((input: ConverseCommandInput) => {
      const message = input.messages?.[0]?.content?.[0]?.text ?? '';
      const key = /^Report key: (.+)$/m.exec(message)?.[1] ?? '';
      const answer = perfect.get(key)?.answer;
      if (!answer) throw new Error(`unexpected report ${key}`);
      return toolAnswer(answer, { inputTokens: 4000, outputTokens: 900 });
    });

    const run = await runLocal({
      inputs: gold.reports.map((r) => resolve(seedsDir, r.file)),
      extractor: 'bedrock',
      bedrockClient: client,
      log: () => {},
    });

    const requests = bedrock.commandCalls(ConverseCommand).map((c) => c.args[0].input);
    // Every report that was not a duplicate was sent once, with its publication date.
    const processed = run.reports.filter((r) => r.status === 'processed');
    expect(requests).toHaveLength(processed.length);
    for (const request of requests)
      expect(request.messages?.[0]?.content?.[0]?.text).toMatch(/Publication date: \d{4}-\d{2}-\d{2}/);
    // Every claim is grounded, except those whose figure no sentence states literally.
    const claims = processed.flatMap((r) => r.claims);
    expect(claims.length).toBeGreaterThan(0);
    const expectedUnverified = new Set(processed.flatMap((r) => perfect.get(r.key)?.notLiteral ?? []));
    const unverified = claims.filter((c) => c.verification?.status !== 'grounded').map((c) => c.evidence);
    expect(new Set(unverified)).toEqual(expectedUnverified);
    expect(run.totals).toEqual({ inputTokens: 4000 * processed.length, outputTokens: 900 * processed.length });

    const score = scoreRun(gold, run);
    expect(score.misses).toEqual([]);
    expect(score.alertRecall).toBe(1);
    expect(score.alertPrecision).toBe(1);
    expect(score.countAccuracy).toBe(1);
    expect(score.claimRecall).toBe(1);
  });
});
