// The one tool an LLM extractor is forced to call. Its input schema is built from the domain's zod schemas,
// so the JSON schema the model sees, the validation of its answer and the stored types cannot drift apart.

import { ExtractedClaim, METRIC_MEANINGS, METRICS } from '../../domain/schema.ts';
import * as z from '../../domain/zod.ts';

export const EXTRACTION_TOOL_NAME = 'record_claims';

export const EXTRACTION_TOOL_DESCRIPTION =
  'Records the casualty, denial, acknowledgment and aggregate claims found in one report, ' +
  'with its language, a title and summaries.';

export const ExtractionToolInput = z.object({
  language: z.string().check(z.minLength(2), z.describe('ISO 639-1 code of the report language, e.g. "ar" or "en".')),
  title: z
    .optional(z.string())
    .check(z.describe("A short headline in the report's language (the report's own title if it has one).")),
  summary_en: z
    .string()
    .check(z.describe('One to three sentences in English: what happened, where, when, who claims how many.')),
  summary_original: z
    .optional(z.string())
    .check(z.describe("The same summary in the report's language (omit when the report is in English).")),
  claims: z.array(ExtractedClaim).check(z.describe('Every claim in the report; an empty list when there is none.')),
});
export type ExtractionToolInput = z.infer<typeof ExtractionToolInput>;

type JsonSchema = Record<string, unknown>;

/**
 * The tool's JSON schema. Two changes from zod's literal output, both for the model's benefit:
 * `counts` (a partial record keyed by metric) is spelled as an object with one optional property per metric,
 * described by what the metric counts, which every Bedrock model understands (`propertyNames` is not
 * universally supported); and the `$schema` marker and Number.MAX_SAFE_INTEGER bounds, which only add noise to
 * the prompt, are dropped.
 */
export function extractionToolJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(ExtractionToolInput, {
    io: 'input',
    override: ({ jsonSchema }) => {
      const js = jsonSchema as JsonSchema;
      const names = js.propertyNames as { enum?: unknown } | undefined;
      if (js.type === 'object' && names && sameMembers(names.enum, METRICS) && js.additionalProperties) {
        const count = js.additionalProperties as JsonSchema;
        js.properties = Object.fromEntries(
          METRICS.map((metric) => [metric, { ...count, description: `${metric}: ${METRIC_MEANINGS[metric]}` }]),
        );
        js.additionalProperties = false;
        delete js.propertyNames;
      }
      if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
    },
  }) as JsonSchema;
  delete schema.$schema;
  return schema;
}

function sameMembers(value: unknown, expected: readonly string[]): boolean {
  return Array.isArray(value) && value.length === expected.length && expected.every((m) => value.includes(m));
}

/** zod issues as short lines a model can act on: "claims.0.counts.killed.qualifier: Invalid option …". */
export function describeIssues(error: z.core.$ZodError, limit = 20): string[] {
  const lines = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines;
}
