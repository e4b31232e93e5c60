// `claimwatch eval`: runs a gold file's reports through the local pipeline (the same code as `run`) and scores
// the alerts and claims as ../shared/gold/FORMAT.md defines; or scores real texts: FA-KES articles (English)
// and Airwars source texts (Arabic), with their misses by category.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractorKind } from '../../shared/adapters/select-extractor.ts';
import { assertBedrockPrerequisites } from '../aws-prerequisites.ts';
import { type AirwarsScore, CHILDREN_MISSES, parseAirwars, scoreAirwars, TEXT_MISSES } from '../eval/airwars.ts';
import { airwarsReportKey, runAirwars } from '../eval/airwars-run.ts';
import { FAKES_MISSES, parseFakes, scoreFakes } from '../eval/fakes.ts';
import { FIGURE_MISSES } from '../eval/figures.ts';
import { GoldFile } from '../eval/gold.ts';
import { type Score, scoreRun } from '../eval/score.ts';
import { parseExtractorOption } from '../extractor-option.ts';
import { localExtraction, localGazetteer } from '../local/local-extraction.ts';
import { runLocal } from '../local/runtime.ts';
import { parseUploadedAtOption } from '../uploaded-at-option.ts';
import { UsageError } from '../usage-error.ts';
import { summariseUsage } from './usage-summary.ts';

/**
 * When an eval's reports land unless --uploaded-at says otherwise: one fixed time, after every event of the dev
 * sets, so that undated reports are filed under the same day (and their "yesterday" read from it) on every run.
 * With the calendar's own day, a score could change overnight with no change to the code.
 */
const EVAL_UPLOADED_AT = '2026-12-01T00:00:00.000Z';

const categoryLines = (misses: Record<string, string>) =>
  Object.entries(misses)
    .map(([name, what]) => `    ${name.padEnd(32)}${what}`)
    .join('\n');

export const evalHelp = `Usage: claimwatch eval --gold <gold.json> [--reports <dir>] [options]
       claimwatch eval --fakes <articles.jsonl> [options]
       claimwatch eval --airwars <texts.jsonl> [options]

Runs the reports a gold file names, in its order, through the local pipeline (DynamoDB Local + s3rver, the
same processing code as Lambda) and prints alert recall/precision, count accuracy, claim recall/precision
and every miss, scored as ../shared/gold/FORMAT.md defines.

With --fakes, measures the English extraction on FA-KES articles: per article the highest civilians_killed
(else killed) figure of its casualty claims against the civilians annotation (no figure counts as 0).

With --airwars, runs Airwars source texts (JSON lines: id, publisher, publishedAt, url, title, text,
incident {code, date, location_ar/en, region_en, civ_killed_min/max, children_killed_min/max}) through the
local pipeline as \`claimwatch run <dir>\` would (each text a report, in file-name order, with its publishedAt,
publisher and URL as sidecar metadata; written to a temporary directory) and prints:
  figure in range     texts whose highest civilians (else killed) figure lies in [civ_killed_min, max]
  children in range   the same for children_killed, over texts whose incident has a children range
  grouping            over pairs of texts: grouped = the pipeline put casualty claims of both into one
                      incident, same = one Airwars incident; precision = grouped and same / grouped,
                      recall = grouped and same / same

Misses by category (both --fakes and --airwars; a text's figure misses in exactly one):
${categoryLines(FIGURE_MISSES)}
  --fakes only:
${categoryLines({ 'annotation 0': FAKES_MISSES['annotation 0'], 'fighters counted': FAKES_MISSES['fighters counted'] })}
  --airwars, children (over texts whose incident has a children range):
${categoryLines(CHILDREN_MISSES)}
  --airwars, place, date and grouping (a text can have several):
${categoryLines(TEXT_MISSES)}

Options:
  --gold <file>           gold file (FORMAT.md)
  --reports <dir>         where the gold's report files and their .meta.json sidecars are
                          (default: <gold dir>/../<corpus>, e.g. ../shared/seeds)
  --fakes <file>          FA-KES articles (JSON lines) instead of a gold file
  --airwars <file>        Airwars source texts (JSON lines) instead of a gold file
  --extractor <name>      rules (default, offline) | bedrock (needs AWS credentials and model access)
  --gazetteer <csv>       use this gazetteer instead of the bundled one
  --json <file>           also write the scores as JSON (with every text's figure and misses)
  --uploaded-at <time>    the time every report of --gold or --airwars lands, as in \`run --uploaded-at\`
                          (default ${EVAL_UPLOADED_AT.slice(0, 10)}: one fixed day, so that a report with no date of
                          its own is filed under the same day on every run and scores do not drift)
  --quiet                 print only the scores
  -h, --help              show this help
`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      reports: { type: 'string' },
      fakes: { type: 'string' },
      airwars: { type: 'string' },
      extractor: { type: 'string', default: 'rules' },
      gazetteer: { type: 'string' },
      json: { type: 'string' },
      'uploaded-at': { type: 'string', default: EVAL_UPLOADED_AT },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(evalHelp);
    return 0;
  }
  const extractor = parseExtractorOption(values.extractor);
  const uploadedAt = parseUploadedAtOption(values['uploaded-at']);
  const sources = [values.gold, values.fakes, values.airwars].filter(Boolean);
  if (sources.length !== 1)
    throw new UsageError('give exactly one of --gold <gold.json>, --fakes <articles.jsonl> or --airwars <texts.jsonl>');
  if (extractor === 'bedrock') await assertBedrockPrerequisites();

  const result = values.gold
    ? await evalGold(
        values.gold,
        values.reports,
        { extractor, gazetteerCsv: values.gazetteer, uploadedAt },
        values.quiet,
      )
    : values.fakes
      ? await evalFakes(values.fakes, extractor, values.gazetteer)
      : await evalAirwars(values.airwars!, { extractor, gazetteerCsv: values.gazetteer, uploadedAt }, values.quiet);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

/** What a gold or Airwars run is run with. */
interface EvalRun {
  extractor: ExtractorKind;
  gazetteerCsv: string | undefined;
  uploadedAt: string;
}

async function evalGold(goldPath: string, reportsDir: string | undefined, how: EvalRun, quiet: boolean) {
  const { extractor } = how;
  if (!existsSync(goldPath)) throw new UsageError(`gold file not found: ${goldPath}`);
  const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
  const dir = reportsDir ?? resolve(dirname(goldPath), '..', gold.corpus);
  const files = gold.reports.map((r) => resolve(dir, r.file));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    const names = missing.map((f) => basename(f)).join(', ');
    throw new UsageError(`report files named by the gold file are missing: ${names} (looked in ${dir}; use --reports)`);
  }

  const log = quiet ? () => {} : (line: string) => process.stdout.write(`${line}\n`);
  const run = await runLocal({ inputs: files, inputOrder: 'as-given', ...how, log });
  const score = scoreRun(gold, run);
  printScore(gold.corpus, gold.reports.length, extractor, score);
  const usage = summariseUsage(run.reports, extractor === 'bedrock' ? process.env.BEDROCK_MODEL_ID : undefined);
  if (usage) process.stdout.write(`${usage.line}\n`);
  return { corpus: gold.corpus, extractor, ...score, usage: usage?.totals };
}

function printScore(corpus: string, reports: number, extractor: string, s: Score): void {
  const t = s.tallies;
  const line = (label: string, value: number, detail: string) =>
    `  ${label.padEnd(17)}${value.toFixed(2)}  (${detail})`;
  process.stdout.write(
    [
      '',
      `claimwatch eval — ${corpus}: ${reports} reports, extractor ${extractor}`,
      line('alert recall', s.alertRecall, `${t.matchedRequiredAlerts}/${t.requiredAlerts} required gold alerts`),
      line(
        'alert precision',
        s.alertPrecision,
        `${t.systemAlerts} alerts sent, ${t.optionalAlertMatches} matched optional gold alerts`,
      ),
      line('counts', s.countAccuracy, `${t.rightCounts}/${t.countedAlerts} matched alerts with the gold counts`),
      line('claim recall', s.claimRecall, `${t.matchedRequiredClaims}/${t.requiredClaims} required gold claims`),
      line(
        'claim precision',
        s.claimPrecision,
        `${t.systemClaims} casualty/denial claims, ${t.optionalClaimMatches} matched optional gold claims`,
      ),
      s.misses.length > 0
        ? `  misses (${s.misses.length}):\n${s.misses.map((m) => `    - ${m}`).join('\n')}`
        : '  misses: none',
      '',
    ].join('\n'),
  );
}

async function evalFakes(path: string, kind: ExtractorKind, gazetteerCsv: string | undefined) {
  if (!existsSync(path)) throw new UsageError(`FA-KES file not found: ${path}`);
  const { extractor } = localExtraction({ kind, gazetteerCsv });
  const score = await scoreFakes(parseFakes(readFileSync(path, 'utf8')), extractor);
  const pct = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(1)}% (${n}/${d})`;
  process.stdout.write(
    [
      '',
      `claimwatch eval — FA-KES: ${score.articles} articles, ${score.annotated} with a civilians annotation, ` +
        `extractor ${kind}`,
      `  exact figure            ${pct(score.exact, score.annotated)}`,
      `  within ±10%             ${pct(score.within10pct, score.annotated)}`,
      `  annotation > 0: exact   ${pct(score.exactNonZero, score.annotatedNonZero)}`,
      `  annotation > 0: ±10%    ${pct(score.within10pctNonZero, score.annotatedNonZero)}`,
      missLines('misses', FAKES_MISSES, score.misses),
      '',
    ].join('\n'),
  );
  return { corpus: 'fa-kes', extractor: kind, ...score };
}

async function evalAirwars(path: string, how: EvalRun, quiet: boolean) {
  if (!existsSync(path)) throw new UsageError(`Airwars file not found: ${path}`);
  const { extractor, gazetteerCsv } = how;
  const texts = parseAirwars(readFileSync(path, 'utf8'));
  const log = quiet ? () => {} : (line: string) => process.stdout.write(`${line}\n`);
  const run = await runAirwars(texts, { ...how, log });
  const score = scoreAirwars(texts, run, { keyOf: airwarsReportKey, gazetteer: localGazetteer(gazetteerCsv) });
  process.stdout.write(formatAirwarsScore(score, extractor));
  const usage = summariseUsage(run.reports, extractor === 'bedrock' ? process.env.BEDROCK_MODEL_ID : undefined);
  if (usage) process.stdout.write(`${usage.line}\n`);
  return { corpus: 'airwars', extractor, ...score, usage: usage?.totals };
}

export function formatAirwarsScore(s: AirwarsScore, extractor: string): string {
  const share = (n: number, d: number) => `${(d === 0 ? 0 : n / d).toFixed(3)}  (${n}/${d}`;
  const p = s.pairs;
  return [
    '',
    `claimwatch eval — Airwars: ${s.texts} texts of ${s.incidents} incidents, extractor ${extractor}`,
    `  figure in range     ${share(s.figureInRange, s.texts)} texts)`,
    `  children in range   ${share(s.childrenInRange, s.childrenTexts)} texts whose incident has a children range)`,
    `  grouping precision  ${share(p.groupedSame, p.grouped)} grouped pairs of texts are of one Airwars incident)`,
    `  grouping recall     ${share(p.groupedSame, p.same)} pairs of texts of one Airwars incident were grouped)`,
    missLines('figure misses', FIGURE_MISSES, s.figureMisses),
    missLines('children misses', CHILDREN_MISSES, s.childrenMisses),
    missLines('place, date and grouping misses (a text can have several)', TEXT_MISSES, s.textMisses),
    '',
  ].join('\n');
}

/** One line per category, in the order the categories are defined, with the number of texts in each. */
function missLines(title: string, categories: Record<string, string>, counts: Record<string, number | undefined>) {
  const lines = Object.keys(categories)
    .filter((name) => (counts[name] ?? 0) > 0)
    .map((name) => `    ${name.padEnd(32)}${String(counts[name]).padStart(4)}`);
  return lines.length > 0 ? [`  ${title}:`, ...lines].join('\n') : `  ${title}: none`;
}
