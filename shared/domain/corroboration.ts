// How many independent sources stand behind an incident. Ten outlets republishing one wire story, or quoting one
// monitor, are one source: independence is counted over claimants (a claimant's names and aliases are one), and
// two claimants whose statements are the same words are one story told twice (a wire text re-attributed by the
// site that carried it). A figure that only one such source gives is flagged: nobody else has confirmed it.
import { nameKey } from '../text/normalize.ts';
import { type Claimant, type Incident, METRICS, type Metric } from './schema.ts';

export interface IncidentSource {
  /** The claimant's name as first seen (e.g. "Syrian Observatory for Human Rights"). */
  name: string;
  /** The reports that carry this source's statements. */
  reportKeys: string[];
}

export interface Corroboration {
  sources: IncidentSource[];
  /** Metrics whose stated figures all come from one source. */
  singleSource: Metric[];
}

interface Statement {
  claimant: Claimant;
  reportKey: string;
  evidence: string;
  /** What was said: the metric and figure, or the kind of statement; same words saying the same is one story. */
  said: string;
  metric?: Metric;
}

/** Claimants whose names tell nothing of who spoke: each report's "local sources" may be different people. */
const ANONYMOUS =
  /^(?:local|field|medical|security|military|informed|activist|witness|resident)s?\b|^sources?$|مصادر|ناشط|أهال|شهود/i;

function evidenceKey(evidence: string): string {
  return nameKey(evidence).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The sources of an incident's casualty figures (a party denying or acknowledging is not a source of the toll). */
export function corroboration(incident: Pick<Incident, 'figures'>): Corroboration {
  const statements: Statement[] = [
    ...incident.figures.map((f) => ({
      ...f,
      said: `${f.metric}=${f.stated}`,
      metric: f.stated === null ? undefined : f.metric,
    })),
  ];
  // Union-find over statements: joined by a shared claimant name/alias, or by the same words saying the same.
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  statements.forEach((s, i) => {
    const anonymous = ANONYMOUS.test(s.claimant.name.trim());
    const names = anonymous
      ? [`${s.claimant.name} @ ${s.reportKey}`]
      : [s.claimant.name, ...(s.claimant.aliases ?? [])];
    const keys = [...names.map((n) => `name:${nameKey(n)}`), `said:${s.said}:${evidenceKey(s.evidence)}`];
    for (const key of keys) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });

  const groups = new Map<number, Statement[]>();
  for (const [i, s] of statements.entries()) groups.set(find(i), [...(groups.get(find(i)) ?? []), s]);
  const sources = [...groups.values()].map((group) => ({
    name: group[0]!.claimant.name,
    reportKeys: [...new Set(group.map((s) => s.reportKey))],
    metrics: new Set(group.flatMap((s) => (s.metric ? [s.metric] : []))),
  }));
  const singleSource = METRICS.filter((m) => sources.filter((s) => s.metrics.has(m)).length === 1);
  return { sources: sources.map(({ name, reportKeys }) => ({ name, reportKeys })), singleSource };
}

/** "3 independent sources" / "Single source" / "No source with a figure": a sentence of its own. */
export function sourcesLabel(c: Corroboration): string {
  if (c.sources.length === 0) return 'No source with a figure';
  return c.sources.length === 1 ? 'Single source' : `${c.sources.length} independent sources`;
}
