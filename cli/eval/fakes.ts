// The English side measured on FA-KES articles (../shared/data/fa-kes-dev.jsonl): per article, the highest
// civilians_killed figure of its casualty claims (else the highest killed) against the `civilians` annotation.
// FA-KES annotates civilians, so an article whose only dead are combatants gives no figure (0).
// The annotations are noisy (0 often means "not stated"), so the scorer reports exact and near matches, and
// the same figures with the zero annotations left out.
import * as z from '../../shared/domain/zod.ts';
import type { Extractor } from '../../shared/ports/extractor.ts';
import { FIGURE_MISSES, type FigureClaim, figureMiss, headlineFigure } from './figures.ts';

export const FakesArticle = z.object({
  id: z.string(),
  title: z._default(z.string(), ''),
  text: z.string(),
  date: z.optional(z.string()),
  civilians: z.optional(z.nullable(z.number())),
  noncivilians: z.optional(z.nullable(z.number())),
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

/** Why an article's figure is not its annotation: the shared categories and two that FA-KES annotations allow. */
export const FAKES_MISSES = {
  ...FIGURE_MISSES,
  'annotation 0': 'annotated 0 (often "not stated"), yet the article gives a figure',
  'fighters counted': 'the figure is the annotated non-civilians, or them and the civilians together',
} as const;
export type FakesMiss = keyof typeof FAKES_MISSES;

/** `undefined` when the article's figure (none counts as 0) equals its annotation; else the category. */
export function fakesMiss(
  claims: readonly FigureClaim[],
  annotation: { civilians: number; noncivilians?: number | null | undefined },
): FakesMiss | undefined {
  const gold = annotation.civilians;
  const got = headlineFigure(claims)?.value ?? 0;
  if (got === gold) return undefined;
  if (gold === 0) return 'annotation 0';
  const fighters = annotation.noncivilians ?? 0;
  if (fighters > 0 && (got === fighters || got === gold + fighters)) return 'fighters counted';
  return figureMiss(claims, { min: gold, max: gold });
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
  /** Articles whose figure is not their annotation, per category. */
  misses: Partial<Record<FakesMiss, number>>;
  rows: Array<{ id: string; gold: number; got: number | null; miss?: FakesMiss }>;
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
    misses: {},
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
    const headline = headlineFigure(result.claims)?.value;
    const got = headline ?? 0;
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
    const miss = fakesMiss(result.claims, { civilians: gold, noncivilians: article.noncivilians });
    if (miss) score.misses[miss] = (score.misses[miss] ?? 0) + 1;
    score.rows.push({ id: article.id, gold, got: headline ?? null, ...(miss ? { miss } : {}) });
  }
  return score;
}
