// The rules extractor end to end: claimant, counts, place, date and perpetrator at once, and report fields.
import { describe, expect, it } from 'vitest';
import { casualties, namedAs, resultReader, stated } from './claim-helpers.ts';

const extract = resultReader({ publishedAt: '2018-11-18' });

describe('RulesExtractor: Arabic casualty claims', () => {
  it('reads claimant, counts with "including", place, date and perpetrator', async () => {
    const { claims, language } = await extract(
      'قال المرصد السوري لحقوق الإنسان إن غارة جوية للتحالف الدولي على بلدة هجين أمس الأربعاء أسفرت عن مقتل 25 ' +
        'شخصا بينهم 12 مدنيا.',
      '2019-03-07',
    );
    expect(language).toBe('ar');
    const [claim] = casualties(claims);
    expect(stated(claim)).toEqual({ killed: 25, civilians_killed: 12 });
    expect(namedAs(claim, 'SOHR')).toBe(true);
    expect(claim?.place?.placeId).toBe('town-hajin');
    expect(claim?.date).toEqual({ from: '2019-03-06', to: '2019-03-06' });
    expect(claim?.perpetrator).toBe('coalition');
  });
});

describe('RulesExtractor: English', () => {
  it('reads "at least N people, including M civilians" with its claimant', async () => {
    const { claims, language } = await extract(
      'At least 54 people, including 28 civilians, were killed in an air strike on Hajin on Tuesday, the Syrian ' +
        'Observatory for Human Rights said.',
    );
    expect(language).toBe('en');
    const [claim] = casualties(claims);
    expect(claim?.counts.killed).toMatchObject({ stated: 54, qualifier: 'at_least' });
    expect(claim?.counts.civilians_killed?.stated).toBe(28);
    expect(namedAs(claim, 'SOHR')).toBe(true);
    expect(claim?.date).toEqual({ from: '2018-11-13', to: '2018-11-13' });
  });

  it('reads killed and wounded figures and "according to"', async () => {
    const [claim] = casualties(
      (await extract('Twenty-five people were killed and 40 others wounded in Aleppo, according to the White Helmets.'))
        .claims,
    );
    expect(stated(claim)).toEqual({ killed: 25, injured: 40 });
    expect(namedAs(claim, 'White Helmets')).toBe(true);
  });

  it('reads dozens as a vague count and a risen toll as the figure', async () => {
    const [vague] = casualties((await extract('Dozens of civilians were killed in air strikes on Aleppo.')).claims);
    expect(vague?.counts.civilians_killed).toEqual({ stated: null, qualifier: 'at_least', min: 20 });
    const [risen] = casualties(
      (await extract('The death toll from the strike on Hajin rose to 30, activists said.')).claims,
    );
    expect(risen?.counts.killed?.stated).toBe(30);
  });
});

describe('RulesExtractor: report fields', () => {
  it('gives the headline as title and the lead claim as summary', async () => {
    const result = await extract(
      'مقتل 12 مدنيا بقصف على هجين\n\nقال المرصد السوري إن 12 مدنيا قتلوا في قصف على هجين أمس.',
    );
    expect(result.title).toBe('مقتل 12 مدنيا بقصف على هجين');
    expect(result.summary).toContain('12');
    // The headline restates the Observatory's figure: one claim, the Observatory's.
    expect(casualties(result.claims).map((c) => c.claimant.name)).toEqual(['Syrian Observatory for Human Rights']);
  });
});
