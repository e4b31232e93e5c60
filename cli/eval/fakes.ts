// The English side measured on FA-KES articles (../shared/data/fa-kes-dev.jsonl): per article, the highest
// civilians_killed figure of its casualty claims (else the highest killed) against the `civilians` annotation.
// The annotations are noisy (0 often means "not stated"), so the scorer reports exact and near matches, and
// the same figures with the zero annotations left out.
import * as z from 'zod';
import type { ExtractedClaim } from '../../shared/domain/schema.ts';
import type { Extractor } from '../../shared/ports/extractor.ts';

export const FakesArticle = z.object({
  id: z.string(),
  title: z.string().default(''),
  text: z.string(),
  date: z.string().optional(),
  civilians: z.number().nullable().optional(),
});
export type FakesArticle = z.infer<typeof FakesArticle>;

export function parseFakes(jsonl: string): FakesArticle[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return FakesArticle.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`FA-KES line ${i + 1} is not a valid article: ${(error as Error).message}`);
      }
    });
}

/** The figure an analyst would read off the article: the top civilians count, else the top killed count. */
export function headlineFigure(claims: readonly ExtractedClaim[]): number | undefined {
  const top = (metric: 'civilians_killed' | 'killed') => {
    const values = claims
      .filter((c) => c.type === 'casualty')
      .map((c) => c.counts[metric]?.stated)
      .filter((v): v is number => v != null);
    return values.length > 0 ? Math.max(...values) : undefined;
  };
  return top('civilians_killed') ?? top('killed');
}

export interface FakesScore {
  articles: number;
  annotated: number;
  exact: number;
  within10pct: number;
  /** Same, over articles whose annotation is above zero. */
  annotatedNonZero: number;
  exactNonZero: number;
  within10pctNonZero: number;
  rows: Array<{ id: string; gold: number; got: number | null }>;
}

export async function scoreFakes(articles: readonly FakesArticle[], extractor: Extractor): Promise<FakesScore> {
  const score: FakesScore = {
    articles: articles.length,
    annotated: 0,
    exact: 0,
    within10pct: 0,
    annotatedNonZero: 0,
    exactNonZero: 0,
    within10pctNonZero: 0,
    rows: [],
  };
  for (const article of articles) {
    if (article.civilians == null) continue;
    const gold = article.civilians;
    const text =
      article.title && !article.text.startsWith(article.title) ? `${article.title}\n\n${article.text}` : article.text;
    const result = await extractor.extract({
      reportKey: article.id,
      text,
      publishedAt: article.date?.slice(0, 10),
      language: 'en',
    });
    const got = headlineFigure(result.claims) ?? 0;
    const exact = got === gold;
    const near = Math.abs(got - gold) <= Math.max(1, gold * 0.1);
    score.annotated += 1;
    score.exact += Number(exact);
    score.within10pct += Number(near);
    if (gold > 0) {
      score.annotatedNonZero += 1;
      score.exactNonZero += Number(exact);
      score.within10pctNonZero += Number(near);
    }
    score.rows.push({ id: article.id, gold, got: headlineFigure(result.claims) ?? null });
  }
  return score;
}
