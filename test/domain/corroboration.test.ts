import { describe, expect, it } from 'vitest';
import { corroboration, sourcesLabel } from '../../shared/domain/corroboration.ts';
import type { Figure } from '../../shared/domain/schema.ts';

const figure = (name: string, reportKey: string, stated: number, evidence: string, aliases?: string[]): Figure => ({
  claimant: { name, ...(aliases ? { aliases } : {}) },
  metric: 'civilians_killed',
  stated,
  qualifier: 'exact',
  reportKey,
  evidence,
});

describe('corroboration', () => {
  it('one monitor quoted by five outlets is one source, and its figure is single-source', () => {
    const figures = ['a', 'b', 'c', 'd', 'e'].map((r) => figure('SOHR', r, 12, `outlet ${r} quotes the monitor`));
    const result = corroboration({ figures });
    expect(result.sources).toEqual([{ name: 'SOHR', reportKeys: ['a', 'b', 'c', 'd', 'e'] }]);
    expect(result.singleSource).toEqual(['civilians_killed']);
    expect(sourcesLabel(result)).toBe('Single source');
  });

  it('a claimant named by an alias in another report is the same source', () => {
    const result = corroboration({
      figures: [
        figure('Syrian Observatory for Human Rights', 'a', 12, 'x said 12', ['SOHR']),
        figure('SOHR', 'b', 12, 'y said 12'),
      ],
    });
    expect(result.sources).toHaveLength(1);
  });

  it('a wire story republished under different attributions counts once', () => {
    const wire = 'An air strike killed 12 civilians in the village, a monitor said.';
    const result = corroboration({
      figures: [figure('the monitor', 'a', 12, wire), figure('Reuters', 'b', 12, `${wire} `)],
    });
    expect(result.sources).toHaveLength(1);
  });

  it('independent claimants are counted apart, and anonymous "local sources" of two reports are two', () => {
    const result = corroboration({
      figures: [
        figure('SOHR', 'a', 12, 'SOHR said 12'),
        figure('Civil Defence', 'b', 14, 'the Civil Defence said 14'),
        figure('local sources', 'c', 13, 'local sources said 13'),
        figure('local sources', 'd', 13, 'residents told local sources 13'),
      ],
    });
    expect(result.sources).toHaveLength(4);
    expect(result.singleSource).toEqual([]);
    expect(sourcesLabel(result)).toBe('4 independent sources');
  });
});
