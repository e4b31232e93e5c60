import { describe, expect, it } from 'vitest';
import { METRIC_MEANINGS, METRICS } from '../../shared/domain/schema.ts';
import { extractionToolJsonSchema, PROMPT_VERSION, SYSTEM_PROMPT } from '../../shared/extraction/prompt/index.ts';

describe('the current prompt', () => {
  it('is claims-v3, and names every metric with the meaning the tool schema gives it', () => {
    expect(PROMPT_VERSION).toBe('claims-v3');
    const schema = extractionToolJsonSchema() as {
      properties: {
        claims: { items: { properties: { counts: { properties: Record<string, { description?: string }> } } } };
      };
    };
    const counts = schema.properties.claims.items.properties.counts.properties;
    for (const metric of METRICS) {
      expect(SYSTEM_PROMPT).toContain(`- ${metric}: ${METRIC_MEANINGS[metric]}.`);
      expect(counts[metric]?.description).toBe(`${metric}: ${METRIC_MEANINGS[metric]}`);
    }
  });

  it('keeps combatants out of civilians and killed-and-wounded lumps out of counts', () => {
    expect(SYSTEM_PROMPT).toContain('Civilians never include combatants');
    expect(SYSTEM_PROMPT).toContain('"22 fighters were killed" gives killed 22 and combatants_killed 22');
    expect(SYSTEM_PROMPT).toMatch(/lumps killed and wounded together .* is neither killed nor injured/);
  });
});
